from django.core.management.base import BaseCommand, CommandError

from people.models import School, StaffMember
from people.scr import report as scr
from portal import spreadsheets


class Command(BaseCommand):
    help = (
        "Write the Single Central Record (one row per person, a done/date column pair per "
        "check) to CSV or XLSX, streaming. --former-staff writes the former staff checks "
        "instead (leavers are not on the SCR)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "xlsx"], required=True)
        parser.add_argument("--output", required=True, help="the file to write")
        parser.add_argument("--school", metavar="URN", help="one school only")
        parser.add_argument("--former-staff", action="store_true")

    def handle(self, format, output, school=None, former_staff=False, **options):
        staff = StaffMember.objects.all()
        if school:
            if not School.objects.filter(urn=school).exists():
                raise CommandError(f"No school with URN {school}.")
            staff = staff.filter(school__urn=school)
        staff = scr.former_staff_queryset(staff) if former_staff else scr.scr_queryset(staff)
        rows = scr.iter_rows(staff)
        count = staff.count()
        if format == "csv":
            with open(output, "w", newline="", encoding="utf-8-sig") as fileobj:
                spreadsheets.write_csv(scr.headings(), rows, fileobj)
        else:
            with open(output, "wb") as fileobj:
                spreadsheets.write_xlsx(
                    scr.headings(),
                    rows,
                    fileobj,
                    title="Former staff checks" if former_staff else "SCR",
                )
        self.stdout.write(f"wrote {count} people to {output}")
