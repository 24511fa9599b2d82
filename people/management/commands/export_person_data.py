from django.core.management.base import BaseCommand, CommandError

from people.models import StaffMember
from portal.subject_access import write_zip


class Command(BaseCommand):
    help = "Write one person's records (subject access request) as a ZIP of JSON and text."

    def add_arguments(self, parser):
        parser.add_argument("staff_number")
        parser.add_argument("--output", required=True, help="The ZIP file to write.")
        parser.add_argument("--trust", help="Trust name, where staff numbers repeat across trusts.")

    def handle(self, *args, staff_number, output, trust=None, **options):
        people = StaffMember.objects.filter(staff_number=staff_number)
        if trust:
            people = people.filter(trust__name=trust)
        if people.count() != 1:
            raise CommandError(
                f"{people.count()} people have staff number {staff_number!r}"
                + ("; name the trust with --trust." if people.count() > 1 else ".")
            )
        with open(output, "wb") as fileobj:
            sections = write_zip(people.get(), fileobj)
        summary = ", ".join(f"{len(rows)} {name}" for name, rows in sections.items())
        self.stdout.write(f"wrote {output}: {summary}")
