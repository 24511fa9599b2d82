"""A person's SCR history outlives them: leavers are marked as left, never cascaded away.

- Deleting someone with checks, training or acknowledgements is refused with the reason
  and "mark as left" (no server error, nothing deleted), from the view, a forged POST,
  or code.
- Deleting a record made by mistake (no history) works, and its private files go too.
- ``purge_expired_documents`` removes private files no row points at, and says so.
"""

import io
import os
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db.models import ProtectedError
from django.urls import reverse

from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"


def private_path(name):
    return Path(settings.PRIVATE_MEDIA_ROOT) / name


@pytest.fixture
def leaver(school_a):
    person = StaffMemberFactory(school=school_a, first_name="Lee", last_name="Leaver")
    check = VettingCheckFactory(staff_member=person, check_type="dbs", certificate_number=None)
    check.document.save("dbs.pdf", ContentFile(PDF), save=True)
    return person, check


def test_deleting_a_person_with_scr_history_is_refused_and_offers_mark_as_left(
    client, hr_user_a, leaver
):
    person, check = leaver
    client.force_login(hr_user_a)
    url = reverse("staff:delete", args=[person.pk])
    page = client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "cannot be deleted" in text
    assert "1 vetting checks" in text or "1 vetting check" in text
    assert "Mark as left" in text
    assert reverse("staff:edit", args=[person.pk]) in text

    forged = client.post(url)
    assert forged.status_code == 409
    assert type(person).objects.filter(pk=person.pk).exists()
    assert type(check).objects.filter(pk=check.pk).exists()
    assert private_path(check.document.name).exists()


def test_no_path_cascades_the_history_away(leaver):
    person, check = leaver
    with pytest.raises(ProtectedError):
        person.delete()
    with pytest.raises(ProtectedError):
        type(person).objects.filter(pk=person.pk).delete()  # the bulk path too
    assert type(check).objects.filter(pk=check.pk).exists()


def test_deleting_someone_with_acknowledgements_is_refused_not_a_server_error(
    client, hr_user_a, school_a
):
    from devdata.demo.people import load_home_page
    from handbook.models import PolicyAcknowledgement
    from handbook.page_tree import setup_handbook
    from tests.handbook.factories import make_policy

    load_home_page(io.StringIO())
    person = StaffMemberFactory(school=school_a, first_name="Ack")
    policy = make_policy(setup_handbook()["policies"], title="Behaviour")
    PolicyAcknowledgement.objects.create(
        staff_member=person, page=policy, revision_id=policy.live_revision_id, version_label="1"
    )
    client.force_login(hr_user_a)
    response = client.post(reverse("staff:delete", args=[person.pk]))
    assert response.status_code == 409
    assert "policy acknowledgement" in response.content.decode()
    assert type(person).objects.filter(pk=person.pk).exists()


def test_a_record_made_by_mistake_can_be_deleted(client, hr_user_a, school_a):
    person = StaffMemberFactory(school=school_a, first_name="Typo")
    client.force_login(hr_user_a)
    response = client.post(reverse("staff:delete", args=[person.pk]))
    assert response.status_code == 302
    assert not type(person).objects.filter(pk=person.pk).exists()


def test_deleting_a_check_deletes_its_dbs_copy(
    client, hr_user_a, leaver, django_capture_on_commit_callbacks
):
    _, check = leaver
    path = private_path(check.document.name)
    assert path.exists()
    client.force_login(hr_user_a)
    with django_capture_on_commit_callbacks(execute=True):  # the file goes on commit
        response = client.post(reverse("vetting_checks:delete", args=[check.pk]))
    assert response.status_code == 302
    assert not path.exists()


def test_purge_removes_orphaned_private_files_and_says_how_many(leaver):
    _, check = leaver
    kept = private_path(check.document.name)
    orphan = private_path("dbs/forgotten.pdf")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(PDF)
    fresh = private_path("dbs/uploading-now.pdf")
    fresh.write_bytes(PDF)
    two_days_ago = time.time() - 2 * 24 * 3600
    for path in (orphan, kept):
        os.utime(path, (two_days_ago, two_days_ago))

    out = io.StringIO()
    call_command("purge_expired_documents", stdout=out)

    assert "deleted 1 orphaned private files" in out.getvalue()
    assert not orphan.exists()
    assert kept.exists()  # a row points at it
    assert fresh.exists()  # younger than a day: perhaps an upload in progress
    fresh.unlink()
