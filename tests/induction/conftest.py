"""Induction fixtures: a school with a new starter, their mentor, line manager and HR,
a policy page and a course, and templates that use them."""

import io
from datetime import timedelta

import pytest


@pytest.fixture
def ta_role(db):
    from tests.factories import RoleFactory

    return RoleFactory(name="Teaching assistant (level 2)")


@pytest.fixture
def policy(groups):
    from devdata.demo.people import load_home_page
    from handbook.page_tree import setup_handbook
    from tests.handbook.factories import make_policy

    load_home_page(io.StringIO())
    sections = setup_handbook()
    return make_policy(sections["policies"], title="Behaviour policy")


@pytest.fixture
def course(db):
    from tests.training.factories import CourseFactory

    return CourseFactory(title="Safeguarding and child protection")


def person(username, school, groups=("Staff",), **fields):
    from tests.factories import StaffMemberFactory, UserFactory

    user = UserFactory(username=username, groups=list(groups))
    return StaffMemberFactory(school=school, user=user, **fields)


@pytest.fixture
def mentor(groups, school_a):
    return person("mentor_a", school_a, ("Staff", "Mentor"), first_name="Martin")


@pytest.fixture
def manager(groups, school_a):
    return person("manager_a", school_a, first_name="Lina")


@pytest.fixture
def templates(policy, course, ta_role):
    """All staff: an HR check, the policy, the course. TA: a task, a meeting, an upload."""
    from induction.models import Completer, Stage, StepKind
    from tests.induction.factories import TemplateFactory, TemplateStepFactory

    everyone = TemplateFactory(name="All staff")
    TemplateStepFactory(
        template=everyone,
        kind=StepKind.HR_CHECK,
        title="ID seen",
        due_offset_days=-2,
        stage=Stage.BEFORE_START,
    )
    TemplateStepFactory(
        template=everyone,
        kind=StepKind.POLICY,
        title="Read behaviour",
        policy=policy,
        due_offset_days=1,
        stage=Stage.FIRST_DAY,
    )
    TemplateStepFactory(
        template=everyone,
        kind=StepKind.COURSE,
        title="Safeguarding",
        course=course,
        due_offset_days=7,
    )
    ta = TemplateFactory(name="Teaching assistant", roles=[ta_role])
    TemplateStepFactory(
        template=ta,
        kind=StepKind.TASK,
        title="Tour",
        due_offset_days=0,
        completer=Completer.STARTER,
        stage=Stage.FIRST_DAY,
    )
    TemplateStepFactory(template=ta, kind=StepKind.MEETING, title="Meet mentor", due_offset_days=5)
    TemplateStepFactory(
        template=ta,
        kind=StepKind.UPLOAD,
        title="Certificate",
        due_offset_days=14,
        stage=Stage.FIRST_MONTH,
    )
    return {"all": everyone, "ta": ta}


@pytest.fixture
def starter(templates, school_a, ta_role, mentor, manager):
    """A TA who started three days ago, whose role started their induction; mentor set."""
    from django.utils import timezone

    from people.models import RoleAssignment

    start = timezone.localdate() - timedelta(days=3)
    staff = person("starter", school_a, first_name="Nadia", start_date=start, line_manager=manager)
    RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=start)
    staff.induction.mentor = mentor
    staff.induction.save()
    return staff


@pytest.fixture
def induction(starter):
    return starter.induction


def step(induction, title):
    return induction.steps.select_related("induction__staff_member").get(title=title)


def login(client, staff_or_user):
    user = getattr(staff_or_user, "user", staff_or_user)
    client.force_login(user)
    return client
