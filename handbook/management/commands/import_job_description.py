"""``import_job_description FILE [FILE ...] [--role NAME]``: one draft RolePage per file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from handbook.importers.jobdescription import JobDescriptionError
from handbook.importers.jobdescription.to_page import import_job_description
from people.models import Role


class Command(BaseCommand):
    help = "Import .docx or .txt job descriptions as draft role pages under Handbook > Roles."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--role", help="Link every imported page to this role (by name).")

    def handle(self, *args, files, role=None, **options):
        linked = None
        if role:
            linked = Role.objects.filter(name__iexact=role).first()
            if linked is None:
                raise CommandError(f"There is no role called '{role}'.")
        failures = 0
        for name in files:
            path = Path(name)
            try:
                if not path.is_file():
                    raise JobDescriptionError(f"'{name}' does not exist or is not a file.")
                with path.open("rb") as handle:
                    page = import_job_description(handle, path.name, role=linked)
            except (JobDescriptionError, OSError) as error:
                failures += 1
                self.stderr.write(f"failed {name}: {error}")
                continue
            self.stdout.write(f"created {page.pk} {page.title}")
        if failures:
            raise CommandError(f"{failures} of {len(files)} files could not be imported.")
