"""Private files follow their rows: deleted with the row, and none left behind.

A certificate, a DBS scan or an induction document is personal data (UK GDPR Art. 5(1)(e)
storage limitation; Art. 10 for DBS data): when its row is deleted the file goes too
(after the deletion commits), and ``purge_expired_documents`` removes any file in private
storage that no row names (a replaced upload, or a row removed some other way).
"""

from datetime import timedelta

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.utils import timezone

from portal.documents import private_storage

ORPHAN_GRACE = timedelta(days=1)  # an upload in progress is not an orphan


def private_file_fields(model):
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
        and getattr(field, "_storage_callable", None) is private_storage
    ]


def delete_private_files(sender, instance, **kwargs):
    for field in private_file_fields(sender):
        name = getattr(instance, field.attname)
        if name:
            storage = field.storage
            transaction.on_commit(lambda s=storage, n=str(name): s.delete(n))


def connect():
    # Only for models with private files: a receiver for every model would stop Django
    # from deleting anything else in bulk (it fetches rows to send them the signal).
    for model in apps.get_models():
        if private_file_fields(model):
            uid = f"portal_private_files_{model._meta.label_lower}"
            post_delete.connect(delete_private_files, sender=model, dispatch_uid=uid)


def referenced_names():
    names = set()
    for model in apps.get_models():
        for field in private_file_fields(model):
            rows = model._default_manager.exclude(**{field.attname: ""})
            names.update(
                rows.exclude(**{f"{field.attname}__isnull": True}).values_list(
                    field.attname, flat=True
                )
            )
    return names


def stored_names(storage, folder=""):
    dirs, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in dirs:
        yield from stored_names(storage, f"{folder}/{sub}" if folder else sub)


def orphaned_files(now=None):
    """Names in private storage that no row points at, older than a day."""
    storage = private_storage()
    cutoff = (now or timezone.now()) - ORPHAN_GRACE
    kept = referenced_names()
    return [
        name
        for name in stored_names(storage)
        if name not in kept and storage.get_modified_time(name) < cutoff
    ]


def purge_orphaned_files(now=None, dry_run=False):
    orphans = orphaned_files(now)
    if not dry_run:
        storage = private_storage()
        for name in orphans:
            storage.delete(name)
    return len(orphans)
