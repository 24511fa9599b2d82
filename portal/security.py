"""Security events, logged to the ``staffroom.security`` logger (configured in settings).

- a failed log-in (either log-in page, or anything else that calls ``authenticate``);
- a lockout by django-axes after repeated failures;
- a refusal: any 403, Wagtail's "no permission" redirect in the admin, and a 404 for
  a URL that names a record (a pk in the path), which is how another person's record
  is refused.

The username is logged as typed (truncated, control characters removed); passwords
never are. Ship these lines to the SIEM or log store the trust uses.
"""

import logging
import re

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

log = logging.getLogger("staffroom.security")

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u202a-\u202e]")


def clean(value, limit=80):
    """A value safe to put in a log line: no newlines or control characters (no forged
    log lines), and not too long."""
    return _CONTROL.sub("?", str(value or ""))[:limit]


def client_address(request):
    if request is None:
        return "-"
    return clean(getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR"))


def who(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return "anonymous"
    return clean(user.get_username())


@receiver(user_login_failed, dispatch_uid="staffroom_security_login_failed")
def login_failed(sender, credentials, request=None, **kwargs):
    log.warning(
        "login failed: username=%s address=%s path=%s",
        clean(credentials.get("username")),
        client_address(request),
        clean(getattr(request, "path", "-"), 200),
    )


@receiver(user_locked_out, dispatch_uid="staffroom_security_locked_out")
def locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    log.warning(
        "login locked out: username=%s address=%s",
        clean(username),
        clean(ip_address) if ip_address else client_address(request),
    )


def refused(request, outcome):
    log.warning(
        "access refused (%s): user=%s address=%s path=%s",
        outcome,
        who(request),
        client_address(request),
        clean(request.path, 200),
    )


class SecurityEventMiddleware:
    """Logs refusals of record URLs (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        status = response.status_code
        if status == 302 and _wagtail_denial(request, response):
            refused(request, "no permission")
        elif status == 403:
            refused(request, "403")
        elif status == 404 and _names_a_record(request):
            refused(request, "404")
        return response


def _names_a_record(request):
    match = getattr(request, "resolver_match", None)
    return bool(match and any(k == "pk" or k.endswith(("_pk", "_id")) for k in match.kwargs))


def _wagtail_denial(request, response):
    """Wagtail answers "no permission" in the admin by redirecting to the admin home."""
    return (
        response.status_code == 302
        and request.path.startswith("/admin/")
        and request.path != "/admin/"
        and response.get("Location") == "/admin/"
    )
