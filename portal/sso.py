"""Optional single sign-on with OpenID Connect (mozilla-django-oidc).

Off unless ``OIDC_RP_CLIENT_ID`` is set in the environment (portal/settings/base.py
reads the rest). Schools use Microsoft 365 (Entra ID) or Google Workspace:

    OIDC_PROVIDER=microsoft  OIDC_TENANT=<directory (tenant) id>
    OIDC_PROVIDER=google
    OIDC_RP_CLIENT_ID=…  OIDC_RP_CLIENT_SECRET=…
    OIDC_ALLOWED_DOMAINS=school.example.org,trust.example.org   (recommended)
    OIDC_CREATE_USERS=false   (default: only existing accounts may sign in)

Any other provider: set OIDC_OP_AUTHORIZATION_ENDPOINT, OIDC_OP_TOKEN_ENDPOINT,
OIDC_OP_USER_ENDPOINT and OIDC_OP_JWKS_ENDPOINT yourself. The redirect URI to register
with the provider is https://<host>/oidc/callback/.

A signed-in person is matched by email to exactly one active account; nobody gets an
account silently unless OIDC_CREATE_USERS is true. HR and admins still need their
second factor (portal/twofactor.py) after signing in.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from portal import groups as p

log = logging.getLogger("staffroom.security")


def _email(claims):
    return str(claims.get("email") or "").strip()


class StaffroomOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims):
        """An email address, verified if the provider says, in an allowed domain."""
        email = _email(claims)
        domains = getattr(settings, "OIDC_ALLOWED_DOMAINS", [])
        reason = ""
        if "@" not in email:
            reason = "no email address in the claims"
        elif claims.get("email_verified") is False:
            reason = "the provider has not verified the email address"
        elif domains and email.rsplit("@", 1)[1].lower() not in domains:
            reason = "the email domain is not allowed"
        if reason:
            log.warning("single sign-on refused: %s (%s)", reason, email[:80].replace("\n", "?"))
            return False
        return True

    def filter_users_by_claims(self, claims):
        email = _email(claims)
        if not email:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(email__iexact=email, is_active=True)

    def create_user(self, claims):
        """Only when OIDC_CREATE_USER is on: a plain member of staff, nothing more."""
        user = super().create_user(claims)
        user.first_name = str(claims.get("given_name") or "")[:150]
        user.last_name = str(claims.get("family_name") or "")[:150]
        user.save(update_fields=["first_name", "last_name"])
        user.groups.add(Group.objects.get_or_create(name=p.STAFF)[0])
        log.info("single sign-on created an account for %s", _email(claims)[:80])
        return user
