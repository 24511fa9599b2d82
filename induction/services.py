"""Induction business rules: start from templates, complete steps, sign off, review.

Every completion, sign-off, extension and review is written to Wagtail's log
against the Induction, so its history in the admin is the audit trail.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from handbook.acknowledging import current_acknowledgements
from people.models import StaffMember
from portal.documents import stored_name
from training.models import TrainingRecord

from . import access
from .models import (
    Induction,
    InductionReview,
    InductionStep,
    InductionTemplate,
    StepKind,
)
from .models.templates import ALLOWED_COMPLETERS

# Custom log actions (registered in wagtail_hooks.register_log_actions).
LOG_ACTIONS = {
    "induction.start": ("Start induction", "Induction started"),
    "induction.auto_complete": ("Step completed by evidence", "Step completed from the evidence"),
    "induction.complete": ("Complete step", "Step completed"),
    "induction.sign_off": ("Sign off step", "Step signed off"),
    "induction.sign_off_requested": ("Ask for sign-off", "Sign-off asked for"),
    "induction.extend": ("Extend due date", "Due date extended"),
    "induction.step_added": ("Add step", "Step added to a running induction"),
    "induction.review": ("Review", "End-of-induction review recorded"),
    "induction.signed_off": ("Sign off induction", "Induction signed off"),
}


class StepRefused(Exception):
    """A request about an induction that is refused; the message is shown as it is."""


def _step_data(step, **extra):
    return {"step": step.pk, "title": step.title, **extra}


def held_role_ids(staff_member, today=None):
    # Roles not yet ended: a new starter is set up before their first day.
    today = today or timezone.localdate()
    return set(
        staff_member.role_assignments.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=today)
        ).values_list("role_id", flat=True)
    )


def templates_for(role_ids):
    """Active templates for all staff, then those for any of the roles (by name)."""
    return list(
        InductionTemplate.objects.filter(active=True)
        .filter(Q(applies_to=InductionTemplate.AppliesTo.ALL_STAFF) | Q(roles__in=role_ids))
        .distinct()
        .prefetch_related("steps")
        .order_by("applies_to", "name")
    )


def planned_steps(templates):
    """The template steps a person gets, in order; a policy or course that two templates
    both ask for appears once (the earlier due date wins)."""
    seen, steps = {}, []
    for template in templates:
        for step in template.steps.all():
            key = (step.kind, step.policy_id or step.course_id) if step.is_automatic else None
            if key and key in seen:
                earlier = seen[key]
                if step.due_offset_days < earlier.due_offset_days:
                    steps[steps.index(earlier)] = step
                    seen[key] = step
                continue
            if key:
                seen[key] = step
            steps.append(step)
    return steps


def start_induction(staff_member, mentor=None, by=None, today=None):
    """Create the person's induction from the templates that apply; idempotent.

    Returns ``(induction, created)``. A start date in the far past gives steps that are
    already overdue: they are flagged, never silently completed.
    """
    existing = Induction.objects.filter(staff_member=staff_member).first()
    if existing is not None:
        return existing, False
    templates = templates_for(held_role_ids(staff_member, today))
    steps = planned_steps(templates)
    if not steps:
        raise StepRefused(f"No induction template applies to {staff_member}.")
    try:
        with transaction.atomic():
            induction = Induction.objects.create(
                staff_member=staff_member,
                mentor=mentor,
                start_date=staff_member.start_date,
                started_by=by,
            )
            InductionStep.objects.bulk_create(
                [_copy(induction, step, order) for order, step in enumerate(steps)]
            )
    except IntegrityError:  # started at the same moment by someone else
        return Induction.objects.get(staff_member=staff_member), False
    log(
        induction,
        "induction.start",
        user=by,
        data={"templates": [t.name for t in templates], "steps": len(steps)},
    )
    catch_up(induction, today=today)
    return induction, True


def _copy(induction, step, order):
    return InductionStep(
        induction=induction,
        template_step=step,
        stage=step.stage,
        kind=step.kind,
        title=step.title,
        description=step.description,
        policy_id=step.policy_id,
        course_id=step.course_id,
        completer=step.completer or ALLOWED_COMPLETERS[step.kind][0],
        due_on=induction.start_date + timedelta(days=step.due_offset_days),
        sort_order=order,
    )


# --- Steps that complete themselves --------------------------------------------------


def valid_records(person_ids, course_ids, today=None):
    """Verified, not rejected, not expired: what makes a course step done."""
    today = today or timezone.localdate()
    return (
        TrainingRecord.objects.filter(person_id__in=person_ids, course_id__in=course_ids)
        .filter(verified_at__isnull=False, rejected_at__isnull=True)
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
    )


def complete_automatically(step, note, user=None):
    """Mark done from evidence; a no-op if already done (so evidence twice is one completion)."""
    now = timezone.now()
    updated = InductionStep.objects.filter(pk=step.pk, completed_at__isnull=True).update(
        completed_at=now, completed_by=user, completed_automatically=True, note=note
    )
    if updated:
        step.completed_at, step.completed_by, step.note = now, user, note
        step.completed_automatically = True
        log(step.induction, "induction.auto_complete", user=user, data=_step_data(step, note=note))
    return bool(updated)


def catch_up(induction, today=None):
    """Complete the policy and course steps whose evidence already exists."""
    open_steps = list(
        induction.steps.filter(
            completed_at__isnull=True, kind__in=[StepKind.POLICY, StepKind.COURSE]
        ).select_related("policy", "course")
    )
    person = StaffMember.objects.filter(pk=induction.staff_member_id)
    policies = {s.policy for s in open_steps if s.kind == StepKind.POLICY and s.policy}
    acks = current_acknowledgements(person, list(policies))
    course_ids = {s.course_id for s in open_steps if s.kind == StepKind.COURSE and s.course_id}
    records = {
        r.course_id: r for r in valid_records([induction.staff_member_id], course_ids, today)
    }
    done = 0
    for step in open_steps:
        step.induction = induction
        if step.kind == StepKind.POLICY and step.policy:
            ack = acks.get((induction.staff_member_id, step.policy_id))
            if ack is not None:
                done += complete_automatically(step, _ack_note(ack), ack.user)
        elif step.kind == StepKind.COURSE and step.course_id in records:
            record = records[step.course_id]
            done += complete_automatically(step, _record_note(record), record.verified_by)
    return done


def _ack_note(ack):
    when = timezone.localtime(ack.acknowledged_at)
    return f"Acknowledged version {ack.version_label} on {when:%-d %B %Y}"


def _record_note(record):
    return f"{record.get_source_display()}: completed {record.completed_on:%-d %B %Y}"


def on_acknowledgement(ack):
    """A new acknowledgement completes the person's open step for that policy."""
    steps = InductionStep.objects.filter(
        induction__staff_member_id=ack.staff_member_id,
        kind=StepKind.POLICY,
        policy_id=ack.page_id,
        completed_at__isnull=True,
    ).select_related("induction")
    for step in steps:
        complete_automatically(step, _ack_note(ack), ack.user)


def on_training_record(record, today=None):
    """A valid training record (an in-house session's too) completes the course step."""
    today = today or timezone.localdate()
    valid = (
        record.verified_at is not None
        and record.rejected_at is None
        and (record.expires_on is None or record.expires_on >= today)
    )
    if not valid:
        return
    steps = InductionStep.objects.filter(
        induction__staff_member_id=record.person_id,
        kind=StepKind.COURSE,
        course_id=record.course_id,
        completed_at__isnull=True,
    ).select_related("induction")
    for step in steps:
        complete_automatically(step, _record_note(record), record.verified_by)


# --- Steps people complete ------------------------------------------------------------


def complete_step(step, user, note="", document=None):
    """Tick a task, sign off a meeting or HR check, or upload a document.

    Refuses a step that is not the user's to complete. Twice is one completion: the
    second is refused with the date of the first.
    """
    reason = access.refusal(user, step)
    if reason:
        raise StepRefused(reason)
    if step.kind == StepKind.UPLOAD and document is None:
        raise StepRefused("Choose the file to upload.")
    if step.kind == StepKind.MEETING and not note.strip():
        raise StepRefused("Add a comment about the meeting or observation.")
    stored = ""
    if document is not None:
        stored = step.document.storage.save(stored_name("induction", document), document)
    now = timezone.now()
    updated = InductionStep.objects.filter(pk=step.pk, completed_at__isnull=True).update(
        completed_at=now, completed_by=user, note=note, document=stored or step.document.name
    )
    if not updated:
        if stored:
            step.document.storage.delete(stored)
        step.refresh_from_db()
        raise StepRefused(_already_done(step))
    step.refresh_from_db()
    action = (
        "induction.complete"
        if step.kind in (StepKind.TASK, StepKind.UPLOAD)
        else "induction.sign_off"
    )
    log(step.induction, action, user=user, data=_step_data(step, note=note))
    return step


def _already_done(step):
    when = timezone.localtime(step.completed_at)
    who = (
        step.completed_by.get_full_name() or step.completed_by.get_username()
        if step.completed_by
        else ""
    )
    by = f" by {who}" if who else ""
    return f"“{step.title}” was already done on {when:%-d %B %Y}{by}."


def request_sign_off(step, user):
    """The new starter says a meeting or observation took place: it waits for sign-off."""
    if access.SELF not in access.capacities(user, step.induction):
        raise StepRefused("Only the person being inducted can ask for this sign-off.")
    if step.kind != StepKind.MEETING:
        raise StepRefused("Only a meeting or observation is signed off.")
    if step.is_done:
        raise StepRefused(_already_done(step))
    updated = InductionStep.objects.filter(
        pk=step.pk, completed_at__isnull=True, sign_off_requested_at__isnull=True
    ).update(sign_off_requested_at=timezone.now())
    if updated:
        log(step.induction, "induction.sign_off_requested", user=user, data=_step_data(step))
    step.refresh_from_db()
    return step


def extend_due_date(step, new_date, reason, user):
    """Move a step's due date later, with a reason; logged."""
    if not access.can_extend(user, step.induction):
        raise StepRefused("Only the line manager or HR can change a due date.")
    if step.is_done:
        raise StepRefused(_already_done(step))
    if not reason.strip():
        raise StepRefused("Give a reason for the new due date.")
    if new_date <= step.due_on:
        raise StepRefused(f"The new due date must be after {step.due_on:%-d %B %Y}.")
    old = step.due_on
    InductionStep.objects.filter(pk=step.pk).update(due_on=new_date, extension_reason=reason)
    step.due_on, step.extension_reason = new_date, reason
    log_extension(step, old, user)
    return step


def log_extension(step, old, user):
    log(
        step.induction,
        "induction.extend",
        user=user,
        data=_step_data(
            step, old=old.isoformat(), new=step.due_on.isoformat(), reason=step.extension_reason
        ),
    )


def add_step(induction, user, **fields):
    """HR adds a step to a running induction, on purpose (templates never do)."""
    if access.HR not in access.capacities(user, induction):
        raise StepRefused("Only HR can add a step to a running induction.")
    last = induction.steps.order_by("-sort_order").values_list("sort_order", flat=True).first()
    step = InductionStep(
        induction=induction, added_later=True, sort_order=(last or 0) + 1, **fields
    )
    step.full_clean(exclude=["induction"])
    step.save()
    log(induction, "induction.step_added", user=user, data=_step_data(step))
    catch_up(induction)
    return step


def record_review(induction, user, reviewed_on, outcome, comments):
    """The line manager's end-of-induction review; "complete" signs the induction off."""
    if not access.can_review(user, induction):
        raise StepRefused("Only the line manager or HR can record the review.")
    if induction.signed_off_at:
        raise StepRefused("This induction is already signed off.")
    done, total = induction.counts()
    if outcome == InductionReview.Outcome.COMPLETE and done < total:
        raise StepRefused(
            f"{total - done} step{'s' if total - done != 1 else ''} still to do: "
            "finish them, or choose “Extend the induction”."
        )
    with transaction.atomic():
        review = InductionReview.objects.create(
            induction=induction,
            reviewed_on=reviewed_on,
            outcome=outcome,
            comments=comments,
            reviewed_by=user,
        )
        log(
            induction,
            "induction.review",
            user=user,
            data={"outcome": outcome, "comments": comments},
        )
        if outcome == InductionReview.Outcome.COMPLETE:
            updated = Induction.objects.filter(pk=induction.pk, signed_off_at__isnull=True).update(
                signed_off_at=timezone.now(), signed_off_by=user
            )
            if updated:
                log(induction, "induction.signed_off", user=user)
    induction.refresh_from_db()
    return review
