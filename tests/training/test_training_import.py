"""Training records as schools keep them: a record per row, or a matrix of dates."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from people.importers.staff import StaffImport
from tests.importing import school_files as files
from training.importers.records import TrainingImport
from training.models import Course, TrainingRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def riverside(school_a):
    StaffImport(files.sims_staff_csv(), school=school_a).apply()
    return school_a


def test_records_csv_lands_with_courses_matched_by_synonym(riverside, hr_user_a):
    Course.objects.create(title="Safeguarding", category="safeguarding", delivery="online")
    report = TrainingImport(
        files.training_records_csv(), user=hr_user_a, create_courses=True
    ).apply()
    assert report.ok, [str(e) for e in report.errors]
    assert TrainingRecord.objects.count() == 6
    safeguarding = TrainingRecord.objects.get(
        person__last_name="O’Brien", course__title="Safeguarding"
    )
    assert str(safeguarding.completed_on) == "2024-09-02"
    assert safeguarding.source == TrainingRecord.Source.IMPORT
    pfa = TrainingRecord.objects.get(person__last_name="O’Brien", course__first_aid_type="pfa_full")
    assert "SJA-0045123" in pfa.notes and str(pfa.certificate_expires_on) == "2026-03-14"
    assert any("Sept 2024" in str(f) for f in report.flags)  # month only, flagged
    assert ModelLogEntry.objects.filter(user=hr_user_a, action="wagtail.create").count() >= 6


def test_unknown_courses_refuse_the_file_without_create_courses(riverside):
    report = TrainingImport(files.training_records_csv()).apply()
    assert not report.ok
    assert "no course “Level 1 Safeguarding”" in str(report.errors[0])
    assert not TrainingRecord.objects.exists() and not Course.objects.exists()


def test_matrix_lands_and_names_cells_that_are_not_dates(riverside):
    report = TrainingImport(files.training_matrix_xlsx(), create_courses=True).apply()
    assert report.ok, [str(e) for e in report.errors]
    patel = TrainingRecord.objects.filter(person__last_name="Patel")
    assert patel.filter(course__title="First Aid at Work", completed_on="2024-09-02").exists()
    flagged = [str(f) for f in report.flags]
    assert any("booked 12/10/2024" in f and "line 5" in f for f in flagged)
    assert "Sheet “Matrix 2024-25”: column “Role” → job title" not in report.columns
    assert any("“Role”" in c for c in report.columns)


def test_a_person_not_found_refuses_the_file(school_a, tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(files.training_records_csv())
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_training", str(path), "--create-courses")
    assert not TrainingRecord.objects.exists()


def test_admin_upload_of_a_training_matrix(client, hr_user_a, riverside):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hr_user_a)
    upload = SimpleUploadedFile("matrix.xlsx", files.training_matrix_xlsx())
    page = client.post("/admin/import-training/", {"file": upload, "create": "on"})
    text = page.content.decode()
    assert "Nothing has changed yet" in text and "booked 12/10/2024" in text
    assert not TrainingRecord.objects.exists()
    client.post("/admin/import-training/", {"token": page.context["token"]})
    assert TrainingRecord.objects.filter(person__last_name="Smith").exists()


def test_staff_without_hr_cannot_open_the_training_import(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/admin/import-training/").status_code in (302, 403, 404)
