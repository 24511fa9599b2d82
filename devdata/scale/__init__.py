"""Scale data for benchmarks: a trust of many schools built with bulk inserts.

A tool, not core code: it imports handbook, training and induction models
lazily inside its functions, which ``portal`` itself never does. Everything it makes
hangs off the trust named ``SCALE_TRUST`` (or carries the ``SCALE_MARK`` suffix or
prefix), so ``wipe`` removes exactly that and never touches demo data.

Deterministic for a seed and a day: the same ``seed`` and ``today`` give the same
people, checks, records, pages and acknowledgements (primary keys aside).
"""

import random
import time
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

SCALE_TRUST = "Scale Trust"
SCALE_MARK = "(scale)"  # suffix of the roles and courses the generator creates
SLUG_PREFIX = "scale-"  # prefix of the generated handbook pages' slugs
USER_PREFIX = "scale-"  # prefix of the generated log-ins
BATCH = 2000


@dataclass
class Plan:
    schools: int = 50
    staff: int = 10_000
    seed: int = 1
    pages: int = 2000
    policies: int = 40
    today: date | None = None
    counts: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)


def generate(plan, log=print):
    """Wipe earlier scale data, then build a trust as ``plan`` says; return ``plan``."""
    from django.utils import timezone

    from . import inductions, pages, people, training

    plan.today = plan.today or timezone.localdate()
    rng = random.Random(plan.seed)
    steps = [
        ("wipe", lambda: wipe()),
        ("people", lambda: people.build(plan, rng)),
        ("vetting", lambda: people.build_vetting(plan, rng)),
        ("training", lambda: training.build(plan, rng)),
        ("pages", lambda: pages.build(plan, rng)),
        ("acknowledgements", lambda: pages.build_acknowledgements(plan, rng)),
        ("search index", lambda: pages.index(plan)),
        ("inductions", lambda: inductions.build(plan, rng)),
        ("analyze", analyze),
    ]
    for name, step in steps:
        started = time.monotonic()
        with transaction.atomic():
            step()
        plan.timings[name] = round(time.monotonic() - started, 2)
        log(f"  {name}: {plan.timings[name]:.1f} s")
    return plan


def analyze():
    """Refresh the query planner's statistics after the bulk load.

    PostgreSQL's autovacuum would do this some minutes later; until then the planner
    believes the new tables are nearly empty and picks sequential scans (a training
    matrix page took 0.9 s instead of milliseconds). SQLite's ANALYZE fills sqlite_stat1.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def wipe():
    """Remove everything an earlier run generated (and nothing else)."""
    from django.contrib.auth import get_user_model

    from people.models import Role, School, StaffMember, Trust

    from . import inductions, pages, training

    trust = Trust.objects.filter(name=SCALE_TRUST).first()
    staff = StaffMember.objects.filter(trust=trust) if trust else StaffMember.objects.none()
    inductions.wipe(staff)
    pages.wipe(staff)
    training.wipe(staff)
    if trust is not None:
        from people.models import VettingCheck

        raw_delete(VettingCheck.objects.filter(staff_member__trust=trust))
        StaffMember.objects.filter(trust=trust).update(line_manager=None)
        staff.delete()
        School.objects.filter(trust=trust).delete()
        trust.delete()
    get_user_model().objects.filter(username__startswith=USER_PREFIX).delete()
    Role.objects.filter(name__endswith=SCALE_MARK, assignments__isnull=True).delete()


def raw_delete(queryset):
    """One DELETE statement: the generated rows have no files and no signal handlers."""
    queryset._raw_delete(queryset.db)


def batched_create(model, objs, batch=BATCH):
    """bulk_create in batches; returns the objects (with primary keys)."""
    created = []
    for start in range(0, len(objs), batch):
        created += model.objects.bulk_create(objs[start : start + batch])
    return created


def fast_insert(model, rows, batch=5000):
    """INSERT plain dicts with ``executemany``: several times faster than bulk_create for
    the big tables. Missing keys take the field's default; no primary keys come back."""
    from django.db import connection, models

    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    defaults, adapters = {}, {}
    for f in fields:
        defaults[f.attname] = None if f.null and not f.has_default() else f.get_default()
        if isinstance(f, models.DateTimeField):
            adapters[f.attname] = connection.ops.adapt_datetimefield_value
        elif isinstance(f, models.DateField):
            adapters[f.attname] = connection.ops.adapt_datefield_value
    names = [f.attname for f in fields]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 - names from the model
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )

    def values(row):
        out = []
        for name in names:
            value = row.get(name, defaults[name])
            if value is not None and name in adapters:
                value = adapters[name](value)
            out.append(value)
        return out

    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch):
            cursor.executemany(sql, [values(r) for r in rows[start : start + batch]])
    return len(rows)
