"""Vetting rules: which checks apply to whom, and what status each check has.

Plain functions with unit tests (tests/portal/test_vetting_rules.py). Each rule names
its source by key in ``people/sources.py``; periods come from ``staffroom_setting``.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from people.models import (
    CheckStatus,
    CheckType,
    RoleAssignment,
    StaffMember,
    VettingCheck,
    Workforce,
)
from people.regulated_activity import (
    NOT_ASSESSED,
    Regulated,
    childcare_disqualification_applies,
    does_teaching_work,
    regulated_activity,
)
from portal.compliance import (
    ComplianceSource,
    Requirement,
    Result,
    Status,
    status_for_expiry,
    with_query,
)
from portal.conf import staffroom_setting
from portal.dates import add_months

Kind = StaffMember.EmploymentType


# Statutory SCR checks first, then good practice (sources "scr").
STATUTORY = [
    CheckType.IDENTITY,
    CheckType.RIGHT_TO_WORK,
    CheckType.DBS,
    CheckType.BARRED_LIST,
    CheckType.PROHIBITION,
    CheckType.SECTION_128,
    CheckType.OVERSEAS,
    CheckType.QUALIFICATIONS,
    CheckType.AGENCY_CONFIRMATION,
]
GOOD_PRACTICE = [CheckType.FITNESS, CheckType.CHILDCARE_DISQUALIFICATION]
ALL_CHECKS = STATUTORY + GOOD_PRACTICE

# Agency and third-party staff: the agency or employer confirms in writing that it
# made the checks (sources "agency"); the school checks identity on arrival.
THIRD_PARTY = {Kind.AGENCY, Kind.CONTRACTOR}
UNPAID = {Kind.VOLUNTEER, Kind.GOVERNOR, Kind.TRUSTEE}
GOVERNANCE = {Kind.GOVERNOR, Kind.TRUSTEE}
NOT_RECORDED = "Not recorded"
RECHECK_DUE = "Recheck due (school policy)"
WRONG_WORKFORCE = "{workforce}: a child-workforce check is needed"
NO_BARRED_LIST = "no children's barred list: needed for regulated activity"
BARRED_NOT_PERMITTED = (
    "barred list information should not have been requested: check the regulated "
    "activity assessment"
)
NOT_ASSESSED_NOTE = "Regulated activity not assessed: record it on the role or the person"


@dataclass(frozen=True)
class Person:
    """What the rules need to know about a person (built without extra queries)."""

    employment_type: str
    roles: tuple = ()  # Role objects currently held
    school_records_section_128: bool = True
    lived_outside_uk: bool = False
    start_date: date | None = None
    regulated_override: str = ""  # RegulatedActivity value, or "" to follow the roles
    risk_assessed_on: date | None = None
    works_in_early_years: bool = False
    works_in_wraparound_childcare: bool = False
    manages_childcare: bool = False

    @classmethod
    def of(cls, staff_member, roles):
        m = staff_member
        return cls(
            employment_type=m.employment_type,
            roles=tuple(roles),
            school_records_section_128=m.school.records_section_128,
            lived_outside_uk=m.lived_outside_uk,
            start_date=m.start_date,
            regulated_override=m.regulated_activity,
            risk_assessed_on=m.risk_assessed_on,
            works_in_early_years=m.works_in_early_years,
            works_in_wraparound_childcare=m.works_in_wraparound_childcare,
            manages_childcare=m.manages_childcare,
        )


def applicable_checks(person):
    """The check types that apply to a person, in SCR order (sources "scr").

    Identity for everyone; for agency and third-party staff the written confirmation
    instead of the school's own checks; right to work for paid staff; enhanced DBS for
    everyone the school appoints, with the children's barred list only for regulated
    activity (shown as missing until regulated activity is assessed); prohibition from
    teaching for teaching work; section 128 for management posts in academies, free
    and independent schools, and for trustees and governors; overseas checks for
    people who lived or worked abroad; qualifications where the post requires them;
    fitness to work for appointments; childcare disqualification where it applies.
    """
    kind = person.employment_type
    roles = person.roles
    regulated = regulated_activity(person)
    management = any(r.is_management for r in roles)
    qualified = any(r.requires_qualifications or r.category == "teacher" for r in roles)

    applies = {CheckType.IDENTITY}
    if kind in THIRD_PARTY:
        applies.add(CheckType.AGENCY_CONFIRMATION)
        return [c for c in ALL_CHECKS if c in applies]
    applies.add(CheckType.DBS)
    if regulated in (Regulated.YES, NOT_ASSESSED):
        applies.add(CheckType.BARRED_LIST)
    if kind not in UNPAID:
        applies |= {CheckType.RIGHT_TO_WORK, CheckType.FITNESS}
    if does_teaching_work(person) and kind not in GOVERNANCE:
        applies.add(CheckType.PROHIBITION)
    if kind in GOVERNANCE or (management and person.school_records_section_128):
        applies.add(CheckType.SECTION_128)
    if person.lived_outside_uk:
        applies.add(CheckType.OVERSEAS)
    if qualified and kind not in UNPAID:
        applies.add(CheckType.QUALIFICATIONS)
    if childcare_disqualification_applies(person):
        applies.add(CheckType.CHILDCARE_DISQUALIFICATION)
    return [c for c in ALL_CHECKS if c in applies]


# Checks the rules always require when they apply: "Not required" is refused.
ALWAYS_REQUIRED = {CheckType.IDENTITY, CheckType.AGENCY_CONFIRMATION}


def not_required_refusal(check_type, person):
    """Why "Not required" may not be recorded for this check and person, or "".

    Allowed where the check does not apply to the person, or (with HR's reason)
    where the rules cannot tell, e.g. qualifications or a DBS under the previous-post
    rule. Refused where the rules say the check is needed.
    """
    applies = check_type in applicable_checks(person)
    if not applies:
        return ""
    label = CheckType(check_type).label
    if check_type in ALWAYS_REQUIRED:
        return f"{label} is always required for this person."
    if check_type == CheckType.BARRED_LIST and regulated_activity(person) == Regulated.YES:
        return f"{label} is required: this person is in regulated activity."
    if check_type == CheckType.RIGHT_TO_WORK and person.employment_type == Kind.EMPLOYEE:
        return f"{label} is required for every employee."
    if check_type == CheckType.PROHIBITION:
        return f"{label} is required: this person does teaching work."
    if check_type == CheckType.CHILDCARE_DISQUALIFICATION:
        return f"{label} is required: this person works in or manages childcare provision."
    return ""


def previous_post_needs_new_check(previous_end, new_start, months=None):
    """True if a previous school post ended more than the limit before appointment.

    Sources "previous_post": only the gap after a previous post in a school or college
    in England matters (``DBS_BREAK_IN_SERVICE_MONTHS``, default 3), never the age of
    the certificate.
    """
    if previous_end is None or new_start is None:
        return False
    limit = staffroom_setting("DBS_BREAK_IN_SERVICE_MONTHS") if months is None else months
    return new_start > add_months(previous_end, limit)


break_in_service = previous_post_needs_new_check


def dbs_recheck_due(check, years=None):
    """When the school's recheck policy asks for the next check, or None.

    Sources "dbs_recheck": ``DBS_RECHECK_YEARS`` None means no recheck; with the
    Update Service the cycle runs from the last online check.
    """
    years = staffroom_setting("DBS_RECHECK_YEARS") if years is None else years
    if not years:
        return None
    start = check.issued_on or check.completed_on
    if check.update_service and check.update_service_checked_on:
        start = max(start or check.update_service_checked_on, check.update_service_checked_on)
    return add_months(start, 12 * int(years)) if start else None


def dbs_problems(check, person):
    """What makes a completed DBS check the wrong one for the person's work, in words."""
    problems = []
    if check.workforce not in (Workforce.CHILD, Workforce.CHILD_AND_ADULT):
        label = Workforce(check.workforce).label if check.workforce else "Workforce not recorded"
        problems.append(WRONG_WORKFORCE.format(workforce=label.lower()))
    if person is not None:
        regulated = regulated_activity(person)
        if regulated == Regulated.YES and not check.includes_barred_list:
            problems.append(NO_BARRED_LIST)
    return problems


def _pending_dbs(check, person, checks, today):
    requested = (
        f"Requested {check.requested_on:%d/%m/%Y}, certificate awaited"
        if check.requested_on
        else "Started, not complete"
    )
    start = person.start_date if person else None
    if start is None or start > today:
        return Status.PENDING, requested
    # Sources "dbs_before_start": working before the certificate arrives needs a
    # separate barred list check (when regulated) and a recorded risk assessment.
    barred = (checks or {}).get(CheckType.BARRED_LIST)
    barred_done = barred is not None and barred.status == CheckStatus.COMPLETE
    needs_barred = regulated_activity(person) == Regulated.YES
    if person.risk_assessed_on and (barred_done or not needs_barred):
        return Status.PENDING, (
            f"{requested}; working under a risk assessment of {person.risk_assessed_on:%d/%m/%Y}"
        )
    missing = []
    if needs_barred and not barred_done:
        missing.append("a separate barred list check")
    if not person.risk_assessed_on:
        missing.append("a recorded risk assessment")
    return Status.MISSING, (
        f"started work on {start:%d/%m/%Y} without a DBS certificate: needs "
        + " and ".join(missing)
    )


def _complete_dbs(check, person, today):
    problems = dbs_problems(check, person)
    if problems:
        return Status.MISSING, "; ".join(problems)
    start = person.start_date if person else None
    obtained = check.issued_on or check.completed_on
    previous_end = check.previous_service_ended_on
    if (
        start
        and obtained
        and obtained < start
        and previous_post_needs_new_check(previous_end, start)
    ):
        months = staffroom_setting("DBS_BREAK_IN_SERVICE_MONTHS")
        return Status.MISSING, (
            f"previous post ended more than {months} months before starting: a new check is needed"
        )
    warning = ""
    if (
        person is not None
        and check.includes_barred_list
        and regulated_activity(person) in (Regulated.NO, Regulated.SUPERVISED_VOLUNTEER)
    ):
        warning = BARRED_NOT_PERMITTED
    due = dbs_recheck_due(check)
    if due and status_for_expiry(due, today=today) != Status.COMPLIANT:
        # Sources "dbs_recheck": a recheck is school policy, never "Expired".
        return Status.EXPIRING, f"{RECHECK_DUE} {due:%d/%m/%Y}"
    return Status.COMPLIANT, warning


def status_of(check, person=None, today=None, checks=None, check_type=None):
    """(Status, note) for one check, or (Status.MISSING, …) when there is none.

    ``checks`` (the person's checks by type) lets a pending DBS see the barred list;
    ``check_type`` names the check when none is recorded.
    """
    today = today or timezone.localdate()
    if check is None or check.status == CheckStatus.NOT_STARTED:
        check_type = check.check_type if check is not None else check_type
        unassessed = person is not None and regulated_activity(person) == NOT_ASSESSED
        if check_type == CheckType.BARRED_LIST and unassessed:
            return Status.MISSING, NOT_ASSESSED_NOTE
        return Status.MISSING, NOT_RECORDED
    if check.status == CheckStatus.NOT_REQUIRED:
        return Status.NOT_REQUIRED, check.not_required_reason
    if check.check_type == CheckType.DBS:
        if check.status == CheckStatus.PENDING:
            return _pending_dbs(check, person, checks, today)
        return _complete_dbs(check, person, today)
    if check.status == CheckStatus.PENDING:
        return Status.PENDING, "Started, not complete"
    if (
        check.check_type == CheckType.BARRED_LIST
        and person is not None
        and regulated_activity(person) in (Regulated.NO, Regulated.SUPERVISED_VOLUNTEER)
    ):
        return Status.COMPLIANT, BARRED_NOT_PERMITTED
    if check.expires_on:
        return status_for_expiry(check.expires_on, today=today), (
            f"Expires {check.expires_on:%d/%m/%Y}"
        )
    return Status.COMPLIANT, ""


def roles_on(assignments, today):
    """Roles held on the day (else every role recorded, e.g. for a leaver)."""
    assignments = list(assignments)
    return [
        a.role
        for a in assignments
        if a.start_date <= today and (a.end_date is None or a.end_date >= today)
    ] or [a.role for a in assignments]


def current_roles(staff_member, today):
    """Roles held on the day, from prefetched role assignments (no query)."""
    return roles_on(staff_member.role_assignments.all(), today)


def load_people(staff, today):
    """Staff with school, roles and checks in three queries: [(member, Person, checks)]."""
    members = list(staff.select_related("school").order_by())
    ids = [m.pk for m in members]
    # Grouped by hand, not prefetch_related: modelcluster's manager clones the whole
    # "IN (ids)" query once per person, which grows with the square of the staff.
    held = {}
    for a in RoleAssignment.objects.filter(staff_member_id__in=ids).select_related("role"):
        held.setdefault(a.staff_member_id, []).append(a)
    checks = {}
    for check in VettingCheck.objects.filter(staff_member__in=ids):
        checks.setdefault(check.staff_member_id, {})[check.check_type] = check
    return [
        (m, Person.of(m, roles_on(held.get(m.pk, []), today)), checks.get(m.pk, {}))
        for m in members
    ]


REQUIREMENTS = {c: Requirement("vetting", c.value, c.label) for c in ALL_CHECKS}


def results_for_person(person, checks, today):
    """Compliance results for the checks that apply, plus any recorded that do not."""
    results = []
    applies = applicable_checks(person)
    for check_type in ALL_CHECKS:
        check = checks.get(check_type)
        if check_type not in applies and check is None:
            continue
        status, note = status_of(check, person, today, checks, check_type)
        if check_type not in applies and status == Status.MISSING:
            continue
        date_done = check.completed_on if check else None
        expires = check.expires_on if check else None
        results.append(Result(REQUIREMENTS[check_type], status, date_done, expires, note))
    return results


class VettingSource(ComplianceSource):
    """The SCR checks as a compliance source: three queries for any number of staff."""

    key = "vetting"
    label = "Vetting checks"

    def requirements(self):
        return list(REQUIREMENTS.values())

    def results_for(self, staff, today=None):
        today = today or timezone.localdate()
        return {
            member.pk: results_for_person(person, checks, today)
            for member, person, checks in load_people(staff, today)
        }

    def people_url(self, school_id, status):
        from django.urls import reverse

        return with_query(reverse("portal_scr"), school=school_id, status=status.value)
