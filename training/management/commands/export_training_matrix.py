from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from people.models import School, StaffMember
from portal.spreadsheets import write_csv, write_xlsx
from training import matrix


class Command(BaseCommand):
    help = (
        "Write the training matrix (a row per person in post, a column per required "
        "course) to a CSV or XLSX file, streaming a chunk of people at a time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "xlsx"], required=True)
        parser.add_argument("--output", required=True, help="The file to write.")
        parser.add_argument("--school", help="Only this school (its URN).")

    def handle(self, *args, format, output, school=None, **options):
        today = timezone.localdate()
        staff = StaffMember.objects.current(today)
        if school:
            try:
                staff = staff.filter(school=School.objects.get(urn=school))
            except School.DoesNotExist as err:
                raise CommandError(f"No school has the URN {school}.") from err
        courses = matrix.matrix_courses()
        headings = matrix.headings(courses)
        rows = matrix.rows(staff, courses, today)
        if format == "csv":
            with open(output, "w", newline="", encoding="utf-8") as fileobj:
                write_csv(headings, rows, fileobj)
        else:
            with open(output, "wb") as fileobj:
                write_xlsx(headings, rows, fileobj, title="Training matrix")
        self.stdout.write(f"wrote {staff.count()} people and {len(courses)} courses to {output}")
