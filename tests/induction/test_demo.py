"""The demo: newstarter part-way, a second mentee almost done; done-when as demo users."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from induction.models import Induction, InductionTemplate, StepState

pytestmark = pytest.mark.django_db


def test_demo_induction_and_the_done_when_checks(client):
    call_command("load_demo", stdout=io.StringIO())
    assert InductionTemplate.objects.count() == 5
    User = get_user_model()
    newstarter = Induction.objects.get(staff_member__user__username="newstarter")
    assert newstarter.mentor.user.username == "mentor"
    states = [s.state() for s in newstarter.steps.all()]
    assert states.count(StepState.OVERDUE) == 1
    assert states.count(StepState.WAITING) == 1
    assert 0 < newstarter.percentage() < 50
    second = Induction.objects.exclude(pk=newstarter.pk).get(mentor=newstarter.mentor)
    assert second.percentage() >= 90

    # As newstarter: the checklist with a percentage; acknowledging a policy moves it.
    client.force_login(User.objects.get(username="newstarter"))
    before = newstarter.percentage()
    page = client.get("/my/induction/")
    assert f"({before}%)" in page.text
    behaviour = newstarter.steps.get(title="Read the behaviour policy").policy
    client.post(
        f"/my/policies/{behaviour.pk}/acknowledge/", {"revision": behaviour.live_revision_id}
    )
    assert f"({newstarter.percentage()}%)" in client.get("/my/induction/").text
    assert newstarter.percentage() > before

    # As mentor: both mentees linked; a meeting can be signed off there.
    client.force_login(User.objects.get(username="mentor"))
    mentees = client.get("/mentees/").text
    links = [f"/mentees/{newstarter.pk}/", f"/mentees/{second.pk}/"]
    assert all(f'href="{link}"' in mentees for link in links)
    waiting = newstarter.steps.get(sign_off_requested_at__isnull=False)
    assert f"/mentees/{newstarter.pk}/steps/{waiting.pk}/" in client.get(links[0]).text

    # As hlta: the same links are not found.
    client.force_login(User.objects.get(username="hlta"))
    assert all(client.get(link).status_code == 404 for link in links)

    # Idempotent: a second load changes nothing here.
    counts = (Induction.objects.count(), newstarter.steps.count(), second.steps.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Induction.objects.count(), newstarter.steps.count(), second.steps.count()) == counts
