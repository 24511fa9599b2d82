"""Training's sections of the compliance summary report: what expires in the next 90
days, and first-aid cover against each school's targets (with the holders named)."""

from datetime import timedelta

from people.models import StaffMember
from portal.report_sections import ReportSection

from . import first_aid
from .compliance import assess

HORIZON_DAYS = 90


def expiring_training(schools, today):
    horizon = today + timedelta(days=HORIZON_DAYS)
    staff = StaffMember.objects.current(on=today).filter(school__in=schools)
    people = staff.select_related("school").in_bulk()
    found = sorted(
        (
            (item.expires_on, people[pid], item.course_title)
            for pid, items in assess(staff, today).items()
            for item in items
            if item.expires_on and today <= item.expires_on <= horizon
        ),
        key=lambda row: (row[0], row[1].last_name, row[2]),
    )
    return ReportSection(
        title=f"Training expiring in the next {HORIZON_DAYS} days",
        headings=["Name", "Staff number", "School", "Course", "Expires"],
        rows=[
            [str(person), person.staff_number, person.school.name, course, expires]
            for expires, person, course in found
        ],
        intro="Book renewals before these dates so that nobody lapses.",
        empty=f"No training expires in the next {HORIZON_DAYS} days.",
        order=20,
    )


def first_aid_cover(schools, today):
    rows = []
    for cover in first_aid.cover_for(schools, today):
        for line in cover.lines:
            if not line.target and not line.now:
                continue
            holders = ", ".join(str(person) for person, _ in cover.holders.get(line.kind, []))
            rows.append(
                [
                    cover.school.name,
                    line.label,
                    line.target,
                    line.now,
                    line.later,
                    "Short now"
                    if line.shortfall_now
                    else ("Short later" if line.shortfall_later else "Met"),
                    holders or "Nobody",
                ]
            )
    days = first_aid.rules.first_aid_lookahead_days()
    return ReportSection(
        title="First-aid cover against targets",
        headings=[
            "School",
            "Certificate",
            "Target",
            "Valid now",
            f"Valid in {days} days",
            "Cover",
            "Holders",
        ],
        rows=rows,
        intro="HSE L74 and the EYFS statutory framework 3.27: holders with a valid certificate.",
        empty="No first-aid targets are set.",
        order=30,
    )
