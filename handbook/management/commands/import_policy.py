"""``import_policy FILE... [--category NAME] [--dry-run]``: one draft PolicyPage per file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from handbook.importers.policy import PolicyImportError, import_policy_file
from handbook.models import PolicyCategory


class Command(BaseCommand):
    help = "Import Word (.docx) or PDF policies as draft policy pages under Handbook > Policies."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--category", help="Put every file in this policy category (by name), not a guess."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and check each file; create nothing."
        )

    def handle(self, *args, files, category=None, dry_run=False, **options):
        chosen = None
        if category:
            chosen = PolicyCategory.objects.filter(name__iexact=category).first()
            if chosen is None:
                raise CommandError(f"There is no policy category called '{category}'.")
        failures = 0
        for name in files:
            path = Path(name)
            try:
                if not path.is_file():
                    raise PolicyImportError(f"'{name}' does not exist or is not a file.")
                with path.open("rb") as handle:
                    page = import_policy_file(
                        handle, category=chosen, dry_run=dry_run, filename=path.name
                    )
            except (PolicyImportError, OSError) as error:
                failures += 1
                self.stderr.write(f"failed {name}: {error}")
                continue
            if dry_run:
                self.stdout.write(f"would create {page.title} ({page.category})")
            else:
                self.stdout.write(f"created {page.pk} {page.title}")
        if failures:
            raise CommandError(f"{failures} of {len(files)} files could not be imported.")
