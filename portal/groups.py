"""The editor and HR groups, created idempotently by ``manage.py setup_groups``.

Each app adds the model permissions its groups need through the
``register_group_permissions`` hook: a function returning
``{group name: ["app_label.codename", ...]}``.
"""

from django.contrib.auth.models import Group, Permission
from wagtail import hooks

from portal import hooks as h

STAFF = "Staff"
MENTOR = "Mentor"
HLTA = "HLTA"
EDITOR = "Handbook editor"
APPROVER = "Approver"
HR = "HR"
TRUST_HR = "Trust HR"

GROUP_NAMES = [STAFF, MENTOR, HLTA, EDITOR, APPROVER, HR, TRUST_HR]

# Groups that use the Wagtail admin at all.
ADMIN_GROUPS = [HLTA, EDITOR, APPROVER, HR, TRUST_HR]


def in_group(user, name):
    if not user.is_authenticated:
        return False
    # Cached on the user object for the request: group checks happen in loops.
    names = getattr(user, "_staffroom_groups", None)
    if names is None:
        names = set(user.groups.values_list("name", flat=True))
        user._staffroom_groups = names
    return name in names


def is_hr(user):
    """HR of a school or a trust (or a superuser): the people who see vetting data."""
    return user.is_authenticated and (
        user.is_superuser or in_group(user, HR) or in_group(user, TRUST_HR)
    )


def admin_group_permissions():
    """Every group that works in the Wagtail admin may open it."""
    return {name: ["wagtailadmin.access_admin"] for name in ADMIN_GROUPS}


def wanted_permissions():
    wanted = {name: set() for name in GROUP_NAMES}
    for fn in hooks.get_hooks(h.GROUP_PERMISSIONS):
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
