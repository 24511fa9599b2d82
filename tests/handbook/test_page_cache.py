"""Each person's copy of a page is kept (portal/pagecache.py): the second visit is quick,
and what they see is still their own and still up to date."""

from datetime import date

import pytest
from django.test import Client

from tests.factories import StaffMemberFactory, UserFactory
from tests.handbook.factories import republish

pytestmark = pytest.mark.django_db


def test_a_second_visit_is_served_from_the_persons_own_copy(
    reader_client, policy, django_assert_max_num_queries
):
    reader_client.get(policy.url)  # sets the CSRF cookie its form needs
    first = reader_client.get(policy.url)
    with django_assert_max_num_queries(6):  # session, user, two-factor device, versions
        second = reader_client.get(policy.url)
    assert second.status_code == 200
    assert second.content == first.content
    assert "private" in second["Cache-Control"]


def test_nobody_is_served_another_persons_copy(reader_client, policy, school_a):
    assert "Logged in as Nadia" in reader_client.get(policy.url).text
    user = UserFactory(username="someone-else")
    StaffMemberFactory(school=school_a, user=user, first_name="Omar")
    other = Client()
    other.force_login(user)
    page = other.get(policy.url).text
    assert "Logged in as Omar" in page
    assert "Nadia" not in page


def test_acknowledging_shows_at_once(reader_client, policy):
    assert "Acknowledge: I have read" in reader_client.get(policy.url).text
    reader_client.post(
        f"/my/policies/{policy.pk}/acknowledge/", {"revision": policy.live_revision_id}
    )
    page = reader_client.get(policy.url).text
    assert "You acknowledged version 1.0 on" in page


def test_a_new_version_shows_at_once(reader_client, policy):
    assert "traffic-light" in reader_client.get(policy.url).text
    republish(
        policy, body=[("paragraph", "<p>Restorative conversations after every incident.</p>")]
    )
    page = reader_client.get(policy.url).text
    assert "Restorative conversations" in page
    assert "traffic-light" not in page


def test_a_change_to_the_persons_roles_shows_at_once(reader_client, reader, sections):
    from portal.models import RoleAssignment
    from tests.factories import RoleFactory
    from tests.handbook.factories import make_policy

    lunch = RoleFactory(name="Lunchtime supervisor")
    policy = make_policy(sections["policies"], title="Dining hall", roles=[lunch])
    assert "Acknowledge:" not in reader_client.get(policy.url).text
    RoleAssignment.objects.create(
        staff_member=reader.staff_member, role=lunch, start_date=date.today()
    )
    assert "Acknowledge:" in reader_client.get(policy.url).text
