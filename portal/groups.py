"""The editor and HR groups, created idempotently by ``manage.py setup_groups``.

Each app adds the model permissions its groups need through the
``register_group_permissions`` hook: a function returning
``{group name: ["app_label.codename", ...]}``.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from wagtail import hooks

from portal import hooks as h
from portal.identity import annotate_person, person_for_user

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
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    person = person_for_user(user)
    if hasattr(person, "in_hr_group") and not hasattr(user, "_staffroom_groups"):
        return person.in_hr_group  # asked with the person: no query of its own
    return in_group(user, HR) or in_group(user, TRUST_HR)


def _in_hr_group():
    # Plain SQL, outer table unaliased (see portal.identity): asked on every staff page (the
    # two-step check, the HR panel), it costs the person's query an index lookup, not a
    # query of its own.
    q = connection.ops.quote_name
    link = get_user_model()._meta.get_field("groups").remote_field.through._meta.db_table
    person = get_user_model()._meta.get_field("staff_member").related_model._meta.db_table
    return RawSQL(  # noqa: S611 - table names from model metadata; group names are parameters
        f"EXISTS (SELECT 1 FROM {q(link)} ug JOIN {q(Group._meta.db_table)} g"  # noqa: S608
        f" ON g.id = ug.group_id WHERE ug.user_id = {q(person)}.user_id AND g.name IN (%s, %s))",
        (HR, TRUST_HR),
        output_field=BooleanField(),
    )


annotate_person("in_hr_group", _in_hr_group)


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
