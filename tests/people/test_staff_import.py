"""Staff exports as schools have them (SIMS, Arbor, Bromcom): one person per staff
number, every column named, re-imports shown old → new, nothing deleted."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from people.importers.staff import StaffImport
from people.models import Role, RoleAssignment, StaffMember
from tests.factories import RoleFactory, StaffMemberFactory
from tests.importing import school_files as files

pytestmark = pytest.mark.django_db


def sims(school, **options):
    return StaffImport(files.sims_staff_csv(), school=school, filename="staff.csv", **options)


def test_sims_export_makes_one_person_per_payroll_number_with_every_role(school_a, hr_user_a):
    RoleFactory(name="Teaching Assistant", category="ta")
    report = StaffImport(
        files.sims_staff_csv(), user=hr_user_a, school=school_a, create_roles=True
    ).apply()
    assert report.ok, [str(e) for e in report.errors]
    assert StaffMember.objects.count() == 4
    patel = StaffMember.objects.get(staff_number="004512")
    assert str(patel.start_date) == "2019-09-01"  # the earlier of her two contracts
    assert sorted(patel.roles.values_list("name", flat=True)) == [
        "Midday Supervisor",
        "Teaching Assistant",
    ]
    obrien = StaffMember.objects.get(staff_number="00123")
    assert (obrien.first_name, obrien.preferred_name) == ("Siobhán", "Shiv")
    smith = StaffMember.objects.get(staff_number="010077")
    assert str(smith.leaving_date) == "2025-08-31"
    assert ModelLogEntry.objects.filter(action="wagtail.create", user=hr_user_a).count() >= 4


def test_every_column_is_named_and_every_set_aside_row_listed(school_a):
    report = sims(school_a, create_roles=True).check()
    assert "column “Legal Surname” → last name" in report.columns
    assert "column “NI Number” not imported: we do not store National Insurance numbers" in (
        report.columns
    )
    assert any("“Surname”" in c and "not imported" in c for c in report.columns)
    assert any(f"Line {files.SIMS_FOOTER_LINE} not imported" in n for n in report.notices)
    outcome = next(o for o in report.outcomes if o.label.startswith("004512"))
    assert "2 contracts (lines 6, 7) as one person" in outcome.detail


def test_unknown_posts_are_named_not_dropped_without_create_roles(school_a):
    report = sims(school_a).apply()
    assert report.ok
    assert any("post “Class Teacher”" in w and "matches no role" in w for w in report.warnings)
    assert not Role.objects.exists()


def test_a_file_without_a_school_column_needs_a_school(school_a):
    report = StaffImport(files.arbor_staff_xlsx()).apply()
    assert not report.ok
    assert "no School column" in str(report.errors[0])
    assert not StaffMember.objects.exists()


def test_arbor_xlsx_lands_and_a_lost_zero_is_flagged(school_a):
    report = StaffImport(files.arbor_staff_xlsx(), school=school_a, create_roles=True).apply()
    assert report.ok, [str(e) for e in report.errors]
    assert StaffMember.objects.filter(staff_number="00412").exists()
    assert any("414" in str(f) for f in report.flags)
    brown = StaffMember.objects.get(staff_number="00413")
    assert str(brown.leaving_date) == "2024-09-02"  # an Excel serial number, read as a date


def test_bromcom_unicode_text_lands(school_a):
    report = StaffImport(files.bromcom_staff_utf16(), school=school_a).apply()
    assert report.ok, [str(e) for e in report.errors]
    wright = StaffMember.objects.get(staff_number="0042")
    assert (wright.title, wright.first_name, str(wright.start_date)) == (
        "Mrs",
        "Zoë",
        "2024-09-02",
    )
    assert "column “DOB” not imported: we do not keep dates of birth" in report.columns


def test_reimport_shows_old_and_new_ends_dropped_roles_and_lists_leavers(school_a):
    sims(school_a, create_roles=True).apply()
    leaver = StaffMemberFactory(school=school_a, staff_number="999", first_name="Lou")
    data = files.sims_staff_csv().decode("cp1252")
    data = data.replace("Siobhán,Shiv", "Siobhán,Siobhán")
    data = "\r\n".join(line for line in data.split("\r\n") if "Midday" not in line)
    report = StaffImport(data.encode("cp1252"), school=school_a).apply()
    assert report.ok, [str(e) for e in report.errors]
    obrien = next(o for o in report.outcomes if o.label.startswith("00123"))
    assert "preferred name: “Shiv” → “Siobhán”" in obrien.detail
    patel = StaffMember.objects.get(staff_number="004512")
    ended = RoleAssignment.objects.get(staff_member=patel, role__name="Midday Supervisor")
    assert ended.end_date is not None
    assert any("possible leaver" in w and "999" in w for w in report.warnings)
    leaver.refresh_from_db()
    assert leaver.leaving_date is None


def test_same_email_under_two_numbers_is_warned(school_a):
    data = files.sims_staff_csv().decode("cp1252").replace("r.smith@", "p.patel@")
    report = StaffImport(data.encode("cp1252"), school=school_a).check()
    assert any("p.patel@riverside.sch.uk" in w and "two people" in w for w in report.warnings)


def test_a_school_outside_access_is_refused_and_nothing_changes(school_a, school_b):
    header = "Staff Number,Forename,Surname,School,Start Date"
    data = f"{header}\n1,Ann,Able,{school_a.urn},01/09/2024\n2,Bo,Bee,{school_b.urn},01/09/2024\n"
    report = StaffImport(data.encode(), schools=[school_a]).apply()
    assert not report.ok
    assert "School B is outside the schools you can import into" in str(report.errors[0])
    assert "line 3" in str(report.errors[0]).lower()
    assert not StaffMember.objects.exists()


def test_a_title_too_long_is_refused_at_check_time(school_a):
    data = "Staff Number,Title,Forename,Surname,Start Date\n1," + "X" * 30 + ",A,B,01/09/2024\n"
    report = StaffImport(data.encode(), school=school_a).check()
    assert not report.ok
    assert "title" in str(report.errors[0])


def test_command_prints_every_column_and_exits_non_zero_on_error(tmp_path, school_a, capsys):
    path = tmp_path / "staff.csv"
    path.write_bytes(files.sims_staff_csv())
    call_command("import_staff", str(path), "--school", school_a.urn, "--dry-run")
    out = capsys.readouterr().out
    assert "ignored column" not in out or "Gender" in out
    assert "column “Gender” not imported" in out
    assert "Dry run, nothing changed" in out
    assert not StaffMember.objects.exists()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_staff", str(path))
