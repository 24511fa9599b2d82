"""Starting an induction: which templates apply, the snapshot, and bad input."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from induction import services
from induction.models import Induction, InductionStatus, StepKind
from people.models import RoleAssignment
from tests.induction.conftest import person, step
from tests.induction.factories import TemplateFactory, TemplateStepFactory

pytestmark = pytest.mark.django_db


def test_a_role_and_start_date_start_the_induction_from_all_staff_and_role_templates(starter):
    titles = list(starter.induction.steps.values_list("title", flat=True))
    assert sorted(titles) == sorted(
        ["ID seen", "Read behaviour", "Safeguarding", "Tour", "Meet mentor", "Certificate"]
    )
    due = step(starter.induction, "Tour").due_on
    assert due == starter.start_date  # offset 0: the first day
    assert step(starter.induction, "ID seen").due_on == starter.start_date - timedelta(days=2)
    assert ModelLogEntry.objects.filter(action="induction.start").count() == 1


def test_starting_again_is_idempotent(starter, ta_role):
    other_role = RoleAssignment.objects.create(
        staff_member=starter, role=ta_role, start_date=starter.start_date + timedelta(days=1)
    )
    assert other_role.pk
    induction, created = services.start_induction(starter)
    assert not created
    assert Induction.objects.filter(staff_member=starter).count() == 1
    assert induction.steps.count() == 6


def test_editing_a_template_later_does_not_rewrite_a_running_induction(starter, templates):
    template_step = templates["ta"].steps.get(title="Tour")
    template_step.title = "Tour of both sites"
    template_step.due_offset_days = 30
    template_step.save()
    TemplateStepFactory(template=templates["ta"], title="Brand new step")
    tour = step(starter.induction, "Tour")
    assert tour.due_on == starter.start_date
    assert not starter.induction.steps.filter(title="Brand new step").exists()


def test_hr_adds_a_step_to_a_running_induction_on_purpose(induction, hr_user_a, mentor):
    added = services.add_step(
        induction,
        hr_user_a,
        title="Fire warden briefing",
        kind=StepKind.TASK,
        due_on=timezone.localdate() + timedelta(days=3),
    )
    assert added.added_later
    assert ModelLogEntry.objects.filter(action="induction.step_added").count() == 1
    with pytest.raises(services.StepRefused):
        services.add_step(
            induction, mentor.user, title="Sneaky", kind=StepKind.TASK, due_on=date(2030, 1, 1)
        )


def test_no_template_applies_so_nothing_starts(groups, school_a):
    from tests.factories import RoleFactory

    staff = person("nobody", school_a)
    RoleAssignment.objects.create(
        staff_member=staff, role=RoleFactory(), start_date=date(2025, 9, 1)
    )
    assert not Induction.objects.filter(staff_member=staff).exists()
    with pytest.raises(services.StepRefused, match="No induction template applies"):
        services.start_induction(staff)


def test_a_start_date_in_the_far_past_flags_steps_overdue_not_done(templates, school_a, ta_role):
    staff = person("old", school_a, start_date=date(2015, 9, 1))
    RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=date(2015, 9, 1))
    induction = Induction.objects.get(staff_member=staff)
    assert induction.status() == InductionStatus.OVERDUE
    assert len(induction.overdue_steps()) == 6
    assert induction.percentage() == 0


def test_a_policy_two_templates_ask_for_appears_once_with_the_earlier_due_date(
    templates, policy, school_a, ta_role
):
    TemplateStepFactory(
        template=templates["ta"],
        kind=StepKind.POLICY,
        policy=policy,
        title="Again",
        due_offset_days=-1,
    )
    staff = person("twice", school_a, start_date=date(2026, 1, 5))
    RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=date(2026, 1, 5))
    policy_steps = staff.induction.steps.filter(kind=StepKind.POLICY)
    assert policy_steps.count() == 1
    assert policy_steps.get().due_on == date(2026, 1, 4)


def test_an_inactive_template_is_not_used(templates, school_a, ta_role):
    templates["ta"].active = False
    templates["ta"].save()
    staff = person("inactive", school_a)
    RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=date(2026, 1, 5))
    assert staff.induction.steps.count() == 3


def test_a_leaver_given_a_role_gets_no_induction(templates, school_a, ta_role):
    staff = person("leaver", school_a, start_date=date(2020, 1, 1), leaving_date=date(2021, 1, 1))
    RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=date(2020, 1, 1))
    assert not Induction.objects.filter(staff_member=staff).exists()


def test_a_role_template_without_roles_applies_to_nobody(db, school_a, groups):
    TemplateFactory(name="Orphan", applies_to="roles")
    staff = person("orphan", school_a)
    with pytest.raises(services.StepRefused):
        services.start_induction(staff)
