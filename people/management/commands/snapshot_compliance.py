"""Record today's compliance counts per school and source; run daily with send_reminders."""

import datetime

from django.core.management.base import BaseCommand

from people.snapshots import take


class Command(BaseCommand):
    help = (
        "Record today's compliance counts per school and source (for the trend over the "
        "year) and delete snapshots older than a year. Safe to run more than once a day."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date", type=datetime.date.fromisoformat, help="Count as on YYYY-MM-DD."
        )

    def handle(self, *args, date=None, **options):
        written, deleted = take(date)
        self.stdout.write(f"snapshots {written}, deleted {deleted}")
