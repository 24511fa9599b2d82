"""The Single Central Record's gaps, check by check, for the compliance summary report."""

from people.models import StaffMember
from people.vetting_rules import VettingSource
from portal.compliance import Status
from portal.report_sections import ReportSection

GAP_ORDER = (Status.MISSING, Status.EXPIRED, Status.PENDING)


def scr_gaps(schools, today):
    """Every check missing, expired or pending, grouped by check, the people named."""
    staff = StaffMember.objects.current(on=today).filter(school__in=schools)
    people = staff.select_related("school").in_bulk()
    found = [
        (result, people[pk])
        for pk, results in VettingSource().results_for(staff, today=today).items()
        for result in results
        if result.status in GAP_ORDER
    ]
    found.sort(
        key=lambda row: (
            row[0].requirement.label,
            GAP_ORDER.index(row[0].status),
            row[1].last_name,
            row[1].first_name,
        )
    )
    return ReportSection(
        title="Single Central Record gaps by check",
        headings=["Check", "Status", "Name", "Staff number", "School", "Note"],
        rows=[
            [
                result.requirement.label,
                result.status.label,
                str(person),
                person.staff_number,
                person.school.name,
                result.note,
            ]
            for result, person in found
        ],
        intro="KCSIE 2025 paras 245-251: every check recorded before or soon after the "
        "person starts.",
        empty="Every required check is recorded.",
        order=10,
    )
