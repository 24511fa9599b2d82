"""Serving a page with Wagtail's own view, its site and page found through shared caches.

Wagtail finds the site (one query), then walks the tree one level at a time (two
queries a level: the child, then its specific page), then reads view restrictions of the
page and its ancestors (two queries). Here the site and the address's page id are cached
under the content token (``portal.content_version``), the page is fetched in one query,
and restrictions are skipped while no page has one. Wagtail's view still serves the
page, so its hooks (restrictions, privacy) all run; any address not found here (a
routable sub-page, a draft, a 404) goes through Wagtail's own walk.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from portal import content_version

TIMEOUT = 60 * 60 * 24


def find_site(request):
    """Wagtail's ``Site.find_for_request``, shared between requests."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        # Cannot be stale: saving or deleting a site or a page changes the token in the key.
        key = content_version.key("site", hostname, request.get_port())
        site = cache.get(key)
        if site is None:
            site = Site._find_for_request(request) or False
            cache.set(key, site, TIMEOUT)
        request._wagtail_site = site or None
    return request._wagtail_site


def find_page(request, path):
    """The live page at ``path`` on the request's site, or None (then Wagtail walks)."""
    site = find_site(request)
    if site is None or getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    url_path = site.root_page.url_path + "".join(f"{c}/" for c in path.split("/") if c)
    # Cannot be stale: publishing, unpublishing, moving or deleting a page changes the
    # token in the key; only an id is kept, the page itself is read fresh below.
    key = content_version.key("page-at", url_path)
    found = cache.get(key)
    if found is None:
        found = (
            Page.objects.filter(url_path=url_path, live=True)
            .values_list("pk", "content_type_id")
            .first()
        ) or False
        cache.set(key, found, TIMEOUT)
    if not found:
        return None
    pk, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # a page type whose code has been removed: Wagtail decides
        return None
    related = getattr(model, "serve_select_related", ())
    return model._default_manager.select_related(*related).filter(pk=pk, live=True).first()


def any_view_restrictions():
    """Whether any page has a view restriction (login, password, groups)."""
    # Cannot be stale: saving or deleting a restriction changes the token in the key.
    key = content_version.key("any-view-restriction")
    found = cache.get(key)
    if found is None:
        found = PageViewRestriction.objects.exists()
        cache.set(key, found, TIMEOUT)
    return found


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        page = find_page(request, path)
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
    return wagtail_views.serve(request, path)
