from django.core.management.base import BaseCommand

from portal.backup import backup


class Command(BaseCommand):
    help = "Back up the database and local documents into a new folder under --output."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Folder to write the backup in.")

    def handle(self, *args, output, **options):
        path = backup(output)
        self.stdout.write(f"backup written to {path}")
