"""Production hardening: `check --deploy` clean, secure cookies and HSTS, and security
events (failed log-ins, lockouts, refusals) logged to "staffroom.security"."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production_env(tmp_path, **extra):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "staffroom.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
        **extra,
    }
    return env


def run(args, env):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_hsts_and_two_factor(tmp_path):
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({k: getattr(s, k) for k in ("
        "'DEBUG', 'SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'CSRF_COOKIE_SECURE', "
        "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_SSL_REDIRECT', "
        "'SECURE_CONTENT_TYPE_NOSNIFF', 'X_FRAME_OPTIONS')} | "
        "{'2fa': s.STAFFROOM['REQUIRE_2FA'], 'loggers': list(s.LOGGING['loggers'])}))"
    )
    result = run(["-c", script], production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["DEBUG"] is False
    assert found["SESSION_COOKIE_SECURE"] and found["SESSION_COOKIE_HTTPONLY"]
    assert found["CSRF_COOKIE_SECURE"]
    assert found["SECURE_HSTS_SECONDS"] >= 31_536_000 and found["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert found["SECURE_SSL_REDIRECT"] and found["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert found["X_FRAME_OPTIONS"] == "DENY"
    assert found["2fa"] is True
    assert "staffroom.security" in found["loggers"]


# --- Security events -----------------------------------------------------------------


@pytest.fixture
def lockme(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("lockme", password="right-password-1")


def security_lines(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "staffroom.security"]


def test_a_failed_log_in_is_logged_without_the_password(client, lockme, caplog):
    client.post(
        "/accounts/login/",
        {"username": "lockme\nforged line", "password": "secret-guess"},
        REMOTE_ADDR="10.1.2.3",
    )
    lines = security_lines(caplog)
    assert any("login failed" in line and "lockme?forged line" in line for line in lines)
    assert all("secret-guess" not in line and "\n" not in line for line in lines)


def test_a_lockout_is_logged(client, lockme, caplog):
    for _ in range(10):
        client.post(
            "/admin/login/", {"username": "lockme", "password": "wrong"}, REMOTE_ADDR="10.9.9.9"
        )
    assert any("locked out" in line and "lockme" in line for line in security_lines(caplog))


@pytest.mark.django_db
def test_refusals_are_logged(client, caplog, staff_user, hr_user_a, school_b):
    from people import scope as p
    from tests.factories import HRScopeFactory, StaffMemberFactory, UserFactory
    from tests.training.factories import RecordFactory

    record = RecordFactory(person=staff_user.staff_member)
    hr_b = UserFactory(username="hr_b", groups=[p.STAFF, p.HR])
    HRScopeFactory(user=hr_b, schools=[school_b])
    other = UserFactory(username="colleague", groups=[p.STAFF])
    StaffMemberFactory(school=staff_user.staff_member.school, user=other)

    client.force_login(other)
    assert client.get(f"/my/training/certificates/{record.pk}/").status_code == 404
    client.force_login(hr_b)
    assert client.get(f"/admin/staff/edit/{staff_user.staff_member.pk}/").status_code == 404
    editor = UserFactory(username="an_editor", groups=[p.STAFF, p.EDITOR])
    client.force_login(editor)
    assert client.get("/admin/vetting_checks/").status_code == 302
    lines = security_lines(caplog)
    assert any("(404)" in x and "colleague" in x and "/certificates/" in x for x in lines)
    assert any("(404)" in x and "hr_b" in x and "/admin/staff/edit/" in x for x in lines)
    assert any("no permission" in x and "an_editor" in x for x in lines)
