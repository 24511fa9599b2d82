"""The demo: records in every state, sessions, a first-aid shortfall; reminders once."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from people.models import School, StaffMember
from portal.compliance import Status
from training.compliance import assess
from training.first_aid import cover_for
from training.models import TrainingRecord, TrainingSession

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def test_the_demo_has_every_state_sessions_and_one_shortfall(demo):
    statuses = {
        item.status for items in assess(StaffMember.objects.current()).values() for item in items
    }
    assert {
        Status.COMPLIANT,
        Status.EXPIRING,
        Status.EXPIRED,
        Status.MISSING,
        Status.PENDING,
    } <= statuses
    mentor = StaffMember.objects.get(user__username="mentor")
    days = sorted(
        (i.expires_on - timezone.localdate()).days
        for i in assess(StaffMember.objects.filter(pk=mentor.pk))[mentor.pk]
        if i.status == Status.EXPIRING
    )
    assert days == [10, 45]
    hlta = StaffMember.objects.get(user__username="hlta")
    sessions = TrainingSession.objects.filter(led_by=hlta)
    assert sessions.filter(attendance_recorded_at__isnull=True).count() == 2
    assert sessions.filter(attendance_recorded_at__isnull=False).count() == 1
    assert TrainingRecord.objects.filter(session__isnull=False).count() >= 2
    shortfalls = [w for c in cover_for(School.objects.all()) for w in c.shortfalls]
    bridge = [w for w in shortfalls if "Bridge Street Academy" in w]
    assert len(bridge) == 1 and "First Aid at Work" in bridge[0]
    # The nursery's rota gives full paediatric cover on Monday, Wednesday and Friday only.
    riverside = [w for w in shortfalls if "Riverside Primary School" in w]
    assert len(riverside) == 2
    assert all("no current full paediatric first aider on the rota" in w for w in riverside)
    assert any("Tuesday" in w for w in riverside) and any("Thursday" in w for w in riverside)


def test_loading_the_demo_twice_changes_nothing(demo):
    before = (TrainingRecord.objects.count(), TrainingSession.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (TrainingRecord.objects.count(), TrainingSession.objects.count()) == before


def test_send_reminders_over_the_demo_sends_then_sends_nothing_the_same_day(demo):
    def run():
        out = io.StringIO()
        call_command("send_reminders", stdout=out)
        return out.getvalue().strip().splitlines()[-1]

    sent, _ = run().split(", ")
    assert int(sent.split()[1]) > 0
    assert run().startswith("sent 0, skipped ")


def test_newstarter_is_compliant_for_the_session_they_attended(client, demo):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="newstarter"))
    page = client.get("/my/training/").content.decode()
    assert "Safeguarding and child protection" in page
    assert "Pending verification" in page  # their self-reported KCSIE certificate
