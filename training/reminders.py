"""Training reminders for ``send_reminders`` (registered through ``register_reminders``).

Each person is emailed 60, 30 and 0 days before a requirement expires (the most recent
of those stages only, if a run was missed), once when it has expired, and once when it
is missing after its due date. Line managers and the HR of each school get a weekly
digest. Keys name the event (person, course, the expiry or due date, the stage; or the
ISO week of a digest), so reruns on the same or later days never resend it, while a
renewed record (a new expiry date) starts afresh.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from people import scope as p
from people.models import HRScope, School, StaffMember
from portal.compliance import Status
from portal.reminders import Reminder

from . import rules
from .compliance import assess

GAPS = (Status.EXPIRED, Status.MISSING, Status.EXPIRING)


def link(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def expiry_stage(days_left, stages=None):
    """The reminder stage a record is in: 60, 30 or 0 days before, "expired", or None."""
    if days_left < 0:
        return "expired"
    stages = stages or rules.reminder_days()
    due = [s for s in stages if s >= days_left]
    return min(due) if due else None


def _email(key, to, subject, template, context):
    return Reminder(
        key=key,
        to=to,
        subject=subject,
        text=render_to_string(f"training/email/{template}.txt", context),
        html=render_to_string(f"training/email/{template}.html", context),
    )


def personal(person, item, today):
    """The reminder for one person's requirement today, or None."""
    context = {"person": person, "item": item, "link": link("/my/training/"), "today": today}
    if item.status == Status.MISSING:
        key = f"training:missing:{person['pk']}:{item.course_id}:{item.due_on.isoformat()}"
        subject = f"Training needed: {item.course_title}"
        return _email(key, person["email"], subject, "missing", context)
    if item.status in (Status.EXPIRING, Status.EXPIRED) and item.expires_on:
        days_left = (item.expires_on - today).days
        stage = expiry_stage(days_left)
        if stage is None:
            return None
        context["days_left"] = days_left
        key = (
            f"training:expiry:{person['pk']}:{item.course_id}:{item.expires_on.isoformat()}:{stage}"
        )
        if stage == "expired":
            subject = f"Your {item.course_title} training has expired"
        elif days_left == 0:
            subject = f"Your {item.course_title} training expires today"
        else:
            subject = f"Your {item.course_title} training expires in {days_left} days"
        return _email(key, person["email"], subject, "expiry", context)
    return None


def _week(today):
    year, week, _ = today.isocalendar()
    return f"{year}-W{week:02d}"


def build(today):
    staff = StaffMember.objects.current(today)
    items = assess(staff, today)
    people = {
        row["pk"]: row
        for row in staff.values(
            "pk",
            "first_name",
            "preferred_name",
            "last_name",
            "email",
            "school_id",
            "line_manager_id",
        )
    }
    for row in people.values():
        row["name"] = f"{row['preferred_name'] or row['first_name']} {row['last_name']}"

    gaps = defaultdict(list)  # person id -> [Item] needing attention
    for person_id, person_items in items.items():
        person = people[person_id]
        for item in person_items:
            if item.status in GAPS:
                gaps[person_id].append(item)
            if person["email"]:
                reminder = personal(person, item, today)
                if reminder is not None:
                    yield reminder

    week = _week(today)
    yield from manager_digests(people, gaps, week)
    yield from hr_digests(people, gaps, week)
    yield from refresher_reminders(staff, today)


REFRESHER_NOTICE_DAYS = 30


def refresher_reminders(staff, today):
    """HSE's recommended annual first-aid refresher: a reminder a month ahead, never a gap.

    One email per person, course and anniversary (people/sources.py "first_aid_refresher").
    """
    from .models import TrainingRecord

    rows = (
        TrainingRecord.objects.verified()
        .filter(person__in=staff, course__refresher_recommended=True, person__email__gt="")
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gt=today))
        .values_list("person_id", "person__email", "course_id", "course__title", "completed_on")
    )
    for person_id, email, course_id, title, completed_on in rows:
        due = rules.refresher_due(completed_on, today)
        if due is None or (due - today).days > REFRESHER_NOTICE_DAYS:
            continue
        text = (
            f"Your {title} certificate is still valid. HSE recommends a short refresher "
            f"each year: yours is due on {due:%d %B %Y}. This is a recommendation, not "
            "a requirement."
        )
        yield Reminder(
            key=f"training:refresher:{person_id}:{course_id}:{due.isoformat()}",
            to=email,
            subject=f"{title}: annual refresher recommended",
            text=text,
            html=format_html("<p>{}</p>", text),
        )


def manager_digests(people, gaps, week):
    by_manager = defaultdict(list)
    for person_id, person_gaps in gaps.items():
        manager_id = people[person_id]["line_manager_id"]
        if manager_id:
            by_manager[manager_id].append((people[person_id], person_gaps))
    managers = {
        m["pk"]: m
        for m in StaffMember.objects.filter(pk__in=list(by_manager)).values(
            "pk", "email", "first_name", "preferred_name"
        )
    }
    for manager_id, rows in by_manager.items():
        manager = managers.get(manager_id)
        if not manager or not manager["email"]:
            continue
        rows.sort(key=lambda r: r[0]["last_name"])
        context = {"rows": rows, "manager": manager, "link": link("/"), "week": week}
        yield _email(
            f"training:digest:manager:{manager_id}:{week}",
            manager["email"],
            f"Training to follow up for {len(rows)} of your team",
            "digest_manager",
            context,
        )


def hr_digests(people, gaps, week, limit=50):
    trust_schools = defaultdict(set)
    for pk, trust_id in School.objects.values_list("pk", "trust_id"):
        trust_schools[trust_id].add(pk)
    scopes = (
        HRScope.objects.filter(user__is_active=True)
        .filter(Q(user__groups__name=p.HR) | Q(user__groups__name=p.TRUST_HR))
        .exclude(user__email="")
        .select_related("user")
        .prefetch_related("schools")
        .distinct()
    )
    matrix = link(reverse("training_matrix:index"))
    for scope in scopes:
        schools = {s.pk for s in scope.schools.all()}
        if scope.trust_id:
            schools |= trust_schools[scope.trust_id]
        rows = sorted(
            (
                (people[pid], person_gaps)
                for pid, person_gaps in gaps.items()
                if people[pid]["school_id"] in schools
            ),
            key=lambda r: r[0]["last_name"],
        )
        if not rows:
            continue
        context = {"rows": rows[:limit], "more": max(0, len(rows) - limit), "link": matrix}
        yield _email(
            f"training:digest:hr:{scope.user_id}:{week}",
            scope.user.email,
            f"Training: {len(rows)} people need follow-up this week",
            "digest_hr",
            context,
        )
