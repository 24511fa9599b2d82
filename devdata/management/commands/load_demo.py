from django.core.management.base import BaseCommand

from devdata.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo trust, schools, staff, log-ins and content (safe to run again)."

    def handle(self, *args, **options):
        load_demo(self.stdout)
        self.stdout.write(self.style.SUCCESS("demo loaded"))
