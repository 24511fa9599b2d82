"""The handbook part of ``load_demo``: complete, mixed, and idempotent."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from devdata.demo.people import ROLES
from handbook.acknowledging import statuses_for
from handbook.models import GuidancePage, PolicyAcknowledgement, PolicyPage, RolePage
from people.models import StaffMember

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def snapshot():
    return (
        list(RolePage.objects.order_by("pk").values_list("pk", "title", "role_id")),
        list(PolicyPage.objects.order_by("pk").values_list("pk", "title", "next_review_date")),
        list(GuidancePage.objects.order_by("pk").values_list("pk", "title")),
        list(PolicyAcknowledgement.objects.order_by("pk").values_list("pk", "revision_id")),
    )


def test_demo_has_roles_policies_and_guidance(demo):
    titles = set(RolePage.objects.live().values_list("role__name", flat=True))
    wanted = {name for name, category, *_ in ROLES if category in ("ta", "hlta", "tutor")}
    wanted |= {"Learning support assistant", "Learning progress assistant"}
    assert wanted <= titles
    assert PolicyPage.objects.live().values("category").distinct().count() == 12
    guidance = GuidancePage.objects.live()
    assert guidance.count() >= 6
    assert all(g.tags.exists() and g.author.user.username == "hlta" for g in guidance)


def test_review_dates_are_mixed(demo):
    today = timezone.localdate()
    policies = list(PolicyPage.objects.all())
    assert any(p.review_overdue(today) for p in policies)
    assert any(p.review_due_soon(today) and not p.review_overdue(today) for p in policies)
    assert any(not p.review_due_soon(today) for p in policies)


def test_newstarter_has_acknowledged_some_but_not_all(demo):
    statuses = statuses_for(StaffMember.objects.get(user__username="newstarter"))
    done = [s for s in statuses if s.done]
    assert 0 < len(done) < len(statuses)


def test_running_the_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before
