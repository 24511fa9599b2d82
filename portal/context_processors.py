from django.utils.functional import SimpleLazyObject

from portal import content_version
from portal.conf import staffroom_setting
from portal.identity import current_person
from portal.navigation import nav_items


def staffroom(request):
    user = getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    return {
        "nav_items": nav_items(request) if authenticated else [],
        "me": current_person(request),
        "show_demo_logins": staffroom_setting("SHOW_DEMO_LOGINS"),
        # In the keys of shared template fragments (policy bodies, breadcrumbs).
        "content_version": SimpleLazyObject(content_version.current),
    }
