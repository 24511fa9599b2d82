from django.conf import settings
from django.conf.urls.static import static
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import serving
from portal.twofactor import two_factor
from portal.views import history as site_history

urlpatterns = [
    # Before Wagtail's own: the site history without other schools' people.
    path("admin/reports/site-history/", include(site_history.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True,
            extra_context={"sso_label": getattr(settings, "SSO_LABEL", "")},
        ),
        name="login",
    ),
    path("accounts/two-factor/", two_factor, name="two_factor"),
    path("", include("people.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("handbook.urls")),
    path("", include("training.urls")),
    path("", include("induction.urls")),
]

# Optional single sign-on with OpenID Connect (portal/sso.py).
if settings.SSO_ENABLED:
    urlpatterns.insert(0, path("oidc/", include("mozilla_django_oidc.urls")))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree last: the root HomePage is the staff home at "/".
# Wagtail's serve view, its site and page found through shared caches (portal/serving.py).
urlpatterns += [
    re_path(r"^((?:[\w\-]+/)*)$", serving.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
