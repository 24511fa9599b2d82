"""Handbook pages and reports do not slow down as the handbook grows: the same number of
queries with 2 or 12 policies, roles, acknowledgements or people. A policy page and "My
policies" on a first visit keep to their budgets (10 and 12 queries); each report's bound
is the count measured at both sizes, plus 2."""

from datetime import timedelta

import pytest
from django.utils import timezone

from handbook.acknowledging import acknowledge
from tests.factories import RoleFactory, StaffMemberFactory
from tests.handbook.factories import make_policy
from tests.portal.full_record import first_visit, full_record

pytestmark = pytest.mark.django_db

SIZES = [2, 12]


@pytest.mark.parametrize("size", SIZES)
def test_a_policy_page_does_not_slow_down_as_people_acknowledge_it(
    reader_client, reader, sections, school_a, ta_role, django_assert_max_num_queries, size
):
    """Required of ``size`` roles (the reader holds one) and acknowledged by ``size``
    other people; it has an owner."""
    roles = [ta_role] + [RoleFactory(name=f"Role {n}") for n in range(size - 1)]
    owner = StaffMemberFactory(school=school_a, last_name="Owner")
    policy = make_policy(sections["policies"], roles=roles, policy_owner=owner)
    for n in range(size):
        other = StaffMemberFactory(school=school_a, role=roles[n])
        acknowledge(policy, other, policy.live_revision_id)
    page = first_visit(reader_client, policy.url, django_assert_max_num_queries, 6)  # measured: 5
    assert "Acknowledge: I have read" in page and f"Role {size - 2}" in page


@pytest.mark.parametrize("size", SIZES)
def test_my_policies_does_not_slow_down_with_more_policies(
    client, school_a, django_assert_max_num_queries, size
):
    client.force_login(full_record(school_a, size))
    page = first_visit(client, "/my/policies/", django_assert_max_num_queries, 8)  # measured: 6
    assert f"Policy {size - 1}" in page and "Done (" in page


@pytest.mark.parametrize("size", SIZES)
def test_the_review_report_does_not_slow_down_with_more_policies(
    client, hr_user_a, sections, school_a, django_assert_max_num_queries, size
):
    today = timezone.localdate()
    for n in range(size):
        make_policy(
            sections["policies"],
            title=f"Policy {n}",
            approved_on=today - timedelta(days=400),
            next_review_date=today + timedelta(days=n - size // 2),  # half overdue
            policy_owner=StaffMemberFactory(school=school_a, last_name=f"Owner{n}"),
        )
    client.force_login(hr_user_a)
    url = "/admin/handbook/reports/review-due/"
    page = first_visit(client, url, django_assert_max_num_queries, 20)  # measured: 18
    assert "Overdue" in page and f"Owner{size - 1}" in page


@pytest.mark.parametrize("size", SIZES)
def test_the_acknowledgements_report_does_not_slow_down_with_more_staff_and_policies(
    client, hr_user_a, sections, school_a, ta_role, django_assert_max_num_queries, size
):
    policies = [
        make_policy(sections["policies"], title=f"Policy {n}", roles=[ta_role] if n % 2 else None)
        for n in range(size)
    ]
    for n in range(size):
        person = StaffMemberFactory(school=school_a, role=ta_role, last_name=f"Person{n}")
        for policy in policies[n % 2 :: 2]:
            acknowledge(policy, person, policy.live_revision_id)
    client.force_login(hr_user_a)
    url = "/admin/handbook/reports/acknowledgements/"
    page = first_visit(client, url, django_assert_max_num_queries, 30)  # measured: 28
    assert "Not acknowledged" in page and "Person1" in page
