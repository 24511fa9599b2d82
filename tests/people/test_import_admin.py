"""The admin upload: preview every column and change, confirm or cancel, file deleted."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from people.importers import previews
from people.models import CheckType, StaffMember, VettingCheck
from portal.documents import private_storage
from tests.importing import school_files as files

pytestmark = pytest.mark.django_db


def upload(client, kind, data, name, **fields):
    return client.post(f"/admin/import/{kind}/", {"file": SimpleUploadedFile(name, data), **fields})


def test_staff_preview_then_confirm_deletes_the_preview(client, hr_user_a, school_a):
    client.force_login(hr_user_a)
    page = upload(client, "staff", files.sims_staff_csv(), "staff.csv", school=school_a.pk,
                  create="on")  # fmt: skip
    text = page.content.decode()
    assert "Nothing has changed yet" in text
    assert "column “Payroll Number” → staff number" in text
    assert not StaffMember.objects.exists()
    token = page.context["token"]
    assert private_storage().exists(f"imports/{token}")
    assert client.post("/admin/import/staff/", {"token": token}).status_code == 302
    assert StaffMember.objects.count() == 4
    assert not private_storage().exists(f"imports/{token}")
    assert client.post("/admin/import/staff/", {"token": token}).status_code == 404


def test_cancel_deletes_the_preview_and_changes_nothing(client, hr_user_a, school_a):
    client.force_login(hr_user_a)
    page = upload(client, "staff", files.sims_staff_csv(), "staff.csv", school=school_a.pk)
    token = page.context["token"]
    client.post("/admin/import/staff/", {"token": token, "cancel": "1"})
    assert not private_storage().exists(f"imports/{token}")
    assert not StaffMember.objects.exists()


def test_a_title_too_long_is_refused_in_the_preview_not_at_confirm(client, hr_user_a, school_a):
    client.force_login(hr_user_a)
    data = b"Staff Number,Title,Forename,Surname,Start Date\n1," + b"X" * 30 + b",A,B,01/09/2024\n"
    page = upload(client, "staff", data, "s.csv", school=school_a.pk)
    text = page.content.decode()
    assert "Nothing will be imported" in text and "Confirm and import" not in text


def test_scr_preview_offers_each_completed_check_and_applies_only_the_ticked(
    client, hr_user_a, school_a
):
    client.force_login(hr_user_a)
    page = upload(client, "scr", files.scr_workbook_xlsx(), "scr.xlsx", school=school_a.pk,
                  create="on")  # fmt: skip
    client.post("/admin/import/scr/", {"token": page.context["token"]})
    identity = VettingCheck.objects.get(
        staff_member__last_name="Adams", check_type=CheckType.IDENTITY
    )
    identity.completed_on = datetime.date(2014, 8, 20)
    identity.save()
    page = upload(client, "scr", files.scr_workbook_xlsx(), "scr.xlsx", school=school_a.pk)
    held = page.context["held_back"]
    assert any(person.last_name == "Adams" for _, person, _, _ in held)
    assert "20/08/2014 → 20/08/2015" in page.content.decode()
    client.post("/admin/import/scr/", {"token": page.context["token"]})  # nothing ticked
    identity.refresh_from_db()
    assert identity.completed_on.year == 2014


def test_stale_previews_are_swept_by_the_daily_purge(settings):
    token = previews.save_preview(b"a,b\n")
    previews.sweep_stale_previews()
    assert private_storage().exists(f"imports/{token}")  # not yet a day old
    later = timezone.now() + datetime.timedelta(days=2)
    assert previews.sweep_stale_previews(now=later) >= 1
    assert not private_storage().exists(f"imports/{token}")
    call_command("purge_expired_documents")


def test_columns_chosen_in_the_admin_are_used_and_saved_for_next_time(client, hr_user_a, school_a):
    from people.models import ImportMapping

    client.force_login(hr_user_a)
    data = b"Ref,Forename,Surname,Begins\n77,Ann,Able,01/09/2024\n"
    page = upload(client, "staff", data, "s.csv", school=school_a.pk)
    assert "ignored column “Ref”" in page.content.decode()
    assert "Nothing will be imported" in page.content.decode()
    token = page.context["token"]
    choices = {"Ref": "staff_number", "Forename": "first_name", "Surname": "last_name",
               "Begins": "start_date"}  # fmt: skip
    page = client.post("/admin/import/staff/", {
        "token": token, "columns": "1", "heading": list(choices), "field": list(choices.values()),
    })  # fmt: skip
    assert "column “Ref” → staff number" in page.content.decode()
    client.post("/admin/import/staff/", {"token": token})
    assert StaffMember.objects.get(staff_number="77").first_name == "Ann"
    assert ImportMapping.objects.filter(school=school_a, source="staff").exists()
    page = upload(client, "staff", data.replace(b"77,Ann", b"78,Bo"), "s.csv", school=school_a.pk)
    assert "Confirm and import" in page.content.decode()  # one click next time


def test_each_unknown_post_is_asked_once_and_remembered(client, hr_user_a, school_a):
    from people.models import Role
    from tests.factories import RoleFactory

    teacher = RoleFactory(name="Teacher", category="teacher")
    client.force_login(hr_user_a)
    page = upload(client, "staff", files.sims_staff_csv(), "staff.csv", school=school_a.pk)
    posts = [post for _, post, _, _ in page.context["posts"]]
    assert posts.count("Class Teacher") == 1 and "Midday Supervisor" in posts
    token = page.context["token"]
    choice = {"Class Teacher": str(teacher.pk), "Midday Supervisor": "create"}
    page = client.post("/admin/import/staff/", {
        "token": token, "roles": "1", "post": list(choice), "role": list(choice.values()),
    })  # fmt: skip
    client.post("/admin/import/staff/", {"token": token})
    obrien = StaffMember.objects.get(staff_number="00123")
    assert list(obrien.roles.values_list("name", flat=True)) == ["Teacher"]
    assert Role.objects.filter(name="Midday Supervisor").exists()
    page = upload(client, "staff", files.sims_staff_csv(), "staff.csv", school=school_a.pk)
    remaining = [post for _, post, _, _ in page.context["posts"]]
    assert "Class Teacher" not in remaining  # remembered
