"""Hostile input: random bytes, odd CSV/XLSX shapes, huge cells and odd Unicode at every
importer, and random strings at search and the staff forms.

Every case ends in a clear error or a valid result, never an exception (a server
error); a refused import leaves the database as it was. Bounded: a few dozen
examples each, so the suite stays fast (CI runs it on SQLite and PostgreSQL).
"""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run and every machine
)
FEW = settings(FUZZ, max_examples=12)

ODD = (
    "\u202e",  # right-to-left override
    "\u200b",  # zero-width space
    "\x00",
    "\ufeff",
    "é",
    "Ω",
    "👩🏽‍🏫",
    "𝕏",
    '=HYPERLINK("http://x")',
    "+1",
    "-1",
    "@SUM(A1)",
    "'; DROP TABLE portal_staffmember; --",
    "<script>alert(1)</script>",
    "\r\n",
    ",",
    '"',
)
odd_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(ODD),
    st.builds(
        lambda s, n: s * n, st.sampled_from(["x", "é", "\u202e", "0"]), st.integers(200, 5000)
    ),
)
STAFF_COLUMNS = [
    "staff_number",
    "first_name",
    "last_name",
    "preferred_name",
    "email",
    "school",
    "role",
    "start_date",
    "end_date",
    "employment_type",
    "title",
]
SCR_COLUMNS = [
    "Staff number",
    "Identity checked",
    "Identity check date",
    "Enhanced DBS certificate obtained",
    "Enhanced DBS certificate date",
    "DBS certificate number",
    "Barred list check date",
    "Right to work checked",
    "Checked by",
]


def headings(columns):
    return st.lists(st.one_of(st.sampled_from(columns), odd_text), min_size=0, max_size=14)


def cell_for(school):
    """A cell: plausible (a real school, a good date) or hostile."""
    return st.one_of(
        odd_text,
        st.sampled_from([school.urn, school.name, "A001", "01/09/2025", "2025-09-01", "Yes", "No"]),
        st.sampled_from(["31/02/2025", "9999-99-99", "0012 3456 7890", "employee", "agency"]),
    )


def table(columns, school):
    return st.tuples(
        headings(columns), st.lists(st.lists(cell_for(school), max_size=14), max_size=6)
    )


def as_csv(heads, rows, encoding):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(heads)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")


def as_xlsx(heads, rows):
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in [heads, *rows]:
        # Excel itself cannot hold control characters: strip what openpyxl refuses.
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) for c in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def counts():
    from wagtail.models import ModelLogEntry

    from people.models import RoleAssignment, StaffMember, VettingCheck

    return tuple(
        m.objects.count() for m in (StaffMember, RoleAssignment, VettingCheck, ModelLogEntry)
    )


def run_import(kind, data, user):
    from people.views.imports import scr_import, staff_import

    build = {"staff": staff_import, "scr": scr_import}[kind]
    before = counts()
    report = build(data, user, "upload").apply()
    assert all(str(e) for e in report.errors)  # each error says something
    if not report.ok:
        assert counts() == before, "a refused import changed the database"
        assert not report.applied
    return report


@pytest.fixture
def person(hr_user_a, school_a):
    from tests.factories import StaffMemberFactory

    return StaffMemberFactory(school=school_a, staff_number="A001")


@pytest.mark.parametrize("kind", ["staff", "scr"])
@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_at_the_importers(kind, data, hr_user_a, person):
    run_import(kind, data, hr_user_a)


@pytest.mark.parametrize("kind", ["staff", "scr"])
@FUZZ
@given(shape=st.data(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_csv_shapes_at_the_importers(kind, shape, encoding, hr_user_a, person, school_a):
    columns = STAFF_COLUMNS if kind == "staff" else SCR_COLUMNS
    heads, rows = shape.draw(table(columns, school_a))
    run_import(kind, as_csv(heads, rows, encoding), hr_user_a)


@pytest.mark.parametrize("kind", ["staff", "scr"])
@FEW
@given(shape=st.data())
def test_random_xlsx_shapes_at_the_importers(kind, shape, hr_user_a, person, school_a):
    columns = STAFF_COLUMNS if kind == "staff" else SCR_COLUMNS
    heads, rows = shape.draw(table(columns, school_a))
    run_import(kind, as_xlsx(heads, rows), hr_user_a)


@FUZZ
@given(
    data=st.one_of(st.binary(max_size=4096), odd_text.map(lambda t: t.encode("utf-8", "replace"))),
    name=st.sampled_from(["jd.txt", "jd.docx", "jd.doc", "jd", "JD.TXT"]),
)
def test_random_files_at_the_job_description_parser(data, name):
    from handbook.importers.jobdescription import JobDescriptionError, parse_file

    try:
        parsed = parse_file(SimpleUploadedFile(name, data), filename=name)
    except JobDescriptionError as refused:
        assert str(refused)
    else:
        assert parsed is not None


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=2048),
        st.binary(max_size=512).map(lambda b: b"<svg xmlns='http://www.w3.org/2000/svg'>" + b),
        st.binary(max_size=512).map(lambda b: b"<!DOCTYPE html><html>" + b),
        st.binary(max_size=512).map(lambda b: b"\x89PNG\r\n\x1a\n" + b),
    ),
    name=st.sampled_from(["certificate.pdf", "scan.png", "x.jpg", "../../etc/passwd.pdf"]),
)
def test_random_files_at_certificate_validation(data, name):
    from portal.documents import EVIDENCE, safe_filename, validate_upload

    upload = SimpleUploadedFile(name, data)
    try:
        kind = validate_upload(upload)
    except ValidationError as refused:
        assert refused.messages
    else:
        assert kind in EVIDENCE
        assert not data.lstrip().lower().startswith((b"<svg", b"<!doctype html", b"<html"))
    assert "/" not in safe_filename(name) and ".." not in safe_filename(name)


@FUZZ
@given(query=odd_text)
def test_random_strings_at_search(client, staff_user, query):
    client.force_login(staff_user)
    response = client.get("/search/", {"q": query.replace("\x00", "")})
    assert response.status_code == 200


@FEW
@given(
    fields=st.fixed_dictionaries(
        {
            "course": st.one_of(odd_text, st.integers(-5, 10**12).map(str)),
            "completed_on": st.one_of(odd_text, st.sampled_from(["2025-01-01", "31/12/1899"])),
            "certificate_expires_on": odd_text,
            "notes": odd_text,
        }
    )
)
def test_random_strings_at_the_self_report_form(client, staff_user, fields):
    client.force_login(staff_user)
    data = {k: v.replace("\x00", "") for k, v in fields.items()}
    response = client.post("/my/training/", data)
    assert response.status_code in (200, 302)


@FUZZ
@given(
    number=odd_text,
    first=odd_text,
    last=odd_text,
    email=odd_text,
    role=odd_text,
    kind=st.sampled_from(["employee", "agency", "volunteer", "", "🙂"]),
)
def test_huge_and_odd_cells_in_an_otherwise_good_staff_row(
    number, first, last, email, role, kind, hr_user_a, school_a
):
    """The columns are right and the school and date are good, so the values reach the
    database writes: a cell too long for its column must be refused, not crash."""
    heads = ["staff_number", "first_name", "last_name", "email", "school", "role", "start_date"]
    heads.append("employment_type")
    row = [number, first, last, email, school_a.urn, role, "01/09/2025", kind]
    report = run_import("staff", as_csv(heads, [row], "utf-8"), hr_user_a)
    if report.ok:
        from people.models import StaffMember

        assert StaffMember.objects.filter(staff_number=number.strip()).exists() or report.applied
