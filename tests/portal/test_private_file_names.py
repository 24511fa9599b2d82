"""A private file (a DBS scan, a certificate, induction evidence) is stored under a
random name whose extension is what its bytes are, and is downloaded as that kind, as an
attachment, whatever name it was uploaded with."""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.documents import private_storage
from tests.factories import VettingCheckFactory
from training.models import TrainingRecord

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
STORED = r"{folder}/\d{{4}}/\d{{2}}/[0-9a-f]{{32}}\.pdf"


def dbs_upload(person, name="dbs-scan.html", content=PDF):
    check = VettingCheckFactory(staff_member=person, check_type="dbs", certificate_number=None)
    check.document = SimpleUploadedFile(name, content)  # as the admin form hands it over
    check.save()
    return check


def download(client, hr_user_a, check):
    client.force_login(hr_user_a)
    response = client.get(f"/admin/vetting/{check.pk}/certificate-copy/")
    assert response.status_code == 200
    return response


def test_a_dbs_scan_uploaded_as_html_is_stored_under_a_random_pdf_name(person_a):
    check = dbs_upload(person_a)
    assert re.fullmatch(STORED.format(folder="dbs"), check.document.name), check.document.name
    assert "dbs-scan" not in check.document.name


def test_a_self_reported_certificate_gets_a_random_name_of_its_kind(client, staff_user):
    from tests.training.factories import CourseFactory

    course = CourseFactory(title="Fire safety")
    client.force_login(staff_user)
    client.post(
        "/my/training/",
        {
            "course": course.pk,
            "completed_on": "2026-01-05",
            "certificate": SimpleUploadedFile("Jane Smith DOB 1980.html", PDF),
        },
    )
    record = TrainingRecord.objects.get()
    name = record.certificate.name
    assert re.fullmatch(STORED.format(folder="training/certificates"), name), name


def test_the_scan_downloads_as_a_pdf_attachment(client, hr_user_a, person_a):
    response = download(client, hr_user_a, dbs_upload(person_a))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Disposition"].rstrip('"').endswith(".pdf")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_file_stored_earlier_under_an_html_name_is_not_served_as_a_web_page(
    client, hr_user_a, person_a
):
    check = VettingCheckFactory(staff_member=person_a, check_type="dbs", certificate_number=None)
    for content, expected_type, expected_ext in (
        (PDF, "application/pdf", ".pdf"),
        (HTML, "application/octet-stream", ".bin"),
    ):
        name = private_storage().save(f"dbs/{person_a.pk}/dbs-scan.html", ContentFile(content))
        type(check).objects.filter(pk=check.pk).update(document=name)
        response = download(client, hr_user_a, check)
        assert response["Content-Type"] == expected_type
        assert "html" not in response["Content-Disposition"]
        assert response["Content-Disposition"].rstrip('"').endswith(expected_ext)
        assert response["X-Content-Type-Options"] == "nosniff"
