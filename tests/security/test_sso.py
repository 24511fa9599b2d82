"""Optional single sign-on: off by default; when on, a person is matched by email to
one existing, active account, and no account is created unless a setting says so.
No network: the backend's claim checks are called directly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
OIDC = {
    "OIDC_OP_TOKEN_ENDPOINT": "https://login.example/token",
    "OIDC_OP_USER_ENDPOINT": "https://login.example/userinfo",
    "OIDC_OP_JWKS_ENDPOINT": "https://login.example/keys",
    "OIDC_RP_CLIENT_ID": "staffroom",
    "OIDC_RP_CLIENT_SECRET": "not-a-secret",
    "OIDC_RP_SIGN_ALGO": "RS256",
    "OIDC_ALLOWED_DOMAINS": ["school.example.org"],
    "OIDC_CREATE_USER": False,
}


def backend():
    from portal.sso import StaffroomOIDCBackend

    return StaffroomOIDCBackend()


def test_sso_is_off_without_a_client_id(client, db):
    from django.conf import settings

    assert settings.SSO_ENABLED is False
    assert "portal.sso.StaffroomOIDCBackend" not in settings.AUTHENTICATION_BACKENDS
    assert client.get("/oidc/authenticate/").status_code in (302, 404)  # not an SSO route


def test_microsoft_settings_come_from_the_environment(tmp_path):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "OIDC_RP_CLIENT_ID": "client-id",
        "OIDC_PROVIDER": "microsoft",
        "OIDC_TENANT": "contoso-tenant",
        "OIDC_ALLOWED_DOMAINS": "School.example.org",
    }
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "from django.urls import reverse; "
        "print(s.OIDC_OP_AUTHORIZATION_ENDPOINT, s.OIDC_CREATE_USER, s.OIDC_ALLOWED_DOMAINS, "
        "'portal.sso.StaffroomOIDCBackend' in s.AUTHENTICATION_BACKENDS, "
        "reverse('oidc_authentication_callback'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/authorize",
        "False",
        "['school.example.org']",
        "True",
        "/oidc/callback/",
    ]


@override_settings(**OIDC)
@pytest.mark.parametrize(
    ("claims", "ok"),
    [
        ({"email": "pat@school.example.org"}, True),  # Microsoft sends no email_verified
        ({"email": "pat@school.example.org", "email_verified": True}, True),
        ({"email": "pat@school.example.org", "email_verified": False}, False),
        ({"email": "pat@elsewhere.example.com", "email_verified": True}, False),
        ({"email": ""}, False),
        ({"sub": "123"}, False),
        ({"email": "not-an-address"}, False),
    ],
)
def test_claims_must_carry_a_verified_address_in_an_allowed_domain(claims, ok, caplog):
    assert backend().verify_claims(claims) is ok
    if not ok:
        assert any("single sign-on refused" in r.getMessage() for r in caplog.records)


@override_settings(**OIDC)
@pytest.mark.django_db
def test_users_are_matched_by_email_to_active_accounts_only():
    users = get_user_model().objects
    pat = users.create_user("pat", email="Pat@School.example.org")
    users.create_user("gone", email="gone@school.example.org", is_active=False)
    found = backend().filter_users_by_claims({"email": "pat@school.example.org"})
    assert list(found) == [pat]
    assert not backend().filter_users_by_claims({"email": "gone@school.example.org"}).exists()
    assert not backend().filter_users_by_claims({"email": ""}).exists()


@override_settings(**OIDC)
@pytest.mark.django_db
def test_nobody_gets_an_account_silently(monkeypatch):
    b = backend()
    claims = {"email": "new@school.example.org", "email_verified": True}
    monkeypatch.setattr(b, "get_userinfo", lambda *args: claims)
    before = get_user_model().objects.count()
    assert b.get_or_create_user("token", "id-token", {}) is None
    assert get_user_model().objects.count() == before

    with override_settings(OIDC_CREATE_USER=True):
        user = b.get_or_create_user("token", "id-token", {})
    assert user.email == "new@school.example.org"
    assert list(user.groups.values_list("name", flat=True)) == ["Staff"]
    assert not user.is_staff and not user.is_superuser
