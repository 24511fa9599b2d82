from people.staff_import import StaffImport

from ._importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Create or update staff by staff number from an MIS export (CSV or XLSX; SIMS and "
        "Arbor headings accepted). All or nothing: any bad row and nothing changes."
    )
    importer = StaffImport
