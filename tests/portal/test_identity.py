"""Who is asking: a log-in is found with its person in one query, and a log-in switched
off by HR is refused at its next page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_a_switched_off_log_in_is_logged_out_at_its_next_page(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/my/policies/").status_code == 200
    staff_user.is_active = False
    staff_user.save()
    response = client.get("/my/policies/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_log_in_without_a_staff_record_still_reaches_the_admin(client, hr_user_a):
    client.force_login(hr_user_a)
    assert client.get("/admin/").status_code == 200


def test_the_log_in_and_the_person_are_one_query(client, staff_user):
    client.force_login(staff_user)
    client.get("/my/policies/")
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/my/policies/")
    assert "Pat Plain" in page.text  # the person, found with the log-in
    sql = [q["sql"] for q in queries]
    users = [q for q in sql if q.startswith('SELECT "auth_user"."id"')]
    assert len(users) == 1 and 'LEFT OUTER JOIN "people_staffmember"' in users[0]
    assert not [q for q in sql if q.startswith('SELECT "people_staffmember"."id"')]


@pytest.fixture
def hr_with_record(groups, school_a):
    """HR for school A who is also on its staff (found with their person); the staff home."""
    import io

    from devdata.demo.people import load_home_page
    from people import scope as p
    from tests.factories import HRScopeFactory, StaffMemberFactory, UserFactory

    user = UserFactory(username="hr_staff", groups=[p.STAFF, p.HR])
    HRScopeFactory(user=user, schools=[school_a])
    StaffMemberFactory(school=school_a, user=user, first_name="Hana")
    load_home_page(io.StringIO())
    return user


def test_hr_on_the_staff_see_the_hr_links_and_plain_staff_do_not(
    client, hr_with_record, staff_user
):
    client.force_login(hr_with_record)
    assert "Open the HR dashboard" in client.get("/").text
    client.force_login(staff_user)
    assert "Open the HR dashboard" not in client.get("/").text


def test_hr_on_the_staff_must_set_up_two_step_verification(client, hr_with_record, settings):
    settings.STAFFROOM = {**settings.STAFFROOM, "REQUIRE_2FA": True}
    client.force_login(hr_with_record)
    assert client.get("/")["Location"].startswith("/accounts/two-factor/")


def test_leaving_the_hr_group_takes_the_hr_links_away_at_the_next_page(client, hr_with_record):
    from django.contrib.auth.models import Group

    client.force_login(hr_with_record)
    assert "Open the HR dashboard" in client.get("/").text
    hr_with_record.groups.remove(Group.objects.get(name="HR"))
    assert "Open the HR dashboard" not in client.get("/").text
