from django.core.management.base import BaseCommand

from devdata.demo import load_demo
from portal import content_version


class Command(BaseCommand):
    help = "Load the demo trust, schools, staff, log-ins and content (safe to run again)."

    def handle(self, *args, **options):
        load_demo(self.stdout)
        content_version.bump()  # some rows were written in bulk, without signals
        self.stdout.write(self.style.SUCCESS("demo loaded"))
