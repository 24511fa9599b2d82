"""Job-description import: command and admin upload create draft role pages, all or nothing."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from handbook.importers.jobdescription import parse_file
from handbook.importers.jobdescription.to_page import import_job_description
from handbook.models import RolePage
from people import scope as p
from tests.handbook import job_description_docx as jd_docx
from tests.handbook.conftest import user_in

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared/reference/job-descriptions"
FILES = sorted(REFERENCE.glob("*.txt"))
needs_reference = pytest.mark.skipif(not FILES, reason=f"no reference files at {REFERENCE}")


def source(path, fmt):
    if fmt == "txt":
        return path.open("rb"), path.name
    return jd_docx.build_docx(path.read_text(encoding="utf-8")), f"{path.stem}.docx"


def stream_sections(page):
    return [(b.value["title"], list(b.value["duties"])) for b in page.responsibilities]


@needs_reference
@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_reference_file_becomes_a_draft_with_every_bullet_in_place(sections, path, fmt):
    parsed = parse_file(*source(path, fmt))
    page = import_job_description(*source(path, fmt))
    page = RolePage.objects.get(pk=page.pk)

    assert not page.live and page.get_parent().pk == sections["roles"].pk
    assert page.title == parsed.title and page.title
    overflow = []
    for name in ("grade", "hours_per_week", "responsible_to", "purpose"):
        value, wanted = getattr(page, name), getattr(parsed, name)
        if value != wanted:  # a long header cell: cut on the page, kept whole in Unsorted
            assert value.endswith("…") and wanted.startswith(value[:-1]), name
            overflow.append(wanted)
    # Every responsibility bullet, under its own heading, in order.
    assert stream_sections(page) == [(s.title, s.duties) for s in parsed.sections]
    assert sum(len(d) for _, d in stream_sections(page)) >= 10
    criteria = [(b.value["heading"], b.value["text"]) for b in page.person_specification]
    assert criteria == [(c.heading, c.text) for c in parsed.person_spec]
    assert [b.value for b in page.special_conditions] == parsed.special_conditions
    unsorted = [b.value for b in page.unsorted]
    assert unsorted[: len(parsed.unsorted)] == parsed.unsorted
    for text in overflow:
        assert any(line.endswith(text) for line in unsorted[len(parsed.unsorted) :])


@needs_reference
def test_a_known_bullet_lands_under_its_heading(sections):
    page = import_job_description(*source(REFERENCE / "one-to-one-tutor.txt", "txt"))
    by_title = dict(stream_sections(RolePage.objects.get(pk=page.pk)))
    assert any("visit pupils at home" in duty for duty in by_title["Teaching and learning"])


@needs_reference
def test_command_imports_each_file_and_prints_one_line_each(sections, ta_role):
    out = io.StringIO()
    call_command("import_job_description", *map(str, FILES), "--role", ta_role.name, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(FILES)
    for line in lines:
        verb, page_id, title = line.split(" ", 2)
        page = RolePage.objects.get(pk=int(page_id))
        assert verb == "created" and page.title == title and page.role == ta_role
        assert not page.live


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"   \n", "is empty"),
        ("broken.docx", b"PK\x03\x04 not really a zip", ""),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ""),
        ("notes.pdf", b"%PDF-1.7", "only Word (.docx) and plain text (.txt)"),
        ("shopping.txt", b"eggs\nmilk\nbread\n", ""),
    ],
)
def test_bad_files_give_a_clear_message_exit_non_zero_and_create_nothing(
    sections, tmp_path, name, data, message
):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "ta.txt"
    good.write_text("Job title: Teaching assistant\nMain duties\n- Support reading groups\n")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 files could not be imported"):
        call_command("import_job_description", str(bad), str(good), stdout=out, stderr=err)
    assert err.getvalue().startswith(f"failed {bad}: ")
    assert message in err.getvalue()
    assert RolePage.objects.count() == 1  # only the good file
    assert out.getvalue().startswith("created ")


def test_missing_file_and_unknown_role(sections, tmp_path):
    with pytest.raises(CommandError):
        call_command("import_job_description", str(tmp_path / "nope.txt"), stderr=io.StringIO())
    with pytest.raises(CommandError, match="no role called"):
        call_command("import_job_description", "x.txt", "--role", "Astronaut")
    assert not RolePage.objects.exists()


def test_two_imports_of_the_same_title_get_distinct_slugs(sections):
    text = b"Job title: Tutor\nMain duties\n- Teach small groups\n"
    first = import_job_description(io.BytesIO(text), "a.txt")
    second = import_job_description(io.BytesIO(text), "b.txt")
    assert first.slug != second.slug


ADMIN_URL = "/admin/handbook/import-job-description/"


def test_editor_uploads_and_lands_on_the_draft_edit_page(client, sections):
    client.force_login(user_in(p.EDITOR, "ed"))
    upload = SimpleUploadedFile(
        "tutor.txt",
        b"Job title: Tutor\nPurpose of the job\nHelp pupils catch up.\n"
        b"Main duties\n- Teach small groups\n",
    )
    response = client.post(ADMIN_URL, {"file": upload})
    page = RolePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and page.title == "Tutor"


def test_upload_of_a_bad_file_shows_the_reason_and_creates_nothing(client, sections):
    client.force_login(user_in(p.EDITOR, "ed"))
    response = client.post(ADMIN_URL, {"file": SimpleUploadedFile("empty.txt", b"")})
    assert response.status_code == 200
    assert "empty" in response.text
    assert not RolePage.objects.exists()


def test_staff_without_rights_cannot_use_the_upload(client, sections):
    client.force_login(user_in(p.HLTA, "hl"))
    assert client.get(ADMIN_URL).status_code in (302, 403)
