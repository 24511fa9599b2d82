"""Two HR users open the same training record, session or induction and both save: the
second is refused with a message naming who changed it, and the first's change is kept."""

import pytest
from django.test import Client

from portal.views.edit_check import FIELD
from tests.security.form_html import form_data

pytestmark = pytest.mark.django_db


def field_change(world, kind):
    """(edit URL, field, first user's value, second user's value, read back)"""
    if kind == "record":
        return (
            f"/admin/training_records/edit/{world.record.pk}/",
            "notes",
            "Checked by Amira",
            "Checked by Bella",
            lambda: type(world.record).objects.get(pk=world.record.pk).notes,
        )
    if kind == "session":
        return (
            f"/admin/training_sessions/edit/{world.session.pk}/",
            "place",
            "Hall",
            "Library",
            lambda: type(world.session).objects.get(pk=world.session.pk).place,
        )
    return (
        f"/admin/inductions/edit/{world.induction.pk}/",
        "mentor",
        str(world.people["other"].pk),
        str(world.people["hlta"].pk),
        lambda: str(type(world.induction).objects.get(pk=world.induction.pk).mentor_id),
    )


@pytest.mark.parametrize("kind", ["record", "session", "induction"])
def test_the_second_of_two_stale_saves_is_refused(world, kind):
    url, name, first_value, second_value, stored = field_change(world, kind)
    first, second = Client(), Client()
    first.force_login(world.users["hr_a"])
    second.force_login(world.users["trust_hr"])
    first_form = form_data(first.get(url).content.decode())
    second_form = form_data(second.get(url).content.decode())
    assert first_form.get(FIELD), "the edit form carries the record's version"

    saved = first.post(url, {**first_form, name: first_value})
    assert saved.status_code == 302, saved.content.decode()[:2000]
    clash = second.post(url, {**second_form, name: second_value})
    assert clash.status_code == 200
    page = clash.content.decode()
    assert "was changed by" in page and "not saved" in page
    assert stored() == first_value
