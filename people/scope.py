"""Need-to-know access: which schools, and so which people's records, a user may see.

Every staff-facing view and admin view asks these functions, on the server, and
answers 404 for a record outside the asker's scope. The group names and ``is_hr`` are
the platform's (``portal.groups``); they are imported here so a view needs one module.
"""

from people.models import School, StaffMember
from portal.groups import (
    APPROVER,
    EDITOR,
    HLTA,
    HR,
    MENTOR,
    STAFF,
    TRUST_HR,
    in_group,
    is_hr,
)
from portal.identity import person_for_user as staff_member_for

__all__ = [
    "APPROVER",
    "EDITOR",
    "HLTA",
    "HR",
    "MENTOR",
    "STAFF",
    "TRUST_HR",
    "can_see_hr_record",
    "hr_schools",
    "hr_staff",
    "in_group",
    "is_hr",
    "staff_member_for",
    "trusts_in_scope",
]


def trusts_in_scope(user, queryset):
    """Trusts with a school this HR user looks after (only superusers see the rest)."""
    if user.is_superuser:
        return queryset
    return queryset.filter(schools__in=hr_schools(user)).distinct()


def hr_schools(user):
    """The schools whose people's records (vetting, training) this user may see."""
    if not user.is_authenticated:
        return School.objects.none()
    if user.is_superuser:
        return School.objects.all()
    return School.objects.filter(pk__in=_hr_school_ids(user))


def _hr_school_ids(user):
    """The ids behind ``hr_schools``, worked out once per request: kept on the user
    object, which lives for one request, so a change of scope counts from the next."""
    ids = getattr(user, "_staffroom_hr_school_ids", None)
    if ids is None:
        ids = frozenset()
        scope = None
        if in_group(user, HR) or in_group(user, TRUST_HR):
            scope = getattr(user, "hr_scope", None)
        if scope is not None and scope.trust_id and in_group(user, TRUST_HR):
            ids = frozenset(
                School.objects.filter(trust_id=scope.trust_id).values_list("pk", flat=True)
            )
        elif scope is not None:
            ids = frozenset(scope.schools.values_list("pk", flat=True))
        user._staffroom_hr_school_ids = ids
    return ids


def hr_staff(user):
    """The staff records in this user's HR scope."""
    return StaffMember.objects.filter(school__in=hr_schools(user))


def can_see_hr_record(user, staff_member):
    if not user.is_authenticated:
        return False
    return user.is_superuser or staff_member.school_id in _hr_school_ids(user)
