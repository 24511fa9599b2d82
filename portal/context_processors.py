from django.conf import settings

from portal.branding import branding_for_trust, only_trust_id
from portal.navigation import nav_items
from portal.permissions import staff_member_for


def staffroom(request):
    user = getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    me = staff_member_for(user) if user is not None else None
    # A person sees their own trust's header; before logging in, a single-trust
    # install shows its trust's.
    trust_id = me.school.trust_id if me is not None else only_trust_id()
    return {
        "nav_items": nav_items(request) if authenticated else [],
        "me": me,
        "branding": branding_for_trust(trust_id),
        "show_demo_logins": settings.STAFFROOM["SHOW_DEMO_LOGINS"],
    }
