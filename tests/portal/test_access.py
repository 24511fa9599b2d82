import pytest

from tests.factories import StaffMemberFactory

pytestmark = pytest.mark.django_db


def test_staff_home_sends_an_anonymous_visitor_to_log_in(client, staff_user):
    from devdata.demo.people import load_home_page

    load_home_page(stdout=_Null())
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/")


def test_staff_home_greets_the_logged_in_person(client, staff_user):
    from devdata.demo.people import load_home_page

    load_home_page(stdout=_Null())
    client.force_login(staff_user)
    response = client.get("/")
    assert response.status_code == 200
    assert "Hello, Pat" in response.content.decode()


def test_login_page_renders(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert "Log in to Staffroom" in response.content.decode()


def test_plain_staff_cannot_open_the_admin_or_staff_records(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    response = client.get("/admin/staff/")
    assert response.status_code == 302


def test_hr_sees_the_staff_list_of_their_school_only(client, hr_user_a, school_a, school_b):
    mine = StaffMemberFactory(school=school_a, last_name="Mineperson")
    theirs = StaffMemberFactory(school=school_b, last_name="Theirperson")
    client.force_login(hr_user_a)
    page = client.get("/admin/staff/").content.decode()
    assert "Mineperson" in page
    assert "Theirperson" not in page
    assert client.get(f"/admin/staff/edit/{mine.pk}/").status_code == 200
    # Another school's record is not disclosed: 404, for edit, history and delete.
    assert client.get(f"/admin/staff/edit/{theirs.pk}/").status_code == 404
    assert client.get(f"/admin/staff/history/{theirs.pk}/").status_code == 404
    assert client.get(f"/admin/staff/delete/{theirs.pk}/").status_code == 404


def test_trust_hr_sees_every_school_in_the_trust(client, trust_hr_user, school_a, school_b):
    theirs = StaffMemberFactory(school=school_b, last_name="Otherschool")
    client.force_login(trust_hr_user)
    assert "Otherschool" in client.get("/admin/staff/").content.decode()
    assert client.get(f"/admin/staff/edit/{theirs.pk}/").status_code == 200


def test_editing_a_staff_member_is_in_the_audit_log(client, hr_user_a, school_a):
    from wagtail.models import ModelLogEntry

    person = StaffMemberFactory(school=school_a, first_name="Old")
    client.force_login(hr_user_a)
    data = {
        "title": "",
        "first_name": "New",
        "last_name": person.last_name,
        "preferred_name": "",
        "email": "",
        "user": "",
        "school": school_a.pk,
        "staff_number": person.staff_number,
        "employment_type": "employee",
        "start_date": "2024-09-01",
        "leaving_date": "",
        "line_manager": "",
        "role_assignments-TOTAL_FORMS": "0",
        "role_assignments-INITIAL_FORMS": "0",
        "role_assignments-MIN_NUM_FORMS": "0",
        "role_assignments-MAX_NUM_FORMS": "1000",
    }
    response = client.post(f"/admin/staff/edit/{person.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    person.refresh_from_db()
    assert person.first_name == "New"
    entry = ModelLogEntry.objects.get(object_id=str(person.pk), action="wagtail.edit")
    assert entry.user == hr_user_a


class _Null:
    def write(self, *args):
        pass


def test_trust_hr_grants_hr_access_within_its_own_trust_only(client, trust_hr_user, school_a):
    from people.models import HRScope
    from tests.factories import HRScopeFactory, SchoolFactory, StaffMemberFactory, UserFactory

    far = SchoolFactory(name="Far Away School")  # another trust
    theirs = HRScopeFactory(user=UserFactory(username="far_hr"), schools=[far])
    client.force_login(trust_hr_user)
    assert client.get(f"/admin/hr_access/edit/{theirs.pk}/").status_code == 404
    assert "far_hr" not in client.get("/admin/hr_access/").content.decode()
    form = client.get("/admin/hr_access/new/").content.decode()
    assert "Far Away School" not in form and far.trust.name not in form

    # Only log-ins of people in the trust's schools are offered (people/form_scope.py).
    newcomer = UserFactory(username="newcomer")
    StaffMemberFactory(school=school_a, user=newcomer)
    client.post("/admin/hr_access/new/", {"user": newcomer.pk, "schools": [far.pk]})
    assert not HRScope.objects.filter(user=newcomer).exists()
    stranger = UserFactory(username="stranger")  # no staff record in this trust
    client.post("/admin/hr_access/new/", {"user": stranger.pk, "schools": [school_a.pk]})
    assert not HRScope.objects.filter(user=stranger).exists()
    response = client.post("/admin/hr_access/new/", {"user": newcomer.pk, "schools": [school_a.pk]})
    assert response.status_code == 302
    assert list(HRScope.objects.get(user=newcomer).schools.all()) == [school_a]
