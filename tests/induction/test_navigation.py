"""What staff pages know of a person's induction without a query per step: the menu's
links ("My induction" for whoever has one, "Mentees" for a mentor or line manager of
someone else's), and a policy step whose policy has been withdrawn."""

import pytest

from induction.models import Induction
from tests.induction.conftest import login, person

pytestmark = pytest.mark.django_db

MINE = 'href="/my/induction/"'
MENTEES = 'href="/mentees/"'


def menu(client, who):
    return login(client, who).get("/my/policies/").text


def test_the_starter_sees_their_induction_and_no_mentees(client, starter):
    page = menu(client, starter)
    assert MINE in page and MENTEES not in page


def test_the_mentor_and_the_line_manager_see_mentees(client, starter, mentor, manager):
    for overseer in (mentor, manager):
        page = menu(client, overseer)
        assert MENTEES in page and MINE not in page


def test_someone_overseeing_nobody_sees_neither_link(client, starter, school_a):
    bystander = person("bystander", school_a)
    page = menu(client, bystander)
    assert MINE not in page and MENTEES not in page


def test_managing_someone_without_an_induction_shows_no_mentees(client, manager, school_a):
    person("settled", school_a, line_manager=manager)
    Induction.objects.filter(staff_member__user__username="settled").delete()
    assert MENTEES not in menu(client, manager)


def test_being_named_mentor_of_ones_own_induction_is_not_a_mentee(client, starter):
    starter.induction.mentor = starter
    starter.induction.save()
    page = menu(client, starter)
    assert MINE in page and MENTEES not in page


def test_an_unpublished_policy_step_shows_as_withdrawn_on_the_checklist_and_the_home(
    client, starter, policy
):
    login(client, starter)
    assert "Policy withdrawn" not in client.get("/").text
    policy.unpublish()
    # The checklist fetches each step's page; the home reads the shared live-policy list.
    assert "Policy withdrawn" in client.get("/my/induction/").text
    assert "Policy withdrawn" in client.get("/").text
