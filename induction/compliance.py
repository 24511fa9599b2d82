"""The "induction" compliance source: an overdue induction step is a gap for HR.

One query for the whole queryset of staff, whatever its size.
"""

from django.utils import timezone

from portal.compliance import ComplianceSource, Requirement, Result, Status, with_query

from .models import InductionStep

REQUIREMENT = Requirement(source="induction", key="induction", label="Induction")


class InductionSource(ComplianceSource):
    key = "induction"
    label = "Induction"

    def requirements(self):
        return [REQUIREMENT]

    def results_for(self, staff, today=None):
        today = today or timezone.localdate()
        people = {}
        for person_id, signed_off, due_on, completed_at, title in InductionStep.objects.filter(
            induction__staff_member__in=staff.order_by().values("pk")
        ).values_list(
            "induction__staff_member_id",
            "induction__signed_off_at",
            "due_on",
            "completed_at",
            "title",
        ):
            entry = people.setdefault(person_id, {"signed_off": signed_off, "open": [], "total": 0})
            entry["total"] += 1
            if completed_at is None:
                entry["open"].append((due_on, title))
        return {pid: [result(entry, today)] for pid, entry in people.items()}

    def people_url(self, school_id, status):
        from django.urls import reverse

        # An overdue step makes the person "missing" here; the report calls it overdue.
        params = {"school": school_id}
        if status == Status.MISSING:
            params["status"] = "overdue"
        return with_query(reverse("induction_progress:index"), **params)


def result(entry, today):
    if entry["signed_off"]:
        day = timezone.localtime(entry["signed_off"]).date()
        return Result(REQUIREMENT, Status.COMPLIANT, date=day, note="Signed off")
    open_steps = sorted(entry["open"])
    if not open_steps:
        return Result(REQUIREMENT, Status.COMPLIANT, note="Every step done; review due")
    overdue = [title for due_on, title in open_steps if due_on < today]
    if overdue:
        names = "; ".join(overdue[:3]) + ("…" if len(overdue) > 3 else "")
        return Result(
            REQUIREMENT,
            Status.MISSING,
            note=f"{len(overdue)} step{'s' if len(overdue) != 1 else ''} overdue: {names}",
        )
    done = entry["total"] - len(open_steps)
    next_due = open_steps[0][0]
    return Result(
        REQUIREMENT,
        Status.PENDING,
        expires=None,
        note=f"{done} of {entry['total']} steps done; next due by {next_due:%-d %B %Y}",
    )
