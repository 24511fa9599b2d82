"""What import_staff and import_scr share: read the file, report, exit non-zero on errors."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class ImportCommand(BaseCommand):
    importer = None  # a class taking (data, filename=...) with check() and apply()

    def add_arguments(self, parser):
        parser.add_argument("file", help="a CSV or XLSX file with a header row")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report; change nothing"
        )

    def handle(self, file, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        run = self.importer(path.read_bytes(), filename=path.name)
        report = run.check() if dry_run else run.apply()
        for outcome in report.outcomes:
            if outcome.action != "refused":
                detail = f" ({outcome.detail})" if outcome.detail else ""
                self.stdout.write(f"Line {outcome.line}: {outcome.action} {outcome.label}{detail}")
        for error in report.errors:
            self.stderr.write(str(error))
        if not report.ok:
            raise CommandError(
                f"{len(report.errors)} error(s): nothing was imported. Correct the file and "
                "run the command again."
            )
        prefix = "dry run, nothing changed: " if dry_run else ""
        self.stdout.write(prefix + report.summary())
