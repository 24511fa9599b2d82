"""First-aid cover against targets (HSE L74, EYFS), the rota, and the HR admin panel."""

from datetime import date, timedelta

import pytest

from people.scope import staff_member_for
from tests.factories import SchoolFactory, StaffMemberFactory
from tests.training.factories import CourseFactory, RecordFactory, SessionFactory
from training.first_aid import cover_for
from training.models import Course, FirstAidRotaEntry, FirstAidTarget

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 3)
T = Course.FirstAidType


def cert(person, kind, completed_on):
    course, _ = Course.objects.get_or_create(
        title=T(kind).label,
        defaults={
            "category": "first_aid",
            "delivery": "external",
            "validity_months": 36,
            "first_aid_type": kind,
        },
    )
    return RecordFactory(person=person, course=course, completed_on=completed_on)


def lines(cover):
    return {line.kind: (line.target, line.now, line.later) for line in cover.lines}


def test_holders_now_and_in_90_days_against_targets(school_a):
    FirstAidTarget.objects.create(school=school_a, min_faw=2, min_efaw=1)
    a, b = StaffMemberFactory(school=school_a), StaffMemberFactory(school=school_a)
    cert(a, T.FAW, TODAY - timedelta(days=365))  # valid for two more years
    cert(b, T.FAW, TODAY - timedelta(days=3 * 365 - 30))  # expires within 90 days
    (cover,) = cover_for([school_a], TODAY)
    assert lines(cover)[T.FAW] == (2, 2, 1)
    assert lines(cover)[T.EFAW] == (1, 2, 1)  # FAW covers EFAW (HSE L74)
    assert cover.shortfalls == [
        "School A: 1 First Aid at Work holder short in 90 days' time as certificates "
        "expire (target 2, 1 still valid)."
    ]


def test_an_early_years_school_needs_a_full_paediatric_first_aider(school_a):
    nursery = SchoolFactory(trust=school_a.trust, name="Nursery", has_early_years=True)
    person = StaffMemberFactory(school=nursery)
    cert(person, T.PFA_EMERGENCY, TODAY - timedelta(days=10))  # emergency is not enough
    (cover,) = cover_for([nursery], TODAY)
    assert lines(cover)[T.PFA_FULL] == (1, 0, 0)
    assert "Nursery: 1 Paediatric First Aid (full) holder short now" in cover.shortfalls[0]
    cert(person, T.PFA_FULL, TODAY - timedelta(days=10))
    for weekday in range(5):
        FirstAidRotaEntry.objects.create(
            school=nursery, person=person, weekday=weekday, cover_type="pfa_full"
        )
    (cover,) = cover_for([nursery], TODAY)
    assert cover.shortfalls == []


def test_expired_pending_and_leavers_do_not_count(school_a):
    FirstAidTarget.objects.create(school=school_a, min_faw=1)
    expired = StaffMemberFactory(school=school_a)
    cert(expired, T.FAW, TODAY - timedelta(days=4 * 365))
    pending = StaffMemberFactory(school=school_a)
    record = cert(pending, T.FAW, TODAY - timedelta(days=5))
    record.verified_at = None
    record.save()
    leaver = StaffMemberFactory(school=school_a, leaving_date=TODAY - timedelta(days=1))
    cert(leaver, T.FAW, TODAY - timedelta(days=5))
    (cover,) = cover_for([school_a], TODAY)
    assert lines(cover)[T.FAW] == (1, 0, 0)


def test_the_rota_by_day_flags_someone_without_a_valid_certificate(school_a):
    a, b = StaffMemberFactory(school=school_a), StaffMemberFactory(school=school_a)
    cert(a, T.FAW, TODAY - timedelta(days=5))
    FirstAidRotaEntry.objects.create(school=school_a, person=a, weekday=0)
    FirstAidRotaEntry.objects.create(school=school_a, person=b, weekday=0)
    (cover,) = cover_for([school_a], TODAY)
    assert {(e.person, valid) for e, valid in cover.rota["Monday"]} == {(a, True), (b, False)}


def test_shortfalls_show_on_the_hr_admin_home(client, hr_user_a, school_a):
    FirstAidTarget.objects.create(school=school_a, min_faw=1)
    client.force_login(hr_user_a)
    page = client.get("/admin/").content.decode()
    assert "First-aid cover" in page
    assert "1 First Aid at Work holder short now" in page
    report = client.get("/admin/first_aid_cover/").content.decode()
    assert "School A" in report and "short by 1" in report


def test_an_hlta_adds_a_session_they_lead_in_the_admin(client, hlta_user, school_a, school_b):
    from training.models import TrainingSession

    me = staff_member_for(hlta_user)
    course = CourseFactory()
    client.force_login(hlta_user)
    data = {
        "course": course.pk,
        "school": school_a.pk,
        "starts_at": "2030-01-10 15:00",
        "duration_minutes": 60,
        "place": "Hall",
        "led_by": me.pk,
        "capacity": 10,
    }
    assert client.post("/admin/training_sessions/new/", data).status_code == 302
    assert TrainingSession.objects.get().led_by == me
    someone_else = StaffMemberFactory(school=school_a)
    data["led_by"] = someone_else.pk
    assert (
        "Select a valid choice"
        in client.post("/admin/training_sessions/new/", data).content.decode()
    )
    theirs = SessionFactory(school=school_b)
    assert client.get(f"/admin/training_sessions/edit/{theirs.pk}/").status_code == 404
    assert client.get("/admin/training_records/").status_code == 302  # no permission
