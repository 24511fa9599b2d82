"""The command-line shape every import shares: read the file, print the whole report,
exit non-zero (having changed nothing) when the file is unsafe."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class ImportCommand(BaseCommand):
    """Subclasses set ``build(data, filename, options)`` returning an importer with
    ``check()`` and ``apply()``, each returning an ``ImportReport``."""

    def add_arguments(self, parser):
        parser.add_argument("file", help="a CSV, tab-separated text or XLSX file")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report; change nothing"
        )

    def build(self, data, filename, options):  # pragma: no cover - abstract
        raise NotImplementedError

    def handle(self, file, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        run = self.build(path.read_bytes(), path.name, options)
        report = run.check() if dry_run else run.apply()
        for line in report.lines():
            self.stdout.write(line)
        for error in report.errors:
            self.stderr.write(str(error))
        if not report.ok:
            raise CommandError(
                f"{len(report.errors)} error(s): nothing was imported. Correct the file and "
                "run the command again."
            )
        prefix = "Dry run, nothing changed: " if dry_run else "Imported: "
        self.stdout.write(prefix + report.summary())
