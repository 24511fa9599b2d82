"""Concurrency: no silent overwrite of a staff record; a double-submitted
acknowledgement or attendance makes one record (database constraints).

The races run in two threads on PostgreSQL; SQLite serialises writers, so there the
second submission simply follows the first.
"""

import re
import threading

import pytest
from django.db import IntegrityError, connection, transaction

from portal.views.edit_check import FIELD


def staff_form(person, school, **changes):
    data = {
        "title": "",
        "first_name": person.first_name,
        "last_name": person.last_name,
        "preferred_name": "",
        "email": "",
        "user": "",
        "school": school.pk,
        "staff_number": person.staff_number,
        "employment_type": "employee",
        "start_date": "2024-09-01",
        "leaving_date": "",
        "line_manager": "",
        "role_assignments-TOTAL_FORMS": "0",
        "role_assignments-INITIAL_FORMS": "0",
        "role_assignments-MIN_NUM_FORMS": "0",
        "role_assignments-MAX_NUM_FORMS": "1000",
    }
    return {**data, **changes}


def version_in(response):
    match = re.search(rf'name="{FIELD}" value="([0-9a-f]+)"', response.content.decode())
    assert match, "the edit form carries the record's version"
    return match.group(1)


@pytest.mark.django_db
def test_two_hr_users_saving_the_same_record_do_not_overwrite_silently(
    client, hr_user_a, trust_hr_user, school_a
):
    from django.test import Client

    from tests.factories import StaffMemberFactory

    person = StaffMemberFactory(school=school_a, first_name="Original")
    url = f"/admin/staff/edit/{person.pk}/"
    first, second = Client(), Client()
    first.force_login(hr_user_a)
    second.force_login(trust_hr_user)
    seen_by_first = version_in(first.get(url))
    seen_by_second = version_in(second.get(url))

    saved = first.post(
        url, staff_form(person, school_a, first_name="Amira", **{FIELD: seen_by_first})
    )
    assert saved.status_code == 302
    clash = second.post(
        url, staff_form(person, school_a, first_name="Bella", **{FIELD: seen_by_second})
    )
    assert clash.status_code == 200
    page = clash.content.decode()
    assert "was changed by hr_a" in page and "not saved" in page
    person.refresh_from_db()
    assert person.first_name == "Amira"

    # Having read the warning, saving again replaces the other change on purpose.
    again = second.post(
        url, staff_form(person, school_a, first_name="Bella", **{FIELD: version_in(clash)})
    )
    assert again.status_code == 302
    person.refresh_from_db()
    assert person.first_name == "Bella"


def race(fn, times=2):
    """Run ``fn`` twice at once (PostgreSQL) or one after the other (SQLite)."""
    if connection.vendor != "postgresql":
        return [fn() for _ in range(times)]
    barrier = threading.Barrier(times)
    results, errors = [], []

    def run():
        from django.db import connections

        try:
            barrier.wait(timeout=10)
            results.append(fn())
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


@pytest.fixture
def policy_and_person(transactional_db, school_a, staff_user):
    import io

    from devdata.demo.people import load_home_page
    from handbook.models import PolicyCategory
    from handbook.page_tree import setup_handbook
    from tests.handbook.factories import make_policy

    load_home_page(io.StringIO())
    sections = setup_handbook()
    # An earlier transactional test may have flushed the categories a migration seeds.
    category, _ = PolicyCategory.objects.get_or_create(name="Behaviour")
    policy = make_policy(sections["policies"], title="Race policy", category=category)
    return policy, staff_user.staff_member


def test_a_double_submitted_acknowledgement_makes_one_record(policy_and_person):
    from handbook.acknowledging import acknowledge
    from handbook.models import PolicyAcknowledgement

    policy, person = policy_and_person
    revision = str(policy.live_revision_id)
    results = race(lambda: acknowledge(policy, person, revision, person.user))
    assert PolicyAcknowledgement.objects.filter(page=policy, staff_member=person).count() == 1
    assert len({ack.pk for ack, _created in results}) == 1

    ack = PolicyAcknowledgement.objects.get(page=policy, staff_member=person)
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyAcknowledgement.objects.create(
            staff_member=person, page=policy, revision=ack.revision, version_label="x"
        )


def test_a_double_submitted_attendance_makes_one_record(
    transactional_db, school_a, staff_user, hr_user_a
):
    from datetime import timedelta

    from django.utils import timezone

    from tests.training.factories import BookingFactory, SessionFactory
    from training import sessions
    from training.models import TrainingRecord

    person = staff_user.staff_member
    session = SessionFactory(school=school_a, starts_at=timezone.now() - timedelta(hours=2))
    BookingFactory(session=session, person=person, seat=1)

    def mark():
        try:
            return sessions.record_attendance(session, hr_user_a, [person.pk], [])
        except sessions.SessionError as refused:  # the second may be told it is done
            return str(refused)

    race(mark)
    assert TrainingRecord.objects.filter(person=person, session=session).count() == 1
