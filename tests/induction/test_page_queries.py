"""A new starter's induction page, on a first visit, keeps to its budget of 12 queries
whether their checklist has 2 or 12 steps."""

import pytest

from tests.portal.full_record import first_visit, full_record

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("size", [2, 12])
def test_my_induction_does_not_slow_down_with_more_steps(
    client, school_a, django_assert_max_num_queries, size
):
    """Policy, course and task steps, some done (by the mentor), some overdue; a review."""
    client.force_login(full_record(school_a, size))
    page = first_visit(client, "/my/induction/", django_assert_max_num_queries, 9)  # measured: 7
    assert f"Step {size - 1}" in page and "Overdue" in page and "Note: Done together" in page
