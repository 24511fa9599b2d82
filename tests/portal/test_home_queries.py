"""The staff home does not slow down as a person's record grows (issue #9): the same
number of queries for 2 or 12 policies, training requirements and induction steps.
Each bound is the count measured at both sizes, plus 2."""

import pytest

from tests.portal.full_record import full_record, second_visit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("size", [2, 12])
def test_the_staff_home_does_not_slow_down_as_a_persons_record_grows(
    client, school_a, django_assert_max_num_queries, size
):
    client.force_login(full_record(school_a, size))
    page = second_visit(client, "/", django_assert_max_num_queries, 34)  # measured: 32
    for panel in ("Your induction", "Policies to read", "Your training", "Your DBS check"):
        assert panel in page
    assert "Policy 1" in page and "Step 1" in page
