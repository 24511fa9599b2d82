"""The SCR report and exports: columns, filters, permissions and a flat query count."""

import csv
import io
from datetime import date

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from people.scr import report as scr
from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db

URL = "/admin/scr/"

STATUTORY_HEADINGS = [
    "Identity checked",
    "Identity check date",
    "Enhanced DBS certificate date",
    "Barred list check date",
    "Prohibition from teaching check date",
    "Section 128 check date",
    "Overseas checks date",
    "Qualifications checked date",
    "Right to work check date",
    "Agency confirmation received date",
]


def test_headings_cover_every_statutory_check_with_its_date():
    headings = scr.headings(columns=[])
    for heading in STATUTORY_HEADINGS:
        assert heading in headings
    for done, when in scr.CHECK_HEADINGS.values():
        assert headings.index(when) == headings.index(done) + 1
    for heading in ["Checked by", "DBS certificate number", "DBS Update Service"]:
        assert heading in headings
    assert headings[-1] == "Missing or pending"


class TrainingDateColumn(scr.ScrColumn):
    heading = "Test extra column"

    def values_for(self, staff):
        return dict.fromkeys(staff.values_list("pk", flat=True), "01/09/2026")


def test_other_apps_add_columns_through_the_hook(person_a):
    from wagtail import hooks

    with hooks.register_temporarily("register_scr_columns", lambda: [TrainingDateColumn()]):
        headings = scr.headings()
        rows = list(scr.iter_rows(scr.scr_queryset(type(person_a).objects.all())))
    index = headings.index("Test extra column")
    assert rows[0][index] == "01/09/2026"


@pytest.fixture
def mixed_staff(school_a, school_b, roles):
    """School A: one complete TA, one agency worker, one volunteer, one governor, a leaver."""
    done = StaffMemberFactory(school=school_a, role=roles["ta"], last_name="Complete")
    for check_type in ("identity", "right_to_work", "barred_list", "fitness"):
        VettingCheckFactory(staff_member=done, check_type=check_type)
    VettingCheckFactory(staff_member=done, check_type="dbs", certificate_number="009876543210")
    agency = StaffMemberFactory(
        school=school_a, role=roles["hlta"], last_name="Agencyworker", employment_type="agency"
    )
    VettingCheckFactory(staff_member=agency, check_type="agency", dbs_certificate_seen=True)
    VettingCheckFactory(staff_member=agency, check_type="identity")
    StaffMemberFactory(
        school=school_a, role=roles["ta"], last_name="Volunteerperson", employment_type="volunteer"
    )
    StaffMemberFactory(
        school=school_a,
        role=roles["governor"],
        last_name="Governorperson",
        employment_type="governor",
    )
    StaffMemberFactory(
        school=school_a, role=roles["ta"], last_name="Leaverperson", leaving_date=date(2025, 1, 31)
    )
    StaffMemberFactory(school=school_b, role=roles["ta"], last_name="Otherschool")
    return done


def export_rows(client, fmt="csv", query=""):
    response = client.get(f"{URL}?export={fmt}{query}")
    assert response.status_code == 200
    if fmt == "csv":
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text)))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)))["SCR"]
    values = list(sheet.values)
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_hr_export_has_one_row_per_person_of_their_school(client, hr_user_a, mixed_staff):
    client.force_login(hr_user_a)
    rows = export_rows(client)
    names = {r["Surname"] for r in rows}
    assert names == {"Complete", "Agencyworker", "Volunteerperson", "Governorperson"}
    by_name = {r["Surname"]: r for r in rows}
    assert by_name["Complete"]["Missing or pending"] == "Complete"
    assert by_name["Complete"]["DBS certificate number"] == "009876543210"
    assert by_name["Complete"]["Identity check date"] == "20/08/2024"
    assert by_name["Agencyworker"]["Agency confirmation received"] == "Yes"
    assert by_name["Agencyworker"]["Agency DBS certificate seen"] == "Yes"
    assert by_name["Agencyworker"]["Right to work checked"] == "Not applicable"
    assert by_name["Volunteerperson"]["Enhanced DBS certificate obtained"] == "Missing"
    assert by_name["Governorperson"]["Section 128 checked"] == "Missing"
    assert "Missing: Identity" in by_name["Governorperson"]["Missing or pending"]


def test_leavers_are_not_on_the_scr_but_in_a_former_staff_checks_export(
    client, hr_user_a, mixed_staff
):
    client.force_login(hr_user_a)
    response = client.get(f"{URL}?export=xlsx&former_staff=true")
    assert "former-staff-checks-" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content)))["Former staff checks"]
    surnames = [row[1] for row in list(sheet.values)[1:]]
    assert surnames == ["Leaverperson"]
    assert "Leaverperson" not in {r["Surname"] for r in export_rows(client)}


def test_the_scr_page_no_longer_says_leavers_stay_on_it(client, hr_user_a, mixed_staff):
    client.force_login(hr_user_a)
    page = client.get(URL).content.decode()
    assert "Leavers stay on the SCR" not in page
    assert "Leavers are not on the SCR" in page


def test_a_ta_with_an_adult_workforce_dbs_without_barred_list_reads_not_compliant(
    client, hr_user_a, school_a, roles
):
    ta = StaffMemberFactory(school=school_a, role=roles["ta"], last_name="Adultcheck")
    for check_type in ("identity", "right_to_work", "barred_list", "fitness"):
        VettingCheckFactory(staff_member=ta, check_type=check_type)
    VettingCheckFactory(
        staff_member=ta, check_type="dbs", workforce="adult", includes_barred_list=False
    )
    client.force_login(hr_user_a)
    expected = (
        "Not compliant: adult workforce: a child-workforce check is needed; "
        "no children's barred list: needed for regulated activity"
    )
    row = export_rows(client)[0]
    assert row["Enhanced DBS certificate obtained"] == expected
    assert row["Missing or pending"].startswith("Missing: Enhanced DBS certificate (adult")
    page = client.get(URL).content.decode()
    assert "adult workforce: a child-workforce check is needed" in page


def test_not_required_reasons_appear_in_the_scr_export(client, hr_user_a, school_a, roles):
    ta = StaffMemberFactory(school=school_a, role=roles["ta"], last_name="Moved")
    VettingCheckFactory(
        staff_member=ta,
        check_type="fitness",
        status="not_required",
        completed_on=None,
        not_required_reason="Internal move: fitness confirmed at first appointment",
    )
    client.force_login(hr_user_a)
    for fmt in ("csv", "xlsx"):
        row = export_rows(client, fmt)[0]
        assert row["Fitness to work checked"] == (
            "Not required: Internal move: fitness confirmed at first appointment"
        )


def test_filters_staff_type_and_incomplete_only(client, hr_user_a, mixed_staff):
    client.force_login(hr_user_a)
    rows = export_rows(client, "csv", "&employment_type=agency")
    assert [r["Surname"] for r in rows] == ["Agencyworker"]
    rows = export_rows(client, "csv", "&incomplete_only=true")
    assert {r["Surname"] for r in rows} == {"Volunteerperson", "Governorperson"}


def test_trust_hr_sees_every_school(client, trust_hr_user, mixed_staff):
    client.force_login(trust_hr_user)
    assert "Otherschool" in {r["Surname"] for r in export_rows(client)}
    page = client.get(URL).content.decode()
    assert "Otherschool" in page and "Complete" in page


def test_the_page_flags_missing_and_pending_in_words(client, hr_user_a, mixed_staff):
    client.force_login(hr_user_a)
    page = client.get(URL).content.decode()
    assert "Single Central Record" in page
    assert "Missing: Identity" in page
    assert "Otherschool" not in page


def test_plain_staff_and_editors_cannot_reach_the_scr(client, staff_user, mixed_staff):
    from people import scope as p
    from tests.factories import UserFactory

    client.force_login(staff_user)
    for url in (URL, f"{URL}?export=csv", f"{URL}?export=xlsx", "/admin/import/scr/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"]
    editor = UserFactory(username="ed", groups=[p.STAFF, p.EDITOR])
    client.force_login(editor)
    for url in (URL, f"{URL}?export=csv", "/admin/import/staff/"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"You cannot see this page" in response.content
        assert b"Single Central Record" not in response.content


def make_staff(school, roles, count, offset=0):
    for i in range(offset, offset + count):
        person = StaffMemberFactory(school=school, role=roles["ta"])
        VettingCheckFactory(staff_member=person, check_type="identity")
        VettingCheckFactory(
            staff_member=person, check_type="dbs", certificate_number=f"{i + 10**11:012d}"
        )


def count_queries(client, django_assert_max_num_queries, budget):
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(URL).status_code == 200
    return len(captured)


def test_scr_page_queries_do_not_grow_with_staff(
    client, hr_user_a, school_a, roles, django_assert_max_num_queries
):
    client.force_login(hr_user_a)
    client.get(URL)  # warm caches (content types, site)
    make_staff(school_a, roles, 5)
    five = count_queries(client, django_assert_max_num_queries, 40)
    make_staff(school_a, roles, 45, offset=5)
    fifty = count_queries(client, django_assert_max_num_queries, five)
    assert fifty == five
    print(f"SCR page queries: 5 staff {five}, 50 staff {fifty}")


def test_export_scr_command_writes_an_xlsx_that_opens(tmp_path, mixed_staff, school_a):
    out = tmp_path / "scr.xlsx"
    call_command("export_scr", "--format", "xlsx", "--output", str(out), stdout=io.StringIO())
    sheet = load_workbook(out)["SCR"]
    rows = list(sheet.values)
    assert list(rows[0]) == scr.headings()
    assert len(rows) == 1 + 5  # five current people in two schools; no leaver
    path = tmp_path / "scr.csv"
    call_command(
        "export_scr",
        "--format",
        "csv",
        "--output",
        str(path),
        "--school",
        school_a.urn,
        "--former-staff",
        stdout=io.StringIO(),
    )
    surnames = {r["Surname"] for r in csv.DictReader(path.open(encoding="utf-8-sig"))}
    assert surnames == {"Leaverperson"}
