"""One token that changes whenever shared, non-personal content changes.

Shared caches (the site, the address → page map, the live pages themselves, page view
restrictions, rendered policy and guidance bodies, breadcrumbs, trust branding) put this
token in their keys, so publishing, unpublishing, moving or deleting a page, or saving a
site, a restriction, a document, an image, a role or a trust's branding, makes every old
entry unreachable at once. Nothing personal is ever kept under it.

The token is a database row (``portal.models.ContentVersion``), not a cache entry: it
commits with the change that made it, and every process that writes to the database
(another worker, a command run with other settings, a restore) changes what every reader
sees. A request reads it once (``RequestTokenMiddleware``): with the log-in and its
person when someone is logged in (``annotate_person``), else in a query of its own.

Since a key carries the token, an entry under it never changes; so these entries live in
each process's own memory (the ``content`` cache), with no network round trip.
"""

from contextvars import ContextVar
from uuid import uuid4

from django.core.cache import caches
from django.db import connection
from django.db.models import CharField
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save

from portal.identity import annotate_person

CACHE = "content"  # settings.CACHES alias: process-local memory
# The token as read by this request, so every shared lookup costs one read in all.
_request_token: ContextVar[dict | None] = ContextVar("staffroom_content_token", default=None)


def cache():
    """The cache for entries under keys that carry the token or a revision id."""
    return caches[CACHE]


def current():
    """The token now: read once per request (while the middleware runs), else each call."""
    memo = _request_token.get()
    if memo is not None and "token" in memo:
        return memo["token"]
    from portal.models import ContentVersion

    token = next(iter(ContentVersion.objects.filter(pk=1).values_list("token", flat=True)), None)
    if token is None:  # a new database: the first reader makes the row
        ContentVersion.objects.bulk_create(
            [ContentVersion(pk=1, token=uuid4().hex)], ignore_conflicts=True
        )
        token = ContentVersion.objects.get(pk=1).token
    if memo is not None:
        memo["token"] = token
    return token


def bump(*args, **kwargs):
    """Signal receiver: content changed, every shared entry is now out of reach.

    A new random token, never a counter, so no entry made before can match it. It
    commits (or rolls back) with the change; this request sees it at once."""
    from portal.models import ContentVersion

    token = uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.bulk_create([ContentVersion(pk=1, token=token)])
    memo = _request_token.get()
    if memo is not None:
        memo["token"] = token


def key(*parts):
    """A shared cache key that includes the current content token."""
    return ":".join(["staffroom", current(), *(str(p) for p in parts)])


_MISSING = object()
DAY = 60 * 60 * 24


def remember(parts, compute, timeout=DAY):
    """``compute()``, kept under the current token for everyone: the caller keeps nothing
    personal in it, and a change to what it shows changes the token."""
    name = key(*parts)
    found = cache().get(name, _MISSING)
    if found is _MISSING:
        found = compute()
        cache().set(name, found, timeout)
    return found


def _token_column():
    from portal.models import ContentVersion

    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    return RawSQL(f"SELECT token FROM {table} WHERE id = 1", (), output_field=CharField())  # noqa: S608, S611 - a table name from model metadata


def _seen(token):
    memo = _request_token.get()
    if token and memo is not None and "token" not in memo:
        memo["token"] = token


# A staff page finds the person first: the token comes in the same query, not one of its own.
annotate_person("content_token", _token_column, seen=_seen)


class RequestTokenMiddleware:
    """Reads the token at most once per request: every shared lookup in it agrees."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reset = _request_token.set({})
        try:
            return self.get_response(request)
        finally:
            _request_token.reset(reset)


def connect():
    """Bump on every change to content a shared cache shows: pages, sites, restrictions,
    documents and images here; each app connects its own (roles, trust branding)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for name, signal in [
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("moved", post_page_move),
        ("slug", page_slug_changed),
    ]:
        signal.connect(bump, dispatch_uid=f"content-version-{name}")
    post_save.connect(_on_save, dispatch_uid="content-version-page-save")
    post_delete.connect(bump, sender=Page, dispatch_uid="content-version-page-delete")
    for model in (Site, PageViewRestriction, get_document_model(), get_image_model()):
        watch(model)


def watch(model):
    """Bump whenever a ``model`` row is saved or deleted."""
    uid = f"content-version-{model._meta.label}"
    post_save.connect(bump, sender=model, dispatch_uid=f"{uid}-save")
    post_delete.connect(bump, sender=model, dispatch_uid=f"{uid}-delete")


def _on_save(sender, instance, **kwargs):
    # A page saves as its own class (PolicyPage), never as Page: catch them all here.
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump()
