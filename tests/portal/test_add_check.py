"""'Add check' from a person's compliance summary opens the form already filled in."""

from django.http import QueryDict

from people.views.add_check import prefill

ADD = "/admin/vetting_checks/new/"


def form_values(response):
    form = response.context["form"]
    return form["staff_member"].value(), form["check_type"].value()


def test_add_check_link_opens_the_form_with_person_and_check_type(client, hr_user_a, person_a):
    client.force_login(hr_user_a)
    summary = client.get(f"/admin/people/{person_a.pk}/compliance/").content.decode()
    link = f"{ADD}?staff_member={person_a.pk}&amp;check_type=dbs"
    assert link in summary
    response = client.get(link.replace("&amp;", "&"))
    assert response.status_code == 200
    assert form_values(response) == (person_a.pk, "dbs")
    assert f'<option value="{person_a.pk}" selected>' in response.content.decode()


def test_someone_outside_the_users_schools_is_not_filled_in(client, hr_user_a, person_b):
    client.force_login(hr_user_a)
    response = client.get(f"{ADD}?staff_member={person_b.pk}&check_type=dbs")
    assert response.status_code == 200
    assert form_values(response) == (None, "dbs")
    assert "Bristow" not in response.content.decode()


def test_prefill_ignores_what_it_cannot_accept(hr_user_a, person_a):
    types = {"dbs", "identity"}

    def initial(query):
        return prefill(hr_user_a, QueryDict(query), types)

    assert initial(f"staff_member={person_a.pk}&check_type=identity") == {
        "staff_member": person_a.pk,
        "check_type": "identity",
    }
    assert initial("staff_member=abc&check_type=<script>") == {}
    assert initial(f"staff_member={person_a.pk + 1000}") == {}
    assert initial("") == {}
