from people.scr.importer import ScrImport

from ._importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Record vetting checks from a school's existing SCR spreadsheet (CSV or XLSX), one "
        "row per person found by staff number. All or nothing."
    )
    importer = ScrImport
