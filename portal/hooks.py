"""Every hook Staffroom defines: its name, what a registrant receives, what it returns.

Apps contribute to shared screens through Wagtail's hook registry
(``wagtail.hooks.register``), always by these constants, never by a bare string::

    from wagtail import hooks
    from portal import hooks as h

    @hooks.register(h.STAFF_HOME_PANELS)
    def my_panel(request, staff_member): ...

``tests/portal/test_hooks.py`` fails if a hook here has no registrant, or if a
registrant returns something other than what its spec says. A hook is listed here
whichever layer calls it, so this module is the one place to read them all.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class HookSpec:
    name: str
    called_by: str  # the module that calls the registrants
    receives: str
    returns: str  # in words; ``shape`` is what the hook test checks
    shape: str  # dotted path of the class of each result (or of each item, if ``many``)
    many: bool = False  # the registrant returns an iterable of ``shape``
    may_be_none: bool = False  # None means "nothing for this person"


STAFF_HOME_PANELS = "register_staff_home_panels"
STAFF_NAV_ITEM = "register_staff_nav_item"
COMPLIANCE_SOURCE = "register_compliance_source"
REMINDERS = "register_reminders"
PERSON_DATA = "register_person_data"
GROUP_PERMISSIONS = "register_group_permissions"
SCR_COLUMNS = "register_scr_columns"
ROLE_REQUIREMENTS = "register_role_requirements"
COMPLIANCE_REPORT_SECTIONS = "register_compliance_report_sections"

HOOKS = [
    HookSpec(
        STAFF_HOME_PANELS,
        "portal.home",
        "(request, staff_member or None)",
        "a panel for the staff home, or None when it is not for this person",
        "portal.home.HomePanel",
        may_be_none=True,
    ),
    HookSpec(
        STAFF_NAV_ITEM,
        "portal.navigation",
        "(request)",
        "a link in the staff navigation, or None when it is not for this person",
        "portal.navigation.NavItem",
        may_be_none=True,
    ),
    HookSpec(
        COMPLIANCE_SOURCE,
        "portal.compliance",
        "()",
        "a source that answers for a whole queryset of staff in a fixed number of queries",
        "portal.compliance.ComplianceSource",
    ),
    HookSpec(
        REMINDERS,
        "portal.reminders",
        "(today)",
        "an iterable of reminders, each with a key so it is never sent twice",
        "portal.reminders.Reminder",
        many=True,
    ),
    HookSpec(
        PERSON_DATA,
        "portal.subject_access",
        "(staff_member)",
        "{section name: [row dicts]} of this app's records of the person",
        "builtins.dict",
    ),
    HookSpec(
        GROUP_PERMISSIONS,
        "portal.groups",
        "()",
        '{group name: ["app_label.codename", ...]} the group needs in this app',
        "builtins.dict",
    ),
    HookSpec(
        SCR_COLUMNS,
        "people.scr.report",
        "()",
        "a list of extra Single Central Record columns",
        "people.scr.report.ScrColumn",
        many=True,
    ),
    HookSpec(
        ROLE_REQUIREMENTS,
        "handbook.requirements",
        "(role_page, request)",
        'a group of "What this role requires" items, or None',
        "handbook.requirements.RequirementGroup",
        may_be_none=True,
    ),
    HookSpec(
        COMPLIANCE_REPORT_SECTIONS,
        "people.views.compliance_report",
        "(schools, today)",
        "sections of the compliance summary report for these schools, each naming people",
        "portal.report_sections.ReportSection",
        many=True,
    ),
]

BY_NAME = {spec.name: spec for spec in HOOKS}
