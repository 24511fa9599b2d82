"""Vetting rules: which checks apply to whom, and what status each check has.

Plain functions with unit tests (tests/portal/test_vetting_rules.py). Sources:
*Keeping children safe in education* 2025 (KCSIE) Part three; periods come from
``settings.STAFFROOM`` with the DESIGN defaults.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from people.models import CheckStatus, CheckType, RoleAssignment, StaffMember, VettingCheck
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


# Statutory SCR checks first, then good practice (KCSIE 2025 paras 245-251).
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
# made the checks (KCSIE 2025 paras 296-299); the school checks identity on arrival.
THIRD_PARTY = {Kind.AGENCY, Kind.CONTRACTOR}
UNPAID = {Kind.VOLUNTEER, Kind.GOVERNOR, Kind.TRUSTEE}
GOVERNANCE = {Kind.GOVERNOR, Kind.TRUSTEE}
EARLY_YEARS_CATEGORIES = {"ta", "hlta", "teacher", "learning_support", "leadership", "pastoral"}


@dataclass(frozen=True)
class Person:
    """What the rules need to know about a person (built without extra queries)."""

    employment_type: str
    roles: tuple = ()  # Role objects currently held
    school_records_section_128: bool = True
    school_has_early_years: bool = False
    lived_outside_uk: bool = False
    start_date: date | None = None

    @classmethod
    def of(cls, staff_member, roles):
        school = staff_member.school
        return cls(
            employment_type=staff_member.employment_type,
            roles=tuple(roles),
            school_records_section_128=school.records_section_128,
            school_has_early_years=school.has_early_years,
            lived_outside_uk=staff_member.lived_outside_uk,
            start_date=staff_member.start_date,
        )


def applicable_checks(person):
    """The check types that apply to a person, in SCR order.

    KCSIE 2025 Part three: identity for everyone; for agency and third-party staff the
    written confirmation instead of the school's own checks; right to work for paid
    staff; enhanced DBS for everyone the school appoints, with the children's barred
    list for regulated activity; prohibition from teaching for teaching work; section
    128 for management posts in academies, free and independent schools, and for
    trustees and governors; overseas checks for people who lived or worked abroad;
    qualifications where the post requires them; fitness to work for appointments.
    """
    kind = person.employment_type
    roles = person.roles
    regulated = any(r.regulated_activity for r in roles) if roles else kind not in GOVERNANCE
    teaching = any(r.involves_teaching for r in roles)
    management = any(r.is_management for r in roles)
    qualified = any(r.requires_qualifications or r.category == "teacher" for r in roles)

    applies = {CheckType.IDENTITY}
    if kind in THIRD_PARTY:
        applies.add(CheckType.AGENCY_CONFIRMATION)
        return [c for c in ALL_CHECKS if c in applies]
    applies.add(CheckType.DBS)
    if regulated:
        applies.add(CheckType.BARRED_LIST)
    if kind not in UNPAID:
        applies |= {CheckType.RIGHT_TO_WORK, CheckType.FITNESS}
    if teaching and kind not in GOVERNANCE:
        applies.add(CheckType.PROHIBITION)
    if kind in GOVERNANCE or (management and person.school_records_section_128):
        applies.add(CheckType.SECTION_128)
    if person.lived_outside_uk:
        applies.add(CheckType.OVERSEAS)
    if qualified and kind not in UNPAID:
        applies.add(CheckType.QUALIFICATIONS)
    # Childcare (Disqualification) Regulations 2018: staff in early years provision.
    early_years = any(r.category in EARLY_YEARS_CATEGORIES for r in roles)
    if person.school_has_early_years and regulated and early_years and kind not in UNPAID:
        applies.add(CheckType.CHILDCARE_DISQUALIFICATION)
    return [c for c in ALL_CHECKS if c in applies]


def break_in_service(previous_end, new_start, months=None):
    """True if the gap between two periods of service is more than the limit.

    KCSIE 2025: a break in service of more than three months calls for a new
    enhanced DBS check (``DBS_BREAK_IN_SERVICE_MONTHS``, default 3).
    """
    if previous_end is None or new_start is None:
        return False
    limit = staffroom_setting("DBS_BREAK_IN_SERVICE_MONTHS") if months is None else months
    return new_start > add_months(previous_end, limit)


def dbs_recheck_due(check, years=None):
    """When the school's recheck policy asks for the next check, or None.

    Rechecks are not statutory (KCSIE 2025): ``DBS_RECHECK_YEARS`` None means no
    recheck; with the Update Service the cycle runs from the last online check.
    """
    years = staffroom_setting("DBS_RECHECK_YEARS") if years is None else years
    if not years:
        return None
    start = check.issued_on or check.completed_on
    if check.update_service and check.update_service_checked_on:
        start = max(start or check.update_service_checked_on, check.update_service_checked_on)
    return add_months(start, 12 * int(years)) if start else None


def status_of(check, person=None, today=None):
    """(Status, note) for one check, or (Status.MISSING, …) when there is none."""
    today = today or timezone.localdate()
    if check is None or check.status == CheckStatus.NOT_STARTED:
        return Status.MISSING, "Not recorded"
    if check.status == CheckStatus.NOT_REQUIRED:
        return Status.NOT_REQUIRED, check.not_required_reason
    if check.status == CheckStatus.PENDING:
        if check.check_type == CheckType.DBS and check.requested_on:
            return Status.PENDING, f"Requested {check.requested_on:%d/%m/%Y}, certificate awaited"
        return Status.PENDING, "Started, not complete"
    if check.check_type == CheckType.DBS:
        start = person.start_date if person else None
        obtained = check.issued_on or check.completed_on
        previous_end = check.previous_service_ended_on
        if start and obtained and obtained < start and previous_end is None:
            previous_end = obtained
        if start and obtained and obtained < start and break_in_service(previous_end, start):
            months = staffroom_setting("DBS_BREAK_IN_SERVICE_MONTHS")
            return Status.EXPIRED, (
                f"Break in service of more than {months} months before starting: "
                "a new check is needed"
            )
        due = dbs_recheck_due(check)
        if due:
            return status_for_expiry(due, today=today), f"Recheck due {due:%d/%m/%Y}"
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
        status, note = status_of(check, person, today)
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
