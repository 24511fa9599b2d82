"""Demo people for ``load_demo``: a trust of two schools and their staff.

Every date is relative to today, and every record is found by a natural key
(URN, staff number, username) so running the command twice changes nothing.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from people import scope as p
from people.models import HRScope, Role, RoleAssignment, School, StaffMember, Trust
from portal.groups import ensure_groups
from portal.models import HomePage

DEMO_PASSWORD = "staffroom-demo"  # noqa: S105 - development-only demo log-ins

ROLES = [
    # name, category, management, teaching work
    ("Teaching assistant (level 1)", "ta", False, False),
    ("Teaching assistant (level 2)", "ta", False, False),
    ("Teaching assistant (level 3)", "ta", False, True),
    ("Teaching assistant mentor", "ta", False, True),
    ("Higher level teaching assistant", "hlta", False, True),
    ("One-to-one tutor", "tutor", False, True),
    ("Learning support assistant", "learning_support", False, False),
    ("Learning progress assistant", "learning_support", False, False),
    ("Alternative provision tutor", "tutor", False, True),
    ("Class teacher", "teacher", False, True),
    ("Designated safeguarding lead", "pastoral", True, True),
    ("Deputy designated safeguarding lead", "pastoral", False, True),
    ("SENDCo", "leadership", True, True),
    ("School business manager", "admin", True, False),
    ("Headteacher", "leadership", True, True),
    ("Governor", "governance", True, False),
]

FIRST = [
    "Amira",
    "Ben",
    "Chloe",
    "Dev",
    "Ella",
    "Femi",
    "Grace",
    "Harry",
    "Isla",
    "Jamal",
    "Kate",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Priya",
    "Quinn",
    "Ruby",
    "Sam",
    "Tara",
    "Usman",
    "Vera",
    "Will",
    "Yasmin",
    "Zac",
]
LAST = [
    "Ahmed",
    "Brown",
    "Clarke",
    "Davies",
    "Evans",
    "Fletcher",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morris",
    "Nowak",
    "Owen",
    "Patel",
    "Roberts",
    "Shah",
    "Taylor",
    "Walsh",
]

# username, first, last, role, school key, days since start, groups, employment type
LOGINS = [
    (
        "newstarter",
        "Nadia",
        "Okafor",
        "Teaching assistant (level 2)",
        "primary",
        7,
        [p.STAFF],
        "employee",
    ),
    (
        "mentor",
        "Martin",
        "Hale",
        "Teaching assistant mentor",
        "primary",
        2900,
        [p.STAFF, p.MENTOR],
        "employee",
    ),
    (
        "hlta",
        "Hannah",
        "Lowe",
        "Higher level teaching assistant",
        "primary",
        2200,
        [p.STAFF, p.HLTA],
        "employee",
    ),
    (
        "editor",
        "Erin",
        "Doyle",
        "Designated safeguarding lead",
        "primary",
        3300,
        [p.STAFF, p.EDITOR],
        "employee",
    ),
    (
        "head",
        "Helen",
        "Ashworth",
        "Headteacher",
        "primary",
        4100,
        [p.STAFF, p.APPROVER, p.EDITOR],
        "employee",
    ),
    (
        "hr",
        "Rachel",
        "Hussain",
        "School business manager",
        "primary",
        1800,
        [p.STAFF, p.HR],
        "employee",
    ),
    (
        "trusthr",
        "Tom",
        "Reid",
        "School business manager",
        "secondary",
        2500,
        [p.STAFF, p.TRUST_HR],
        "employee",
    ),
]

OTHER_STAFF_ROLES = [
    "Teaching assistant (level 1)",
    "Teaching assistant (level 2)",
    "Teaching assistant (level 3)",
    "One-to-one tutor",
    "Learning support assistant",
    "Learning progress assistant",
    "Alternative provision tutor",
    "Class teacher",
    "SENDCo",
    "Governor",
]


def _today():
    return timezone.localdate()


def load_people(stdout):
    today = _today()
    trust, _ = Trust.objects.get_or_create(name="Riverside Learning Trust")
    schools = {
        "primary": School.objects.get_or_create(
            urn="149001",
            defaults={
                "trust": trust,
                "name": "Riverside Primary School",
                "phase": "primary",
                "school_type": "academy",
                "has_early_years": True,
            },
        )[0],
        "secondary": School.objects.get_or_create(
            urn="149002",
            defaults={
                "trust": trust,
                "name": "Bridge Street Academy",
                "phase": "secondary",
                "school_type": "academy",
                "has_early_years": False,
            },
        )[0],
    }
    roles = {}
    for name, category, management, teaching in ROLES:
        roles[name], _ = Role.objects.get_or_create(
            name=name,
            defaults={
                "category": category,
                "is_management": management,
                "involves_teaching": teaching,
            },
        )

    groups = ensure_groups()
    User = get_user_model()
    people = {}
    for number, (username, first, last, role, school, days, group_names, kind) in enumerate(
        LOGINS, start=1
    ):
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@riverside.example",
                "is_active": True,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(*[groups[g] for g in group_names])
        people[username] = _person(
            f"D{number:04d}",
            first,
            last,
            schools[school],
            roles[role],
            today - timedelta(days=days),
            kind,
            user=user,
        )

    HRScope.objects.get_or_create(user=people["hr"].user)[0].schools.add(schools["primary"])
    HRScope.objects.update_or_create(user=people["trusthr"].user, defaults={"trust": trust})

    admin, created = User.objects.get_or_create(
        username="admin",
        defaults={"is_superuser": True, "is_staff": True, "email": "admin@riverside.example"},
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()

    # Forty more people across the support roles, in both schools.
    for i in range(40):
        school = schools["primary" if i % 2 == 0 else "secondary"]
        role = OTHER_STAFF_ROLES[i % len(OTHER_STAFF_ROLES)]
        kind = (
            "agency"
            if i % 13 == 5
            else "volunteer"
            if i % 17 == 8
            else ("governor" if role == "Governor" else "employee")
        )
        days = 30 + (i * 97) % 3000
        people[f"staff{i}"] = _person(
            f"D{100 + i:04d}",
            FIRST[i % len(FIRST)],
            LAST[(i * 7) % len(LAST)],
            school,
            roles[role],
            today - timedelta(days=days),
            kind,
        )
    # Line management: the new starter reports to the SENDCo-style lead (the mentor
    # is set on the induction, not here); support staff report to the HLTA.
    _set_manager(people["newstarter"], people["editor"])
    _set_manager(people["hlta"], people["head"])
    for key, person in people.items():
        if key.startswith("staff") and person.school_id == schools["primary"].pk:
            _set_manager(person, people["hlta"])
    # One leaver, kept for the SCR.
    leaver = people["staff3"]
    if leaver.leaving_date is None:
        leaver.leaving_date = today - timedelta(days=40)
        leaver.save(update_fields=["leaving_date"])
    stdout.write(f"people: {StaffMember.objects.count()} staff in {trust}")


def _person(number, first, last, school, role, start, kind, user=None):
    person, created = StaffMember.objects.get_or_create(
        trust=school.trust,
        staff_number=number,
        defaults={
            "school": school,
            "first_name": first,
            "last_name": last,
            "start_date": start,
            "employment_type": kind,
            "user": user,
            "email": f"{first}.{last}@{school.urn}.example".lower(),
        },
    )
    if created:
        RoleAssignment.objects.create(staff_member=person, role=role, start_date=start)
    return person


def _set_manager(person, manager):
    if person.line_manager_id is None:
        person.line_manager = manager
        person.save(update_fields=["line_manager"])


def _tree_root():
    """Wagtail's root page and default locale, as its migrations make them.

    Only needed after a database flush (transactional tests), which removes rows
    that migrations created.
    """
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.add_root(instance=Page(title="Root", slug="root"))


def load_home_page(stdout):
    """Make HomePage the site root, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _tree_root()
        home = root.add_child(
            instance=HomePage(
                title="My Staffroom",
                slug="staffroom",
                welcome="<p>Welcome to Staffroom: your induction, training and the school "
                "handbook in one place.</p>",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Staffroom"
        )
    elif site.root_page_id != home.pk:
        old = site.root_page
        site.root_page = home
        site.site_name = "Staffroom"
        site.save()
        if old.depth == 2 and old.specific_class is Page:
            old.delete()
    stdout.write(f"home page: {home.url_path}")
