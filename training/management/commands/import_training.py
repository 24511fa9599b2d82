from people.importers.options import add_school_option, school_from_option
from people.models import StaffMember
from portal.importing.command import ImportCommand
from training.importers.records import TrainingImport


class Command(ImportCommand):
    help = (
        "Import training records a school keeps: a row per record (name, course, date "
        "completed, expiry, provider, certificate) or a matrix (a row per person, a column "
        "per course holding dates). People are found by staff number, else by name. All or "
        "nothing."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        add_school_option(parser)
        parser.add_argument(
            "--create-courses", action="store_true", help="create a course for each unknown name"
        )

    def build(self, data, filename, options):
        school = school_from_option(options.get("school"))
        staff = StaffMember.objects.filter(school=school) if school else None
        return TrainingImport(
            data,
            filename=filename,
            staff=staff,
            create_courses=options.get("create_courses", False),
        )
