"""Daily compliance snapshots: taking them, keeping a year, and reading the monthly trend.

The trend is drawn from the last snapshot of each month (the month's closing position),
as the percentage of people counted who are valid that day (compliant or expiring soon).
"""

import datetime

from django.db import transaction
from django.utils import timezone

from people.compliance_counts import COUNTED, counts_for
from people.models import ComplianceSnapshot, StaffMember
from portal.dates import add_months

KEPT_MONTHS = 12
FIELDS = {status: status.value for status in COUNTED}  # Status -> model field name


def keep_from(today):
    """The oldest day kept: a year back (older snapshots are deleted)."""
    return add_months(today, -KEPT_MONTHS)


@transaction.atomic
def take(today=None):
    """Today's counts for every school and source; returns (written, deleted).

    One row per school, source and day: a second run on the same day overwrites the
    day's rows with the same figures, so it changes nothing.
    """
    today = today or timezone.localdate()
    counts = counts_for(StaffMember.objects.current(on=today), today=today)
    written = 0
    for school_id, by_source in counts.items():
        for source, counter in by_source.items():
            ComplianceSnapshot.objects.update_or_create(
                school_id=school_id,
                source=source,
                day=today,
                defaults={FIELDS[s]: counter.get(s, 0) for s in COUNTED},
            )
            written += 1
    deleted, _ = ComplianceSnapshot.objects.filter(day__lt=keep_from(today)).delete()
    return written, deleted


def last_months(today, count=KEPT_MONTHS):
    """The first day of each of the last ``count`` months, oldest first, this month last."""
    this_month = today.replace(day=1)
    return [add_months(this_month, -i) for i in range(count - 1, -1, -1)]


def monthly_trend(schools, sources, today=None):
    """(months, {source key: [percent compliant or None per month]}) for these schools.

    One query. Per school and month the last snapshot is taken; the schools' figures
    are added up before the percentage is worked out, so a large school weighs more.
    """
    today = today or timezone.localdate()
    months = last_months(today)
    rows = ComplianceSnapshot.objects.filter(
        school__in=schools, source__in=list(sources), day__gte=months[0], day__lte=today
    ).order_by("day")
    closing = {}  # (school, source, month) -> the month's last snapshot
    for row in rows:
        closing[(row.school_id, row.source, row.day.replace(day=1))] = row
    valid, counted = {}, {}
    for (_school, source, month), row in closing.items():
        key = (source, month)
        valid[key] = valid.get(key, 0) + row.compliant + row.expiring
        counted[key] = counted.get(key, 0) + row.total
    trend = {
        source: [
            100 * valid[(source, m)] / counted[(source, m)] if counted.get((source, m)) else None
            for m in months
        ]
        for source in sources
    }
    return months, trend


def month_end(month: datetime.date) -> datetime.date:
    return add_months(month, 1) - datetime.timedelta(days=1)
