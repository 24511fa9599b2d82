"""Uploaded files waiting between the admin preview and the confirmation.

They hold personal data (and SCR files criminal offence data, UK GDPR Article 10), so
they live in private storage under a random name, and are deleted on confirm, on
cancel, or by the daily sweep once a day old: storage limitation, Article 5(1)(e).
"""

import datetime
import secrets

from django.core.files.base import ContentFile
from django.utils import timezone

from portal.documents import private_storage

FOLDER = "imports"
KEEP_FOR = datetime.timedelta(days=1)


def save_preview(data):
    token = secrets.token_urlsafe(24)
    private_storage().save(f"{FOLDER}/{token}", ContentFile(data))
    return token


def read_preview(token):
    with private_storage().open(f"{FOLDER}/{token}", "rb") as fileobj:
        return fileobj.read()


def delete_preview(token):
    storage, path = private_storage(), f"{FOLDER}/{token}"
    if storage.exists(path):
        storage.delete(path)


def sweep_stale_previews(now=None, dry_run=False):
    """Delete previews older than a day; the number deleted."""
    storage = private_storage()
    if not storage.exists(FOLDER):
        return 0
    cutoff = (now or timezone.now()) - KEEP_FOR
    stale = [
        name
        for name in storage.listdir(FOLDER)[1]
        if storage.get_modified_time(f"{FOLDER}/{name}") < cutoff
    ]
    if not dry_run:
        for name in stale:
            storage.delete(f"{FOLDER}/{name}")
    return len(stale)
