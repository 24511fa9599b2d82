"""Staff and SCR imports: all or nothing, every error with line, column and reason."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook
from wagtail.models import ModelLogEntry

from people.models import StaffMember, VettingCheck
from people.scr.importer import ScrImport
from people.staff_import import StaffImport
from portal.importers.tabular import parse_date
from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db

HEADER = (
    "staff_number,title,first_name,last_name,preferred_name,email,school,role,"
    "start_date,end_date,employment_type"
)


def csv_bytes(*lines):
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def good_rows(school_a, roles):
    return [
        f"S1,Ms,Amira,Ahmed,,amira@school.example,{school_a.urn},Teaching assistant,"
        "01/09/2026,,employee",
        f"S2,Mr,Ben,Brown,Benny,ben@school.example,{school_a.name},HLTA,2025-09-01,,agency",
        f"S3,,Chloe,Clarke,,,{school_a.urn},,03/03/2024,31/08/2026,Volunteer",
    ]


def test_a_good_staff_file_imports(good_rows, hr_user_a):
    report = StaffImport(csv_bytes(HEADER, *good_rows), user=hr_user_a).apply()
    assert report.ok, [str(e) for e in report.errors]
    assert report.count("create") == 3
    ben = StaffMember.objects.get(staff_number="S2")
    assert (ben.preferred_name, ben.employment_type) == ("Benny", "agency")
    assert ben.roles.get().name == "HLTA"
    chloe = StaffMember.objects.get(staff_number="S3")
    assert str(chloe.leaving_date) == "2026-08-31"
    entry = ModelLogEntry.objects.get(object_id=str(ben.pk), action="wagtail.create")
    assert entry.user == hr_user_a


def test_a_second_run_updates_by_staff_number(good_rows, school_a):
    StaffImport(csv_bytes(HEADER, *good_rows)).apply()
    changed = good_rows[0].replace("Ahmed", "Ahmed-Khan")
    report = StaffImport(csv_bytes(HEADER, changed, *good_rows[1:])).apply()
    assert (report.count("create"), report.count("update"), report.count("unchanged")) == (
        0,
        1,
        2,
    )
    assert StaffMember.objects.get(staff_number="S1").last_name == "Ahmed-Khan"
    assert StaffMember.objects.count() == 3


BAD_ROWS = [
    ("31/02/2026", "start_date", "is not a real date"),
    ("2026/09/01", "start_date", "use dd/mm/yyyy or yyyy-mm-dd"),
    ("01-09-26", "start_date", "use dd/mm/yyyy or yyyy-mm-dd"),
]


@pytest.mark.parametrize(("value", "column", "reason"), BAD_ROWS)
def test_bad_dates_are_errors_never_guesses(good_rows, school_a, value, column, reason):
    bad = f"S9,,Dev,Davies,,,{school_a.urn},,{value},,employee"
    report = StaffImport(csv_bytes(HEADER, *good_rows, bad)).apply()
    assert not report.ok
    [error] = report.errors
    assert (error.line, error.column) == (5, column)
    assert reason in error.reason
    assert StaffMember.objects.count() == 0  # the good rows were not imported either


def bad_row_errors(school_a, school_b, row, extra=()):
    report = StaffImport(csv_bytes(HEADER, *extra, row)).check()
    return [(e.line, e.column, e.reason) for e in report.errors]


def test_each_kind_of_bad_row_is_named(school_a, school_b, roles):
    StaffMemberFactory(school=school_a, staff_number="EXISTS")
    cases = {
        f"S1,,A,B,,not-an-email,{school_a.urn},,01/09/2026,,": ("email", "not an email"),
        "S1,,A,B,,,999999,,01/09/2026,,": ("school", "no school"),
        f"S1,,A,B,,,{school_a.urn},Dinner lady,01/09/2026,,": ("role", "no role"),
        f"S1,,A,B,,,{school_a.urn},,01/09/2026,,wizard": ("employment_type", "not an"),
        f",,A,B,,,{school_a.urn},,01/09/2026,,": ("staff_number", "required"),
        f"S1,,A,B,,,{school_a.urn},,,,": ("start_date", "required for a new person"),
        f"S1,,A,B,,,{school_a.urn},,01/09/2026,01/08/2026,": ("end_date", "before the start"),
    }
    for row, (column, reason) in cases.items():
        errors = bad_row_errors(school_a, school_b, row)
        assert len(errors) == 1, (row, errors)
        assert errors[0][:2] == (2, column), row
        assert reason in errors[0][2], (row, errors)


def test_ambiguous_school_name_and_duplicate_staff_number(school_a, roles):
    from tests.factories import SchoolFactory

    SchoolFactory(name="St Mary's", trust=school_a.trust)
    SchoolFactory(name="St Mary's", trust=school_a.trust)
    report = StaffImport(
        csv_bytes(
            HEADER,
            "S1,,A,B,,,St Mary's,,01/09/2026,,",
            f"S2,,C,D,,,{school_a.urn},,01/09/2026,,",
            f"S2,,E,F,,,{school_a.urn},,01/09/2026,,",
        )
    ).check()
    reasons = {(e.line, e.column): e.reason for e in report.errors}
    assert "matches 2 schools: give the URN" in reasons[(2, "school")]
    assert "also on line 3" in reasons[(4, "staff_number")]


def test_a_person_at_a_school_outside_scope_is_refused(school_a, school_b, hr_user_a):
    StaffMemberFactory(school=school_b, staff_number="S1")
    report = StaffImport(
        csv_bytes(HEADER, f"S1,,A,B,,,{school_b.urn},,01/09/2026,,"),
        user=hr_user_a,
        schools=[school_a],
    ).check()
    assert [e.column for e in report.errors] == ["school"]


SIMS = "Staff Code,Title,Legal Forename,Legal Surname,Preferred Forename,Work Email,URN,Post,Employment Start Date,Date of Leaving,Contract Type"  # noqa: E501
ARBOR = "Staff ID,Title,First Name,Last Name,Preferred First Name,Email Address,School,Job Title,Start Date,End Date,Staff Type"  # noqa: E501


@pytest.mark.parametrize("header", [SIMS, ARBOR], ids=["sims", "arbor"])
def test_sims_and_arbor_headers_are_understood(header, good_rows):
    report = StaffImport(csv_bytes(header, *good_rows)).apply()
    assert report.ok, [str(e) for e in report.errors]
    assert StaffMember.objects.get(staff_number="S1").first_name == "Amira"


def test_a_missing_required_column_is_an_error_on_line_1(school_a):
    report = StaffImport(csv_bytes("staff_number,first_name,school", "S1,A,X")).check()
    assert {(e.line, e.column) for e in report.errors} == {(1, "last_name"), (1, "start_date")}


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_xlsx_with_real_date_cells_imports(school_a):
    import datetime

    data = xlsx_bytes(
        [
            ["Staff Number", "Forename", "Surname", "School", "Start Date"],
            ["X1", "Amira", "Ahmed", int(school_a.urn), datetime.datetime(2026, 9, 1)],
            ["X2", "Ben", "Brown", school_a.name, "31/02/2026"],
        ]
    )
    report = StaffImport(data).apply()
    assert [(e.line, e.column) for e in report.errors] == [(3, "Start Date")]
    assert not StaffMember.objects.exists()


def test_parse_date():
    assert str(parse_date("3/9/2026")) == "2026-09-03"
    assert str(parse_date("2026-09-03")) == "2026-09-03"
    assert parse_date("") is None


def test_import_staff_command_exits_non_zero_and_changes_nothing(tmp_path, good_rows, school_a):
    path = tmp_path / "staff.csv"
    bad = f"S9,,Dev,Davies,,dev@,{school_a.urn},,01/09/2026,,"
    path.write_bytes(csv_bytes(HEADER, *good_rows, bad))
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_staff", str(path), stdout=io.StringIO(), stderr=err)
    assert "Line 5, column “email”" in err.getvalue()
    assert not StaffMember.objects.exists()
    path.write_bytes(csv_bytes(HEADER, *good_rows))
    out = io.StringIO()
    call_command("import_staff", str(path), "--dry-run", stdout=out)
    assert "dry run" in out.getvalue() and not StaffMember.objects.exists()
    call_command("import_staff", str(path), stdout=out)
    assert StaffMember.objects.count() == 3


SCR_HEADER = (
    "Staff number,Identity checked,Identity check date,Enhanced DBS certificate obtained,"
    "Enhanced DBS certificate date,DBS certificate number,Barred list check date,"
    "Right to work checked,Right to work check date,Checked by"
)


def test_a_good_scr_file_records_checks(person_a, hr_user_a):
    data = csv_bytes(
        SCR_HEADER,
        "A001,Yes,01/09/2024,Yes,2024-08-20,0012 3456 7890,15/08/2024,Pending,,R Hussain",
    )
    report = ScrImport(data, user=hr_user_a).apply()
    assert report.ok, [str(e) for e in report.errors]
    checks = {c.check_type: c for c in person_a.vetting_checks.all()}
    assert checks["dbs"].certificate_number == "001234567890"
    assert checks["barred_list"].status == "complete"  # a date means done
    assert checks["right_to_work"].status == "pending"
    assert checks["identity"].checked_by == "R Hussain"
    assert ModelLogEntry.objects.filter(
        object_id=str(checks["dbs"].pk), action="wagtail.create", user=hr_user_a
    ).exists()


def test_scr_duplicate_dbs_numbers_in_file_and_database(person_a, school_a):
    other = StaffMemberFactory(school=school_a, staff_number="A002", last_name="Holder")
    third = StaffMemberFactory(school=school_a, staff_number="A003")
    VettingCheckFactory(staff_member=other, check_type="dbs", certificate_number="001111111111")
    data = csv_bytes(
        "Staff number,DBS number,DBS date,ID,ID date",
        "A001,002222222222,01/09/2024,Yes,01/09/2024",
        "A003,002222222222,01/09/2024,Yes,01/09/2024",
        "A003,001111111111,01/09/2024,Yes,",
    )
    report = ScrImport(data).apply()
    reasons = [(e.line, e.column, e.reason) for e in report.errors]
    assert (2, "DBS number", "the same DBS number is also on line 3") in reasons
    assert any(line == 4 and "Holder" in reason for line, _, reason in reasons)
    assert any(line == 4 and "also on line 3" in reason for line, _, reason in reasons)
    assert any(line == 4 and col == "ID date" for line, col, _ in reasons)  # done, no date
    assert not VettingCheck.objects.filter(staff_member__in=[person_a, third]).exists()


def test_scr_refuses_unknown_people_words_and_lost_leading_zeros(person_a):
    data = xlsx_bytes(
        [
            ["Staff number", "DBS number", "Identity checked", "Identity check date"],
            ["NOBODY", "", "Yes", "01/09/2024"],
            ["A001", 12345678901, "Maybe", "01/09/2024"],
            ["A001", "", "Not required", ""],
        ]
    )
    report = ScrImport(data).check()
    reasons = {(e.line, e.column): e.reason for e in report.errors}
    assert "no person with staff number NOBODY" in reasons[(2, "Staff number")]
    assert "leading zeros" in reasons[(3, "DBS number")]
    assert "not a check status" in reasons[(3, "Identity checked")]
    assert "needs a reason" in reasons[(4, "Identity checked")]


def test_scr_import_refuses_not_required_where_the_rules_need_the_check(person_a):
    data = xlsx_bytes(
        [
            ["Staff number", "Identity checked", "Identity check date"],
            ["A001", "Not required: known to the head", ""],
        ]
    )
    report = ScrImport(data).check()
    reasons = {(e.line, e.column): e.reason for e in report.errors}
    assert reasons[(2, "Identity checked")] == "Identity is always required for this person."


def test_import_scr_round_trips_our_own_export(client, person_a, trust_hr_user, tmp_path):
    VettingCheckFactory(staff_member=person_a, check_type="dbs", certificate_number="001234567890")
    out = tmp_path / "scr.xlsx"
    call_command("export_scr", "--format", "xlsx", "--output", str(out), stdout=io.StringIO())
    VettingCheck.objects.all().delete()
    call_command("import_scr", str(out), stdout=io.StringIO())
    assert person_a.vetting_checks.get(check_type="dbs").certificate_number == "001234567890"


def test_admin_upload_previews_then_imports_on_confirm(client, hr_user_a, good_rows):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hr_user_a)
    upload = SimpleUploadedFile("staff.csv", csv_bytes(HEADER, *good_rows))
    page = client.post("/admin/import/staff/", {"file": upload})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Will be created" in text and "Nothing has changed yet" in text
    assert not StaffMember.objects.exists()
    token = page.context["token"]
    response = client.post("/admin/import/staff/", {"token": token})
    assert response.status_code == 302
    assert StaffMember.objects.count() == 3
    assert client.post("/admin/import/staff/", {"token": token}).status_code == 404


def test_admin_upload_with_a_bad_row_shows_errors_and_no_confirm(client, hr_user_a, good_rows):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hr_user_a)
    bad = good_rows + ["S9,,Dev,Davies,,,000000,,01/09/2026,,"]
    page = client.post(
        "/admin/import/staff/", {"file": SimpleUploadedFile("s.csv", csv_bytes(HEADER, *bad))}
    )
    text = page.content.decode()
    assert "Nothing will be imported" in text and "no school" in text
    assert "Confirm and import" not in text
