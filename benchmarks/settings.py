"""Settings for the in-process benchmarks: production settings on the benchmark database.

Production as deployed (DEBUG off, no query logging), with three changes that only
matter here: the Django test client's host is allowed, no HTTPS redirect, and static
files through the plain storage so no ``collectstatic`` manifest is needed. The load
test (benchmarks/load.py) runs the real ``portal.settings.production`` under gunicorn.
"""

import os

os.environ.setdefault("SECRET_KEY", "staffroom-benchmarks-only")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("REQUIRE_2FA", "false")

from portal.settings.production import *  # noqa: F403

ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
