"""The journeys that matter, in a real browser against the demo site."""

import io
import re
from datetime import timedelta

from django.utils import timezone
from openpyxl import load_workbook

from people.models import StaffMember


def percentage(page):
    text = page.locator(".app-progress__text").first.inner_text()
    return int(re.search(r"\((\d+)%\)", text).group(1))


def test_new_starter_acknowledges_a_policy_from_their_induction(open_as, demo_site):
    page = open_as("newstarter", 375)
    page.goto(f"{demo_site}/my/induction/")
    before = percentage(page)
    policy_links = [
        link.get_attribute("href")
        for link in page.locator("a.govuk-task-list__link[href*='/handbook/policies/']").all()
    ]
    assert policy_links, "the induction lists no policy to read"
    for href in policy_links:
        page.goto(demo_site + href if href.startswith("/") else href)
        button = page.get_by_role("button", name=re.compile("^Acknowledge"))
        if button.count():
            button.first.click()
            page.wait_for_load_state()
            assert "You acknowledged version" in page.content()
            break
    else:
        raise AssertionError("no policy in the induction was waiting to be acknowledged")
    page.goto(f"{demo_site}/my/induction/")
    assert percentage(page) > before


def test_mentor_signs_off_a_meeting_step(open_as, demo_site):
    page = open_as("mentor", 375)
    page.goto(f"{demo_site}/mentees/")
    page.locator("main a[href^='/mentees/']").first.click()
    page.wait_for_load_state()
    sign_off = page.locator("a[href*='/steps/']").filter(has_text=re.compile("Sign off|sign off"))
    if not sign_off.count():
        sign_off = page.locator("a.govuk-task-list__link[href*='/steps/']")
    sign_off.first.click()
    page.wait_for_load_state()
    page.locator("textarea").first.fill("Met to talk through the behaviour policy; all clear.")
    page.get_by_role("button", name="Sign off").click()
    page.wait_for_load_state()
    assert "signed off" in page.content().lower()


def test_hlta_records_attendance_and_the_attendee_is_compliant(open_as, demo_site):
    from training.models import Course, SessionBooking, TrainingSession

    newstarter = StaffMember.objects.get(user__username="newstarter")
    hlta = StaffMember.objects.get(user__username="hlta")
    session = TrainingSession.objects.create(
        course=Course.objects.get(title="Fire safety"),
        school=newstarter.school,
        starts_at=timezone.now() - timedelta(hours=3),
        place="Hall",
        led_by=hlta,
        capacity=10,
    )
    SessionBooking.objects.create(session=session, person=newstarter, seat=1)

    page = open_as("hlta", 1280)
    page.goto(f"{demo_site}/sessions/{session.pk}/attendance/")
    page.get_by_label(re.compile(newstarter.last_name)).check()
    page.get_by_role("button", name="Save attendance").click()
    page.wait_for_load_state()

    page = open_as("newstarter", 375)
    page.goto(f"{demo_site}/my/training/")
    card = page.locator(".govuk-summary-card").filter(has_text="Fire safety").first
    assert "Compliant" in card.inner_text()


def test_hr_downloads_the_scr_as_xlsx(open_as, demo_site):
    page = open_as("hr", 1280)
    page.goto(f"{demo_site}/admin/scr/")
    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download XLSX").click()
    data = download.value.path().read_bytes()
    sheet = load_workbook(io.BytesIO(data)).active
    headings = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    assert "Identity check date" in headings
    assert sheet.max_row > 10
