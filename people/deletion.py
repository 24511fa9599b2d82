"""Deleting is for correcting a mistake; a leaver is marked as left and keeps their history.

KCSIE 2025 (Part 3, "Single central record") expects the record of checks on staff to
be kept, and the training and policy acknowledgements behind it are the evidence of it.
So the relations that hold that history are PROTECT on the model: no path (admin view,
bulk action, shell) can cascade it away. The admin delete view asks Django which rows
would block the deletion, says so in plain words, and offers "mark as left" instead:
never a server error.
"""

from django.contrib.admin.utils import quote
from django.db import DEFAULT_DB_ALIAS, router
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from wagtail.admin.views import generic


def blocking_history(obj):
    """[(plural name, count)] of the rows whose PROTECT relations stop ``obj`` being deleted."""
    using = router.db_for_write(type(obj), instance=obj) or DEFAULT_DB_ALIAS
    try:
        Collector(using=using).collect([obj])
    except (ProtectedError, RestrictedError) as error:
        blocked = getattr(error, "protected_objects", None) or error.restricted_objects
        counts = {}
        for row in blocked:
            name = str(row._meta.verbose_name_plural)
            counts[name] = counts.get(name, 0) + 1
        return sorted(counts.items())
    return []


def can_be_marked_as_left(obj):
    return any(f.name == "leaving_date" for f in obj._meta.get_fields())


class ArchiveInsteadDeleteView(generic.DeleteView):
    """Deletes only a row with no history; otherwise explains why and how to archive."""

    refused_template_name = "people/admin/delete_refused.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.blocked = blocking_history(self.object)

    def get(self, request, *args, **kwargs):
        if self.blocked:
            return self.refusal()
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        if self.blocked:
            return self.refusal()
        try:
            return super().form_valid(form)
        except (ProtectedError, RestrictedError):  # history added since the page opened
            self.blocked = blocking_history(self.object)
            return self.refusal()

    def refusal(self):
        context = self.get_context_data(
            blocked=self.blocked,
            edit_url=self.edit_url(),
            can_mark_left=can_be_marked_as_left(self.object),
        )
        status = 409 if self.request.method == "POST" else 200
        return TemplateResponse(self.request, self.refused_template_name, context, status=status)

    def edit_url(self):
        try:
            return reverse(self.edit_url_name, args=(quote(self.object.pk),))
        except (NoReverseMatch, TypeError):
            return None
