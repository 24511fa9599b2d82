"""The editor and HR groups, created idempotently by ``manage.py setup_groups``.

Each app adds the model permissions its groups need through the
``register_group_permissions`` hook: a function returning
``{group name: ["app_label.codename", ...]}``.
"""

from django.contrib.auth.models import Group, Permission
from wagtail import hooks

from portal import permissions as p

GROUP_NAMES = [p.STAFF, p.MENTOR, p.HLTA, p.EDITOR, p.APPROVER, p.HR, p.TRUST_HR]

# Groups that use the Wagtail admin at all.
ADMIN_GROUPS = [p.HLTA, p.EDITOR, p.APPROVER, p.HR, p.TRUST_HR]

_PEOPLE = [
    f"portal.{action}_{model}"
    for model in ("staffmember", "school", "role", "vettingcheck")
    for action in ("add", "change", "delete", "view")
] + ["portal.view_trust"]


def portal_group_permissions():
    return {
        **{name: ["wagtailadmin.access_admin"] for name in ADMIN_GROUPS},
        p.HR: ["wagtailadmin.access_admin", *_PEOPLE],
        p.TRUST_HR: [
            "wagtailadmin.access_admin",
            *_PEOPLE,
            "portal.change_hrscope",
            "portal.view_hrscope",
            "portal.add_hrscope",
            # Their own trust only (portal/viewsets.py scopes both).
            "portal.change_trust",
            "portal.add_trustbranding",
            "portal.change_trustbranding",
            "portal.view_trustbranding",
        ],
        p.EDITOR: ["wagtailadmin.access_admin", "portal.view_role"],
    }


def wanted_permissions():
    wanted = {name: set() for name in GROUP_NAMES}
    for fn in hooks.get_hooks("register_group_permissions"):
        for group, perms in fn().items():
            wanted.setdefault(group, set()).update(perms)
    return wanted


def _permission(label):
    app_label, codename = label.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_groups():
    """Create the groups and give each at least its registered permissions."""
    groups = {}
    for name, perms in wanted_permissions().items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(label) for label in sorted(perms)])
        groups[name] = group
    return groups
