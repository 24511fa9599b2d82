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
