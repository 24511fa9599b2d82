"""The Single Central Record: its columns and rows, for the report, exports and import.

For every check, whether it was made and the date, with the reason in words whenever
a check is not compliant or not required (people/sources.py "scr"); the good-practice
columns follow. Rows are built in batches with a fixed number of
queries per batch (staff, roles, checks, one per extra column), so a trust-wide
export streams at constant memory.

Other apps add columns through the ``register_scr_columns`` hook::

    from people.scr.report import ScrColumn

    class SafeguardingTrainingColumn(ScrColumn):
        heading = "Safeguarding training date"

        def values_for(self, staff):
            # staff: a StaffMember queryset (one batch). One query, no query per person.
            rows = TrainingRecord.objects.filter(staff_member__in=staff, ...)
            return {staff_id: completed_on for staff_id, completed_on in rows.values_list(...)}

    @hooks.register(h.SCR_COLUMNS)
    def training_scr_columns():
        return [SafeguardingTrainingColumn(), KcsieReadColumn()]

A value may be a ``date``, a string, a bool or None; a person missing from the dict
gets an empty cell. ``portal`` never imports the app that provides a column.
"""

from dataclasses import dataclass, field
from itertools import islice

from django.utils import timezone
from wagtail import hooks

from people.models import CheckType, StaffMember
from people.vetting_rules import (
    ALL_CHECKS,
    NOT_RECORDED,
    RECHECK_DUE,
    Person,
    applicable_checks,
    roles_on,
    status_of,
)
from portal import hooks as h
from portal.compliance import Status

BATCH = 500


class ScrColumn:
    """A column another app adds to the SCR; see the module docstring."""

    heading = ""

    def values_for(self, staff):
        raise NotImplementedError


# (done, date) headings per check: plain words an inspector reads.
CHECK_HEADINGS = {
    CheckType.IDENTITY: ("Identity checked", "Identity check date"),
    CheckType.RIGHT_TO_WORK: ("Right to work checked", "Right to work check date"),
    CheckType.DBS: ("Enhanced DBS certificate obtained", "Enhanced DBS certificate date"),
    CheckType.BARRED_LIST: ("Barred list checked", "Barred list check date"),
    CheckType.PROHIBITION: (
        "Prohibition from teaching checked",
        "Prohibition from teaching check date",
    ),
    CheckType.SECTION_128: ("Section 128 checked", "Section 128 check date"),
    CheckType.OVERSEAS: ("Overseas checks made", "Overseas checks date"),
    CheckType.QUALIFICATIONS: ("Qualifications checked", "Qualifications checked date"),
    CheckType.AGENCY_CONFIRMATION: (
        "Agency confirmation received",
        "Agency confirmation received date",
    ),
    CheckType.FITNESS: ("Fitness to work checked", "Fitness to work check date"),
    CheckType.CHILDCARE_DISQUALIFICATION: (
        "Childcare disqualification declaration made",
        "Childcare disqualification declaration date",
    ),
}
DBS_REQUESTED = "Enhanced DBS requested date"
AGENCY_DBS_SEEN = "Agency DBS certificate seen"

PERSON_HEADINGS = [
    "Staff number",
    "Surname",
    "First name",
    "Preferred name",
    "School",
    "Staff type",
    "Role",
    "Start date",
    "Leaving date",
]
GOOD_PRACTICE_HEADINGS = [
    "Checked by",
    "DBS certificate number",
    "DBS certificate issue date",
    "DBS workforce",
    "DBS includes children's barred list",
    "DBS Update Service",
    "DBS Update Service checked date",
    "Right to work expiry date",
]
SUMMARY_HEADING = "Missing or pending"

# How a check reads in its "done" column: always words.
DONE_WORDS = {
    Status.COMPLIANT: "Yes",
    Status.EXPIRING: "Yes, expiring soon",
    Status.EXPIRED: "Expired",
    Status.MISSING: "Missing",
    Status.PENDING: "Pending",
    Status.NOT_REQUIRED: "Not required",
}
NOT_APPLICABLE = "Not applicable"
NOT_COMPLIANT = "Not compliant"


def extra_columns():
    return [column for fn in hooks.get_hooks(h.SCR_COLUMNS) for column in fn()]


def check_headings():
    headings = []
    for check_type in ALL_CHECKS:
        headings.extend(CHECK_HEADINGS[check_type])
        if check_type == CheckType.DBS:
            headings.append(DBS_REQUESTED)
        if check_type == CheckType.AGENCY_CONFIRMATION:
            headings.append(AGENCY_DBS_SEEN)
    return headings


def headings(columns=None):
    columns = extra_columns() if columns is None else columns
    return [
        *PERSON_HEADINGS,
        *check_headings(),
        *GOOD_PRACTICE_HEADINGS,
        *[c.heading for c in columns],
        SUMMARY_HEADING,
    ]


@dataclass
class CheckCell:
    check_type: str
    label: str
    applies: bool
    status: Status | None  # None: does not apply and nothing recorded
    date: object = None
    note: str = ""
    attention: str = ""  # what an import could not read, until HR clears it

    @property
    def words(self):
        """The "done" column: the status in words, with the reason when there is one."""
        if not self.status:
            return NOT_APPLICABLE
        if self.status == Status.NOT_REQUIRED and self.note:
            return f"Not required: {self.note}"
        if self.status == Status.MISSING and self.note and self.note != NOT_RECORDED:
            return f"{NOT_COMPLIANT}: {self.note}"
        if self.status == Status.EXPIRING and self.note.startswith(RECHECK_DUE):
            return self.note
        if self.status == Status.COMPLIANT and self.note:
            return f"Yes; {self.note}"
        return DONE_WORDS[self.status]

    @property
    def summary_words(self):
        if self.status == Status.MISSING and self.note and self.note != NOT_RECORDED:
            return f"{self.label} ({self.note})"
        return self.label

    @property
    def is_gap(self):
        return self.status in (Status.MISSING, Status.EXPIRED, Status.PENDING)


@dataclass
class ScrRecord:
    """One person's line of the SCR."""

    member: StaffMember
    roles: list
    checks: dict
    cells: list
    extras: list = field(default_factory=list)

    @property
    def gaps(self):
        return [c for c in self.cells if c.is_gap]

    @property
    def summary(self):
        """Missing or pending checks, in words: "Missing: Right to work; Pending: …"."""
        parts = []
        for status in (Status.MISSING, Status.EXPIRED, Status.PENDING):
            labels = [c.summary_words for c in self.cells if c.status == status]
            if labels:
                parts.append(f"{status.label}: {', '.join(labels)}")
        return "; ".join(parts) or "Complete"

    def values(self):
        m, checks = self.member, self.checks
        row = [
            m.staff_number,
            m.last_name,
            m.first_name,
            m.preferred_name,
            m.school.name,
            m.get_employment_type_display(),
            ", ".join(r.name for r in self.roles),
            m.start_date,
            m.leaving_date,
        ]
        for cell in self.cells:
            row += [cell.words, cell.date]
            if cell.check_type == CheckType.DBS:
                dbs = checks.get(CheckType.DBS)
                row.append(dbs.requested_on if dbs else None)
            if cell.check_type == CheckType.AGENCY_CONFIRMATION:
                agency = checks.get(CheckType.AGENCY_CONFIRMATION)
                row.append(agency.dbs_certificate_seen if agency else None)
        dbs = checks.get(CheckType.DBS)
        rtw = checks.get(CheckType.RIGHT_TO_WORK)
        row += [
            checked_by(checks),
            dbs.certificate_number if dbs else None,
            dbs.issued_on if dbs else None,
            dbs.get_workforce_display() if dbs else None,
            dbs.includes_barred_list if dbs and dbs.certificate_number else None,
            ("Subscribed" if dbs.update_service else "Not subscribed") if dbs else None,
            dbs.update_service_checked_on if dbs else None,
            rtw.expires_on if rtw else None,
        ]
        return row + list(self.extras) + [self.summary]


def checked_by(checks):
    """Who made the checks: one name if one person made them all, else per check."""
    made = sorted(
        (c for c in checks.values() if c.checked_by),
        key=lambda c: ALL_CHECKS.index(c.check_type),
    )
    if len({c.checked_by for c in made}) == 1:
        return made[0].checked_by
    return "; ".join(f"{CheckType(c.check_type).label}: {c.checked_by}" for c in made)


def build_records(members, today=None, columns=None):
    """SCR records for a list of StaffMember (school selected): a fixed number of queries."""
    from people.models import RoleAssignment, VettingCheck

    today = today or timezone.localdate()
    columns = extra_columns() if columns is None else columns
    ids = [m.pk for m in members]
    roles = {}
    for a in RoleAssignment.objects.filter(staff_member_id__in=ids).select_related("role"):
        roles.setdefault(a.staff_member_id, []).append(a)
    checks = {}
    for check in VettingCheck.objects.filter(staff_member_id__in=ids):
        checks.setdefault(check.staff_member_id, {})[check.check_type] = check
    extra_values = [c.values_for(StaffMember.objects.filter(pk__in=ids)) for c in columns]
    records = []
    for m in members:
        held = roles_on(roles.get(m.pk, []), today)
        person = Person.of(m, held)
        mine = checks.get(m.pk, {})
        applies = applicable_checks(person)
        cells = []
        for check_type in ALL_CHECKS:
            check = mine.get(check_type)
            status, note = (None, "")
            if check_type in applies or check is not None:
                status, note = status_of(check, person, today, mine, check_type)
            cells.append(
                CheckCell(
                    check_type,
                    CheckType(check_type).label,
                    check_type in applies,
                    status,
                    check.completed_on if check else None,
                    note,
                    check.needs_attention if check else "",
                )
            )
        extras = [values.get(m.pk) for values in extra_values]
        records.append(ScrRecord(m, held, mine, cells, extras))
    return records


def iter_records(staff, today=None, batch=BATCH):
    """Every person of the queryset, batch by batch (for exports of a whole trust)."""
    columns = extra_columns()
    iterator = staff.select_related("school").iterator(chunk_size=batch)
    while chunk := list(islice(iterator, batch)):
        yield from build_records(chunk, today=today, columns=columns)


def iter_rows(staff, today=None):
    for record in iter_records(staff, today=today):
        yield record.values()


def scr_queryset(staff, today=None):
    """The people on the SCR: those in post (sources "scr_leavers")."""
    staff = staff.current(on=today)
    return staff.order_by("school__name", "last_name", "first_name", "pk")


def former_staff_queryset(staff, today=None):
    """Former staff checks: leavers, kept apart from the SCR under the retention policy."""
    today = today or timezone.localdate()
    return staff.filter(leaving_date__lt=today).order_by(
        "school__name", "last_name", "first_name", "pk"
    )
