"""/my/training/: requirements in words, self-reported certificates, and who may see them."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from people.scope import staff_member_for
from tests.factories import StaffMemberFactory
from tests.training.factories import CourseFactory, RecordFactory, RequirementFactory
from training.models import TrainingRecord

pytestmark = pytest.mark.django_db


def _post(client, **data):
    return client.post("/my/training/", data)


@pytest.fixture
def me(staff_user):
    return staff_member_for(staff_user)


def test_the_page_lists_each_requirement_with_its_status_and_what_to_do(client, staff_user, me):
    course = RequirementFactory(course__title="Fire safety", due_within_days=0).course
    RecordFactory(person=me, course=course, completed_on=timezone.localdate() - timedelta(days=400))
    client.force_login(staff_user)
    page = client.get("/my/training/").content.decode()
    assert "Fire safety" in page
    assert "app-status--expired" in page and "Expired" in page
    assert "Book a refresher now" in page


def test_a_self_reported_certificate_is_pending_until_hr_verifies_it(
    client, staff_user, me, pdf_upload
):
    course = CourseFactory(title="Paediatric First Aid (full)", validity_months=36)
    client.force_login(staff_user)
    today = timezone.localdate()
    response = _post(
        client, course=course.pk, completed_on=today.isoformat(), certificate=pdf_upload
    )
    assert response.status_code == 302
    record = TrainingRecord.objects.get(person=me)
    assert record.state == "pending"
    assert record.source == TrainingRecord.Source.SELF_REPORT
    assert record.expires_on.year == today.year + 3
    assert ModelLogEntry.objects.filter(action="training.self_report").count() == 1
    page = client.get("/my/training/").content.decode()
    assert "Pending verification" in page


def test_a_rejected_certificate_shows_the_reason(client, staff_user, me):
    RecordFactory(
        person=me,
        verified_at=None,
        rejected_at=timezone.now(),
        rejection_reason="The certificate is for someone else.",
    )
    client.force_login(staff_user)
    assert "The certificate is for someone else." in client.get("/my/training/").content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cert.pdf", b"<html><script>alert(1)</script></html>", "must be a PDF, JPEG or PNG"),
        ("cert.png", b"GIF89a not really a png", "must be a PDF, JPEG or PNG"),
        ("cert.pdf", b"%PDF-1.4" + b"0" * (10 * 1024 * 1024), "too large"),
    ],
)
def test_a_fake_or_oversized_certificate_is_refused(client, staff_user, name, content, message):
    course = CourseFactory()
    client.force_login(staff_user)
    response = _post(
        client,
        course=course.pk,
        completed_on=timezone.localdate().isoformat(),
        certificate=SimpleUploadedFile(name, content),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert not TrainingRecord.objects.exists()


def test_dates_that_cannot_be_right_are_refused(client, staff_user, pdf_upload):
    course = CourseFactory()
    client.force_login(staff_user)
    today = timezone.localdate()
    page = _post(
        client,
        course=course.pk,
        completed_on=(today + timedelta(days=1)).isoformat(),
        certificate=pdf_upload,
    ).content.decode()
    assert "The completion date is in the future." in page
    pdf_upload.seek(0)
    page = _post(
        client,
        course=course.pk,
        completed_on=today.isoformat(),
        certificate_expires_on=(today - timedelta(days=1)).isoformat(),
        certificate=pdf_upload,
    ).content.decode()
    assert "The expiry date is before the completion date." in page
    assert not TrainingRecord.objects.exists()


def test_the_owner_and_hr_of_their_school_can_download_the_certificate(
    client, staff_user, me, hr_user_a, pdf_upload
):
    record = RecordFactory(person=me, certificate=pdf_upload)
    url = f"/my/training/certificates/{record.pk}/"
    client.force_login(staff_user)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    client.force_login(hr_user_a)
    assert client.get(url).status_code == 200


def test_another_member_of_staff_gets_404_for_my_certificate(
    client, staff_user, school_a, pdf_upload
):
    other = StaffMemberFactory(school=school_a)
    record = RecordFactory(person=other, certificate=pdf_upload)
    client.force_login(staff_user)
    assert client.get(f"/my/training/certificates/{record.pk}/").status_code == 404
    assert f"/certificates/{record.pk}/" not in client.get("/my/training/").content.decode()


def test_hr_of_another_school_gets_404_for_the_certificate(client, hr_user_a, school_b, pdf_upload):
    record = RecordFactory(person=StaffMemberFactory(school=school_b), certificate=pdf_upload)
    client.force_login(hr_user_a)
    assert client.get(f"/my/training/certificates/{record.pk}/").status_code == 404


def test_the_staff_home_shows_the_most_urgent_training(client, staff_user, me):
    from devdata.demo.people import load_home_page

    load_home_page(stdout=_Null())
    RequirementFactory(course__title="Prevent duty", due_within_days=0)
    client.force_login(staff_user)
    page = client.get("/").content.decode()
    assert "Your training" in page
    assert "Prevent duty" in page and "Missing" in page
    assert 'href="/my/training/"' in page and 'href="/sessions/"' in page


class _Null:
    def write(self, *args):
        pass
