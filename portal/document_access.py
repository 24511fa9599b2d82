"""Handbook documents (the files attached to policies) are for the school's staff only.

Wagtail serves every document through its own view (WAGTAILDOCS_SERVE_METHOD =
"serve_view" in settings), never from MEDIA_URL, so this check runs on every download:
someone not logged in is sent to log in; a log-in that is not a member of staff (and
not an admin user) is refused. Collection privacy set in the admin still applies on top
(Wagtail's own hook).
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from portal.identity import person_for_user


def may_download(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.is_staff or person_for_user(user) is not None


def staff_only(document, request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
    if not may_download(request.user):
        raise PermissionDenied
    return None
