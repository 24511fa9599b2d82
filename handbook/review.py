"""Policy review rules as plain functions: statutory ceilings and when a review is due.

people/sources.py "policy_review": the DfE's statutory policies advice gives some
policies a review period (child protection at least annually); a policy may be reviewed
more often, never less. A policy with no approval date has never been approved, so its
review is due now.
"""

from datetime import timedelta

from portal.dates import add_months

MISSING = "Review date missing: due now"
OVERDUE = "Overdue"
DUE_SOON = "Due soon"
NOT_DUE = "Not due"


def review_errors(category_name, ceiling, interval_months, approved_on, next_review_date):
    """Field errors for a review interval or date beyond the category's statutory period."""
    if not ceiling:
        return {}
    errors = {}
    rule = f"{category_name} policies must be reviewed at least every {ceiling} months"
    if interval_months and interval_months > ceiling:
        errors["review_interval_months"] = f"{rule} (DfE statutory policies)."
    if approved_on and next_review_date and next_review_date > add_months(approved_on, ceiling):
        errors["next_review_date"] = (
            f"{rule}: the latest next review date is {add_months(approved_on, ceiling):%d/%m/%Y}."
        )
    return errors


def default_interval_error(category_name, ceiling, default_months):
    """The category's own default interval may not exceed its statutory period either."""
    if ceiling and default_months and default_months > ceiling:
        return f"{category_name} must be reviewed at least every {ceiling} months."
    return ""


def review_status(approved_on, next_review_date, today, soon_days):
    """MISSING, OVERDUE, DUE_SOON or NOT_DUE."""
    if approved_on is None or next_review_date is None:
        return MISSING
    if next_review_date < today:
        return OVERDUE
    if next_review_date <= today + timedelta(days=soon_days):
        return DUE_SOON
    return NOT_DUE
