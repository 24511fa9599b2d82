"""Admin reports: policies due for review, and acknowledgements scoped to HR's schools."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.utils import timezone

from people import scope as p
from tests.factories import StaffMemberFactory
from tests.handbook.conftest import user_in
from tests.handbook.factories import make_policy

pytestmark = pytest.mark.django_db

REVIEW = "/admin/handbook/reports/review-due/"
ACKS = "/admin/handbook/reports/acknowledgements/"


@pytest.fixture
def review_policies(sections):
    today = timezone.localdate()
    approved = today - timedelta(days=400)
    make = make_policy
    section = sections["policies"]
    return {
        "overdue": make(
            section, "First aid", approved_on=approved, next_review_date=today - timedelta(days=3)
        ),
        "soon": make(
            section, "Attendance", approved_on=approved, next_review_date=today + timedelta(days=59)
        ),
        "later": make(
            section,
            "Whistleblowing",
            approved_on=approved,
            next_review_date=today + timedelta(days=90),
        ),
    }


def test_review_report_lists_overdue_and_due_soon(client, review_policies):
    client.force_login(user_in(p.EDITOR, "ed"))
    page = client.get(REVIEW).text
    assert "First aid" in page and "Overdue" in page
    assert "Attendance" in page and "Due soon" in page
    assert "Whistleblowing" not in page


def test_review_report_exports_csv_and_xlsx(client, review_policies):
    client.force_login(user_in(p.EDITOR, "ed"))
    csv = b"".join(client.get(REVIEW + "?export=csv").streaming_content).decode()
    assert csv.splitlines()[0].startswith("Policy,Category,Owner,Next review date,Status")
    assert "First aid" in csv and "Whistleblowing" not in csv

    xlsx = client.get(REVIEW + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    titles = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert titles == ["First aid", "Attendance"]


def test_plain_staff_cannot_open_the_reports(client, staff_user, sections):
    client.force_login(staff_user)
    assert client.get(REVIEW).status_code in (302, 403)
    assert client.get(ACKS).status_code in (302, 403)


@pytest.fixture
def two_schools(reader, school_a, school_b, policy, reader_client):
    reader_client.post(
        f"/my/policies/{policy.pk}/acknowledge/", {"revision": policy.live_revision_id}
    )
    StaffMemberFactory(school=school_a, first_name="Alfie", last_name="Unread")
    StaffMemberFactory(school=school_b, first_name="Bella", last_name="Elsewhere")
    return policy


def test_hr_sees_who_has_and_has_not_acknowledged_in_their_schools_only(
    client, hr_user_a, two_schools
):
    client.force_login(hr_user_a)
    page = client.get(ACKS).text
    assert "Behaviour policy" in page
    assert "Unread" in page and "Not acknowledged" in page
    assert "Acknowledged" in page
    assert "Elsewhere" not in page  # school B is outside HR A's scope


def test_trust_hr_sees_every_school_and_can_filter(client, trust_hr_user, two_schools, school_b):
    client.force_login(trust_hr_user)
    assert "Elsewhere" in client.get(ACKS).text
    filtered = client.get(ACKS + f"?school={school_b.pk}&status=missing").text
    assert "Elsewhere" in filtered and "Unread" not in filtered


def test_acknowledgement_report_filters_by_role(client, trust_hr_user, two_schools, ta_role):
    client.force_login(trust_hr_user)
    page = client.get(ACKS + f"?roles={ta_role.pk}").text
    assert "Nadia" in page and "Elsewhere" not in page


def test_acknowledgement_report_exports(client, hr_user_a, two_schools):
    client.force_login(hr_user_a)
    csv = b"".join(client.get(ACKS + "?export=csv").streaming_content).decode()
    header, *rows = csv.strip().splitlines()
    assert header.startswith("Policy,Current version,Staff number,Name,School,Status")
    assert any("Not acknowledged" in r and "Unread" in r for r in rows)
    assert not any("Elsewhere" in r for r in rows)
    xlsx = client.get(ACKS + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert sheet.max_row == len(rows) + 1
