"""Admin: templates (no steps refused, preview), starting an induction, the report."""

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from induction.models import Induction, InductionTemplate
from people.models import RoleAssignment
from tests.induction.conftest import person

pytestmark = pytest.mark.django_db
TEMPLATES = "/admin/snippets/induction/inductiontemplate/"


def template_data(steps=(), **fields):
    data = {
        "name": "Cover supervisor",
        "applies_to": "all",
        "active": "on",
        "description": "",
        "steps-TOTAL_FORMS": str(len(steps)),
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for n, (kind, title, extra) in enumerate(steps):
        data.update(
            {
                f"steps-{n}-stage": "2",
                f"steps-{n}-kind": kind,
                f"steps-{n}-title": title,
                f"steps-{n}-description": "",
                f"steps-{n}-due_offset_days": "3",
                f"steps-{n}-completer": "",
                f"steps-{n}-ORDER": str(n),
                f"steps-{n}-DELETE": "",
                f"steps-{n}-id": "",
                **{f"steps-{n}-{k}": v for k, v in extra.items()},
            }
        )
    return data


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


def test_a_template_with_no_steps_is_refused(admin_client, groups):
    response = admin_client.post(f"{TEMPLATES}add/", template_data())
    assert response.status_code == 200
    assert not InductionTemplate.objects.filter(name="Cover supervisor").exists()


def test_a_template_with_steps_is_saved(admin_client, groups):
    response = admin_client.post(f"{TEMPLATES}add/", template_data([("task", "Tour", {})]))
    assert response.status_code == 302
    template = InductionTemplate.objects.get(name="Cover supervisor")
    assert template.steps.get().completer == "starter"  # the usual person for a task


def test_a_policy_step_some_people_could_not_acknowledge_is_refused(admin_client, policy, ta_role):
    from tests.factories import RoleFactory

    policy.must_acknowledge = "roles"
    policy.save()
    policy.required_roles.set([RoleFactory(name="Other")])
    data = template_data([("policy", "Read it", {"policy": str(policy.pk)})])
    response = admin_client.post(f"{TEMPLATES}add/", data)
    assert response.status_code == 200
    assert "could acknowledge it" in response.text


def test_the_preview_shows_the_checklist_a_person_in_the_role_would_get(
    admin_client, templates, ta_role
):
    data = template_data(
        [("meeting", "Meet the SENDCo", {})],
        name="TA extra",
        applies_to="roles",
        roles=[str(ta_role.pk)],
    )
    url = f"{TEMPLATES}preview/"
    assert admin_client.post(url, data).json()["is_valid"]
    page = admin_client.get(url, {"mode": ""})
    assert "Meet the SENDCo" in page.text
    assert "ID seen" in page.text  # from the all-staff template
    only = admin_client.get(url, {"mode": "template"})
    assert "ID seen" not in only.text


def test_hr_starts_an_induction_from_the_admin(client, templates, hr_user_a, school_a, mentor):
    staff = person("late", school_a)  # no role yet, so no induction
    client.force_login(hr_user_a)
    page = client.get("/admin/inductions/new/")
    assert page.status_code == 200 and "Start induction" in page.text
    response = client.post(
        "/admin/inductions/new/", {"staff_member": staff.pk, "mentor": mentor.pk}
    )
    assert response.status_code == 302
    induction = Induction.objects.get(staff_member=staff)
    assert induction.mentor == mentor and induction.steps.count() == 3
    assert ModelLogEntry.objects.get(action="induction.start").user == hr_user_a


def test_inductions_of_other_schools_are_not_found_in_the_admin(
    client, induction, school_b, groups
):
    from tests.factories import HRScopeFactory, UserFactory

    other = UserFactory(username="hr_b", groups=["Staff", "HR"])
    HRScopeFactory(user=other, schools=[school_b])
    client.force_login(other)
    assert client.get(f"/admin/inductions/edit/{induction.pk}/").status_code == 404
    assert "Nadia" not in client.get("/admin/inductions/").text


def test_the_progress_report_flags_overdue_and_exports(client, induction, hr_user_a):
    client.force_login(hr_user_a)
    page = client.get("/admin/induction_progress/")
    assert page.status_code == 200
    assert induction.staff_member.full_name in page.text and "Overdue" in page.text
    csv = client.get("/admin/induction_progress/", {"export": "csv"})
    body = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Steps overdue" in body and induction.staff_member.last_name in body
    xlsx = client.get("/admin/induction_progress/", {"export": "xlsx"})
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx["Content-Type"]


def test_the_report_is_for_hr_only(client, induction, mentor):
    client.force_login(mentor.user)
    assert client.get("/admin/induction_progress/").status_code in (302, 403)


def test_hr_edits_a_running_induction_new_due_date_needs_a_reason(client, induction, hr_user_a):
    client.force_login(hr_user_a)
    steps = list(induction.steps.order_by("sort_order"))
    data = {
        "mentor": str(induction.mentor_id),
        "steps-TOTAL_FORMS": str(len(steps)),
        "steps-INITIAL_FORMS": str(len(steps)),
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
    }
    for n, s in enumerate(steps):
        data.update(
            {
                f"steps-{n}-id": str(s.pk),
                f"steps-{n}-stage": str(s.stage),
                f"steps-{n}-kind": s.kind,
                f"steps-{n}-title": s.title,
                f"steps-{n}-description": s.description,
                f"steps-{n}-due_on": s.due_on.isoformat(),
                f"steps-{n}-policy": str(s.policy_id or ""),
                f"steps-{n}-course": str(s.course_id or ""),
                f"steps-{n}-completer": s.completer,
                f"steps-{n}-extension_reason": "",
                f"steps-{n}-ORDER": str(n),
                f"steps-{n}-DELETE": "",
            }
        )
    later = (steps[0].due_on + timezone.timedelta(days=9)).isoformat()
    data["steps-0-due_on"] = later
    url = f"/admin/inductions/edit/{induction.pk}/"
    assert client.post(url, data).status_code == 200  # refused: no reason
    data["steps-0-extension_reason"] = "Documents delayed"
    assert client.post(url, data).status_code == 302
    assert (
        ModelLogEntry.objects.get(action="induction.extend").data["reason"] == "Documents delayed"
    )


def test_role_page_lists_the_induction_steps(templates, ta_role):
    from induction.panels import role_requirements

    class Page:
        role_id = ta_role.pk

    group = role_requirements(Page())
    assert [i.label for i in group.items][:2] == ["ID seen", "Read behaviour"]


def test_no_new_starter_without_role(db, templates, school_a):
    staff = person("x", school_a)
    RoleAssignment.objects.filter(staff_member=staff).delete()
    assert not Induction.objects.filter(staff_member=staff).exists()
