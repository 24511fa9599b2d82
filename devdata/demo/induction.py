"""Demo induction for ``load_demo`` (order 40, after people, handbook and training).

Templates for all staff and for teaching assistants, learning support assistants,
one-to-one tutors and alternative provision tutors, written for Staffroom. Policies
and courses are looked up by title; a step whose policy or course is missing is left
out. ``newstarter`` is part-way through with ``mentor`` as mentor; a second mentee of
``mentor`` has almost finished. Found by natural keys, so running it twice changes nothing.
"""

import contextlib
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from devdata.demo.induction_templates import TEMPLATES
from handbook.acknowledging import AcknowledgementRefused, acknowledge
from handbook.models import PolicyPage
from induction import services
from induction.models import InductionStep, InductionTemplate, InductionTemplateStep, StepKind
from people.models import Role, RoleAssignment, School, StaffMember
from training.models import Course, TrainingRecord

DEMO_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SECOND_MENTEE = ("D0300", "Sofia", "Marsh", "Learning support assistant", 40)


def _policy(title):
    return PolicyPage.objects.live().filter(title=title).first()


def _course(title):
    return Course.objects.filter(title=title).first()


def load_templates():
    made = 0
    for name, role_names, description, steps in TEMPLATES:
        if InductionTemplate.objects.filter(name=name).exists():
            continue
        template = InductionTemplate(
            name=name,
            description=description,
            applies_to="roles" if role_names else "all",
        )
        template.save()
        if role_names:
            template.roles.set(Role.objects.filter(name__in=role_names))
            template.save()
        order = 0
        for stage, kind, title, offset, target, text in steps:
            policy = _policy(target) if kind == StepKind.POLICY else None
            course = _course(target) if kind == StepKind.COURSE else None
            if (kind == StepKind.POLICY and not policy) or (kind == StepKind.COURSE and not course):
                continue  # the handbook or training demo is not loaded: skip gracefully
            InductionTemplateStep(
                template=template,
                stage=stage,
                kind=kind,
                title=title,
                description=text,
                due_offset_days=offset,
                policy=policy,
                course=course,
                sort_order=order,
            ).save()
            order += 1
        made += 1
    return made


def _at(day, hour=10):
    moment = timezone.make_aware(datetime.combine(day, time(hour, 0)))
    return min(moment, timezone.now())


def _step(induction, title):
    return induction.steps.select_related("induction__staff_member").filter(title=title).first()


def _do(induction, title, user, note="", on=None):
    step = _step(induction, title)
    if step is None or step.is_done:
        return
    document = ContentFile(DEMO_PDF, name="evidence.pdf") if step.kind == StepKind.UPLOAD else None
    services.complete_step(step, user, note=note, document=document)
    InductionStep.objects.filter(pk=step.pk).update(completed_at=_at(on or step.due_on))


def _ask(induction, title, days_ago):
    step = _step(induction, title)
    if step is None or step.is_done:
        return
    InductionStep.objects.filter(pk=step.pk).update(
        sign_off_requested_at=timezone.now() - timedelta(days=days_ago)
    )


def load_newstarter(people, hr_user):
    """Part-way: papers and first-day steps done, the behaviour policy overdue, an
    observation waiting for the mentor's sign-off."""
    induction, created = services.start_induction(
        people["newstarter"], mentor=people["mentor"], by=hr_user
    )
    if not created:
        return induction
    start = induction.start_date
    me = people["newstarter"].user
    _do(induction, "Identity and right to work checked", hr_user, "Passport and share code seen.")
    _do(induction, "Emergency contacts and bank details", me)
    _do(induction, "Tour of the school", me, "Shown round by Martin on day one.", start)
    _do(induction, "Sign-in, ID badge and IT log-in", hr_user, "", start)
    _ask(induction, "Observe an experienced teaching assistant", days_ago=6)
    return induction


def load_second_mentee(people, hr_user):
    """A learning support assistant six weeks in: everything done but the final review."""
    number, first, last, role_name, days = SECOND_MENTEE
    school = School.objects.get(urn="149001")
    start = timezone.localdate() - timedelta(days=days)
    person, created = StaffMember.objects.get_or_create(
        trust=school.trust,
        staff_number=number,
        defaults={
            "school": school,
            "first_name": first,
            "last_name": last,
            "start_date": start,
            "email": f"{first}.{last}@{school.urn}.example".lower(),
            "line_manager": people["mentor"],
        },
    )
    if created:  # the new role starts their induction (induction.receivers)
        RoleAssignment.objects.create(
            staff_member=person, role=Role.objects.get(name=role_name), start_date=start
        )
    induction, _ = services.start_induction(person, mentor=people["mentor"], by=hr_user)
    if induction.mentor_id is None:
        induction.mentor = people["mentor"]
        induction.save(update_fields=["mentor"])
    if induction.steps.filter(completed_at__isnull=False).exists():
        return induction
    mentor_user = people["mentor"].user
    for step in induction.steps.select_related("policy", "course").order_by("due_on"):
        if step.title == "End of first half-term review":
            continue
        if step.kind == StepKind.POLICY and step.policy:
            with contextlib.suppress(AcknowledgementRefused):  # not required of her
                acknowledge(step.policy, person, step.policy.live_revision_id)
        elif step.kind == StepKind.COURSE and step.course:
            if not services.valid_records([person.pk], [step.course_id]).exists():
                yesterday = timezone.localdate() - timedelta(days=1)
                record = TrainingRecord(
                    person=person, course=step.course, completed_on=min(step.due_on, yesterday)
                )
                record.mark_verified(hr_user)
                record.save()
        elif step.kind == StepKind.MEETING:
            _do(induction, step.title, mentor_user, "Went well; no concerns.")
        else:
            _do(induction, step.title, hr_user, "Done with HR.")
    # Evidence recorded today for the demo: show it done by each step's due date.
    for done in induction.steps.filter(completed_automatically=True):
        InductionStep.objects.filter(pk=done.pk).update(completed_at=_at(done.due_on))
    _ask(induction, "End of first half-term review", days_ago=2)
    return induction


def load_induction(stdout):
    User = get_user_model()
    made = load_templates()
    people = {
        name: StaffMember.objects.select_related("user").filter(user__username=name).first()
        for name in ("newstarter", "mentor", "hr")
    }
    hr_user = User.objects.filter(username="hr").first()
    if None in people.values() or hr_user is None:
        stdout.write("induction: demo people missing, templates only")
        return
    load_newstarter(people, hr_user)
    load_second_mentee(people, hr_user)
    stdout.write(
        f"induction: {InductionTemplate.objects.count()} templates ({made} new), "
        f"{InductionStep.objects.values('induction').distinct().count()} inductions"
    )
