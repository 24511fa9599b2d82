from people.importers.options import add_school_option, school_from_option
from people.importers.scr import ScrImport
from portal.importing.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Record vetting checks from a school's own SCR workbook (every sheet; CSV or XLSX). "
        "People are found by staff number, else by name; anyone not found is created at "
        "--school and reported. A completed check is never overwritten without "
        "--overwrite-completed. All or nothing."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        add_school_option(parser)
        parser.add_argument(
            "--overwrite-completed",
            action="store_true",
            help="apply changes to checks already recorded as complete",
        )

    def build(self, data, filename, options):
        return ScrImport(
            data,
            filename=filename,
            school=school_from_option(options.get("school")),
            create_missing=True,
            overwrite_completed=options.get("overwrite_completed", False),
        )
