"""DBS number rules, certificate copies, their six-month deletion and who may download them."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from people.models import VettingCheck
from people.models.vetting import named_duplicate_error
from people.retention import purge_expired_dbs_copies
from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db


def dbs(person, number, **kw):
    return VettingCheck(
        staff_member=person, check_type="dbs", status="pending", certificate_number=number, **kw
    )


@pytest.mark.parametrize("number", ["12345678901", "1234567890123", "12345678901X", "ABC"])
def test_a_dbs_number_is_twelve_digits(person_a, number):
    with pytest.raises(ValidationError, match="12 digits"):
        dbs(person_a, number).full_clean()


def test_spaces_in_a_dbs_number_are_ignored(person_a):
    check = dbs(person_a, "0012 3456 7890")
    check.full_clean()
    assert check.certificate_number == "001234567890"


def test_a_duplicate_dbs_number_names_who_holds_it_to_hr_who_can_see_them(
    person_a, school_a, hr_user_a
):
    VettingCheckFactory(staff_member=person_a, check_type="dbs", certificate_number="001234567890")
    other = StaffMemberFactory(school=school_a)
    check = dbs(other, "001234567890")
    with pytest.raises(ValidationError) as err:
        check.full_clean()
    assert "Alice Ashby" not in str(err.value)  # the model alone names nobody
    named = named_duplicate_error(check, hr_user_a, err.value.error_dict)
    assert "already recorded for Alice Ashby" in named
    with pytest.raises(IntegrityError), transaction.atomic():
        dbs(other, "001234567890").save()


def test_the_holder_is_not_named_to_hr_who_cannot_see_them(person_b, hr_user_a, school_a):
    VettingCheckFactory(staff_member=person_b, check_type="dbs", certificate_number="001234567890")
    check = dbs(StaffMemberFactory(school=school_a), "001234567890")
    with pytest.raises(ValidationError) as err:
        check.full_clean()
    assert named_duplicate_error(check, hr_user_a, err.value.error_dict) is not None
    message = named_duplicate_error(check, hr_user_a, err.value.error_dict)
    assert "Bristow" not in message
    assert "another person in the trust" in message


def test_not_required_needs_a_reason(person_a):
    check = VettingCheck(staff_member=person_a, check_type="fitness", status="not_required")
    with pytest.raises(ValidationError, match="reason"):
        check.full_clean()
    check.not_required_reason = "Governor: not an employee"
    check.full_clean()


def test_complete_needs_a_date(person_a):
    with pytest.raises(ValidationError, match="date the check was completed"):
        VettingCheck(staff_member=person_a, check_type="identity", status="complete").full_clean()


def test_uploading_a_copy_starts_the_retention_clock(dbs_with_copy):
    assert dbs_with_copy.document_uploaded_at is not None
    assert dbs_with_copy.document.storage.exists(dbs_with_copy.document.name)


def test_copies_are_deleted_six_months_after_upload_and_the_check_stays(dbs_with_copy):
    name = dbs_with_copy.document.name
    storage = dbs_with_copy.document.storage
    VettingCheck.objects.filter(pk=dbs_with_copy.pk).update(
        document_uploaded_at=timezone.now() - timedelta(days=150)
    )
    assert purge_expired_dbs_copies() == 0
    VettingCheck.objects.filter(pk=dbs_with_copy.pk).update(
        document_uploaded_at=timezone.now() - timedelta(days=185)
    )
    out = io.StringIO()
    call_command("purge_expired_documents", stdout=out)
    assert "deleted 1 DBS certificate copies" in out.getvalue()
    check = VettingCheck.objects.get(pk=dbs_with_copy.pk)
    assert not check.document
    assert check.certificate_number == "001234567890"  # the record stays
    assert not storage.exists(name)
    assert ModelLogEntry.objects.filter(
        object_id=str(check.pk), action="staffroom.dbs_copy_deleted"
    ).exists()


def test_the_retention_period_is_a_setting(dbs_with_copy, settings):
    settings.STAFFROOM = {**settings.STAFFROOM, "DBS_COPY_RETENTION_MONTHS": 1}
    VettingCheck.objects.filter(pk=dbs_with_copy.pk).update(
        document_uploaded_at=timezone.now() - timedelta(days=40)
    )
    assert purge_expired_dbs_copies(dry_run=True) == 1
    assert VettingCheck.objects.get(pk=dbs_with_copy.pk).document


def test_clearing_a_copy_deletes_the_file(dbs_with_copy):
    name = dbs_with_copy.document.name
    check = VettingCheck.objects.get(pk=dbs_with_copy.pk)
    check.document = None
    check.save()
    assert not check.document.storage.exists(name)
    assert check.document_uploaded_at is None


def copy_url(check):
    return f"/admin/vetting/{check.pk}/certificate-copy/"


def test_hr_of_the_school_downloads_the_copy(client, dbs_with_copy, trust_hr_user):
    client.force_login(trust_hr_user)
    response = client.get(copy_url(dbs_with_copy))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_hr_of_another_school_gets_404_for_the_copy(client, dbs_with_copy, hr_user_a):
    client.force_login(hr_user_a)
    assert client.get(copy_url(dbs_with_copy)).status_code == 404


def test_plain_staff_cannot_reach_the_copy(client, dbs_with_copy, staff_user):
    client.force_login(staff_user)
    response = client.get(copy_url(dbs_with_copy))
    assert response.status_code in (302, 404)
    assert b"%PDF" not in response.content
