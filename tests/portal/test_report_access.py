"""HR's reports seen from the refused side: a 403 page, not a bounce, and no menu link."""

import pytest

from people import scope as p
from tests.factories import StaffMemberFactory, UserFactory, VettingCheckFactory

REPORTS = (
    "/admin/scr/",
    "/admin/scr/?export=csv",
    "/admin/scr/results/",
    "/admin/import/staff/",
    "/admin/import/scr/",
    "/admin/training_matrix/",
    "/admin/training_expiring/",
    "/admin/first_aid_cover/",
    "/admin/induction_progress/",
    "/admin/reports/compliance/",
    "/admin/reports/compliance/?export=xlsx",
)
# In the admin menu (Reports, Training and Induction groups) for HR only.
MENU_URLS = (
    "/admin/scr/",
    "/admin/training_matrix/",
    "/admin/training_expiring/",
    "/admin/first_aid_cover/",
    "/admin/induction_progress/",
    "/admin/reports/compliance/",
)


@pytest.fixture
def person(school_a):
    return StaffMemberFactory(school=school_a, first_name="Alice", last_name="Ashby")


def person_urls(person):
    check = VettingCheckFactory(staff_member=person, check_type="dbs")
    return (
        f"/admin/people/{person.pk}/compliance/",
        f"/admin/people/{person.pk}/subject-access/",
        f"/admin/vetting/{check.pk}/certificate-copy/",
    )


@pytest.mark.parametrize("group", [p.HLTA, p.EDITOR])
def test_hlta_and_editor_get_the_403_page_for_every_hr_report(client, groups, person, group):
    client.force_login(UserFactory(username="refused", groups=[p.STAFF, group]))
    for url in (*REPORTS, *person_urls(person)):
        response = client.get(url)
        assert response.status_code == 403, url
        page = response.content.decode()
        assert "You cannot see this page" in page, url
        assert "Ashby" not in page, url


@pytest.mark.parametrize("group", [p.HLTA, p.EDITOR])
def test_hlta_and_editor_are_not_shown_the_report_menu_items(client, groups, group):
    client.force_login(UserFactory(username="refused", groups=[p.STAFF, group]))
    home = client.get("/admin/")
    assert home.status_code == 200
    page = home.content.decode()
    for url in MENU_URLS:
        assert f'"{url}"' not in page, url


def test_hr_opens_every_report_and_sees_them_in_the_menu(client, hr_user_a, person):
    client.force_login(hr_user_a)
    for url in (*REPORTS, f"/admin/people/{person.pk}/compliance/"):
        assert client.get(url).status_code == 200, url
    page = client.get("/admin/").content.decode()
    for url in MENU_URLS:
        assert f'"{url}"' in page, url


def test_hr_of_another_school_gets_404_for_one_persons_record(client, hr_user_a, school_b):
    other = StaffMemberFactory(school=school_b, last_name="Bristow")
    client.force_login(hr_user_a)
    for url in person_urls(other):
        assert client.get(url).status_code == 404, url


def test_hr_with_no_school_in_scope_is_refused(client, groups):
    client.force_login(UserFactory(username="hr_nowhere", groups=[p.STAFF, p.HR]))
    assert client.get("/admin/scr/").status_code == 403
