"""One small trust for the security tests: two schools, eleven personas, and one of
each record (induction, certificate, DBS scan, session …) owned by a known person.

Everything person-linked belongs to ``staff`` at school A: so ``other`` (a colleague),
HR of school B and everyone else without a reason to see it must get a 404.
"""

import io
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PERSONAS = (
    "anonymous",
    "staff",
    "other",
    "mentor",
    "hlta",
    "editor",
    "approver",
    "hr_a",
    "hr_b",
    "trust_hr",
    "superuser",
)


@dataclass
class World:
    users: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["objects"][name]
        except KeyError:
            raise AttributeError(name) from None


def _person(world, name, school, groups, **fields):
    from tests.factories import StaffMemberFactory, UserFactory

    user = UserFactory(username=f"sec_{name}", groups=list(groups))
    world.users[name] = user
    world.people[name] = StaffMemberFactory(school=school, user=user, **fields)
    return world.people[name]


def _hr(world, name, school, groups, **scope):
    from tests.factories import HRScopeFactory

    _person(world, name, school, groups)
    return HRScopeFactory(user=world.users[name], **scope)


def build_world():
    from django.contrib.auth import get_user_model

    from devdata.demo.people import load_home_page
    from handbook.models import PolicyCategory
    from handbook.page_tree import setup_handbook
    from induction import services
    from induction.models import Completer, StepKind
    from people import scope as p
    from people.models import RoleAssignment, TrustBranding
    from portal.groups import ensure_groups
    from tests.factories import RoleFactory, SchoolFactory, VettingCheckFactory
    from tests.handbook.factories import make_policy
    from tests.induction.factories import TemplateFactory, TemplateStepFactory
    from tests.training.factories import (
        CourseFactory,
        RecordFactory,
        RequirementFactory,
        SessionFactory,
    )
    from training.models import FirstAidOuting, FirstAidRotaEntry, FirstAidTarget

    ensure_groups()
    load_home_page(io.StringIO())
    sections = setup_handbook()
    w = World()
    o = w.objects
    school_a = SchoolFactory(name="Security School A")
    school_b = SchoolFactory(name="Security School B", trust=school_a.trust)
    o.update(school_a=school_a, school_b=school_b, trust=school_a.trust)
    o["branding"] = TrustBranding.objects.create(trust=school_a.trust, accent_colour="#1d4f91")

    _person(w, "mentor", school_a, [p.STAFF, p.MENTOR], first_name="Mo")
    _person(w, "other", school_a, [p.STAFF], first_name="Olu")
    _person(w, "hlta", school_a, [p.STAFF, p.HLTA], first_name="Hana")
    _person(w, "editor", school_a, [p.STAFF, p.EDITOR], first_name="Ed")
    _person(w, "approver", school_a, [p.STAFF, p.APPROVER], first_name="Ava")
    o["hr_scope"] = _hr(w, "hr_a", school_a, [p.STAFF, p.HR], schools=[school_a])
    _hr(w, "hr_b", school_b, [p.STAFF, p.HR], schools=[school_b])
    _hr(w, "trust_hr", school_a, [p.STAFF, p.TRUST_HR], trust=school_a.trust)
    w.users["superuser"] = get_user_model().objects.create_superuser(
        "sec_superuser", "super@example.org", "pw"
    )

    role = RoleFactory(name="Security TA")
    course = CourseFactory(title="Security safeguarding")
    policy = make_policy(sections["policies"], title="Security behaviour policy")
    template = TemplateFactory(name="Security TA induction", roles=[role])
    TemplateStepFactory(template=template, kind=StepKind.MEETING, title="Meet mentor")
    TemplateStepFactory(
        template=template, kind=StepKind.UPLOAD, title="Upload", completer=Completer.STARTER
    )
    TemplateStepFactory(
        template=template, kind=StepKind.TASK, title="Tour", completer=Completer.STARTER
    )
    o.update(role=role, course=course, policy=policy, template=template)
    o["category"] = PolicyCategory.objects.first()

    start = timezone.localdate() - timedelta(days=3)
    staff = _person(w, "staff", school_a, [p.STAFF], first_name="Sam", start_date=start)
    o["staff_member"] = staff
    RoleAssignment.objects.create(staff_member=staff, role=role, start_date=start)
    induction, _ = services.start_induction(staff, mentor=w.people["mentor"])
    if induction.mentor_id is None:
        induction.mentor = w.people["mentor"]
        induction.save()
    upload = induction.steps.get(title="Upload")
    upload.document.save("evidence.pdf", ContentFile(PDF), save=True)
    o.update(
        induction=induction,
        meeting=induction.steps.get(title="Meet mentor"),
        upload=upload,
        task=induction.steps.get(title="Tour"),
    )

    record = RecordFactory(person=staff, course=course)
    record.certificate.save("certificate.pdf", ContentFile(PDF), save=True)
    check = VettingCheckFactory(staff_member=staff, check_type="dbs", certificate_number=None)
    check.document.save("dbs.pdf", ContentFile(PDF), save=True)
    session = SessionFactory(course=course, school=school_a, led_by=w.people["hlta"])
    o.update(
        record=record,
        check=check,
        session=session,
        requirement=RequirementFactory(course=course),
        target=FirstAidTarget.objects.create(school=school_a),
        rota=FirstAidRotaEntry.objects.create(school=school_a, person=staff, weekday=1),
        outing=FirstAidOuting.objects.create(
            school=school_a, date=date.today(), destination="Farm", first_aider=staff
        ),
    )
    return w
