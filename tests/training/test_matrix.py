"""Training matrix report and export, and HR's admin screens, scoped to their schools."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from tests.factories import RoleFactory, StaffMemberFactory
from tests.training.factories import RecordFactory, RequirementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def matrix_data(school_a, school_b):
    ta = RoleFactory(name="TA")
    safeguarding = RequirementFactory(course__title="Safeguarding", due_within_days=0).course
    handling = RequirementFactory(
        course__title="Positive handling",
        course__category="positive_handling",
        applies_to="role",
        role=ta,
    ).course
    mine = StaffMemberFactory(school=school_a, last_name="Mineperson", role=ta)
    theirs = StaffMemberFactory(school=school_b, last_name="Theirperson")
    RecordFactory(person=mine, course=safeguarding, completed_on=timezone.localdate())
    return {"mine": mine, "theirs": theirs, "safeguarding": safeguarding, "handling": handling}


def test_hr_sees_their_school_with_status_in_words(client, hr_user_a, matrix_data):
    client.force_login(hr_user_a)
    page = client.get("/admin/training_matrix/").content.decode()
    assert "Mineperson" in page and "Theirperson" not in page
    assert "Safeguarding" in page and "Positive handling" in page
    assert "Compliant" in page and "Missing" in page


def test_trust_hr_sees_every_school(client, trust_hr_user, matrix_data):
    client.force_login(trust_hr_user)
    page = client.get("/admin/training_matrix/").content.decode()
    assert "Mineperson" in page and "Theirperson" in page


def test_status_and_category_filters(client, trust_hr_user, matrix_data):
    client.force_login(trust_hr_user)
    page = client.get("/admin/training_matrix/?status=compliant").content.decode()
    assert "Mineperson" in page and "Theirperson" not in page
    page = client.get("/admin/training_matrix/?category=positive_handling").content.decode()
    assert "Positive handling" in page and ">Safeguarding<" not in page


def test_csv_export_has_a_column_per_required_course(client, hr_user_a, matrix_data):
    client.force_login(hr_user_a)
    response = client.get("/admin/training_matrix/?export=csv")
    body = b"".join(response.streaming_content).decode()
    header, row = body.splitlines()[:2]
    assert "Positive handling" in header and "Safeguarding: expires" in header
    assert "Mineperson" in row and "Missing" in row
    assert "Theirperson" not in body


def test_plain_staff_and_hlta_cannot_open_the_reports(client, hlta_user):
    client.force_login(hlta_user)
    for url in ("/admin/training_matrix/", "/admin/first_aid_cover/", "/admin/training_expiring/"):
        response = client.get(url)
        assert response.status_code == 403 and b"You cannot see this page" in response.content


def test_export_command_writes_an_xlsx_with_a_row_per_person(tmp_path, matrix_data, school_a):
    out = tmp_path / "matrix.xlsx"
    call_command("export_training_matrix", format="xlsx", output=str(out), stdout=io.StringIO())
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Staff number", "Name", "School", "Roles")
    assert {"Safeguarding", "Positive handling"} <= set(rows[0])
    assert len(rows) == 3  # heading + two people
    call_command(
        "export_training_matrix",
        format="csv",
        output=str(tmp_path / "a.csv"),
        school=school_a.urn,
        stdout=io.StringIO(),
    )
    assert "Theirperson" not in (tmp_path / "a.csv").read_text()


@pytest.mark.parametrize("size", [3, 25])
def test_matrix_page_queries_do_not_grow_with_staff(
    client, hr_user_a, school_a, django_assert_max_num_queries, size
):
    ta = RoleFactory(name="TA")
    course = RequirementFactory(applies_to="role", role=ta).course
    for _ in range(size):
        person = StaffMemberFactory(school=school_a, role=ta)
        RecordFactory(person=person, course=course, completed_on=timezone.localdate())
    client.force_login(hr_user_a)
    client.get("/admin/training_matrix/")  # warm caches (content types, site)
    with django_assert_max_num_queries(30):
        assert client.get("/admin/training_matrix/").status_code == 200


def test_hr_records_are_scoped_to_their_schools(client, hr_user_a, school_b, matrix_data):
    theirs = RecordFactory(person=matrix_data["theirs"], course=matrix_data["safeguarding"])
    client.force_login(hr_user_a)
    listing = client.get("/admin/training_records/").content.decode()
    assert "Mineperson" in listing and "Theirperson" not in listing
    for view in ("edit", "delete", "history", "inspect", "verify"):
        assert client.get(f"/admin/training_records/{view}/{theirs.pk}/").status_code == 404


def test_hr_verifies_or_rejects_a_certificate_with_a_reason(client, hr_user_a, matrix_data):
    record = RecordFactory(person=matrix_data["mine"], pending=True)
    client.force_login(hr_user_a)
    url = f"/admin/training_records/verify/{record.pk}/"
    page = client.post(url, {"decision": "reject"}).content.decode()
    assert "Give a reason for rejecting the certificate." in page
    client.post(url, {"decision": "reject", "reason": "Wrong name on it"})
    record.refresh_from_db()
    assert record.state == "rejected" and record.rejection_reason == "Wrong name on it"
    client.post(url, {"decision": "verify"})
    record.refresh_from_db()
    assert record.state == "verified" and record.verified_by == hr_user_a


def test_hr_creates_a_record_and_it_is_logged(client, hr_user_a, matrix_data):
    from wagtail.models import ModelLogEntry

    client.force_login(hr_user_a)
    today = timezone.localdate()
    data = {
        "person": matrix_data["mine"].pk,
        "course": matrix_data["handling"].pk,
        "completed_on": (today - timedelta(days=1)).isoformat(),
        "source": "hr",
    }
    assert client.post("/admin/training_records/new/", data).status_code == 302
    assert ModelLogEntry.objects.filter(action="wagtail.create").count() == 1
    # A person outside the user's schools is not a valid choice.
    data["person"] = matrix_data["theirs"].pk
    page = client.post("/admin/training_records/new/", data).content.decode()
    assert "Select a valid choice" in page
    data.update(person=matrix_data["mine"].pk, completed_on=(today + timedelta(days=2)).isoformat())
    assert (
        "The completion date is in the future."
        in client.post("/admin/training_records/new/", data).content.decode()
    )


def test_scr_columns_show_the_latest_safeguarding_and_kcsie_dates(school_a):
    from people.models import StaffMember
    from training.models import Course
    from training.scr_columns import scr_columns

    person = StaffMemberFactory(school=school_a)
    safeguarding = RequirementFactory(course__scr_column=Course.ScrColumn.SAFEGUARDING).course
    RecordFactory(person=person, course=safeguarding, completed_on=timezone.localdate())
    RecordFactory(
        person=person, course=safeguarding, completed_on=timezone.localdate() - timedelta(days=400)
    )
    RecordFactory(person=person, pending=True, course__scr_column=Course.ScrColumn.KCSIE)
    columns = {c.heading: c.values_for(StaffMember.objects.all()) for c in scr_columns()}
    assert columns["Safeguarding training date"] == {person.pk: timezone.localdate()}
    # KCSIE reading is per edition: the handbook's column, not a course with a validity.
    assert "KCSIE Part one read date" not in columns
