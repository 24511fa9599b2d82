"""Settings shared by every environment.

Every module honours DATABASE_URL (default: an SQLite file beside manage.py) and
ELASTICSEARCH_URL (default: Wagtail's database search backend).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PORTAL_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PORTAL_DIR.parent

INSTALLED_APPS = [
    # Our apps, lowest layer first (docs/architecture.md): the platform, the HR domain,
    # the three content domains, then demo and scale data.
    "portal",
    "people",
    "handbook",
    "training",
    "induction",
    "devdata",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The content token, read once per request (portal/content_version.py).
    "portal.content_version.RequestTokenMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.twofactor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Logs refusals of record URLs to "staffroom.security" (portal/security.py).
    "portal.security.SecurityEventMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Lockout after repeated failures, per account and per address (django-axes).
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, loading a log-in with its person in one query.
    "portal.identity.StaffBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Separate items: failures are counted per account and per address, and either count
# locks. Axes' own reset-on-success clears every attempt from the address too, so anyone's
# good log-in there would wipe another account's count; portal.lockout clears only the
# account that logged in.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False


# Content Security Policy (django-csp 4): no inline script or style on staff pages.
# Wagtail's admin relies on inline scripts and styles, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/documents/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Security events (failed log-ins, lockouts, refusals: portal/security.py) go to the
# "staffroom.security" logger; production sends them on with the rest of stderr.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "security": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "security": {"class": "logging.StreamHandler", "formatter": "security"},
    },
    "loggers": {
        "staffroom.security": {
            "handlers": ["security"],
            "level": os.environ.get("SECURITY_LOG_LEVEL", "INFO"),
            "propagate": True,
        },
    },
}

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.staffroom",
                "people.context_processors.trust_branding",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
# A request that fails leaves nothing half-written.
DATABASES["default"]["ATOMIC_REQUESTS"] = True


def prepared_statements(database):
    """PostgreSQL: parameters bound on the server, and a statement run twice on a
    connection is prepared, so it is parsed and planned once (Django leaves this off, for
    poolers). A staff page repeats the same few queries, and planning cost more than
    running them. DATABASE_PREPARED_STATEMENTS=false turns it off behind a pooler in
    transaction mode that cannot keep prepared statements (PgBouncer before 1.21)."""
    wanted = os.environ.get("DATABASE_PREPARED_STATEMENTS", "true").lower() != "false"
    if wanted and database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=2)
    return database


prepared_statements(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "j F Y"  # "3 March 2026": GOV.UK style, unambiguous in the UK

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "collected-static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
# Private documents (certificates, DBS scans) live outside MEDIA_ROOT and are only
# ever served through a permission-checked view.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Entries whose keys carry the content token or a revision id, so they never change:
    # each process keeps its own, with no round trip (portal/content_version.py).
    "content": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "staffroom-content",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "staffroom@localhost")

# Wagtail
WAGTAIL_SITE_NAME = "Staffroom"
# No Gravatar: our CSP allows images from this site only, and staff email addresses
# should not go to a third party. Wagtail then shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents are served by Wagtail's view, which checks a log-in (portal/document_access.py),
# never straight from MEDIA_URL or a bucket URL. Only PDF opens in the browser; anything
# else downloads as an attachment.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if os.environ.get("ELASTICSEARCH_URL"):
    # Elasticsearch 8/9 or OpenSearch 2/3, chosen by ELASTICSEARCH_BACKEND.
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": os.environ.get(
            "ELASTICSEARCH_BACKEND", "wagtail.search.backends.elasticsearch9"
        ),
        "URLS": [os.environ["ELASTICSEARCH_URL"]],
        "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "staffroom"),
        "TIMEOUT": 10,
    }

# Overrides of the periods and switches in portal/conf.py (each with its source).
STAFFROOM = {}

# Optional single sign-on with OpenID Connect (portal/sso.py): only when
# OIDC_RP_CLIENT_ID is set. Microsoft 365 (Entra ID) or Google Workspace endpoints
# are filled in from OIDC_PROVIDER; any other provider sets its own endpoints.
OIDC_PROVIDERS = {
    "microsoft": {
        "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
        "OIDC_OP_TOKEN_ENDPOINT": "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
        "OIDC_OP_USER_ENDPOINT": "https://graph.microsoft.com/oidc/userinfo",
        "OIDC_OP_JWKS_ENDPOINT": "https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys",
    },
    "google": {
        "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://accounts.google.com/o/oauth2/v2/auth",
        "OIDC_OP_TOKEN_ENDPOINT": "https://oauth2.googleapis.com/token",
        "OIDC_OP_USER_ENDPOINT": "https://openidconnect.googleapis.com/v1/userinfo",
        "OIDC_OP_JWKS_ENDPOINT": "https://www.googleapis.com/oauth2/v3/certs",
    },
}
SSO_ENABLED = bool(os.environ.get("OIDC_RP_CLIENT_ID"))
if SSO_ENABLED:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.insert(1, "portal.sso.StaffroomOIDCBackend")
    _provider = OIDC_PROVIDERS.get(os.environ.get("OIDC_PROVIDER", "microsoft").lower(), {})
    _tenant = os.environ.get("OIDC_TENANT", "organizations")
    for _name in OIDC_PROVIDERS["google"]:
        globals()[_name] = os.environ.get(_name) or _provider.get(_name, "").format(tenant=_tenant)
    OIDC_RP_CLIENT_ID = os.environ["OIDC_RP_CLIENT_ID"]
    OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
    OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_RP_SCOPES = "openid email profile"
    OIDC_CREATE_USER = os.environ.get("OIDC_CREATE_USERS", "false").lower() == "true"
    OIDC_ALLOWED_DOMAINS = [
        d.strip().lower()
        for d in os.environ.get("OIDC_ALLOWED_DOMAINS", "").split(",")
        if d.strip()
    ]
    OIDC_STORE_ID_TOKEN = False
    SSO_LABEL = os.environ.get("SSO_LABEL", "Sign in with your school account")
