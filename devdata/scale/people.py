"""Scale data: the trust, its schools, roles, staff, log-ins and vetting checks."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from people.models import (
    CheckStatus,
    CheckType,
    HRScope,
    Role,
    RoleAssignment,
    School,
    StaffMember,
    Trust,
    VettingCheck,
)
from people.vetting_rules import Person, applicable_checks

from . import SCALE_MARK, SCALE_TRUST, USER_PREFIX, batched_create, fast_insert

PASSWORD = "staffroom-scale"  # noqa: S105 - benchmark log-ins on a benchmark database
Kind = StaffMember.EmploymentType

# name, category, management, teaching work, requires qualifications, weight
ROLES = [
    ("Headteacher", "leadership", True, True, True, 0),
    ("School business manager", "admin", True, False, False, 0),
    ("Designated safeguarding lead", "pastoral", True, True, False, 0),
    ("SENDCo", "leadership", True, True, True, 0),
    ("Class teacher", "teacher", False, True, True, 30),
    ("Teaching assistant (level 1)", "ta", False, False, False, 10),
    ("Teaching assistant (level 2)", "ta", False, False, False, 14),
    ("Teaching assistant (level 3)", "ta", False, True, False, 8),
    ("Higher level teaching assistant", "hlta", False, True, False, 5),
    ("One-to-one tutor", "tutor", False, True, False, 4),
    ("Learning support assistant", "learning_support", False, False, False, 8),
    ("Alternative provision tutor", "tutor", False, True, False, 2),
    ("Office administrator", "admin", False, False, False, 5),
    ("Site manager", "premises", False, False, False, 2),
    ("Midday supervisor", "other", False, False, False, 6),
    ("Governor", "governance", True, False, False, 0),
]
LEADERS = 4  # the first four roles: one of each per school
KINDS = [
    (Kind.EMPLOYEE, 86),
    (Kind.AGENCY, 4),
    (Kind.CONTRACTOR, 2),
    (Kind.VOLUNTEER, 3),
    (Kind.TRAINEE, 2),
    (Kind.GOVERNOR, 3),
]
PHASES = ["primary"] * 6 + ["secondary"] * 3 + ["special", "ap", "all_through", "nursery"]
_FIRST_TEXT = (
    "Aaliyah Adam Aisha Alfie Amara Amelia Archie Ava Ben Bilal Chloe Daniel Dev Eden Ella "
    "Emily Esme Ethan Femi Finley Freya Grace Hana Harry Hugo Ibrahim Isla Ivy Jack Jamal "
    "Jasmine Jude Kai Kate Leo Liam Lily Luca Maya Mia Mohammed Noah Nina Olivia Omar Oscar "
    "Poppy Priya Quinn Rosie Ruby Sam Sofia Tara Theo Usman Vera Will Yasmin Zac Zara"
)
FIRST = _FIRST_TEXT.split()
_LAST_TEXT = (
    "Ahmed Ali Allen Bailey Baker Begum Bell Brown Campbell Carter Clarke Cole Cooper Cox "
    "Davies Edwards Ellis Evans Fisher Fletcher Foster Green Griffiths Hall Harris Hill "
    "Hughes Hussain Iqbal Jackson James Jenkins Johnson Jones Kaur Kelly Khan King Lee "
    "Lewis Marshall Martin Mason Mills Mitchell Moore Morgan Morris Murphy Nowak Okafor "
    "Owen Palmer Parker Patel Phillips Price Reid Richards Roberts Robinson Rogers Scott "
    "Shah Singh Smith Taylor Thomas Thompson Turner Walker Ward Watson White Williams "
    "Wilson Wood Wright Young"
)
LAST = _LAST_TEXT.split()


@dataclass
class Member:
    """What later steps need to know about a generated person (no queries)."""

    pk: int
    school: int  # index into plan.schools_made
    role: int  # index into ROLES
    kind: str
    start: date
    leaving: date | None
    email: str
    abroad: bool = False

    def current(self, today):
        return self.leaving is None or self.leaving >= today


def pick(rng, weighted):
    return rng.choices([w[0] for w in weighted], [w[-1] for w in weighted])[0]


def build(plan, rng):
    today = plan.today
    trust = Trust.objects.create(name=SCALE_TRUST)
    schools = [
        School(
            trust=trust,
            name=f"Scale {['Primary', 'Academy', 'School'][i % 3]} {i + 1:02d}",
            urn=f"9{i + 1:06d}",
            phase=PHASES[i % len(PHASES)],
            school_type="maintained" if i % 10 == 9 else "academy",
            has_early_years=i % 3 == 0,
        )
        for i in range(plan.schools)
    ]
    schools = batched_create(School, schools)
    roles = [
        Role.objects.get_or_create(
            name=f"{name} {SCALE_MARK}",
            defaults={
                "category": cat,
                "is_management": mgmt,
                "involves_teaching": teach,
                "requires_qualifications": quals,
                "regulated_activity": cat not in ("governance", "admin", "premises"),
            },
        )[0]
        for name, cat, mgmt, teach, quals, _ in ROLES
    ]
    weighted = [(i, r[-1]) for i, r in enumerate(ROLES) if r[-1]]
    members, rows = [], []
    for n in range(plan.staff):
        school = n % plan.schools
        position = n // plan.schools  # 0..3: the school's leaders
        role = position if position < LEADERS else pick(rng, weighted)
        kind = Kind.EMPLOYEE if position < LEADERS else pick(rng, KINDS)
        if kind == Kind.GOVERNOR:
            role = len(ROLES) - 1
        bench = n == plan.schools * LEADERS  # the benchmark person: a TA who just started
        if bench:
            kind, role = Kind.EMPLOYEE, 7
        recent = rng.random() < 0.05 or bench
        start = today - timedelta(days=rng.randint(3, 120) if recent else rng.randint(200, 5000))
        leaving = None
        if position >= LEADERS and rng.random() < 0.03:
            leaving = today - timedelta(days=rng.randint(1, 150))
            start = min(start, leaving - timedelta(days=30))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first}.{last}.{n}@scale.example".lower()
        rows.append(
            StaffMember(
                trust=trust,
                school=schools[school],
                staff_number=f"S{n:06d}",
                first_name=first,
                last_name=last,
                email=email if rng.random() < 0.97 else "",
                employment_type=kind,
                start_date=start,
                leaving_date=leaving,
                lived_outside_uk=rng.random() < 0.08,
            )
        )
        row = rows[-1]
        members.append(
            Member(0, school, role, kind, start, leaving, row.email, row.lived_outside_uk)
        )
    rows = batched_create(StaffMember, rows)
    for member, row in zip(members, rows, strict=True):
        member.pk = row.pk
    # Line managers: each school's headteacher manages its leaders, leaders the rest.
    heads = {m.school: m for m in members[: plan.schools]}
    leaders = [list(members[s :: plan.schools][:LEADERS]) for s in range(plan.schools)]
    for i, (member, row) in enumerate(zip(members, rows, strict=True)):
        if i < plan.schools:
            continue
        boss = heads[member.school] if i < plan.schools * LEADERS else None
        boss = boss or rng.choice(leaders[member.school])
        row.line_manager_id = boss.pk
    StaffMember.objects.bulk_update(rows, ["line_manager"], batch_size=2000)
    assignments = [
        RoleAssignment(staff_member_id=m.pk, role=roles[m.role], start_date=m.start)
        for m in members
    ]
    batched_create(RoleAssignment, assignments)
    plan.trust, plan.schools_made, plan.roles, plan.members = trust, schools, roles, members
    plan.bench_person = members[plan.schools * LEADERS]  # a recent starter, school 1
    make_users(plan)
    plan.counts.update(schools=len(schools), staff=len(members), roles=len(roles))


def make_users(plan):
    """A Trust HR log-in, and the benchmark person (a recent starter) with a log-in."""
    from people import scope as p
    from portal.groups import ensure_groups

    groups = ensure_groups()
    User = get_user_model()
    password = make_password(PASSWORD)
    hr = User.objects.create(
        username=f"{USER_PREFIX}trusthr", email="trusthr@scale.example", password=password
    )
    hr.groups.add(groups[p.TRUST_HR], groups[p.STAFF])
    HRScope.objects.create(user=hr, trust=plan.trust)
    person = plan.bench_person
    staff = User.objects.create(
        username=f"{USER_PREFIX}staff", email=person.email or "", password=password
    )
    staff.groups.add(groups[p.STAFF])
    StaffMember.objects.filter(pk=person.pk).update(user=staff)
    plan.users = {"hr": hr, "staff": staff}


def build_vetting(plan, rng):
    """The checks that apply to each person, in mixed states (~7 a person)."""
    today = plan.today
    checkers = ["A. Shah (HR)", "J. Reid (HR)", "M. Okafor (SBM)"]
    checks = []
    for n, m in enumerate(plan.members):
        school = plan.schools_made[m.school]
        person = Person(
            employment_type=m.kind,
            roles=(plan.roles[m.role],),
            school_records_section_128=school.records_section_128,
            lived_outside_uk=m.abroad,
            start_date=m.start,
        )
        for check_type in applicable_checks(person):
            roll = rng.random()
            if m is plan.bench_person:
                roll = 0.0
            if roll > 0.97:
                continue  # nothing recorded: missing
            check = {"staff_member_id": m.pk, "check_type": check_type.value}
            if roll < 0.86:
                done = m.start - timedelta(days=rng.randint(0, 60))
                check.update(status=CheckStatus.COMPLETE.value, completed_on=done)
                check["checked_by"] = rng.choice(checkers)
                check["evidence_notes"] = "Originals seen and copied to the file."
                if check_type == CheckType.DBS:
                    check.update(certificate_number=f"99{n:010d}", issued_on=done)
                    check.update(workforce="child", includes_barred_list=True)
                    check["update_service"] = rng.random() < 0.4
                    if check["update_service"]:
                        checked = today - timedelta(rng.randint(5, 400))
                        check["update_service_checked_on"] = checked
                if check_type == CheckType.RIGHT_TO_WORK and rng.random() < 0.05:
                    check["expires_on"] = today + timedelta(days=rng.randint(-30, 400))
                if check_type == CheckType.AGENCY_CONFIRMATION:
                    check["dbs_certificate_seen"] = True
            elif roll < 0.91:
                check["status"] = CheckStatus.PENDING.value
                if check_type == CheckType.DBS:
                    check["requested_on"] = m.start - timedelta(days=rng.randint(0, 30))
            elif roll < 0.95:
                check["status"] = CheckStatus.NOT_STARTED.value
            else:
                check["status"] = CheckStatus.NOT_REQUIRED.value
                check["not_required_reason"] = "Covered by the agency's written confirmation."
            checks.append(check)
    fast_insert(VettingCheck, checks)
    plan.counts["vetting_checks"] = len(checks)
