"""Scale data: an induction template for the generated roles, and an induction (a
snapshot of its steps, some done) for every recent starter. Imports induction lazily."""

from datetime import UTC, datetime, time, timedelta

from . import SCALE_MARK, batched_create, raw_delete

TEMPLATE = f"New starter induction {SCALE_MARK}"
# stage, kind, title, due offset; "policy:N" / "course:N" point at generated ones
STEPS = [
    (0, "hr_check", "Identity and right to work seen", -3, ""),
    (1, "task", "Collect your badge and lanyard", 0, ""),
    (1, "meeting", "Meet your mentor", 0, ""),
    (1, "policy", "Read the child protection policy", 1, "policy:0"),
    (1, "course", "Safeguarding and child protection training", 2, "course:0"),
    (2, "policy", "Read the behaviour policy", 5, "policy:1"),
    (2, "policy", "Read the code of conduct", 5, "policy:2"),
    (2, "course", "Keeping children safe in education: Part one", 5, "course:1"),
    (2, "task", "Read your class's one-page profiles", 5, ""),
    (3, "meeting", "First observation with your mentor", 20, ""),
    (3, "course", "Data protection and UK GDPR", 25, "course:2"),
    (3, "upload", "Upload your qualification certificates", 25, ""),
    (4, "meeting", "Half-term review with your line manager", 45, ""),
    (5, "meeting", "End of probation review", 120, ""),
]


def build(plan, rng):
    from induction.models import (
        Induction,
        InductionStep,
        InductionTemplate,
        InductionTemplateStep,
    )
    from induction.models.templates import ALLOWED_COMPLETERS

    template = InductionTemplate(name=TEMPLATE, applies_to="roles")
    template.save()
    template.roles.set(plan.roles)
    template.save()
    steps = []
    for order, (stage, kind, title, offset, ref) in enumerate(STEPS):
        target, _, n = ref.partition(":")
        steps.append(
            InductionTemplateStep(
                template=template,
                sort_order=order,
                stage=stage,
                kind=kind,
                title=title,
                due_offset_days=offset,
                completer=ALLOWED_COMPLETERS[kind][0],
                policy_id=plan.policies_made[int(n)].pk if target == "policy" else None,
                course_id=plan.courses[int(n)].pk if target == "course" else None,
            )
        )
    steps = InductionTemplateStep.objects.bulk_create(steps)
    today = plan.today
    starters = [m for m in plan.members if m.current(today) and (today - m.start).days <= 120]
    colleagues = {}
    for m in plan.members[: plan.schools * 8]:
        colleagues.setdefault(m.school, []).append(m)
    inductions = batched_create(
        Induction,
        [
            Induction(
                staff_member_id=m.pk,
                mentor_id=rng.choice(colleagues[m.school]).pk,
                start_date=m.start,
                started_at=datetime.combine(m.start, time(8), tzinfo=UTC),
            )
            for m in starters
        ],
    )
    rows = []
    for m, induction in zip(starters, inductions, strict=True):
        for step in steps:
            due = m.start + timedelta(days=step.due_offset_days)
            row = InductionStep(
                induction=induction,
                template_step=step,
                sort_order=step.sort_order,
                stage=step.stage,
                kind=step.kind,
                title=step.title,
                policy_id=step.policy_id,
                course_id=step.course_id,
                completer=step.completer,
                due_on=due,
            )
            if due < today and rng.random() < 0.75:
                row.completed_at = datetime.combine(due, time(15), tzinfo=UTC)
                row.completed_automatically = step.kind in ("policy", "course")
                row.note = "Done"
            rows.append(row)
    batched_create(InductionStep, rows, batch=5000)
    plan.counts.update(inductions=len(inductions), induction_steps=len(rows))


def wipe(staff):
    from induction.models import Induction, InductionStep, InductionTemplate

    raw_delete(InductionStep.objects.filter(induction__staff_member__in=staff))
    Induction.objects.filter(staff_member__in=staff).delete()
    InductionTemplate.objects.filter(name=TEMPLATE).delete()
