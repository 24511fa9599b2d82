from people.importers.options import add_school_option, school_from_option
from people.importers.staff import StaffImport
from portal.importing.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Create or update staff by staff number from an MIS export (SIMS, Arbor, Bromcom "
        "or census: CSV, Unicode text or XLSX). All or nothing: any error and nothing "
        "changes. People missing from the file are listed as possible leavers, never removed."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        add_school_option(parser)
        parser.add_argument(
            "--create-roles", action="store_true", help="create a role for each unknown post"
        )
        parser.add_argument(
            "--partial",
            action="store_true",
            help="the file lists only some staff: do not list the others as possible leavers",
        )

    def build(self, data, filename, options):
        return StaffImport(
            data,
            filename=filename,
            school=school_from_option(options.get("school")),
            create_roles=options.get("create_roles", False),
            full_export=not options.get("partial", False),
        )
