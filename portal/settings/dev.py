from .base import *  # noqa: F403
from .base import STAFFROOM

DEBUG = True
SECRET_KEY = "django-insecure-staffroom-development-only"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
STAFFROOM = {**STAFFROOM, "SHOW_DEMO_LOGINS": True}
