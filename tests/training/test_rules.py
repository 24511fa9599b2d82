"""Expiry and status rules at their boundaries; plain functions, no database."""

from datetime import date, timedelta

import pytest

from portal.compliance import Status
from training import rules
from training.reminders import expiry_stage

TODAY = date(2026, 3, 3)


def verified(expires_on, completed_on=date(2025, 1, 1), pk=1):
    return rules.RecordFacts(pk, completed_on, expires_on, rules.VERIFIED)


def pending(completed_on, pk=2, expires_on=None):
    return rules.RecordFacts(pk, completed_on, expires_on, rules.PENDING)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 3, 3), 12, date(2027, 3, 3)),
        (date(2026, 3, 3), 36, date(2029, 3, 3)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # no 29 February: the month's last day
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 3, 3), -12, date(2026, 3, 3)),
    ],
)
def test_add_months(start, months, expected):
    assert rules.add_months(start, months) == expected


def test_expiry_is_derived_from_validity_unless_the_certificate_says_otherwise():
    assert rules.expiry_for(date(2026, 3, 3), 36) == date(2029, 3, 3)
    assert rules.expiry_for(date(2026, 3, 3), 36, stated=date(2028, 1, 1)) == date(2028, 1, 1)
    assert rules.expiry_for(date(2026, 3, 3), None) is None  # does not expire


@pytest.mark.parametrize(
    ("days", "status"),
    [
        (-1, Status.EXPIRED),  # expired yesterday
        (0, Status.EXPIRING),  # expires today: still valid
        (1, Status.EXPIRING),  # tomorrow
        (60, Status.EXPIRING),  # exactly 60 days: expiring soon
        (61, Status.COMPLIANT),
    ],
)
def test_status_at_the_boundaries(days, status):
    outcome = rules.requirement_status(
        [verified(TODAY + timedelta(days=days))], due_on=date(2025, 1, 1), today=TODAY
    )
    assert outcome.status == status


def test_a_record_that_does_not_expire_is_compliant():
    outcome = rules.requirement_status([verified(None)], date(2025, 1, 1), TODAY)
    assert outcome.status == Status.COMPLIANT


def test_missing_only_after_the_due_date():
    assert rules.requirement_status([], TODAY, TODAY).status == Status.PENDING  # due today
    outcome = rules.requirement_status([], TODAY - timedelta(days=1), TODAY)
    assert outcome.status == Status.MISSING
    assert outcome.note == "Was due by 2 March 2026"


def test_a_self_reported_certificate_is_pending_until_verified():
    outcome = rules.requirement_status([pending(TODAY)], TODAY - timedelta(days=100), TODAY)
    assert outcome.status == Status.PENDING
    assert outcome.note == "Awaiting verification by HR"


def test_a_pending_renewal_shows_once_the_verified_record_is_expiring_or_expired():
    old = verified(TODAY - timedelta(days=5), completed_on=TODAY - timedelta(days=370))
    renewal = pending(TODAY - timedelta(days=1))
    assert rules.requirement_status([old, renewal], TODAY, TODAY).status == Status.PENDING
    # A valid verified record is not hidden behind an older pending one.
    good = verified(TODAY + timedelta(days=200), completed_on=TODAY - timedelta(days=100))
    stale = pending(TODAY - timedelta(days=300))
    assert rules.requirement_status([good, stale], TODAY, TODAY).status == Status.COMPLIANT


def test_a_requirement_not_renewed_on_expiry_stays_met():
    old = verified(TODAY - timedelta(days=400))
    outcome = rules.requirement_status([old], TODAY, TODAY, renew_on_expiry=False)
    assert outcome.status == Status.COMPLIANT


def test_the_longest_lasting_record_counts():
    short = verified(TODAY - timedelta(days=1), pk=1)
    long = verified(TODAY + timedelta(days=300), pk=2)
    assert rules.requirement_status([short, long], TODAY, TODAY).record.id == 2


@pytest.mark.parametrize(
    ("applies_to", "role_id", "held", "early_years", "expected"),
    [
        (rules.ALL_STAFF, None, set(), False, True),
        (rules.ROLE, 5, {5, 6}, False, True),
        (rules.ROLE, 5, {6}, True, False),
        (rules.EARLY_YEARS, None, set(), True, True),
        (rules.EARLY_YEARS, None, {5}, False, False),
    ],
)
def test_applicability(applies_to, role_id, held, early_years, expected):
    assert rules.applies(applies_to, role_id, held, early_years) is expected


@pytest.mark.parametrize(
    ("days_left", "stage"),
    [(61, None), (60, 60), (31, 60), (30, 30), (1, 30), (0, 0), (-1, "expired")],
)
def test_reminder_stages(days_left, stage):
    assert expiry_stage(days_left) == stage
