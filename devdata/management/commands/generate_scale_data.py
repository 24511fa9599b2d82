"""Build a large trust for benchmarks. A tool: see devdata/scale/."""

import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from devdata import scale
from portal import content_version


class Command(BaseCommand):
    help = (
        "Wipe earlier scale data (the trust named 'Scale Trust' and what hangs off it), "
        "then build a trust of SCHOOLS schools and STAFF people with bulk inserts: roles, "
        "vetting checks, training records, policies, acknowledgements, inductions and "
        "handbook pages for search. Deterministic for a seed. Never touches demo data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--schools", type=int, default=50)
        parser.add_argument("--staff", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--pages", type=int, default=2000, help="handbook pages in all")
        parser.add_argument("--today", help="act as if today were YYYY-MM-DD")
        parser.add_argument("--wipe", action="store_true", help="only remove scale data")

    def handle(self, *args, schools, staff, seed, pages, today=None, wipe=False, **options):
        if wipe:
            scale.wipe()
            content_version.bump()  # rows were deleted in bulk, without signals
            self.stdout.write("scale data removed")
            return
        if schools < 1 or staff < schools * 5:
            raise CommandError("Give at least one school and five people per school.")
        plan = scale.Plan(schools=schools, staff=staff, seed=seed, pages=pages)
        plan.today = date.fromisoformat(today) if today else None
        started = time.monotonic()
        self.stdout.write(f"generating {staff} staff in {schools} schools (seed {seed})")
        scale.generate(plan, log=self.stdout.write)
        content_version.bump()  # rows were written in bulk, without signals
        for name, count in plan.counts.items():
            self.stdout.write(f"  {name.replace('_', ' ')}: {count}")
        self.stdout.write(f"done in {time.monotonic() - started:.1f} s")
