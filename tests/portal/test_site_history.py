"""The site history report does not show HR other schools' people (portal/views/history.py)."""

import pytest
from wagtail.log_actions import log

from tests.factories import StaffMemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_hr_of_one_school_does_not_see_changes_to_another_schools_people(
    client, hr_user_a, school_b
):
    theirs = StaffMemberFactory(school=school_b, first_name="Zebedee", last_name="Farside")
    log(instance=theirs, action="wagtail.edit", user=UserFactory(username="hr_b"))
    client.force_login(hr_user_a)
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/results/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Farside" not in response.content.decode()


def test_a_superuser_still_sees_every_change(client, school_b):
    from django.contrib.auth import get_user_model

    theirs = StaffMemberFactory(school=school_b, first_name="Zebedee", last_name="Farside")
    log(instance=theirs, action="wagtail.edit")
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    assert "Farside" in client.get("/admin/reports/site-history/").content.decode()


def test_site_history_still_needs_admin_access(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_first_aid_rota_and_other_scoped_rows_of_another_school_are_not_shown(
    client, hr_user_a, school_b
):
    from training.models import FirstAidRotaEntry

    theirs = StaffMemberFactory(school=school_b, first_name="Rota", last_name="Farside")
    entry = FirstAidRotaEntry.objects.create(school=school_b, person=theirs, weekday=2)
    log(instance=entry, action="wagtail.create", user=UserFactory(username="hr_b"))
    client.force_login(hr_user_a)
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/results/"):
        assert "Farside" not in client.get(url).content.decode()
