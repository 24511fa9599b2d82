"""A new starter's induction page does not slow down as their checklist grows (issue #9):
the same number of queries with 2 or 12 steps.
Each bound is the count measured at both sizes, plus 2."""

import pytest

from tests.portal.full_record import full_record, second_visit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("size", [2, 12])
def test_my_induction_does_not_slow_down_with_more_steps(
    client, school_a, django_assert_max_num_queries, size
):
    """Policy, course and task steps, some done (by the mentor), some overdue; a review."""
    client.force_login(full_record(school_a, size))
    page = second_visit(client, "/my/induction/", django_assert_max_num_queries, 14)  # measured: 12
    assert f"Step {size - 1}" in page and "Overdue" in page and "Note: Done together" in page
