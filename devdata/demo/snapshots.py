"""A year of compliance history for ``load_demo``, so the trend has something to draw.

Today's snapshot is taken from the demo records themselves; the eleven months before
it get one snapshot each (on the month's last day), a little less compliant the
further back they go, with a small wobble, as a trust improving over the year would
look. Rows are found by (school, source, day), so running it again changes nothing.
"""

from django.utils import timezone

from people.models import ComplianceSnapshot, Trust
from people.snapshots import last_months, month_end, take

# Percentage points less compliant per month back, and a wobble by month so the lines
# are not straight.
DRIFT_PER_MONTH = 1.6
WOBBLE = (0, 1.5, -1, 2, 0.5, -1.5, 1, 0, -0.5, 1.5, -1, 0.5)


def past_counts(today_row, months_back):
    """The counts ``months_back`` months ago: some of today's compliant were gaps then."""
    total = today_row.total
    valid = today_row.compliant + today_row.expiring
    shift = round(total * (DRIFT_PER_MONTH * months_back + WOBBLE[months_back % 12]) / 100)
    shift = max(0, min(shift, valid))
    missing = shift // 2
    pending = shift - missing
    compliant = max(0, today_row.compliant - shift)
    expiring = valid - shift - compliant
    return {
        "compliant": compliant,
        "expiring": expiring,
        "pending": today_row.pending + pending,
        "missing": today_row.missing + missing,
        "expired": today_row.expired,
    }


def load_snapshots(stdout):
    trust = Trust.objects.get(name="Riverside Learning Trust")
    today = timezone.localdate()
    take(today)
    today_rows = ComplianceSnapshot.objects.filter(school__trust=trust, day=today)
    made = 0
    for row in today_rows:
        for back, month in enumerate(reversed(last_months(today)[:-1]), start=1):
            _, created = ComplianceSnapshot.objects.get_or_create(
                school_id=row.school_id,
                source=row.source,
                day=month_end(month),
                defaults=past_counts(row, back),
            )
            made += created
    stdout.write(f"Compliance history: {made} past snapshots added.")
