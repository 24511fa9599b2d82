"""The "training" compliance source: each person's training requirements and status.

``assess(staff, today)`` answers for a whole queryset of staff in four queries (staff,
roles held, requirements, records), whatever its size; the matrix, reminders, staff
pages and the portal's compliance read-model all use it.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from people.models import RoleAssignment
from portal import content_version
from portal.compliance import ComplianceSource, Requirement, Result, with_query
from portal.identity import role_assignments

from . import rules
from .models import TrainingRecord, TrainingRequirement


@dataclass(frozen=True)
class Item:
    """One course a person must hold, and where they stand on it."""

    person_id: int
    course_id: int
    course_title: str
    category: str
    due_on: date
    outcome: rules.Outcome

    @property
    def status(self):
        return self.outcome.status

    @property
    def expires_on(self):
        return self.outcome.expires_on


def requirement(course_id, title):
    return Requirement(source="training", key=f"course:{course_id}", label=title)


def _state(verified_at, rejected_at):
    if rejected_at:
        return rules.REJECTED
    return rules.VERIFIED if verified_at else rules.PENDING


def assess(staff, today=None, window_days=None):
    """{person id: [Item, ...]} for every requirement that applies to each person."""
    today = today or timezone.localdate()
    people = list(staff.order_by().values_list("pk", "start_date", "school__has_early_years"))
    if not people:
        return {}
    ids = staff.order_by().values("pk")
    rows = (
        RoleAssignment.objects.filter(staff_member__in=ids, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .values_list("staff_member_id", "role_id", "start_date")
    )
    return _assess(people, _held(rows), ids, today, window_days)


def assess_person(person, today=None, window_days=None):
    """``assess`` for one person already loaded for the request (with their school and
    role assignments): two queries, requirements and records."""
    today = today or timezone.localdate()
    people = [(person.pk, person.start_date, person.school.has_early_years)]
    rows = [
        (person.pk, a.role_id, a.start_date)
        for a in role_assignments(person)
        if a.start_date <= today and (a.end_date is None or a.end_date >= today)
    ]
    return _assess(people, _held(rows), [person.pk], today, window_days)


def requirement_rows():
    """Every training requirement with its course's title and category."""
    # Cannot be stale: saving or deleting a requirement or a course changes the content
    # token in the key; nothing about any person is in it.
    return content_version.remember(
        ("training-requirements",),
        lambda: list(
            TrainingRequirement.objects.values_list(
                "applies_to",
                "role_id",
                "due_within_days",
                "renew_on_expiry",
                "course_id",
                "course__title",
                "course__category",
            )
        ),
    )


def _held(rows):
    """{person id: {role id: the earliest start of a current assignment}}."""
    held = {}
    for person_id, role_id, started in rows:
        roles = held.setdefault(person_id, {})
        roles[role_id] = min(started, roles.get(role_id, started))
    return held


def _assess(people, held, ids, today, window_days):
    requirements = requirement_rows()
    if not requirements:
        return {pk: [] for pk, *_ in people}
    records = {}
    for person_id, course_id, *facts in (
        TrainingRecord.objects.filter(
            person__in=ids,
            course_id__in={r[4] for r in requirements},
            rejected_at__isnull=True,
        )
        .order_by()
        .values_list("person_id", "course_id", "pk", "completed_on", "expires_on", "verified_at")
    ):
        pk, completed_on, expires_on, verified_at = facts
        records.setdefault((person_id, course_id), []).append(
            rules.RecordFacts(pk, completed_on, expires_on, _state(verified_at, None))
        )

    answer = {}
    for person_id, start_date, early_years in people:
        roles = held.get(person_id, {})
        wanted = {}  # course id -> (due on, renew, title, category)
        for applies_to, role_id, days, renew, course_id, title, category in requirements:
            if not rules.applies(applies_to, role_id, roles, early_years):
                continue
            started = roles.get(role_id, start_date) if applies_to == rules.ROLE else start_date
            due_on = rules.due_date(started, days)
            if course_id in wanted:
                before = wanted[course_id]
                due_on, renew = min(due_on, before[0]), renew or before[1]
            wanted[course_id] = (due_on, renew, title, category)
        items = []
        for course_id, (due_on, renew, title, category) in wanted.items():
            outcome = rules.requirement_status(
                records.get((person_id, course_id), []),
                due_on,
                today,
                renew_on_expiry=renew,
                window_days=window_days,
            )
            items.append(Item(person_id, course_id, title, category, due_on, outcome))
        items.sort(key=lambda i: i.course_title)
        answer[person_id] = items
    return answer


class TrainingSource(ComplianceSource):
    key = "training"
    label = "Training"

    def requirements(self):
        return [
            requirement(pk, title)
            for pk, title in TrainingRequirement.objects.values_list(
                "course_id", "course__title"
            ).distinct()
        ]

    def results_for(self, staff, today=None):
        return {
            person_id: [
                Result(
                    requirement=requirement(i.course_id, i.course_title),
                    status=i.status,
                    date=i.outcome.record.completed_on if i.outcome.record else None,
                    expires=i.expires_on,
                    note=i.outcome.note,
                )
                for i in items
            ]
            for person_id, items in assess(staff, today).items()
        }

    def people_url(self, school_id, status):
        return with_query(reverse("training_matrix:index"), school=school_id, status=status.value)
