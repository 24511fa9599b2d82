"""Demo training for ``load_demo``: courses with their usual validity, requirements,
records in every state, sessions led by the demo HLTA, and first-aid cover with one
shortfall. Found by natural keys (course title, person, session place), so running it
again changes nothing.
"""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from people.models import Role, School, StaffMember
from training import rules, sessions
from training.models import (
    Course,
    FirstAidRotaEntry,
    FirstAidTarget,
    SessionBooking,
    TrainingRecord,
    TrainingRequirement,
    TrainingSession,
)

C = Course.Category
D = Course.Delivery
F = Course.FirstAidType

# title, category, delivery, validity in months (None: does not expire), evidence, first aid
COURSES = [
    # KCSIE 2025: safeguarding training at induction, updated at least annually.
    ("Safeguarding and child protection", C.SAFEGUARDING, D.IN_HOUSE, 12, False, ""),
    # people/sources.py "dsl_training": the DSL and deputies retrain at least every two
    # years and refresh their knowledge at least annually.
    ("Designated safeguarding lead", C.SAFEGUARDING, D.EXTERNAL, 24, True, ""),
    ("DSL knowledge and skills update", C.SAFEGUARDING, D.ONLINE, 12, False, ""),
    # KCSIE 2025: staff working directly with children read at least Part one.
    ("KCSIE Part one read", C.SAFEGUARDING, D.ONLINE, 12, False, ""),
    # HSE L74: FAW and EFAW certificates last three years.
    ("First Aid at Work", C.FIRST_AID, D.EXTERNAL, 36, True, F.FAW),
    ("Emergency First Aid at Work", C.FIRST_AID, D.EXTERNAL, 36, True, F.EFAW),
    # EYFS statutory framework: paediatric first aid, renewed every three years.
    ("Paediatric First Aid (full)", C.FIRST_AID, D.EXTERNAL, 36, True, F.PFA_FULL),
    ("Paediatric First Aid (emergency)", C.FIRST_AID, D.EXTERNAL, 36, True, F.PFA_EMERGENCY),
    # Validity set by the provider (e.g. 12, 24 or 36 months by level).
    ("Positive handling", C.POSITIVE_HANDLING, D.IN_HOUSE, 12, False, ""),
    ("Data protection", C.DATA_PROTECTION, D.ONLINE, 24, False, ""),
    ("Prevent duty", C.SAFEGUARDING, D.ONLINE, 24, False, ""),
    ("Manual handling", C.HEALTH_SAFETY, D.ONLINE, 36, False, ""),
    ("Fire safety", C.HEALTH_SAFETY, D.IN_HOUSE, 12, False, ""),
    ("Intimate care", C.SEND, D.IN_HOUSE, None, False, ""),
]

ALL, ROLE, EY = rules.ALL_STAFF, rules.ROLE, rules.EARLY_YEARS
# course, applies to, role, due within days, renewed on expiry
REQUIREMENTS = [
    ("Safeguarding and child protection", ALL, None, 7, True),
    ("Data protection", ALL, None, 30, True),
    ("Prevent duty", ALL, None, 30, True),
    ("Fire safety", ALL, None, 30, True),
    ("Paediatric First Aid (emergency)", EY, None, 90, True),
    ("Designated safeguarding lead", ROLE, "Designated safeguarding lead", 0, True),
    ("Designated safeguarding lead", ROLE, "Deputy designated safeguarding lead", 0, True),
    ("DSL knowledge and skills update", ROLE, "Designated safeguarding lead", 0, True),
    ("DSL knowledge and skills update", ROLE, "Deputy designated safeguarding lead", 0, True),
    ("Positive handling", ROLE, "Teaching assistant (level 3)", 60, True),
    ("Positive handling", ROLE, "One-to-one tutor", 60, True),
    ("Positive handling", ROLE, "Alternative provision tutor", 60, True),
    ("Positive handling", ROLE, "Teaching assistant mentor", 60, True),
    ("Positive handling", ROLE, "Higher level teaching assistant", 60, True),
    ("Intimate care", ROLE, "Teaching assistant (level 1)", 30, False),
    ("Intimate care", ROLE, "Teaching assistant (level 2)", 30, False),
]

DEMO_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _completed_for_expiry(course, expires):
    return rules.add_months(expires, -course.validity_months)


def _record(person, course, completed_on, verifier=None, **extra):
    if TrainingRecord.objects.filter(person=person, course=course).exists():
        return None
    record = TrainingRecord(person=person, course=course, completed_on=completed_on, **extra)
    if verifier is not None:
        record.mark_verified(verifier)
    record.save()
    return record


def load_courses():
    courses = {}
    for title, category, delivery, months, evidence, aid in COURSES:
        courses[title], _ = Course.objects.get_or_create(
            title=title,
            defaults={
                "category": category,
                "delivery": delivery,
                "validity_months": months,
                "evidence_required": evidence,
                "first_aid_type": aid,
                "provider": "In-house" if delivery == D.IN_HOUSE else "",
            },
        )
    for title, applies_to, role, days, renew in REQUIREMENTS:
        TrainingRequirement.objects.get_or_create(
            course=courses[title],
            applies_to=applies_to,
            role=Role.objects.get(name=role) if role else None,
            defaults={"due_within_days": days, "renew_on_expiry": renew},
        )
    # The SCR's good-practice column for safeguarding training reads this course.
    for title, column in (("Safeguarding and child protection", Course.ScrColumn.SAFEGUARDING),):
        Course.objects.filter(title=title, scr_column="").update(scr_column=column)
    return courses


def load_records(courses, people, hr_user):
    today = timezone.localdate()
    c = courses
    # Everyone long in post: safeguarding, KCSIE and fire safety valid; data protection
    # and Prevent done by most, so a few people are "missing".
    for i, person in enumerate(people["others"]):
        for title in ("Safeguarding and child protection", "KCSIE Part one read", "Fire safety"):
            _record(person, c[title], today - timedelta(days=60 + (i * 11) % 250), hr_user)
        if person.school.has_early_years and i % 4:
            pfa = c["Paediatric First Aid (emergency)"]
            _record(person, pfa, today - timedelta(days=300 + i * 9), hr_user)
        if i % 5:
            _record(person, c["Data protection"], today - timedelta(days=100 + i * 7), hr_user)
            _record(person, c["Prevent duty"], today - timedelta(days=200 + i * 5), hr_user)

    mentor, hlta, editor = people["mentor"], people["hlta"], people["editor"]
    # Expiring in 10 and 45 days, and expired.
    _record(
        mentor,
        c["Safeguarding and child protection"],
        _completed_for_expiry(c["Safeguarding and child protection"], today + timedelta(days=10)),
        hr_user,
    )
    _record(
        mentor,
        c["Positive handling"],
        _completed_for_expiry(c["Positive handling"], today + timedelta(days=45)),
        hr_user,
    )
    _record(mentor, c["Fire safety"], today - timedelta(days=400), hr_user)
    _record(mentor, c["KCSIE Part one read"], today - timedelta(days=100), hr_user)
    # The HLTA holds First Aid at Work and full paediatric first aid (the EYFS minimum).
    for title, days in (
        ("First Aid at Work", 300),
        ("Paediatric First Aid (full)", 200),
        ("KCSIE Part one read", 30),
        ("Positive handling", 90),
        ("Fire safety", 120),
        ("Data protection", 120),
        ("Prevent duty", 120),
    ):
        _record(hlta, c[title], today - timedelta(days=days), hr_user)
    _record(editor, c["Designated safeguarding lead"], today - timedelta(days=500), hr_user)
    _record(editor, c["DSL knowledge and skills update"], today - timedelta(days=120), hr_user)
    _record(editor, c["Safeguarding and child protection"], today - timedelta(days=90), hr_user)
    secondary = [p for p in people["others"] if p.school.urn == "149002"]
    if secondary:
        _record(secondary[0], c["First Aid at Work"], today - timedelta(days=400), hr_user)
    # Pending verification: the new starter's self-reported KCSIE certificate.
    newstarter = people["newstarter"]
    if not TrainingRecord.objects.filter(
        person=newstarter, course=c["KCSIE Part one read"]
    ).exists():
        record = TrainingRecord(
            person=newstarter,
            course=c["KCSIE Part one read"],
            completed_on=today - timedelta(days=3),
            source=TrainingRecord.Source.SELF_REPORT,
            recorded_by=newstarter.user,
        )
        record.certificate.save("kcsie.pdf", ContentFile(DEMO_PDF), save=False)
        record.save()


def _at(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def load_sessions(courses, people, hlta_user):
    today = timezone.localdate()
    hlta = people["hlta"]
    primary = hlta.school
    plans = [
        (courses["Positive handling"], "Hall (upcoming refresher)", today + timedelta(days=7), 12),
        (
            courses["Safeguarding and child protection"],
            "Staff room (termly update)",
            today + timedelta(days=14),
            20,
        ),
        (
            courses["Safeguarding and child protection"],
            "Staff room (September update)",
            today - timedelta(days=20),
            20,
        ),
    ]
    made = []
    for course, place, day, capacity in plans:
        session, _ = TrainingSession.objects.get_or_create(
            course=course,
            school=primary,
            led_by=hlta,
            place=place,
            defaults={
                "starts_at": _at(day, 15),
                "capacity": capacity,
                "duration_minutes": 90,
                "description": f"{course}: cascade session led by {hlta.full_name}.",
            },
        )
        made.append(session)
    upcoming, past = made[:2], made[2]
    staff_here = [p for p in people["others"] if p.school_id == primary.pk][:4]
    for session in upcoming:
        for person in staff_here[:3]:
            if not SessionBooking.objects.filter(session=session, person=person).exists():
                sessions.sign_up(session, person)
    if past.attendance_recorded_at is None:
        attendees = [people["newstarter"], *staff_here]
        for seat, person in enumerate(attendees, start=1):
            SessionBooking.objects.get_or_create(
                session=past, person=person, defaults={"seat": seat}
            )
        sessions.record_attendance(past, hlta_user, {p.pk for p in attendees})


def load_first_aid(people):
    primary = School.objects.get(urn="149001")
    secondary = School.objects.get(urn="149002")
    # Bridge Street wants two First Aid at Work holders and has one: the demo shortfall.
    FirstAidTarget.objects.get_or_create(school=primary, defaults={"min_faw": 1})
    FirstAidTarget.objects.get_or_create(school=secondary, defaults={"min_faw": 2})
    for weekday in (0, 2, 4):
        # The primary has a nursery: the HLTA's full paediatric certificate covers
        # Monday, Wednesday and Friday; Tuesday and Thursday show as uncovered.
        FirstAidRotaEntry.objects.get_or_create(
            school=primary, person=people["hlta"], weekday=weekday, cover_type="pfa_full"
        )


def load_training(stdout):
    User = get_user_model()
    people = {
        name: StaffMember.objects.select_related("school", "user").get(user__username=name)
        for name in ("newstarter", "mentor", "hlta", "editor", "hr")
    }
    people["others"] = list(
        StaffMember.objects.filter(user__isnull=True, staff_number__startswith="D01")
        .select_related("school")
        .order_by("staff_number")
    )
    hr_user = User.objects.get(username="hr")
    courses = load_courses()
    load_records(courses, people, hr_user)
    load_sessions(courses, people, people["hlta"].user)
    load_first_aid(people)
    stdout.write(
        f"training: {Course.objects.count()} courses, {TrainingRecord.objects.count()} records, "
        f"{TrainingSession.objects.count()} sessions"
    )
