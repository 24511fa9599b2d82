"""The staff home, on a person's first visit, stays within its budget of 15 queries
whether their record holds 2 or 12 policies, training requirements and induction steps."""

import pytest

from tests.portal.full_record import first_visit, full_record

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("size", [2, 12])
def test_the_staff_home_does_not_slow_down_as_a_persons_record_grows(
    client, school_a, django_assert_max_num_queries, size
):
    client.force_login(full_record(school_a, size))
    page = first_visit(client, "/", django_assert_max_num_queries, 10)  # measured: 8
    for panel in ("Your induction", "Policies to read", "Your training", "Your DBS check"):
        assert panel in page
    assert "Policy 1" in page and "Step 1" in page
