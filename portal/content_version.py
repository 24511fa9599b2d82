"""One token that changes whenever shared, non-personal content changes.

Shared caches (the site, the address → page map, page view restrictions, rendered
policy and guidance bodies, breadcrumbs, trust branding) put this token in their keys, so
publishing, unpublishing, moving or deleting a page, or saving a site, a restriction, a
document, an image, a role or a trust's branding, makes every old entry unreachable at once.
Nothing personal is ever kept under it.
"""

from uuid import uuid4

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

KEY = "staffroom:content-version"


def current():
    """The token now. A new random one, never a counter, when the cache has lost it (a
    restart, an eviction), so an old entry can never be mistaken for a current one."""
    found = cache.get(KEY)
    if found is None:
        cache.add(KEY, uuid4().hex, None)
        found = cache.get(KEY)
    return found


def bump(*args, **kwargs):
    """Signal receiver: content changed, every shared entry is now out of reach.

    Once now (this request, and tests, see the change at once) and again when the
    transaction commits: a request that read the first new token before the commit may
    have cached what it saw then, the old content, under it."""
    _new_token()
    transaction.on_commit(_new_token)


def _new_token():
    cache.set(KEY, uuid4().hex, None)


def key(*parts):
    """A shared cache key that includes the current content token."""
    return ":".join(["staffroom", current(), *(str(p) for p in parts)])


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
