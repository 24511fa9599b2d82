"""Staff training pages do not slow down as records and sessions grow: the same number of
queries with 2 or 12 requirements, records, sessions or sign-ups. "My training" on a first
visit keeps to its budget of 12; the sessions page's bound is the count measured, plus 2."""

from datetime import timedelta

import pytest
from django.utils import timezone

from people.scope import staff_member_for
from tests.factories import StaffMemberFactory
from tests.portal.full_record import first_visit, full_record
from tests.training.factories import BookingFactory, RecordFactory, SessionFactory

pytestmark = pytest.mark.django_db

SIZES = [2, 12]


@pytest.mark.parametrize("size", SIZES)
def test_my_training_does_not_slow_down_with_more_records(
    client, school_a, django_assert_max_num_queries, size
):
    user = full_record(school_a, size)
    me = staff_member_for(user)
    for record in list(me.training_records.all())[::2]:  # a pending self-report too
        RecordFactory(person=me, course=record.course, pending=True)
    client.force_login(user)
    page = first_visit(client, "/my/training/", django_assert_max_num_queries, 10)  # measured: 8
    assert f"Course {size - 1}" in page and "Pending verification" in page


@pytest.mark.parametrize("size", SIZES)
def test_the_sessions_page_does_not_slow_down_with_more_sessions_and_sign_ups(
    client, hlta_user, school_a, django_assert_max_num_queries, size
):
    """Half the sessions are led by the viewer (they also appear under "Sessions you
    run"), they are signed up for the others, and each has other people signed up."""
    me = staff_member_for(hlta_user)
    for n in range(size):
        leader = me if n % 2 else StaffMemberFactory(school=school_a)
        session = SessionFactory(
            school=school_a,
            led_by=leader,
            capacity=size + 1,
            course__title=f"Course {n}",
            starts_at=timezone.now() + timedelta(days=n + 1),
        )
        for seat in range(1, size):
            BookingFactory(session=session, person=StaffMemberFactory(school=school_a), seat=seat)
        if leader != me:
            BookingFactory(session=session, person=me, seat=size)
    client.force_login(hlta_user)
    page = first_visit(client, "/sessions/", django_assert_max_num_queries, 9)  # measured: 7
    assert f"Course {size - 1}" in page and "You are signed up." in page
    assert "Sessions you run" in page
