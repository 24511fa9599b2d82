"""A school's own SCR workbook: every sheet, people found by name, ticks, months and
unreadable cells kept and flagged, completed checks never silently overwritten."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from people.importers.scr import ScrImport
from people.models import CheckStatus, CheckType, StaffMember, VettingCheck
from tests.factories import StaffMemberFactory
from tests.importing import school_files as files

pytestmark = pytest.mark.django_db


def scr(**options):
    return ScrImport(files.scr_workbook_xlsx(), filename="scr.xlsx", **options)


def check(last_name, check_type):
    return VettingCheck.objects.get(staff_member__last_name=last_name, check_type=check_type)


def test_every_sheet_is_read_and_people_created_with_their_category(school_a, hr_user_a):
    report = scr(school=school_a, create_missing=True, user=hr_user_a).apply()
    assert report.ok, [str(e) for e in report.errors]
    sheets = {o.sheet for o in report.outcomes}
    assert sheets == set(files.SCR_SHEETS)
    assert StaffMember.objects.get(last_name="Iqbal").employment_type == "governor"
    assert StaffMember.objects.get(last_name="Jones").employment_type == "agency"
    assert StaffMember.objects.get(last_name="Hughes").employment_type == "volunteer"
    adams = check("Adams", CheckType.IDENTITY)
    assert (adams.status, str(adams.completed_on), adams.checked_by) == (
        "complete",
        "2015-08-20",
        "JB",
    )
    assert check("Adams", CheckType.DBS).certificate_number == "001234567890"
    assert ModelLogEntry.objects.filter(user=hr_user_a, action="wagtail.create").exists()


def test_a_tick_with_no_date_and_a_month_only_date_are_kept_and_flagged(school_a):
    report = scr(school=school_a, create_missing=True).apply()
    baker_id = check("Baker", CheckType.IDENTITY)
    assert baker_id.status == CheckStatus.PENDING
    assert "Sept 2017" in baker_id.evidence_notes
    flagged = [str(f) for f in report.flags]
    assert any("Teaching Staff" in f and "line 6" in f and "month only" in f for f in flagged)
    assert any("12345678901" in f for f in flagged)  # lost its leading zero
    green = check("Green", CheckType.IDENTITY)
    assert "date not recorded" in green.evidence_notes
    assert "date not recorded" in green.needs_attention
    assert "leading zeros" in check("Baker", CheckType.DBS).needs_attention


def test_the_scr_report_shows_what_needs_attention(client, school_a, hr_user_a):
    scr(school=school_a, create_missing=True).apply()
    client.force_login(hr_user_a)
    text = client.get("/admin/scr/results/").content.decode()
    assert "Needs attention:" in text and "month only" in text


def test_people_are_matched_by_name_and_the_match_is_shown(school_a):
    adams = StaffMemberFactory(school=school_a, first_name="Helen", last_name="Adams")
    report = scr(school=school_a, create_missing=True).check()
    outcome = next(o for o in report.outcomes if o.label == "Helen Adams")
    assert "matched by name in the school" in outcome.detail
    assert report.ok
    assert adams.vetting_checks.count() == 0  # a check changes nothing


def test_a_person_not_found_and_not_to_be_created_refuses_the_file(school_a):
    report = scr(school=school_a).apply()
    assert not report.ok
    assert "not on the staff list" in str(report.errors[0])
    assert not VettingCheck.objects.exists() and not StaffMember.objects.exists()


def test_a_completed_check_is_not_overwritten_without_the_choice(school_a):
    scr(school=school_a, create_missing=True).apply()
    adams_id = check("Adams", CheckType.IDENTITY)
    adams_id.completed_on = adams_id.completed_on.replace(year=2014)
    adams_id.save()
    report = scr(school=school_a).apply()
    assert report.ok
    outcome = next(o for o in report.outcomes if o.label == "Helen Adams")
    assert "already complete: not changed" in outcome.detail
    assert "20/08/2014 → 20/08/2015" in outcome.detail
    assert check("Adams", CheckType.IDENTITY).completed_on.year == 2014
    report = scr(school=school_a, overwrite_completed=True).apply()
    assert report.ok, [str(e) for e in report.errors]
    assert check("Adams", CheckType.IDENTITY).completed_on.year == 2015


def test_import_scr_command_creates_and_reports_and_refuses_without_a_school(
    tmp_path, school_a, capsys
):
    path = tmp_path / "scr.xlsx"
    path.write_bytes(files.scr_workbook_xlsx())
    with pytest.raises(CommandError):
        call_command("import_scr", str(path))
    assert not StaffMember.objects.exists()
    call_command("import_scr", str(path), "--school", school_a.urn)
    out = capsys.readouterr().out
    assert "Sheet “Teaching Staff”: column “DBS – Cert No” → DBS certificate number" in out
    assert "Needs attention" in out
    assert StaffMember.objects.filter(last_name="Foster").exists()


def test_one_dbs_number_for_two_people_in_the_file_is_refused_before_confirming(school_a):
    import io

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(files.scr_workbook_xlsx()))
    book["Support Staff"]["H5"] = "001234567890"  # Foster given Adams's certificate
    stream = io.BytesIO()
    book.save(stream)
    report = ScrImport(stream.getvalue(), school=school_a, create_missing=True).check()
    assert not report.ok
    assert "also at Sheet “Teaching Staff”, line 5" in str(report.errors[0])
