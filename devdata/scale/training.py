"""Scale data: courses, requirements, ~25 training records a person, sessions.

Imports the training app lazily: ``portal`` never imports it at module level.
"""

from datetime import UTC, datetime, time, timedelta

from portal.dates import add_months

from . import SCALE_MARK, batched_create, fast_insert, raw_delete

# title, category, validity months, first-aid type, SCR column, who: "all",
# "early_years" or role indexes into people.ROLES
TAS = [5, 6, 7]
SUPPORT = [*TAS, 8, 9, 10, 11]
COURSES = [
    ("Safeguarding and child protection", "safeguarding", 12, "", "safeguarding", "all"),
    ("Keeping children safe in education: Part one", "safeguarding", 12, "", "kcsie", "all"),
    ("Data protection and UK GDPR", "data_protection", 24, "", "", "all"),
    ("Health and safety essentials", "health_safety", 36, "", "", "all"),
    ("Prevent duty", "safeguarding", 24, "", "", "all"),
    ("Fire safety and evacuation", "health_safety", 12, "", "", "all"),
    ("Online safety", "safeguarding", 24, "", "", "all"),
    ("Code of conduct induction", "other", None, "", "", "all"),
    ("Positive handling (level 2)", "positive_handling", 24, "", "", SUPPORT),
    ("Emergency First Aid at Work", "first_aid", 36, "efaw", "", [*TAS, 12, 14]),
    ("First Aid at Work", "first_aid", 36, "faw", "", [8, 13]),
    ("SEND awareness", "send", None, "", "", [*SUPPORT, 3]),
    ("Phonics for support staff", "curriculum", None, "", "", [4, *TAS]),
    ("Designated safeguarding lead training", "safeguarding", 24, "", "", [0, 2]),
    ("Safer recruitment", "safeguarding", 60, "", "", [0, 1]),
    ("Intimate and personal care", "health_safety", 36, "", "", [5, 6, 10]),
    ("Manual handling", "health_safety", 36, "", "", [13, 14]),
    ("Administering medicines", "health_safety", 12, "", "", [8, 12]),
    ("Paediatric First Aid (full)", "first_aid", 36, "pfa_full", "", "early_years"),
    ("EYFS framework essentials", "curriculum", None, "", "", "early_years"),
]


def stamp(day):
    return datetime.combine(day, time(12), tzinfo=UTC)


def build(plan, rng):
    from training.models import (
        Course,
        FirstAidTarget,
        SessionBooking,
        TrainingRecord,
        TrainingRequirement,
        TrainingSession,
    )

    today = plan.today
    courses, requirements = [], []
    for title, category, months, first_aid, scr, who in COURSES:
        course = Course.objects.create(
            title=f"{title} {SCALE_MARK}",
            category=category,
            delivery="in_house" if category == "safeguarding" else "external",
            validity_months=months,
            first_aid_type=first_aid,
            scr_column=scr,
        )
        courses.append((course, who))
        if who in ("all", "early_years"):
            requirements.append(TrainingRequirement(course=course, applies_to=who))
        else:
            requirements += [
                TrainingRequirement(course=course, applies_to="role", role=plan.roles[i])
                for i in who
            ]
    TrainingRequirement.objects.bulk_create(requirements)
    records = []
    for m in plan.members:
        early_years = plan.schools_made[m.school].has_early_years
        for course, who in courses:
            if who == "early_years" and not early_years:
                continue
            if who not in ("all", "early_years") and m.role not in who:
                continue
            records += person_records(rng, m, course, today)
    fast_insert(TrainingRecord, records)
    sessions = []
    for s, school in enumerate(plan.schools_made):
        leader = plan.members[s + 2 * plan.schools]  # the school's DSL
        for k in range(2):
            sessions.append(
                TrainingSession(
                    course=courses[0][0],
                    school=school,
                    starts_at=stamp(today + timedelta(days=7 + 14 * k + s % 5)),
                    place="The staff room",
                    led_by_id=leader.pk,
                    capacity=30,
                )
            )
    sessions = batched_create(TrainingSession, sessions)
    bookings = [
        SessionBooking(session=sessions[m.school * 2], person_id=m.pk, seat=seat)
        for seat, m in enumerate(
            [plan.bench_person, *plan.members[plan.schools * 5 :: plan.schools][:10]], 1
        )
        if m.school == plan.bench_person.school
    ]
    SessionBooking.objects.bulk_create(bookings)
    FirstAidTarget.objects.bulk_create(
        [
            FirstAidTarget(school=school, min_faw=1, min_efaw=2, min_pfa_full=int(s % 3 == 0))
            for s, school in enumerate(plan.schools_made)
        ]
    )
    plan.courses = [c for c, _ in courses]
    plan.counts.update(
        courses=len(courses),
        training_requirements=len(requirements),
        training_records=len(records),
        sessions=len(sessions),
    )


def person_records(rng, m, course, today):
    """0-3 records: the latest compliant, expiring soon or expired; older ones before it."""
    end = min(today, m.leaving or today)
    roll = rng.random()
    if roll < 0.06:
        return []  # missing, or due soon for a new starter
    months = course.validity_months
    if months:
        if roll < 0.13:  # expired
            expires = end - timedelta(days=rng.randint(1, 300))
        elif roll < 0.22:  # expiring soon
            expires = end + timedelta(days=rng.randint(0, 60))
        else:
            expires = end + timedelta(days=rng.randint(61, months * 30))
        latest = add_months(expires, -months)
    else:
        latest = end - timedelta(days=rng.randint(0, 900))
    latest = min(max(latest, m.start - timedelta(days=30)), end)
    dates = [latest]
    if months:
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            dates.append(add_months(dates[-1], -months))
    else:
        dates += [dates[-1] - timedelta(days=400)] * (rng.random() < 0.5)
    records = []
    for k, done in enumerate(dates):
        state = rng.random() if k == 0 else 0.0
        record = {
            "person_id": m.pk,
            "course_id": course.pk,
            "completed_on": done,
            "expires_on": add_months(done, months) if months else None,
            "source": "session" if course.delivery == "in_house" else "hr",
            "created_at": stamp(done),
        }
        if state < 0.92:
            record["verified_at"] = stamp(min(done + timedelta(days=3), today))
        elif state < 0.99:
            record["source"] = "self"  # awaiting verification by HR
        else:
            record["rejected_at"] = stamp(min(done + timedelta(days=3), today))
            record["rejection_reason"] = "The certificate was for another person."
        records.append(record)
    return records


def wipe(staff):
    from training.models import (
        Course,
        FirstAidTarget,
        SessionBooking,
        TrainingRecord,
        TrainingSession,
    )

    raw_delete(TrainingRecord.objects.filter(person__in=staff))
    SessionBooking.objects.filter(person__in=staff).delete()
    TrainingSession.objects.filter(led_by__in=staff).delete()
    FirstAidTarget.objects.filter(school__staff__in=staff).delete()
    for course in Course.objects.filter(title__endswith=SCALE_MARK):
        if not course.records.exists() and not course.sessions.exists():
            course.delete()
