from django.core.management.base import BaseCommand

from handbook.page_tree import setup_handbook


class Command(BaseCommand):
    help = "Create the handbook sections, the Policy approval workflow and section permissions."

    def handle(self, *args, **options):
        sections = setup_handbook()
        self.stdout.write(
            f"handbook: {sections['handbook'].url_path} with workflow and permissions"
        )
