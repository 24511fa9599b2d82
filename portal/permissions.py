"""Need-to-know access: who may see which people's records.

Every staff-facing view and admin view asks these functions, on the server, and
answers 404 for a record outside the asker's scope (DESIGN "Security").
"""

from portal.models import School, StaffMember

STAFF = "Staff"
MENTOR = "Mentor"
HLTA = "HLTA"
EDITOR = "Handbook editor"
APPROVER = "Approver"
HR = "HR"
TRUST_HR = "Trust HR"


def in_group(user, name):
    if not user.is_authenticated:
        return False
    # Cached on the user object for the request: group checks happen in loops.
    names = getattr(user, "_staffroom_groups", None)
    if names is None:
        names = set(user.groups.values_list("name", flat=True))
        user._staffroom_groups = names
    return name in names


def staff_member_for(user):
    """The StaffMember record a log-in belongs to, or None."""
    if not user.is_authenticated:
        return None
    try:
        return user.staff_member
    except StaffMember.DoesNotExist:
        return None


def is_hr(user):
    return user.is_authenticated and (
        user.is_superuser or in_group(user, HR) or in_group(user, TRUST_HR)
    )


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
    if not (in_group(user, HR) or in_group(user, TRUST_HR)):
        return School.objects.none()
    scope = getattr(user, "hr_scope", None)
    if scope is None:
        return School.objects.none()
    if scope.trust_id and in_group(user, TRUST_HR):
        return School.objects.filter(trust_id=scope.trust_id)
    return scope.schools.all()


def hr_staff(user):
    """The staff records in this user's HR scope."""
    return StaffMember.objects.filter(school__in=hr_schools(user))


def can_see_hr_record(user, staff_member):
    return hr_schools(user).filter(pk=staff_member.school_id).exists()
