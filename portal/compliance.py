"""The compliance read-model: one vocabulary of statuses, and sources from every app.

Each app contributes a source through the
``register_compliance_source`` hook; ``portal`` never imports the apps. A source
answers for a whole queryset of staff in a fixed number of queries.
"""

import datetime
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from django.utils import timezone
from wagtail import hooks

from portal import hooks as h
from portal.conf import staffroom_setting


class Status(StrEnum):
    COMPLIANT = "compliant"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    MISSING = "missing"
    PENDING = "pending"
    NOT_REQUIRED = "not_required"

    @property
    def label(self):
        return STATUS_LABELS[self]

    @property
    def is_gap(self):
        """A gap is something HR must act on now."""
        return self in (Status.EXPIRED, Status.MISSING)


# Shown as words everywhere; colour is only ever a second signal.
STATUS_LABELS = {
    Status.COMPLIANT: "Compliant",
    Status.EXPIRING: "Expiring soon",
    Status.EXPIRED: "Expired",
    Status.MISSING: "Missing",
    Status.PENDING: "Pending",
    Status.NOT_REQUIRED: "Not required",
}

# Worst first: a summary of several results takes the worst.
SEVERITY = [
    Status.EXPIRED,
    Status.MISSING,
    Status.PENDING,
    Status.EXPIRING,
    Status.COMPLIANT,
    Status.NOT_REQUIRED,
]


@dataclass(frozen=True)
class Requirement:
    """Something a person must have: a vetting check, a course, a policy read."""

    source: str  # the source's key, e.g. "vetting"
    key: str  # unique within the source, e.g. "dbs" or "course:12"
    label: str


@dataclass(frozen=True)
class Result:
    requirement: Requirement
    status: Status
    date: datetime.date | None = None  # completed on
    expires: datetime.date | None = None
    note: str = ""


def expiring_soon_days():
    return staffroom_setting("EXPIRING_SOON_DAYS")


def status_for_expiry(expires, today=None, window_days=None):
    """Compliant, expiring soon or expired, for something that expires on a date.

    Valid through the expiry date itself; "expiring soon" when it falls within the
    window HR sets (default 60 days).
    """
    if expires is None:
        return Status.COMPLIANT
    today = today or timezone.localdate()
    window = expiring_soon_days() if window_days is None else window_days
    if expires < today:
        return Status.EXPIRED
    if expires <= today + timedelta(days=window):
        return Status.EXPIRING
    return Status.COMPLIANT


def worst(statuses):
    statuses = list(statuses)
    for status in SEVERITY:
        if status in statuses:
            return status
    return Status.NOT_REQUIRED


class ComplianceSource:
    """A contributor to the compliance read-model.

    Subclasses implement ``results_for(staff_queryset, today)`` returning
    ``{staff_member_id: [Result, ...]}`` in a number of queries that does not
    depend on how many people the queryset holds.
    """

    key = ""
    label = ""

    def requirements(self):
        return []

    def results_for(self, staff, today=None):
        raise NotImplementedError

    def people_url(self, school_id, status):
        """The admin list of the people of a school in this status, or "" if none."""
        return ""


def with_query(url, **params):
    """``url?school=3&status=missing``: for the sources' ``people_url``."""
    from urllib.parse import urlencode

    return f"{url}?{urlencode(params)}"


def sources():
    return [fn() for fn in hooks.get_hooks(h.COMPLIANCE_SOURCE)]


def results_for(staff, today=None):
    """Every source's results for the staff queryset: {staff id: [Result, ...]}."""
    combined = {}
    for source in sources():
        for staff_id, results in source.results_for(staff, today=today).items():
            combined.setdefault(staff_id, []).extend(results)
    return combined
