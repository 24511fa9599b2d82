"""A member of staff with a full record, ``size`` of everything, for the query-count tests
of the pages they open: the staff home, /my/policies/, /my/training/ and
/my/induction/ must not slow down as a person's record grows.
"""

import io
from datetime import timedelta

from django.utils import timezone

from handbook.acknowledging import acknowledge
from induction.models import InductionReview, StepKind
from people import scope as p
from tests.factories import RoleFactory, StaffMemberFactory, UserFactory, VettingCheckFactory
from tests.handbook.factories import make_policy
from tests.induction.factories import TemplateFactory, TemplateStepFactory
from tests.training.factories import CourseFactory, RecordFactory, RequirementFactory


def handbook_sections():
    """The site root and the handbook tree, as the handbook tests' ``sections`` fixture."""
    from devdata.demo.people import load_home_page
    from handbook.page_tree import setup_handbook

    load_home_page(io.StringIO())
    return setup_handbook()


def full_record(school, size, username="fullrecord"):
    """A TA at ``school`` who started three days ago, with a line manager and a mentor,
    ``size`` required policies (every other one for their role, half acknowledged),
    ``size`` required courses (half with a record, some expired), an induction of
    ``size`` steps (policy, course and task steps; some done, some overdue) with a
    review, and a DBS check. Returns their log-in."""
    today = timezone.localdate()
    sections = handbook_sections()
    ta = RoleFactory(name="Teaching assistant")
    policies = [
        make_policy(sections["policies"], title=f"Policy {n}", roles=[ta] if n % 2 else None)
        for n in range(size)
    ]
    courses = [CourseFactory(title=f"Course {n}") for n in range(size)]
    for course in courses:
        RequirementFactory(course=course)
    template = TemplateFactory(name="All staff")
    for n in range(size):
        kind = [StepKind.TASK, StepKind.POLICY, StepKind.COURSE][n % 3]
        TemplateStepFactory(
            template=template,
            kind=kind,
            title=f"Step {n}",
            policy=policies[n] if kind == StepKind.POLICY else None,
            course=courses[n] if kind == StepKind.COURSE else None,
            due_offset_days=n - 2,  # some overdue already
        )
    user = UserFactory(username=username, groups=[p.STAFF])
    mentor = StaffMemberFactory(
        school=school, user=UserFactory(username=f"{username}-mentor", groups=[p.MENTOR])
    )
    person = StaffMemberFactory(
        school=school,
        user=user,
        role=ta,
        start_date=today - timedelta(days=3),
        line_manager=StaffMemberFactory(school=school),
    )
    induction = person.induction
    assert induction.steps.count() == size
    induction.mentor = mentor
    induction.save()
    done = range(0, size, 2)  # every other task step, the first one included
    induction.steps.filter(kind=StepKind.TASK, sort_order__in=done).update(
        completed_at=timezone.now(), completed_by=mentor.user, note="Done together"
    )
    InductionReview.objects.create(
        induction=induction, reviewed_on=today, outcome="extend", comments="Going well"
    )
    for policy in policies[::2]:
        acknowledge(policy, person, policy.live_revision_id, user)
    for n, course in enumerate(courses[::2]):
        RecordFactory(person=person, course=course, completed_on=today - timedelta(days=200 * n))
    VettingCheckFactory(
        staff_member=person,
        check_type="dbs",
        certificate_number="001234567890",
        issued_on=today - timedelta(days=400),
    )
    return user


def first_visit(client, url, django_assert_max_num_queries, bound):
    """Open ``url`` within ``bound`` queries as a first visit: no copy of any page is kept
    per person or per address, so only shared caches may help (the site, the page at an
    address, rendered policy bodies), and those are warmed by a visit to another address
    (as someone else's visit would). Returns the page's text."""
    client.get(url + "?someone-else")
    with django_assert_max_num_queries(bound):
        response = client.get(url)
    assert response.status_code == 200
    return response.text
