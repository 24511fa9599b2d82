"""The staff pages: my induction, mentees, signing off; refused from every other side."""

from datetime import timedelta

import pytest
from django.utils import timezone

from handbook.models import PolicyAcknowledgement
from induction.models import InductionStep
from people.models import RoleAssignment
from tests.induction.conftest import login, person, step

pytestmark = pytest.mark.django_db


def test_my_induction_shows_the_checklist_and_acknowledging_moves_the_percentage(
    client, induction, policy
):
    login(client, induction.staff_member)
    page = client.get("/my/induction/")
    assert page.status_code == 200
    assert "0 of 6 steps complete (0%)" in page.text
    assert 'class="app-progress__bar" value="0"' in page.text
    assert "Before the first day" in page.text and "Read and acknowledge" in page.text
    assert policy.url in page.text

    client.post(f"/my/policies/{policy.pk}/acknowledge/", {"revision": policy.live_revision_id})
    assert PolicyAcknowledgement.objects.count() == 1
    page = client.get("/my/induction/")
    assert "1 of 6 steps complete (16%)" in page.text


def test_the_new_starter_ticks_a_task_from_its_page(client, induction):
    login(client, induction.staff_member)
    tour = step(induction, "Tour")
    assert "Mark as done" in client.get(f"/my/induction/steps/{tour.pk}/").text
    response = client.post(f"/my/induction/steps/{tour.pk}/", {"note": "Saw the hall"}, follow=True)
    assert "“Tour” is done." in response.text
    assert step(induction, "Tour").note == "Saw the hall"


def test_ticking_my_own_meeting_is_refused_with_a_message(client, induction):
    login(client, induction.staff_member)
    meeting = step(induction, "Meet mentor")
    response = client.post(f"/my/induction/steps/{meeting.pk}/", {"note": "x"}, follow=True)
    assert "You cannot sign off “Meet mentor” yourself" in response.text
    assert not step(induction, "Meet mentor").is_done


def test_asking_for_sign_off_puts_it_on_the_mentors_list(client, induction, mentor):
    login(client, induction.staff_member)
    meeting = step(induction, "Meet mentor")
    client.post(f"/my/induction/steps/{meeting.pk}/", {"action": "request"})
    login(client, mentor)
    page = client.get("/mentees/")
    assert "Waiting for sign-off (1)" in page.text
    assert f"/mentees/{induction.pk}/steps/{meeting.pk}/" in page.text


def test_someone_elses_step_is_not_found(client, induction, staff_user):
    login(client, staff_user)
    tour = step(induction, "Tour")
    assert client.post(f"/my/induction/steps/{tour.pk}/", {"note": "x"}).status_code == 404


def test_the_mentor_sees_mentees_and_signs_off_a_meeting_once(client, induction, mentor):
    login(client, mentor)
    page = client.get("/mentees/")
    assert f'href="/mentees/{induction.pk}/"' in page.text
    assert "Nadia" in page.text
    detail = client.get(f"/mentees/{induction.pk}/")
    meeting = step(induction, "Meet mentor")
    assert f"/mentees/{induction.pk}/steps/{meeting.pk}/" in detail.text
    url = f"/mentees/{induction.pk}/steps/{meeting.pk}/"
    response = client.post(url, {"note": "A good first chat"}, follow=True)
    assert "You signed off “Meet mentor”" in response.text
    response = client.post(url, {"note": "Twice"}, follow=True)
    assert "already done" in response.text
    assert InductionStep.objects.get(pk=meeting.pk).note == "A good first chat"


def test_a_mentor_cannot_tick_an_hr_check(client, induction, mentor):
    login(client, mentor)
    check = step(induction, "ID seen")
    response = client.post(f"/mentees/{induction.pk}/steps/{check.pk}/", {"note": "x"}, follow=True)
    assert "Only HR can sign off" in response.text
    assert not step(induction, "ID seen").is_done


@pytest.mark.parametrize("who", ["hlta", "plain", "other_hr", "self"])
def test_anyone_else_gets_404_on_the_mentee_pages(client, induction, who, school_b, groups):
    from tests.factories import HRScopeFactory, UserFactory

    if who == "hlta":
        user = person("hlta_x", induction.staff_member.school, ("Staff", "HLTA")).user
    elif who == "plain":
        user = person("plain_x", induction.staff_member.school).user
    elif who == "other_hr":
        user = UserFactory(username="hr_b", groups=["Staff", "HR"])
        HRScopeFactory(user=user, schools=[school_b])
    else:
        user = induction.staff_member.user
    client.force_login(user)
    meeting = step(induction, "Meet mentor")
    for url in (
        f"/mentees/{induction.pk}/",
        f"/mentees/{induction.pk}/steps/{meeting.pk}/",
        f"/mentees/{induction.pk}/review/",
        f"/mentees/{induction.pk}/steps/{meeting.pk}/extend/",
    ):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(f"/mentees/{induction.pk}/steps/{meeting.pk}/", {"note": "x"}).status_code
        == 404
    )
    assert f"/mentees/{induction.pk}/" not in client.get("/mentees/").text


def test_hr_of_the_school_can_open_the_induction(client, induction, hr_user_a):
    client.force_login(hr_user_a)
    assert client.get(f"/mentees/{induction.pk}/").status_code == 200


def test_the_line_manager_extends_a_due_date_and_records_the_review(client, induction, manager):
    login(client, manager)
    tour = step(induction, "Tour")
    new = tour.due_on + timedelta(days=5)
    url = f"/mentees/{induction.pk}/steps/{tour.pk}/extend/"
    assert "Give a reason" in client.post(url, {"due_on": new.isoformat()}).text
    client.post(url, {"due_on": new.isoformat(), "reason": "Training day"})
    assert step(induction, "Tour").due_on == new
    response = client.post(
        f"/mentees/{induction.pk}/review/",
        {
            "reviewed_on": timezone.localdate().isoformat(),
            "outcome": "concerns",
            "comments": "Lates",
        },
        follow=True,
    )
    assert "The review is recorded." in response.text and "Concerns to follow up" in response.text


def _mentees(count, school, role, mentor):
    start = timezone.localdate() - timedelta(days=10)
    for n in range(count):
        staff = person(f"mentee{n}_{count}", school, start_date=start)
        RoleAssignment.objects.create(staff_member=staff, role=role, start_date=start)
        staff.induction.mentor = mentor
        staff.induction.save()


def test_the_mentee_list_query_count_does_not_grow_with_mentees(
    client, templates, school_a, ta_role, mentor, django_assert_max_num_queries
):
    login(client, mentor)
    _mentees(2, school_a, ta_role, mentor)
    client.get("/mentees/")  # warm caches (site, groups)
    with django_assert_max_num_queries(14) as small:
        assert client.get("/mentees/").text.count('href="/mentees/') >= 2
    _mentees(12, school_a, ta_role, mentor)
    with django_assert_max_num_queries(len(small.captured_queries)) as large:
        assert client.get("/mentees/").text.count("app-progress__bar") == 14
    assert len(large.captured_queries) == len(small.captured_queries)


def test_home_panel_and_nav(client, induction, mentor):
    login(client, induction.staff_member)
    home = client.get("/")
    if home.status_code == 200:  # the site root exists once the handbook fixture made it
        assert "Your induction" in home.text
        assert 'href="/my/induction/"' in home.text
    login(client, mentor)
    page = client.get("/mentees/")
    assert 'href="/mentees/"' in page.text and 'href="/my/induction/"' not in page.text


def test_the_home_shows_a_step_done_by_update_at_once(client, induction):
    """Steps are completed with QuerySet.update(), which sends no save signal; the
    home must still show it at once."""
    import io

    from devdata.demo.people import load_home_page
    from induction import services

    load_home_page(io.StringIO())
    login(client, induction.staff_member)
    first = induction.steps.filter(completed_at__isnull=True).order_by("pk").first()
    client.get("/")  # sets the CSRF cookie, so the next visit is kept
    before = client.get("/").text
    services.complete_automatically(first, "From the evidence")
    after = client.get("/").text
    assert before != after
    done = induction.steps.filter(completed_at__isnull=False).count()
    assert f"{done} of {induction.steps.count()} steps complete" in after
