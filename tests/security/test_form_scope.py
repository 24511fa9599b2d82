"""HR of school A, on every scoped admin form, is offered and accepts only school A.

Walks every registered ScopedModelViewSet's add and edit form (a new viewset or a new
relation field is covered without a new test), as HR of school A: no relation field
(ForeignKey, ManyToMany, InlinePanel child) offers an object of school B or of another
trust, and a POST forging one is refused with a form error and saves nothing.
"""

import pytest
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.test import Client
from django.urls import NoReverseMatch, reverse
from wagtail.admin.viewsets import viewsets

from people.form_scope import relation_fields, rule_for
from people.viewsets import ScopedModelViewSet
from tests.security.targets import NAMESPACE_OBJECTS

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def far(world, django_db_blocker):
    """School B's people and records, and a school of another trust, with its person."""
    from django.utils import timezone

    from induction.models import Induction
    from tests.factories import SchoolFactory, StaffMemberFactory, TrustFactory
    from tests.training.factories import SessionFactory

    with django_db_blocker.unblock():
        b = world.people["hr_b"]
        other_trust = TrustFactory(name="Security other trust")
        school_c = SchoolFactory(name="Security School C", trust=other_trust)
        person_c = StaffMemberFactory(school=school_c, first_name="Cy")
        person_b = StaffMemberFactory(school=world.school_b, first_name="Bea")
        induction_b = Induction.objects.create(
            staff_member=person_b, mentor=b, start_date=timezone.localdate()
        )
        session_b = SessionFactory(course=world.course, school=world.school_b, led_by=b)
        return {
            "people.school": [world.school_b, school_c],
            "people.trust": [other_trust],
            "people.staffmember": [b, person_b, person_c],
            "auth.user": [world.users["hr_b"]],
            "training.trainingsession": [session_b],
            "induction.induction": [induction_b],
        }


def scoped_viewsets():
    reverse("wagtailadmin_home")  # loads the URL configuration, which registers them
    found = [vs for vs in viewsets.viewsets if isinstance(vs, ScopedModelViewSet)]
    assert len(found) >= 10  # people, vetting, schools, trusts, training, inductions …
    return found


def hr_a(world):
    client = Client()
    client.force_login(world.users["hr_a"])
    return client


def forms_of(client, world, viewset):
    """(url, form) of the add form and the edit form of school A's object."""
    urls = [viewset.get_url_name("add"), viewset.get_url_name("edit")]
    found = []
    for name in urls:
        try:
            if name.endswith(":add"):
                url = reverse(name)
            else:
                obj = getattr(world, NAMESPACE_OBJECTS[viewset.url_namespace])
                url = reverse(name, args=[obj.pk])
        except NoReverseMatch:
            continue
        response = client.get(url)
        if response.status_code == 200 and response.context and "form" in response.context:
            found.append((url, response.context["form"]))
    return found


def walk(client, world, outsiders):
    """Every relation field of every scoped add/edit form this client can open: the
    names walked, and each one that offers or accepts one of ``outsiders``."""
    walked, problems = set(), []
    for viewset in scoped_viewsets():
        for url, form in forms_of(client, world, viewset):
            for name, field in relation_fields(form):
                walked.add(f"{viewset.url_namespace}.{name}")
                model = field.queryset.model
                rule_for(model)  # a relation with no rule fails here, loudly
                for outsider in outsiders.get(model._meta.label_lower, []):
                    if field.queryset.filter(pk=outsider.pk).exists():
                        problems.append(f"{url} {name} offers {model.__name__} {outsider}")
                    if not field.disabled and accepts(field, outsider):
                        problems.append(f"{url} {name} accepts {model.__name__} {outsider}")
    return walked, problems


def test_every_relation_on_every_scoped_form_offers_and_accepts_only_school_a(world, far):
    walked, problems = walk(hr_a(world), world, far)
    expected = {
        "staff.school",
        "staff.user",
        "staff.line_manager",
        "staff.role_assignments-role",
        "vetting_checks.staff_member",
        "schools.trust",
        "training_records.person",
        "training_sessions.led_by",
        "first_aid_rota.person",
        "inductions.mentor",
        "inductions.steps-policy",
    }
    assert expected <= walked, expected - walked
    assert not problems, "\n".join(problems)


def test_trust_hr_forms_offer_and_accept_nothing_of_another_trust(world, far):
    client = Client()
    client.force_login(world.users["trust_hr"])
    other_trust = far["people.trust"][0]
    theirs = other_trust.pk
    outsiders = {
        "people.school": [s for s in far["people.school"] if s.trust_id == theirs],
        "people.trust": [other_trust],
        "people.staffmember": [
            p for p in far["people.staffmember"] if p.trust_id == other_trust.pk
        ],
    }
    walked, problems = walk(client, world, outsiders)
    assert {"hr_access.schools", "hr_access.user", "trust_branding.logo"} <= walked
    assert not problems, "\n".join(problems)


def test_no_chooser_or_autocomplete_serves_a_scoped_model():
    """Wagtail's snippet choosers and autocomplete would list rows unscoped: none may
    exist for a scoped model (only shared catalogues have them)."""
    from tests.security import urlwalk

    scoped = {vs.model._meta.label_lower.replace(".", "_") for vs in scoped_viewsets()}
    for key, route in urlwalk.walk():
        if "choose" in route or "autocomplete" in route:
            namespace = key.split(":")[0]
            assert not any(namespace.endswith(f"_{label}") for label in scoped), key


def accepts(field, outsider):
    from django.core.exceptions import ValidationError

    value = [outsider.pk] if isinstance(field, ModelMultipleChoiceField) else outsider.pk
    try:
        field.clean(value)
    except ValidationError:
        return False
    return True


def test_a_new_relation_without_a_rule_fails_loudly():
    from django.core.exceptions import ImproperlyConfigured
    from wagtail.models import ModelLogEntry

    with pytest.raises(ImproperlyConfigured, match="No scope rule"):
        rule_for(ModelLogEntry)


def test_every_field_walked_is_a_model_choice_field(world):
    client = hr_a(world)
    viewset = next(vs for vs in scoped_viewsets() if vs.url_namespace == "inductions")
    names = [n for _, form in forms_of(client, world, viewset) for n, _ in relation_fields(form)]
    assert "mentor" in names  # the InlinePanel's steps are walked too
    assert all(
        isinstance(f, ModelChoiceField)
        for _, form in forms_of(client, world, viewset)
        for _, f in relation_fields(form)
    )


# --- The probe's forged POSTs, end to end --------------------------------------------


def staff_post(person, **changes):
    data = {
        "title": person.title or "",
        "first_name": person.first_name,
        "last_name": person.last_name,
        "preferred_name": person.preferred_name or "",
        "email": person.email or "",
        "school": person.school_id,
        "staff_number": person.staff_number,
        "employment_type": person.employment_type,
        "start_date": person.start_date.isoformat() if person.start_date else "",
        "role_assignments-TOTAL_FORMS": "0",
        "role_assignments-INITIAL_FORMS": "0",
        "role_assignments-MIN_NUM_FORMS": "0",
        "role_assignments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("school", ["school_b", "school_c"])
def test_hr_of_school_a_cannot_move_their_person_to_another_school(world, far, school):
    from people.models import StaffMember

    target = world.school_b if school == "school_b" else far["people.school"][1]
    person = world.people["other"]
    url = reverse("staff:edit", args=[person.pk])
    response = hr_a(world).post(url, staff_post(person, school=target.pk))
    assert response.status_code == 200
    assert "school" in response.context["form"].errors
    assert StaffMember.objects.get(pk=person.pk).school_id == world.school_a.pk


def test_hr_of_school_a_cannot_create_a_person_at_school_b(world, far):
    from people.models import StaffMember

    person = world.people["other"]
    data = staff_post(person, school=world.school_b.pk, staff_number="FORGED-1")
    response = hr_a(world).post(reverse("staff:add"), data)
    assert response.status_code == 200
    assert "school" in response.context["form"].errors
    assert not StaffMember.objects.filter(staff_number="FORGED-1").exists()


def test_hr_of_school_a_cannot_choose_school_b_as_line_manager_or_log_in(world, far):
    person = world.people["other"]
    client = hr_a(world)
    url = reverse("staff:edit", args=[person.pk])
    form = client.get(url).context["form"]
    assert not form.fields["line_manager"].queryset.filter(pk=world.people["hr_b"].pk).exists()
    assert not form.fields["user"].queryset.filter(pk=world.users["hr_b"].pk).exists()
    assert form.fields["user"].queryset.filter(pk=world.users["hr_a"].pk).exists()
    response = client.post(url, staff_post(person, line_manager=world.people["hr_b"].pk))
    assert "line_manager" in response.context["form"].errors


def test_school_b_mentor_is_refused_on_an_induction(world, far):
    from induction.models import Induction

    induction = world.induction
    client = hr_a(world)
    url = reverse("inductions:edit", args=[induction.pk])
    form = client.get(url).context["form"]
    assert not form.fields["mentor"].queryset.filter(pk=world.people["hr_b"].pk).exists()
    data = {"mentor": world.people["hr_b"].pk}
    for step_form in [form.formsets["steps"].management_form]:
        data.update({f"steps-{k}": v for k, v in step_form.initial.items()})
    data["steps-TOTAL_FORMS"] = data["steps-INITIAL_FORMS"] = "0"
    response = client.post(url, data)
    assert "mentor" in response.context["form"].errors
    assert Induction.objects.get(pk=induction.pk).mentor_id == world.people["mentor"].pk


def test_start_induction_offers_no_school_b_mentor(world, far):
    form = hr_a(world).get(reverse("inductions:add")).context["form"]
    assert not form.fields["mentor"].queryset.filter(pk=world.people["hr_b"].pk).exists()


@pytest.mark.parametrize("persona", ["hr_a", "trust_hr"])
def test_a_school_cannot_be_moved_to_another_trust(world, far, persona):
    from people.models import School

    school = world.school_a
    client = Client()
    client.force_login(world.users[persona])
    data = {
        "trust": far["people.trust"][0].pk,
        "name": school.name,
        "urn": school.urn,
        "phase": school.phase,
        "school_type": school.school_type,
    }
    client.post(reverse("schools:edit", args=[school.pk]), data)
    assert School.objects.get(pk=school.pk).trust_id == world.trust.pk


@pytest.mark.parametrize("view", ["usage", "history", "inspect", "edit", "delete"])
def test_school_b_side_views_are_404_for_hr_of_school_a(world, far, view):
    person_b = far["people.staffmember"][1]
    session_b = far["training.trainingsession"][0]
    targets = {
        "staff": person_b.pk,
        "schools": world.school_b.pk,
        "training_sessions": session_b.pk,
        "inductions": far["induction.induction"][0].pk,
    }
    client = hr_a(world)
    for namespace, pk in targets.items():
        try:
            url = reverse(f"{namespace}:{view}", args=[pk])
        except NoReverseMatch:
            continue  # e.g. no inspect view for schools
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Bea" not in response.content
