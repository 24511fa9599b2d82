from django.conf import settings

from portal.navigation import nav_items
from portal.permissions import staff_member_for


def staffroom(request):
    user = getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    return {
        "nav_items": nav_items(request) if authenticated else [],
        "me": staff_member_for(user) if user is not None else None,
        "show_demo_logins": settings.STAFFROOM["SHOW_DEMO_LOGINS"],
    }
