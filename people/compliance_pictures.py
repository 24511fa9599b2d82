"""The compliance pictures HR sees: per school a bar per source, and the year's trend.

Shared by the admin home (people/views/dashboard.py) and the compliance summary report.
Each bar's segments link to the people behind the figure, through the source's own
report (``ComplianceSource.people_url``).
"""

from people.compliance_counts import COUNTED
from people.snapshots import monthly_trend
from portal.chart_pictures import status_picture, trend_picture
from portal.charts import Bar, Series


def school_bars(school, by_source, sources):
    bars = []
    for source in sources:
        counts = by_source.get(source.key, {})
        links = {s: source.people_url(school.pk, s) for s in COUNTED if counts.get(s)}
        bars.append(Bar(source.label, dict(counts), {s: u for s, u in links.items() if u}))
    return bars


def school_pictures(schools, counts, sources):
    """[(school, Picture)]: people per status in each source, one picture per school."""
    return [
        (
            school,
            status_picture(
                school_bars(school, counts.get(school.pk, {}), sources),
                title=f"{school.name}: people by compliance status",
                id_prefix=f"school-{school.pk}-status",
            ),
        )
        for school in schools
    ]


def trend(schools, sources, today=None, *, title="Compliance over the last 12 months"):
    """The percentage valid per source at each month's end, for these schools together."""
    months, points = monthly_trend(schools, [s.key for s in sources], today)
    series = [Series(s.label, points[s.key]) for s in sources]
    return trend_picture(series, months, title=title, id_prefix="compliance-trend")
