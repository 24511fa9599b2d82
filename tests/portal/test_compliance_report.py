"""The compliance summary report: pictures, trend and every section with the people
named, for HR's own schools; a print stylesheet; the same figures as XLSX."""

import io

import pytest
from openpyxl import load_workbook

from tests.factories import StaffMemberFactory

pytestmark = pytest.mark.django_db
URL = "/admin/reports/compliance/"
HEADINGS = (
    "Single Central Record gaps by check",
    "Training expiring in the next 90 days",
    "First-aid cover against targets",
    "Policies overdue for review",
    "Compliance over the last 12 months",
)


@pytest.fixture
def people(school_a, school_b):
    StaffMemberFactory(school=school_a, first_name="Alice", last_name="Ashby")
    StaffMemberFactory(school=school_b, first_name="Bob", last_name="Bristow")


def test_hr_gets_their_school_every_section_and_the_people_named(client, hr_user_a, people):
    client.force_login(hr_user_a)
    page = client.get(URL).content.decode()
    for heading in HEADINGS:
        assert heading in page, heading
    assert "School A: people by compliance status" in page
    assert "Ashby" in page  # her checks are missing: named under the SCR gaps
    assert "Bristow" not in page and "School B" not in page
    assert 'media="print"' in page and "print-report.css" in page


def test_trust_hr_gets_every_school(client, trust_hr_user, people):
    client.force_login(trust_hr_user)
    page = client.get(URL).content.decode()
    assert "School A: people by compliance status" in page
    assert "School B: people by compliance status" in page
    assert "Bristow" in page


def test_the_xlsx_has_the_same_figures(client, hr_user_a, people):
    client.force_login(hr_user_a)
    response = client.get(URL + "?export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames[:2] == ["School A", "Trend"]
    assert "Single Central Record gaps by c" in workbook.sheetnames
    school = list(workbook["School A"].values)
    assert school[0][:3] == ("Source", "Compliant", "Expiring soon")
    vetting = next(row for row in school if row[0] == "Vetting checks")
    assert vetting[4] == 1  # Ashby: missing
    gaps = list(workbook["Single Central Record gaps by c"].values)
    assert any("Ashby" in str(row[2]) for row in gaps[1:])


def test_an_hlta_gets_the_403_page(client, groups, people):
    from people import scope as p
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="hlta", groups=[p.STAFF, p.HLTA]))
    response = client.get(URL)
    assert response.status_code == 403
    assert "Ashby" not in response.content.decode()
