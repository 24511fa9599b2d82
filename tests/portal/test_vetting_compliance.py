"""Vetting as a compliance source, the HR summary and dashboard, staff home, audit, demo."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ModelLogEntry

from people.models import StaffMember, VettingCheck
from people.vetting_rules import VettingSource
from portal.compliance import Status, results_for, sources
from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db


def test_vetting_is_a_registered_source():
    assert "vetting" in [s.key for s in sources()]


def test_the_source_answers_for_any_number_of_staff_in_three_queries(school_a, roles):
    for _ in range(3):
        VettingCheckFactory(staff_member=StaffMemberFactory(school=school_a, role=roles["ta"]))
    with CaptureQueriesContext(connection) as few:
        VettingSource().results_for(StaffMember.objects.all())
    for _ in range(20):
        VettingCheckFactory(staff_member=StaffMemberFactory(school=school_a, role=roles["head"]))
    with CaptureQueriesContext(connection) as many:
        results = VettingSource().results_for(StaffMember.objects.all())
    assert len(few) == len(many) == 3
    assert len(results) == 23


def test_results_use_the_shared_vocabulary(person_a):
    VettingCheckFactory(staff_member=person_a, check_type="identity")
    VettingCheckFactory(staff_member=person_a, check_type="dbs", status="pending")
    results = {
        r.requirement.key: r.status
        for r in results_for(StaffMember.objects.all())[person_a.pk]
        if r.requirement.source == "vetting"
    }
    assert results["identity"] == Status.COMPLIANT
    # Already working with no certificate, barred list check or risk assessment: a gap.
    assert results["dbs"] == Status.MISSING
    assert results["right_to_work"] == Status.MISSING


def test_hr_sees_a_persons_compliance_summary(client, hr_user_a, person_a):
    VettingCheckFactory(staff_member=person_a, check_type="identity")
    client.force_login(hr_user_a)
    page = client.get(f"/admin/people/{person_a.pk}/compliance/").content.decode()
    assert "Compliance: Alice Ashby" in page
    assert "Vetting checks" in page and "Missing" in page and "Compliant" in page


def test_hr_of_school_a_gets_404_for_school_b_records(client, hr_user_a, person_b):
    check = VettingCheckFactory(staff_member=person_b, check_type="identity")
    client.force_login(hr_user_a)
    for url in (
        f"/admin/people/{person_b.pk}/compliance/",
        f"/admin/vetting_checks/edit/{check.pk}/",
        f"/admin/vetting_checks/history/{check.pk}/",
        f"/admin/vetting_checks/delete/{check.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    listing = client.get("/admin/vetting_checks/").content.decode()
    assert "Bristow" not in listing


def test_plain_staff_cannot_reach_vetting_pages(client, staff_user, person_a):
    check = VettingCheckFactory(staff_member=person_a, check_type="identity")
    client.force_login(staff_user)
    for url in (
        "/admin/vetting_checks/",
        f"/admin/vetting_checks/edit/{check.pk}/",
        f"/admin/people/{person_a.pk}/compliance/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url


def check_form(person, **extra):
    data = {
        "staff_member": person.pk,
        "check_type": "dbs",
        "status": "complete",
        "completed_on": "2026-09-01",
        "checked_by": "R Hussain",
        "evidence_notes": "",
        "not_required_reason": "",
        "expires_on": "",
        "requested_on": "",
        "certificate_number": "001234567890",
        "issued_on": "2026-08-28",
        "workforce": "child",
        "includes_barred_list": "on",
        "update_service_checked_on": "",
        "previous_service_ended_on": "",
    }
    data.update(extra)
    return data


def test_creating_editing_and_deleting_a_check_is_logged(client, hr_user_a, person_a):
    client.force_login(hr_user_a)
    response = client.post("/admin/vetting_checks/new/", check_form(person_a))
    assert response.status_code == 302, response.content.decode()[:3000]
    check = VettingCheck.objects.get()
    client.post(
        f"/admin/vetting_checks/edit/{check.pk}/", check_form(person_a, checked_by="T Reid")
    )
    client.post(f"/admin/vetting_checks/delete/{check.pk}/")
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(check.pk))
        .order_by("timestamp")
        .values_list("action", "user__username")
    )
    assert actions == [
        ("wagtail.create", "hr_a"),
        ("wagtail.edit", "hr_a"),
        ("wagtail.delete", "hr_a"),
    ]
    assert "Enhanced DBS certificate" in client.get("/admin/reports/site-history/").content.decode()


def test_hr_sees_the_history_of_a_check_in_their_school(client, hr_user_a, person_a):
    check = VettingCheckFactory(staff_member=person_a, check_type="identity")
    client.force_login(hr_user_a)
    assert client.get(f"/admin/vetting_checks/history/{check.pk}/").status_code == 200


def test_the_form_refuses_a_duplicate_number_and_people_outside_scope(
    client, hr_user_a, person_a, person_b, school_a
):
    VettingCheckFactory(staff_member=person_a, check_type="dbs", certificate_number="001234567890")
    other = StaffMemberFactory(school=school_a)
    client.force_login(hr_user_a)
    page = client.post("/admin/vetting_checks/new/", check_form(other)).content.decode()
    assert "already recorded for Alice Ashby" in page
    page = client.post(
        "/admin/vetting_checks/new/", check_form(person_b, certificate_number="009999999999")
    ).content.decode()
    assert "Select a valid choice" in page
    assert not VettingCheck.objects.filter(staff_member=person_b).exists()


def test_a_renamed_file_is_refused_as_a_certificate_copy(client, hr_user_a, person_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hr_user_a)
    fake = SimpleUploadedFile("dbs.pdf", b"<html><script>alert(1)</script></html>")
    page = client.post("/admin/vetting_checks/new/", {**check_form(person_a), "document": fake})
    assert "must be a PDF" in page.content.decode()


def test_the_admin_home_shows_hr_their_schools_gaps(client, hr_user_a, person_a, person_b):
    client.force_login(hr_user_a)
    page = client.get("/admin/").content.decode()
    assert "Compliance at a glance" in page
    assert "School A" in page and "School B" not in page


def test_staff_see_their_own_dbs_status_and_date_not_the_number(client, staff_user):
    from devdata.demo.people import load_home_page
    from tests.portal.conftest import Null

    load_home_page(Null())
    VettingCheckFactory(
        staff_member=staff_user.staff_member,
        check_type="dbs",
        certificate_number="001234567890",
        issued_on="2024-08-15",
    )
    client.force_login(staff_user)
    page = client.get("/").content.decode()
    assert "Your DBS check" in page
    assert "Compliant" in page and "15 August 2024" in page
    assert "001234567890" not in page


def test_demo_vetting_is_idempotent_and_mixed():
    from devdata.demo import people as demo
    from devdata.demo import vetting as demo_vetting
    from tests.portal.conftest import Null

    demo.load_people(Null())
    demo_vetting.load_vetting_checks(Null())
    before = list(VettingCheck.objects.order_by("pk").values())
    demo_vetting.load_vetting_checks(Null())
    assert list(VettingCheck.objects.order_by("pk").values()) == before
    statuses = {
        r.status
        for rs in VettingSource().results_for(StaffMember.objects.all()).values()
        for r in rs
    }
    assert {Status.COMPLIANT, Status.PENDING, Status.MISSING, Status.NOT_REQUIRED} <= statuses
    assert VettingCheck.objects.filter(check_type="agency", status="complete").exists()
    assert VettingCheck.objects.filter(check_type="overseas", status="complete").exists()
    assert StaffMember.objects.filter(vetting_checks__isnull=True).count() == 0
    assert io  # keep the import for call_command users


def test_an_adult_workforce_dbs_reads_not_compliant_for_hr_and_for_the_person(
    client, hr_user_a, staff_user
):
    from devdata.demo.people import load_home_page
    from tests.portal.conftest import Null

    load_home_page(Null())
    person = staff_user.staff_member
    VettingCheckFactory(
        staff_member=person, check_type="dbs", workforce="adult", issued_on="2024-08-15"
    )
    client.force_login(staff_user)
    page = client.get("/").content.decode()
    assert "Not compliant" in page and "please speak to HR" in page
    assert "adult workforce" not in page  # status only: the reason stays with HR
    client.force_login(hr_user_a)  # HR of school A, where the person works
    summary = client.get(f"/admin/people/{person.pk}/compliance/").content.decode()
    assert "adult workforce: a child-workforce check is needed" in summary
