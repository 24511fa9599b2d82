"""A policy with acknowledgements on record is an audit record: deleting it, its index
page, or a bulk selection that holds it is refused with a message, never a server error,
and nothing is deleted."""

import pytest
from django.test import Client

from handbook.models import PolicyAcknowledgement
from tests.factories import UserFactory
from tests.handbook.factories import make_policy

pytestmark = pytest.mark.django_db

REFUSAL = "acknowledgements on record"


@pytest.fixture
def acknowledged(reader_client, policy):
    reader_client.post(
        f"/my/policies/{policy.pk}/acknowledge/", {"revision": policy.live_revision_id}
    )
    assert PolicyAcknowledgement.objects.count() == 1
    return policy


@pytest.fixture
def admin():
    client = Client()
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


def still_there(*pages):
    return all(type(p).objects.filter(pk=p.pk).exists() for p in pages)


def test_deleting_the_policy_index_page_is_refused(admin, acknowledged, sections):
    index = sections["policies"]
    admin.get(f"/admin/pages/{index.pk}/delete/")
    response = admin.post(f"/admin/pages/{index.pk}/delete/", follow=True)
    assert response.status_code == 200
    assert REFUSAL in response.text
    assert still_there(index, acknowledged)
    assert PolicyAcknowledgement.objects.count() == 1


def test_bulk_deleting_a_selection_with_an_acknowledged_policy_is_refused(
    admin, acknowledged, sections
):
    other = make_policy(sections["policies"], title="Uniform policy")
    url = f"/admin/bulk/wagtailcore/page/delete/?id={acknowledged.pk}&id={other.pk}"
    assert admin.get(url).status_code in (200, 302)
    response = admin.post(url)
    assert response.status_code == 302
    assert REFUSAL in admin.get(response["Location"]).text
    assert still_there(acknowledged, other)
    assert PolicyAcknowledgement.objects.count() == 1


def test_a_bulk_selection_without_acknowledgements_is_deleted(admin, acknowledged, sections):
    other = make_policy(sections["policies"], title="Uniform policy")
    response = admin.post(f"/admin/bulk/wagtailcore/page/delete/?id={other.pk}")
    assert response.status_code == 302
    assert not type(other).objects.filter(pk=other.pk).exists()
    assert still_there(acknowledged)
