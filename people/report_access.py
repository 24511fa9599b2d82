"""Who may open HR's admin reports and screens, and what everyone else is told.

One rule for every HR-only admin view (the Single Central Record, imports, the training
and induction reports, one person's compliance summary and documents):

- HR or Trust HR with at least one school in scope (or a superuser) may open them;
- any other admin user gets the 403 page, status 403. Wagtail's own answer to a
  PermissionDenied in the admin is a redirect to the admin home with a message, which
  hides from the person (and from assistive technology) what happened;
- HR asking for one record outside their schools gets a 404, so that the record's
  existence is not disclosed (UK GDPR Art. 5(1)(f), need-to-know) — the views do that
  themselves with ``get_object_or_404`` on a scoped queryset.

Menu items for these views use ``HRMenuItem`` so that nobody is shown a link they would
be refused.
"""

from functools import wraps

from django.shortcuts import render
from wagtail.admin.menu import MenuItem

from people.scope import hr_schools, is_hr


def may_open_hr_reports(user):
    # Cached on the user object for the request: every admin menu item asks.
    allowed = getattr(user, "_staffroom_hr_reports", None)
    if allowed is None:
        allowed = is_hr(user) and hr_schools(user).exists()
        user._staffroom_hr_reports = allowed
    return allowed


def forbidden(request):
    """The 403 page, rendered here: raising PermissionDenied inside Wagtail's admin
    would turn into a redirect."""
    return render(request, "403.html", status=403)


class HROnlyMixin:
    """For class-based admin views: non-HR users get the 403 page before anything runs."""

    def dispatch(self, request, *args, **kwargs):
        if not may_open_hr_reports(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


def hr_only(view):
    """For function admin views: as HROnlyMixin."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not may_open_hr_reports(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return guarded


class HRMenuItem(MenuItem):
    """A menu item shown only to those who may open HR's reports."""

    def is_shown(self, request):
        return may_open_hr_reports(request.user)
