"""A compliance chart together with the same figures as a table.

For the include portal/templates/portal/charts/compliance_picture.html: the chart is never
the only place a figure is given (WCAG 2.2 1.1.1 and 1.4.1), and the table carries the
links to the people behind each figure for keyboard and screen reader users.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.safestring import SafeString

from portal.charts import (
    BAR_STATUSES,
    Bar,
    Series,
    month_label,
    percent,
    status_bars,
    trend_lines,
)
from portal.compliance import STATUS_LABELS


@dataclass(frozen=True)
class Picture:
    """A chart with the same figures as a table, for portal/charts/*.html.

    ``headings`` are the table's column headings after the first column (headed
    ``first_heading``); ``rows`` are (row label, [(figure, url or "", column heading)],
    total or None).
    """

    title: str
    chart: SafeString
    headings: list[str]
    rows: list[tuple[str, list[tuple[str, str, str]], int | None]]
    first_heading: str = "Source"


def status_picture(bars: Sequence[Bar], *, title: str, id_prefix: str = "status-bars") -> Picture:
    """The status bars and their table: people per status per source, with links."""
    rows = [
        (
            bar.label,
            [
                (str(bar.counts.get(s, 0)), bar.links.get(s, ""), STATUS_LABELS[s])
                for s in BAR_STATUSES
            ],
            bar.total,
        )
        for bar in bars
    ]
    headings = [STATUS_LABELS[s] for s in BAR_STATUSES]
    return Picture(title, status_bars(bars, title=title, id_prefix=id_prefix), headings, rows)


def trend_picture(
    series: Sequence[Series],
    months: Sequence[datetime.date],
    *,
    title: str,
    id_prefix: str = "trend-lines",
) -> Picture:
    """The trend lines and their table: a row per month, a column per source (a narrow
    table: twelve months across would not fit a screen)."""
    headings = [one.label for one in series]
    rows = [
        (
            month_label(month),
            [
                (percent(one.points[i] if i < len(one.points) else None), "", one.label)
                for one in series
            ],
            None,
        )
        for i, month in enumerate(months)
    ]
    chart = trend_lines(series, months, title=title, id_prefix=id_prefix)
    return Picture(title, chart, headings, rows, first_heading="Month")
