import io

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Site

from people import scope as p
from people.models import School, StaffMember

pytestmark = pytest.mark.django_db

DEMO_LOGINS = ["newstarter", "mentor", "hlta", "editor", "hr", "trusthr", "admin"]


def test_setup_groups_creates_every_group_and_is_idempotent():
    call_command("setup_groups", stdout=io.StringIO())
    call_command("setup_groups", stdout=io.StringIO())
    names = set(Group.objects.values_list("name", flat=True))
    assert {p.STAFF, p.MENTOR, p.HLTA, p.EDITOR, p.APPROVER, p.HR, p.TRUST_HR} <= names
    hr = Group.objects.get(name=p.HR)
    assert hr.permissions.filter(codename="change_staffmember").exists()
    assert hr.permissions.filter(codename="access_admin").exists()
    staff = Group.objects.get(name=p.STAFF)
    assert not staff.permissions.filter(codename="access_admin").exists()


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def test_load_demo_builds_a_trust_of_two_schools_with_forty_staff(demo):
    schools = School.objects.all()
    assert schools.count() == 2
    assert schools.filter(has_early_years=True).count() == 1
    assert StaffMember.objects.count() >= 40
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"


def test_load_demo_twice_changes_nothing(demo):
    def snapshot():
        return (
            list(StaffMember.objects.order_by("pk").values()),
            list(School.objects.order_by("pk").values()),
            Site.objects.get(is_default_site=True).root_page_id,
        )

    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


@pytest.mark.parametrize("username", DEMO_LOGINS)
def test_every_demo_login_works(demo, username, rf):
    request = rf.post("/accounts/login/")
    assert authenticate(request, username=username, password="staffroom-demo") is not None


def test_newstarter_is_a_teaching_assistant_who_started_a_week_ago(demo):
    from django.utils import timezone

    person = StaffMember.objects.get(user__username="newstarter")
    assert (timezone.localdate() - person.start_date).days == 7
    assert "Teaching assistant" in person.roles.get().name


@pytest.mark.django_db
def test_school_hr_may_see_trusts_but_only_trust_hr_may_rename_them(groups):
    from people import scope as p

    hr = groups[p.HR]
    assert not hr.permissions.filter(codename="change_trust").exists()
    assert hr.permissions.filter(codename="view_trust").exists()
    assert groups[p.TRUST_HR].permissions.filter(codename="change_trust").exists()
