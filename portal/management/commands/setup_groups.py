from django.core.management.base import BaseCommand

from portal.groups import ensure_groups


class Command(BaseCommand):
    help = "Create the Staffroom groups and their permissions (safe to run again)."

    def handle(self, *args, **options):
        groups = ensure_groups()
        self.stdout.write(f"groups ready: {', '.join(sorted(groups))}")
