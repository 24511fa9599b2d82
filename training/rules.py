"""Training rules as plain functions: expiry, applicability and status.

No database access here: callers pass plain values, so the rules are unit-tested at
their boundaries and shared by the compliance source, the matrix, reminders and pages.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from portal.compliance import Status, status_for_expiry
from portal.conf import staffroom_setting
from portal.dates import add_months

VERIFIED, PENDING, REJECTED = "verified", "pending", "rejected"
STATE_LABELS = {
    VERIFIED: "Verified",
    PENDING: "Pending verification",
    REJECTED: "Rejected",
}

ROLE, ALL_STAFF, EARLY_YEARS = "role", "all", "early_years"


def first_aid_lookahead_days():
    # cover now and in 90 days' time.
    return staffroom_setting("FIRST_AID_LOOKAHEAD_DAYS")


def reminder_days():
    # Reminders go 60, 30 and 0 days before a requirement expires.
    return tuple(sorted(staffroom_setting("TRAINING_REMINDER_DAYS"), reverse=True))


# A higher certificate covers the lower one: the FAW syllabus includes EFAW (HSE L74),
# full paediatric first aid includes emergency paediatric first aid (EYFS).
COUNTS_AS = {
    "faw": {"faw", "efaw"},
    "efaw": {"efaw"},
    "pfa_full": {"pfa_full", "pfa_emergency"},
    "pfa_emergency": {"pfa_emergency"},
}


def first_aid_validity_months(validity_months):
    """A first-aid course's validity: as stated, else three years.

    people/sources.py "first_aid_validity" (HSE L74 para 74) and "paediatric_first_aid"
    (EYFS 3.36): certificates last three years unless the certificate says otherwise.
    """
    return validity_months or staffroom_setting("FIRST_AID_VALIDITY_MONTHS")


def counts_on(expires_on, day):
    """A certificate counts up to the day before its expiry date (None: never expires)."""
    return expires_on is None or expires_on > day


def covers(required_kind, held):
    """Whether certificates held on the day ({kind: expires_on}) cover the required kind."""
    return any(required_kind in COUNTS_AS[kind] for kind in held)


def held_on(holdings, day):
    """The certificate kinds that count on the day, from {kind: expires_on or None}."""
    return {kind for kind, expires_on in holdings.items() if counts_on(expires_on, day)}


def refresher_due(completed_on, today, months=None):
    """The next anniversary (on or after today) of HSE's recommended annual refresher.

    people/sources.py "first_aid_refresher": advisory, so a reminder and never a gap.
    """
    if completed_on is None:
        return None
    months = staffroom_setting("FIRST_AID_REFRESHER_MONTHS") if months is None else months
    step = 1
    due = add_months(completed_on, months)
    while due < today:
        step += 1
        due = add_months(completed_on, months * step)
    return due


def expiry_for(completed_on, validity_months, stated=None):
    """When a record expires: the date the certificate states, else completion plus the
    course's validity, else never (None)."""
    if stated:
        return stated
    if completed_on and validity_months:
        return add_months(completed_on, validity_months)
    return None


def applies(applies_to, role_id, held_role_ids, has_early_years):
    """Whether a requirement applies to a person holding ``held_role_ids`` at a school
    that does (not) have an early years class."""
    if applies_to == ALL_STAFF:
        return True
    if applies_to == EARLY_YEARS:
        # EYFS statutory framework: requirements for settings with early years children.
        return bool(has_early_years)
    return role_id in held_role_ids


def due_date(start_date, due_within_days):
    return start_date + timedelta(days=due_within_days)


@dataclass(frozen=True)
class RecordFacts:
    """The few facts about a record the rules need (built from ``values_list``)."""

    id: int
    completed_on: date
    expires_on: date | None
    state: str


@dataclass(frozen=True)
class Outcome:
    status: Status
    record: RecordFacts | None = None
    note: str = ""

    @property
    def expires_on(self):
        return self.record.expires_on if self.record else None


def best_record(records):
    """The record that counts: the one that lasts longest, then the latest."""
    if not records:
        return None
    return max(records, key=lambda r: (r.expires_on or date.max, r.completed_on, r.id))


def requirement_status(records, due_on, today, renew_on_expiry=True, window_days=None):
    """Compliant / expiring soon / expired / missing / pending for one requirement.

    - a verified record decides; it is valid through its expiry date, "expiring soon"
      within the window HR sets (portal.compliance.status_for_expiry);
    - a requirement not renewed on expiry stays met once done;
    - a self-reported certificate awaiting HR counts as pending when nothing valid
      and later is verified;
    - nothing recorded is "missing" only after the due date; before it, pending.
    """
    verified = [r for r in records if r.state == VERIFIED]
    waiting = [r for r in records if r.state == PENDING]
    best = best_record(verified)
    if best is not None:
        if not renew_on_expiry:
            return Outcome(Status.COMPLIANT, best)
        status = status_for_expiry(best.expires_on, today=today, window_days=window_days)
        newer = [r for r in waiting if r.completed_on > best.completed_on]
        if status != Status.COMPLIANT and newer:
            return Outcome(Status.PENDING, best_record(newer), "Awaiting verification by HR")
        return Outcome(status, best)
    if waiting:
        return Outcome(Status.PENDING, best_record(waiting), "Awaiting verification by HR")
    if due_on is not None and today > due_on:
        return Outcome(Status.MISSING, None, f"Was due by {due_on:%-d %B %Y}")
    due = f"Due by {due_on:%-d %B %Y}" if due_on else ""
    return Outcome(Status.PENDING, None, due)


WHAT_TO_DO = {
    Status.COMPLIANT: "Nothing to do.",
    Status.EXPIRING: "Book a refresher before it expires.",
    Status.EXPIRED: "Book a refresher now, then upload the new certificate.",
    Status.MISSING: "Complete this course now, then upload the certificate.",
    Status.PENDING: "",
}


def what_to_do(outcome):
    if outcome.status == Status.PENDING:
        if outcome.record is not None:
            return "HR will check your certificate."
        return "Complete this course by the due date, then upload the certificate."
    return WHAT_TO_DO.get(outcome.status, "")
