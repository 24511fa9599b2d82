"""Hooks are an interface: every hook in portal.hooks has a registrant, and every
registrant returns what the hook's spec says."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission
from django.test import RequestFactory
from django.utils.module_loading import import_string
from wagtail import hooks

from portal.hooks import BY_NAME, HOOKS
from tests.factories import RoleFactory, SchoolFactory, StaffMemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def arguments(groups):
    school = SchoolFactory()
    user = UserFactory(groups=["Staff"])
    person = StaffMemberFactory(school=school, user=user)
    role = RoleFactory()
    request = RequestFactory().get("/")
    request.user = user
    role_page = SimpleNamespace(role_id=role.pk, role=role)
    return {
        "register_staff_home_panels": (request, person),
        "register_staff_nav_item": (request,),
        "register_compliance_source": (),
        "register_reminders": (datetime.date.today(),),
        "register_person_data": (person,),
        "register_group_permissions": (),
        "register_scr_columns": (),
        "register_role_requirements": (role_page, request),
        "register_compliance_report_sections": (
            SchoolFactory._meta.model.objects.filter(pk=school.pk),
            datetime.date.today(),
        ),
    }


def _shape(dotted):
    return {"builtins.dict": dict}.get(dotted) or import_string(dotted)


def test_every_hook_is_listed_with_its_arguments(arguments):
    assert set(arguments) == set(BY_NAME)


@pytest.mark.parametrize("spec", HOOKS, ids=lambda spec: spec.name)
def test_every_hook_has_registrants_that_return_its_shape(spec, arguments):
    registrants = hooks.get_hooks(spec.name)
    assert registrants, f"nothing registers {spec.name}"
    shape = _shape(spec.shape)
    for registrant in registrants:
        result = registrant(*arguments[spec.name])
        if result is None:
            assert spec.may_be_none, f"{registrant.__qualname__} returned None"
            continue
        for item in list(result) if spec.many else [result]:
            assert isinstance(item, shape), f"{registrant.__qualname__} returned {item!r}"


def test_group_permissions_name_real_permissions(groups):
    for registrant in hooks.get_hooks("register_group_permissions"):
        for group, labels in registrant().items():
            for label in labels:
                app_label, codename = label.split(".", 1)
                assert Permission.objects.filter(
                    content_type__app_label=app_label, codename=codename
                ).exists(), f"{registrant.__qualname__} gives {group} unknown {label}"


def test_person_data_sections_are_lists_of_rows(arguments):
    (person,) = arguments["register_person_data"]
    for registrant in hooks.get_hooks("register_person_data"):
        for name, rows in registrant(person).items():
            assert isinstance(name, str) and isinstance(rows, list)
            assert all(isinstance(row, dict) for row in rows)


def _apps_holding_personal_data():
    """Our apps with a model that is, or points at, a member of staff."""
    from django.apps import apps

    from people.models import StaffMember

    found = set()
    for model in apps.get_models():
        pointing = any(
            getattr(field, "related_model", None) is StaffMember
            for field in model._meta.get_fields()
            if field.is_relation and field.concrete
        )
        if model is StaffMember or pointing:
            found.add(model._meta.app_label)
    return found


def test_every_app_holding_personal_data_contributes_to_subject_access():
    contributing = {
        registrant.__module__.split(".")[0]
        for registrant in hooks.get_hooks("register_person_data")
    }
    holding = _apps_holding_personal_data()
    assert {"people", "handbook", "training", "induction"} <= holding
    assert holding <= contributing, f"no subject access data from {holding - contributing}"
