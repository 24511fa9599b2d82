from django.core.management.base import BaseCommand, CommandError

from portal import content_version
from portal.backup import differences, restore


class Command(BaseCommand):
    help = "Restore a backup made by `backup`. It replaces the database and local documents."

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="The backup folder.")
        parser.add_argument(
            "--yes", action="store_true", help="Confirm: replace everything with the backup."
        )

    def handle(self, *args, input, yes=False, **options):
        if not yes:
            raise CommandError("Restoring replaces every record. Run again with --yes to confirm.")
        try:
            manifest = restore(input)
        except (OSError, RuntimeError, KeyError) as err:
            raise CommandError(f"Restore failed: {err}") from err
        # The backup brought its own content token; a new one puts every shared cache
        # entry made from the replaced data out of reach, whichever process made it.
        content_version.bump()
        if diff := differences(manifest):
            raise CommandError(f"Restored, but these tables' row counts differ: {diff}")
        total = sum(manifest["rows"].values())
        self.stdout.write(f"restored {total} rows from {input}; every table matches the backup")
