import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from people import scope as p
from tests.factories import StaffMemberFactory, UserFactory
from tests.handbook.factories import make_policy

pytestmark = pytest.mark.django_db


def send(on):
    out = io.StringIO()
    call_command("send_reminders", "--date", on.isoformat(), stdout=out)
    return out.getvalue().strip().splitlines()[-1]


def review_mail():
    return [m for m in mail.outbox if "Policy review" in m.subject]


def test_the_owner_is_reminded_before_and_after_the_review_date_once_each(sections, school_a):
    today = timezone.localdate()
    owner = StaffMemberFactory(
        school=school_a, user=UserFactory(username="owner", email="owner@example.org")
    )
    make_policy(
        sections["policies"],
        title="Behaviour policy",
        policy_owner=owner,
        next_review_date=today + timedelta(days=20),
    )

    send(today)
    send(today)
    assert [m.to for m in review_mail()] == [["owner@example.org"]]
    assert "due on" in review_mail()[0].subject

    send(today + timedelta(days=21))
    assert len(review_mail()) == 2
    assert "overdue" in review_mail()[1].subject


def test_when_the_owner_has_left_the_editors_are_reminded(sections, school_a, groups):
    today = timezone.localdate()
    leaver = StaffMemberFactory(
        school=school_a,
        leaving_date=today - timedelta(days=3),
        user=UserFactory(username="gone", email="gone@example.org"),
    )
    UserFactory(username="ed", email="ed@example.org", groups=[p.EDITOR])
    make_policy(
        sections["policies"],
        title="First aid policy",
        policy_owner=leaver,
        next_review_date=today - timedelta(days=1),
    )
    send(today)
    assert [m.to for m in review_mail()] == [["ed@example.org"]]


def test_a_policy_far_from_review_sends_nothing(sections, school_a):
    today = timezone.localdate()
    owner = StaffMemberFactory(
        school=school_a, user=UserFactory(username="owner2", email="o2@example.org")
    )
    make_policy(
        sections["policies"], policy_owner=owner, next_review_date=today + timedelta(days=200)
    )
    send(today)
    assert review_mail() == []
