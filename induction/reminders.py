"""Induction reminders for ``send_reminders`` (portal.reminders), each sent once.

- the new starter: a step they can act on that is due within 3 days, or overdue;
- the mentor (or line manager): a sign-off asked for more than 5 days ago.
Keys carry the step and its due date (or the date sign-off was asked for), so a new
due date gives a new reminder and running the command twice sends nothing twice.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal.reminders import Reminder

from .models import Completer, InductionStep, StepKind

DUE_SOON_DAYS = 3
SIGN_OFF_WAITING_DAYS = 5


def _link(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def email_of(person):
    if person is None:
        return ""
    return person.email or (person.user.email if person.user_id else "")


def _open_steps(today):
    return (
        InductionStep.objects.filter(
            completed_at__isnull=True, induction__signed_off_at__isnull=True
        )
        .filter(
            Q(induction__staff_member__leaving_date__isnull=True)
            | Q(induction__staff_member__leaving_date__gte=today)
        )
        .select_related(
            "induction__staff_member__user",
            "induction__mentor__user",
            "induction__staff_member__line_manager__user",
        )
        .order_by("pk")
    )


def starter_can_act(step):
    if step.kind in (StepKind.POLICY, StepKind.COURSE):
        return True
    if step.kind == StepKind.MEETING:
        return step.sign_off_requested_at is None  # they can ask for sign-off
    return step.completer == Completer.STARTER


def build(today):
    soon = today + timedelta(days=DUE_SOON_DAYS)
    for step in _open_steps(today).filter(due_on__lte=soon).iterator(chunk_size=500):
        if not starter_can_act(step):
            continue
        person = step.induction.staff_member
        overdue = step.due_on < today
        event = "overdue" if overdue else "due-soon"
        context = {
            "person": person,
            "step": step,
            "overdue": overdue,
            "link": _link(reverse("induction:my_induction")),
        }
        yield Reminder(
            key=f"induction:step:{step.pk}:{event}:{step.due_on.isoformat()}",
            to=email_of(person),
            subject=(
                f"Overdue: {step.title}"
                if overdue
                else f"Due by {step.due_on:%-d %B %Y}: {step.title}"
            ),
            text=render_to_string("induction/email/step_due.txt", context),
        )
    cutoff = timezone.now() - timedelta(days=SIGN_OFF_WAITING_DAYS)
    waiting = _open_steps(today).filter(sign_off_requested_at__lt=cutoff)
    for step in waiting.iterator(chunk_size=500):
        induction = step.induction
        signer = induction.mentor or induction.staff_member.line_manager
        asked = timezone.localtime(step.sign_off_requested_at).date()
        context = {
            "signer": signer,
            "person": induction.staff_member,
            "step": step,
            "asked": asked,
            "link": _link(reverse("induction:sign_off", args=[induction.pk, step.pk])),
        }
        yield Reminder(
            key=f"induction:step:{step.pk}:sign-off-waiting:{asked.isoformat()}",
            to=email_of(signer),
            subject=f"Waiting for your sign-off: {step.title} ({induction.staff_member})",
            text=render_to_string("induction/email/sign_off_waiting.txt", context),
        )
