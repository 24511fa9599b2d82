"""A workbook or Word file that would expand to far more than any real document is
refused before a parser opens it, with a message the uploader can act on."""

import io
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from handbook.models import RolePage
from people import scope as p
from people.models import StaffMember
from tests.handbook.conftest import user_in

pytestmark = pytest.mark.django_db

ZEROS = 20 * 1024 * 1024  # 20 MB of zeros squeeze to ~20 KB: no real document does that


def bomb(first_part):
    """A small archive whose one part expands to 20 MB of zeros."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(first_part, "w") as part,
    ):
        chunk = bytes(1024 * 1024)
        for _ in range(ZEROS // len(chunk)):
            part.write(chunk)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def xlsx_bomb():
    return bomb("xl/worksheets/sheet1.xml")


@pytest.fixture(scope="module")
def docx_bomb():
    return bomb("word/document.xml")


def test_admin_staff_upload_refuses_an_expanding_workbook_quickly(client, hr_user_a, xlsx_bomb):
    client.force_login(hr_user_a)
    started = time.monotonic()
    page = client.post(
        "/admin/import/staff/", {"file": SimpleUploadedFile("staff.xlsx", xlsx_bomb)}
    )
    assert time.monotonic() - started < 5
    text = page.content.decode()
    assert "was not read" in text
    assert "Confirm and import" not in text
    assert not StaffMember.objects.exists()


def test_import_staff_command_refuses_an_expanding_workbook(tmp_path, school_a, xlsx_bomb):
    path = tmp_path / "staff.xlsx"
    path.write_bytes(xlsx_bomb)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_staff", str(path), stdout=io.StringIO(), stderr=err)
    assert "was not read" in err.getvalue()
    assert not StaffMember.objects.exists()


@pytest.fixture
def sections(groups):
    from devdata.demo.people import load_home_page
    from handbook.page_tree import setup_handbook

    load_home_page(io.StringIO())
    return setup_handbook()


def test_job_description_upload_refuses_an_expanding_word_file(client, sections, docx_bomb):
    client.force_login(user_in(p.EDITOR, "ed"))
    started = time.monotonic()
    response = client.post(
        "/admin/handbook/import-job-description/",
        {"file": SimpleUploadedFile("tutor.docx", docx_bomb)},
    )
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert "was not read" in response.text
    assert not RolePage.objects.exists()
