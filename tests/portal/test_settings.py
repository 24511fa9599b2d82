import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _import_settings(module, **env):
    full_env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _import_settings("portal.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_starts_with_secret_key_and_reads_database_url():
    code = (
        "import portal.settings.production as s;"
        "print(s.DATABASES['default']['ENGINE'], s.ALLOWED_HOSTS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "staff.example.org",
            "DATABASE_URL": "postgres://u@db.example.org:5432/staffroom",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout
    assert "staff.example.org" in result.stdout
