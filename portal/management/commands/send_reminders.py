from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal import reminders


class Command(BaseCommand):
    help = (
        "Send due reminders (training expiry, missing requirements, induction steps, "
        "policy reviews). Safe to run more than once a day: nothing is sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, send nothing.")
        parser.add_argument("--date", help="Act as if today were YYYY-MM-DD.")

    def handle(self, *args, dry_run=False, date=None, **options):
        today = _parse_date(date) if date else timezone.localdate()
        sent, skipped = reminders.send(reminders.collect(today), dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"dry run: {sent} would be sent, nothing was sent")
            sent = 0
        self.stdout.write(f"sent {sent}, skipped {skipped}")


def _parse_date(value):
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise CommandError(f"--date must be YYYY-MM-DD, not {value!r}.") from err
