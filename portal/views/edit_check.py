"""No silent overwrites: an edit form remembers the version of the record it showed.

The edit view puts a fingerprint of the record (its fields and inline rows, as stored)
in a hidden field. On save, if the stored record no longer matches (another HR user
saved it in the meantime), nothing is written: the form comes back with a message
naming who changed it and when. Saving again after reading it overwrites on purpose.

No migration and no lock to forget to release; a form posted without the field (a
script) is not checked.
"""

import hashlib

from django import forms
from modelcluster.models import get_all_child_relations
from wagtail.models import ModelLogEntry

FIELD = "staffroom_version"


def fingerprint(instance):
    """A short hash of the stored record: its columns and its inline rows."""
    stored = type(instance)._default_manager.get(pk=instance.pk)
    values = [(f.attname, f.value_from_object(stored)) for f in stored._meta.concrete_fields]
    for relation in get_all_child_relations(type(stored)):
        rows = getattr(stored, relation.get_accessor_name()).order_by("pk")
        values.append(
            (
                relation.name,
                [[f.value_from_object(r) for f in r._meta.concrete_fields] for r in rows],
            )
        )
    return hashlib.sha256(repr(values).encode()).hexdigest()[:32]


def last_change(instance):
    entry = (
        ModelLogEntry.objects.for_instance(instance).select_related("user").order_by("-timestamp")
    ).first()
    if entry is None:
        return "someone else"
    who = "someone"
    if entry.user is not None:
        who = entry.user.get_full_name() or entry.user.get_username()
    return f"{who} at {entry.timestamp:%H:%M on %-d %B %Y}"


class EditCheckMixin:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields[FIELD] = forms.CharField(
            widget=forms.HiddenInput, required=False, initial=fingerprint(self.object)
        )
        return form

    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        seen = form.data.get(FIELD)
        current = fingerprint(self.object)
        if not seen or seen == current:
            return True
        form.data = form.data.copy()
        form.data[FIELD] = current  # a second save overwrites, knowingly
        message = (
            f"This record was changed by {last_change(self.object)} after you opened it, "
            "so your changes were not saved. Open the record again in a new tab to see "
            "theirs; save here again only if yours should replace them."
        )
        form.add_error(None, message)
        self.produced_error_code = "edit_conflict"
        self.produced_error_message = message
        return False
