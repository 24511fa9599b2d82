from django.core.management.base import BaseCommand

from people.importers.previews import sweep_stale_previews
from people.retention import purge_expired_dbs_copies
from portal.private_files import purge_orphaned_files


class Command(BaseCommand):
    help = (
        "Delete DBS certificate copies older than STAFFROOM['DBS_COPY_RETENTION_MONTHS'] "
        "(default six months, KCSIE 2025). The record of the check stays; each deletion is "
        "logged. Import previews older than a day are deleted too, and so are files in "
        "private storage that no record points at (older than a day)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, dry_run=False, **options):
        deleted = purge_expired_dbs_copies(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(f"{verb} {deleted} DBS certificate copies")
        previews = sweep_stale_previews(dry_run=dry_run)
        self.stdout.write(f"{verb} {previews} import previews older than a day")
        orphans = purge_orphaned_files(dry_run=dry_run)
        self.stdout.write(f"{verb} {orphans} orphaned private files")
