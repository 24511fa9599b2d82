"""Private documents and the subject-access download.

- No certificate, DBS scan or induction upload is stored under MEDIA_ROOT or reachable
  under MEDIA_URL.
- Every download view sends them as attachments with nosniff.
- An SVG or a web page renamed .pdf is refused at every upload form.
- HR of the person's school downloads their data (subject access), logged; others 404.
"""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import ModelLogEntry

from tests.security import urlwalk

pytestmark = pytest.mark.django_db

SVG = (
    b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
FAKES = [("certificate.pdf", SVG), ("certificate.pdf", HTML)]

# Download URL name -> (world object for its URL, the persona who may download it)
DOWNLOADS = {
    "training:certificate": lambda w: f"/my/training/certificates/{w.record.pk}/",
    "induction:document": lambda w: f"/inductions/{w.induction.pk}/documents/{w.upload.pk}/",
    "portal_dbs_copy": lambda w: f"/admin/vetting/{w.check.pk}/certificate-copy/",
    "portal_subject_access": lambda w: f"/admin/people/{w.staff_member.pk}/subject-access/",
}


def stored_files(world):
    return [world.record.certificate, world.check.document, world.upload.document]


def test_private_files_are_outside_media_and_not_under_media_url(world):
    media = Path(settings.MEDIA_ROOT).resolve()
    client = Client()
    client.force_login(world.users["superuser"])
    for fieldfile in stored_files(world):
        path = Path(fieldfile.storage.path(fieldfile.name)).resolve()
        assert path.is_file()
        assert media not in path.parents
        assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in path.parents
        for guess in (fieldfile.name, path.name):
            assert client.get(settings.MEDIA_URL + guess).status_code == 404


@pytest.mark.parametrize("persona", ["staff", "hr_a", "trust_hr"])
def test_every_download_is_an_attachment_with_nosniff(world, persona):
    client = Client()
    client.force_login(world.users[persona])
    checked = 0
    for name, url in DOWNLOADS.items():
        response = client.get(url(world))
        if name.startswith("portal_") and persona == "staff":
            assert response.status_code == 302  # no admin access at all
            continue
        assert response.status_code == 200, (name, response.status_code)
        assert response["Content-Disposition"].startswith("attachment"), name
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert "no-store" in response["Cache-Control"], name
        checked += 1
    assert checked == (2 if persona == "staff" else 4)


def test_every_download_view_is_listed_here():
    from tests.security.matrix import MATRIX

    downloads = {k for k in MATRIX if k.endswith(("certificate", "document", "_copy"))}
    downloads |= {k for k in MATRIX if "subject_access" in k}
    assert downloads == set(DOWNLOADS)


@pytest.mark.parametrize(("name", "content"), FAKES)
def test_self_report_form_refuses_a_renamed_svg_or_html(world, name, content):
    from training.models import TrainingRecord

    client = Client()
    client.force_login(world.users["staff"])
    before = TrainingRecord.objects.count()
    data = {"course": world.course.pk, "completed_on": "2025-09-01"}
    response = client.post(
        "/my/training/", {**data, "certificate": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert "This file is not." in response.content.decode()
    assert TrainingRecord.objects.count() == before


@pytest.mark.parametrize(("name", "content"), FAKES)
def test_induction_upload_refuses_a_renamed_svg_or_html(world, name, content):
    client = Client()
    client.force_login(world.users["staff"])
    step = world.upload
    step.refresh_from_db()
    response = client.post(
        f"/my/induction/steps/{step.pk}/", {"document": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert "This file is not." in response.content.decode()


@pytest.mark.parametrize(("name", "content"), FAKES)
def test_admin_forms_refuse_a_renamed_svg_or_html(world, name, content):
    from django.core.exceptions import ValidationError

    from people.forms import VettingCheckForm
    from training.forms import TrainingRecordAdminForm

    for form_class, field in (
        (VettingCheckForm, "document"),
        (TrainingRecordAdminForm, "certificate"),
    ):
        form = form_class.__new__(form_class)
        form.cleaned_data = {field: SimpleUploadedFile(name, content, "application/pdf")}
        with pytest.raises(ValidationError):
            getattr(form, f"clean_{field}")()


@pytest.mark.parametrize("content", [SVG, HTML])
def test_job_description_import_refuses_a_renamed_web_page(content):
    from handbook.importers.jobdescription import JobDescriptionError, parse_file

    with pytest.raises(JobDescriptionError):
        parse_file(SimpleUploadedFile("role.docx", content), filename="role.docx")


def test_subject_access_download_for_hr_of_that_school_is_logged(world):
    client = Client()
    client.force_login(world.users["hr_a"])
    person = world.staff_member
    response = client.get(f"/admin/people/{person.pk}/subject-access/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = set(archive.namelist())
        profile = archive.read("profile.json").decode()
    assert {"profile.json", "vetting-checks.json", "your-records.txt"} <= names
    assert person.staff_number in profile
    assert world.people["other"].last_name not in profile
    entry = ModelLogEntry.objects.filter(action="staffroom.subject_access").latest("timestamp")
    assert (entry.object_id, entry.user) == (str(person.pk), world.users["hr_a"])


def test_subject_access_button_is_on_the_staff_record_for_hr_only(world):
    url = f"/admin/people/{world.staff_member.pk}/subject-access/"
    for persona, shown in (("hr_a", True), ("trust_hr", True), ("superuser", True)):
        client = Client()
        client.force_login(world.users[persona])
        for view in ("edit", "inspect"):
            page = client.get(f"/admin/staff/{view}/{world.staff_member.pk}/")
            assert page.status_code == 200
            assert (url in page.content.decode()) is shown, (persona, view)
    client = Client()
    client.force_login(world.users["hr_b"])
    assert urlwalk.fetch(client, url) == urlwalk.NOTFOUND
