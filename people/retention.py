"""Deleting DBS certificate copies after the retention period (``purge_expired_documents``).

people/sources.py "dbs_copies": a copy of a DBS certificate need not be kept; if it is,
for no longer than six months (``STAFFROOM["DBS_COPY_RETENTION_MONTHS"]``). UK GDPR Art. 5(1)(e)
storage limitation. The check record stays; each deletion is logged.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from people.models import VettingCheck
from portal.conf import staffroom_setting
from portal.dates import add_months


def retention_months():
    return staffroom_setting("DBS_COPY_RETENTION_MONTHS")


def purge_cutoff(now=None):
    """Copies uploaded before this moment are past retention."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    return now - (today - add_months(today, -retention_months()))


def expired_copies(now=None):
    return VettingCheck.objects.exclude(document="").filter(
        document_uploaded_at__lte=purge_cutoff(now)
    )


def purge_expired_dbs_copies(now=None, dry_run=False):
    """Delete each expired copy and log it; returns how many were (or would be) deleted."""
    deleted = 0
    for check in expired_copies(now).select_related("staff_member"):
        deleted += 1
        if dry_run:
            continue
        with transaction.atomic():
            uploaded = check.document_uploaded_at
            check.document.delete(save=False)
            check.document_uploaded_at = None
            check.save(update_fields=["document", "document_uploaded_at"])
            log(
                check,
                "staffroom.dbs_copy_deleted",
                data={"uploaded_at": uploaded.isoformat() if uploaded else None},
            )
    return deleted
