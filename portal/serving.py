"""Serving a page with Wagtail's own view, its site and page found through shared caches.

Wagtail finds the site (one query), then walks the tree one level at a time (two
queries a level: the child, then its specific page), then reads view restrictions of the
page and its ancestors (two queries). Here the site and the live page at each address
are kept under the content token (``portal.content_version``), and restrictions are
skipped while no page has one. Wagtail's view still serves the page, so its hooks
(restrictions, privacy) and the page's own ``serve`` (log-in, the reader's state) run on
every request; any address not found here (a routable sub-page, a draft, a 404) goes
through Wagtail's own walk.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from portal import content_version
from portal.queries import only_row


def find_site(request):
    """Wagtail's ``Site.find_for_request``, shared between requests."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        # Cannot be stale: saving or deleting a site or a page changes the token in the key.
        site = content_version.remember(
            ("site", hostname, request.get_port()),
            lambda: Site._find_for_request(request) or False,
        )
        request._wagtail_site = site or None
    return request._wagtail_site


def find_page(request, path):
    """The live page at ``path`` on the request's site, or None (then Wagtail walks)."""
    site = find_site(request)
    if site is None or getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    url_path = site.root_page.url_path + "".join(f"{c}/" for c in path.split("/") if c)
    # Cannot be stale: saving, publishing, unpublishing, moving or deleting any page
    # changes the token in the key. Not personal: the same page for everyone, whose
    # restrictions and log-in Wagtail's view and the page's ``serve`` check per request.
    return (
        content_version.remember(("live-page-at", url_path), lambda: _live_page(url_path)) or None
    )


def _live_page(url_path):
    found = only_row(
        Page.objects.filter(url_path=url_path, live=True).values_list("pk", "content_type_id")
    )
    if found is None:
        return False
    pk, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # a page type whose code has been removed: Wagtail decides
        return False
    related = getattr(model, "serve_select_related", ())
    page = only_row(model._default_manager.select_related(*related).filter(pk=pk, live=True))
    return page or False


def any_view_restrictions():
    """Whether any page has a view restriction (login, password, groups)."""
    # Cannot be stale: saving or deleting a restriction changes the token in the key.
    return content_version.remember(("any-view-restriction",), PageViewRestriction.objects.exists)


@transaction.non_atomic_requests
def serve(request, path):
    """Wagtail's serve view. Reading a page needs no transaction of its own (each query
    sees what is committed either way), so only a page that takes a form post gets one:
    two round trips (BEGIN, COMMIT) saved on every page view."""
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        with transaction.atomic():
            return _serve(request, path)
    return _serve(request, path)


def _serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        page = find_page(request, path)
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
    return wagtail_views.serve(request, path)
