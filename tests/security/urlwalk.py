"""Walk the URL configuration, fill each pattern's arguments from the test world, and
say what one persona got: OK, LOGIN, DENIED or NOTFOUND."""

from urllib.parse import urlparse

from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver

OK, LOGIN, DENIED, NOTFOUND = "ok", "login", "denied", "404"
LOGIN_PATHS = ("/accounts/login/", "/admin/login/")
ADMIN_HOME = "/admin/"


def walk(patterns=None, prefix="", namespace=None):
    """Yield (key, route) for every pattern; key is the namespaced name, or the route
    for an unnamed pattern."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = namespace
            if pattern.namespace:
                ns = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            if pattern.name:
                key = f"{namespace}:{pattern.name}" if namespace else pattern.name
            else:
                key = route
            yield key, route


def classify(response):
    status = response.status_code
    if status == 404:
        return NOTFOUND
    if status == 403:
        return DENIED
    if status in (301, 302, 303):
        path = urlparse(response["Location"]).path
        if path in LOGIN_PATHS:
            return LOGIN
        if path == ADMIN_HOME and response.wsgi_request.path != ADMIN_HOME:
            # Wagtail's "Sorry, you do not have permission to access this area."
            return DENIED
        return OK
    if status < 300:
        return OK
    return f"HTTP {status}"


def fetch(client, url, method="get", data=None):
    """One request whose writes are rolled back, so every request sees the same world."""
    with transaction.atomic():
        try:
            response = getattr(client, method)(url, data or {})
        except Exception as error:
            return f"error {type(error).__name__}: {error}"[:200]
        finally:
            transaction.set_rollback(True)
    return classify(response)
