"""A per-session cache of the staff pages a person opens again and again (issue #9).

The morning a policy is published, every member of staff opens it; a logged-in page
costs about 25 ms and 23 queries to build. The finished page is kept in the cache
(Redis when ``REDIS_URL`` is set) under a key made of:

- the session and the CSRF cookie, so a copy is only ever served to the browser it was
  built for (never one person's page to another, and its forms' tokens stay valid);
- the address, and today's date (statuses such as "due", "expired" move with it);
- the person's version, bumped when one of their own records changes (an
  acknowledgement, a training record or booking, a vetting check, an induction step
  or review, their log-in);
- the content version, bumped when anything else in Staffroom changes (a page is
  published, a role, requirement, course, school or person is edited).

A write that could change a page changes its key, so a copy is never stale; old
copies simply expire. Only Wagtail pages (``BasePage``) opt in; forms, reports and the
admin are never cached. It is off without a shared cache in production: each gunicorn
worker's local-memory cache would miss the other's version bumps.
"""

import hashlib
import time
import zlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone

PAGE_SECONDS = 15 * 60  # also bounds anything that moves with the time of day
CONTENT_KEY = "staffroom:pv:content"

# Rows that belong to one person and show only on that person's pages.
PERSONAL = {
    "handbook.policyacknowledgement": "staff_member_id",
    "training.trainingrecord": "person_id",
    "training.sessionbooking": "person_id",
    "portal.vettingcheck": "staff_member_id",
    "induction.inductionstep": "induction__staff_member_id",
    "induction.inductionreview": "induction__staff_member_id",
}
WATCHED_APPS = {
    "portal",
    "handbook",
    "training",
    "induction",
    "auth",
    "wagtailcore",
    "wagtailimages",
    "wagtailsearchpromotions",
    "taggit",
}
# Written all the time and never shown on a staff page.
IGNORED = {
    "portal.sentreminder",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.commentreply",
    "wagtailcore.comment",
}


def enabled():
    return settings.STAFFROOM.get("PAGE_CACHE", False)


def _user_key(user_id):
    return f"staffroom:pv:user:{user_id}"


def _versions(*keys):
    """Current version of each key; a missing one gets a new, never-reused value."""
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, time.time_ns(), None)
            found[key] = cache.get(key)
    return [found[key] for key in keys]


def bump(key):
    cache.set(key, time.time_ns(), None)
    # Again once the write commits (ATOMIC_REQUESTS): a request that read the old rows
    # while the transaction was open may have kept them under the first new version.
    transaction.on_commit(lambda: cache.set(key, time.time_ns(), None))


def people_changed(staff_member_ids):
    """Bump these people's versions, for writes that send no save signal."""
    from portal.models import StaffMember

    users = StaffMember.objects.filter(pk__in=staff_member_ids, user__isnull=False)
    for user_id in users.values_list("user_id", flat=True):
        bump(_user_key(user_id))


class PersonalQuerySet(models.QuerySet):
    """``update()`` sends no post_save; this one bumps the people whose rows it changed.
    ``staff_path`` leads from a row to its StaffMember id."""

    staff_path = "staff_member_id"

    def update(self, **kwargs):
        people = set(self.values_list(self.staff_path, flat=True))
        updated = super().update(**kwargs)
        if updated:
            people_changed(people)
        return updated


def page_key(request):
    """The cache key of this request's page, or None when it must not be cached."""
    if request.method != "GET" or not enabled() or request.path.startswith("/admin/"):
        return None
    user = getattr(request, "user", None)
    session_key = getattr(request.session, "session_key", None)
    if user is None or not user.is_authenticated or not session_key:
        return None
    # A message waiting to be shown belongs on a freshly built page.
    if "messages" in request.COOKIES or "_messages" in request.session:
        return None
    content, personal = _versions(CONTENT_KEY, _user_key(user.pk))
    parts = [
        session_key,
        request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
        request.get_full_path(),
        timezone.localdate().isoformat(),
        str(content),
        str(personal),
    ]
    return "staffroom:page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def mark_cacheable(request):
    """Called by ``BasePage.serve``: this response may be kept for this session.
    Never an editor's preview of a draft."""
    if not getattr(request, "is_preview", False):
        request.staffroom_cacheable = True


class PersonalPageCacheMiddleware:
    """Serve a person's own cached copy of a page; keep pages that opted in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_key(request)
        if key is not None:
            hit = cache.get(key)
            if hit is not None:
                content = zlib.decompress(hit["content"])
                response = HttpResponse(content, content_type=hit["content_type"])
                response["Cache-Control"] = "private, no-cache"
                return response
        response = self.get_response(request)
        if (
            key is not None
            and getattr(request, "staffroom_cacheable", False)
            and response.status_code == 200
            and not response.streaming
        ):
            cache.set(
                key,
                # Compressed: an 8 KB page (the scale policy page) keeps as 2.5 KB.
                {
                    "content": zlib.compress(response.content, 1),
                    "content_type": response["Content-Type"],
                },
                PAGE_SECONDS,
            )
        return response


# --- Version bumps -----------------------------------------------------------------


def _label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def _changed(sender, instance=None, **kwargs):
    label = _label(sender)
    if sender._meta.app_label not in WATCHED_APPS or label in IGNORED:
        return
    if label == "auth.user":
        bump(_user_key(instance.pk))
        return
    path = PERSONAL.get(label)
    if path is None:
        bump(CONTENT_KEY)
        return
    from portal.models import StaffMember

    try:
        if "__" in path:
            relation, field = path.split("__", 1)
            staff_id = getattr(getattr(instance, relation), field, None)
        else:
            staff_id = getattr(instance, path, None)
    except ObjectDoesNotExist:  # its parent went first in a cascade
        bump(CONTENT_KEY)
        return
    user_id = StaffMember.objects.filter(pk=staff_id).values_list("user_id", flat=True).first()
    if user_id is not None:
        bump(_user_key(user_id))


def _m2m_changed(sender, instance=None, action="", **kwargs):
    if action.startswith("post_"):
        _changed(type(instance), instance=instance)


def connect():
    post_save.connect(_changed, dispatch_uid="staffroom-pagecache-save")
    post_delete.connect(_changed, dispatch_uid="staffroom-pagecache-delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="staffroom-pagecache-m2m")
