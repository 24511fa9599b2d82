"""Induction registrations with Wagtail and with portal's hooks. Definitions live elsewhere."""

from django.urls import reverse
from wagtail import hooks

from people import scope as p
from portal import hooks as h
from portal.identity import current_person
from portal.navigation import NavItem

from .services import LOG_ACTIONS
from .viewsets import InductionViewSetGroup


@hooks.register("register_admin_viewset")
def register_induction_viewsets():
    return InductionViewSetGroup()


@hooks.register("register_log_actions")
def induction_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register(h.COMPLIANCE_SOURCE)
def induction_source():
    from .compliance import InductionSource

    return InductionSource()


@hooks.register(h.REMINDERS)
def induction_reminders(today):
    from .reminders import build

    return build(today)


@hooks.register(h.STAFF_HOME_PANELS)
def next_steps_panel(request, staff_member):
    from .panels import next_steps

    return next_steps(staff_member)


@hooks.register(h.STAFF_NAV_ITEM)
def my_induction_nav(request):
    from .access import induction_links

    if not induction_links(current_person(request))[0]:
        return None
    return NavItem("My induction", reverse("induction:my_induction"), 15)


@hooks.register(h.STAFF_NAV_ITEM)
def mentees_nav(request):
    from .access import induction_links

    if not induction_links(current_person(request))[1]:
        return None
    return NavItem("Mentees", reverse("induction:mentees"), 16)


@hooks.register(h.ROLE_REQUIREMENTS)
def induction_for_role(role_page, request):
    from .panels import role_requirements

    return role_requirements(role_page)


def _perms(model, *actions):
    return [f"induction.{action}_{model}" for action in actions]


ALL = ("add", "change", "delete", "view")


@hooks.register(h.GROUP_PERMISSIONS)
def induction_group_permissions():
    hr = [
        *_perms("inductiontemplate", *ALL),
        *_perms("induction", "add", "change", "view"),
        *_perms("inductionstep", *ALL),
    ]
    return {
        p.HR: hr,
        p.TRUST_HR: hr,
        # Editors keep the templates with the handbook; they see no one's induction.
        p.EDITOR: _perms("inductiontemplate", *ALL),
    }


@hooks.register(h.PERSON_DATA)
def induction_person_data(person):
    from .person_data import person_sections

    return person_sections(person)
