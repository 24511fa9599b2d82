"""Server-side SVG charts of compliance: no JavaScript, no chart library.

Two pictures: a stacked bar per compliance source (how many people are compliant,
expiring soon, pending, missing, expired) and a twelve-month line per source (percentage
compliant). Both are pure functions returning ``SafeString``; every name in them (school,
source, person) is user data and goes through ``format_html``.

Accessibility (WCAG 2.2 AA):
- ``role="img"`` with ``<title>`` and ``<desc>``: the desc states every figure, so the
  picture is never the only place a number is given; callers also show the same figures
  as an HTML table next to it (templates/portal/charts/compliance_picture.html).
- 1.4.1 Use of colour: each status has its own fill pattern and a word label; lines have
  their own dash pattern, marker shape and a direct label at the line end.
- 1.4.11 Non-text contrast: every colour is at least 4.5:1 against white, and segments are
  separated by a white gap, so each meets 3:1 against whatever is next to it.
- 1.4.10 Reflow: a ``viewBox`` and ``width="100%"`` scale the drawing to a 375 px screen.
- A chart without links is one ``role="img"``. A chart whose segments link to people is a
  ``role="group"`` (an image may not hold links: axe "nested-interactive"); its drawing is
  hidden from assistive technology and each link is named in words ("Vetting: 2
  missing"), so it works from the keyboard as well as the table under it.
"""

import calendar
import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from portal.compliance import STATUS_LABELS, Status

# Good to bad, left to right. "Not required" is not drawn: it is not something HR tracks.
BAR_STATUSES = (
    Status.COMPLIANT,
    Status.EXPIRING,
    Status.PENDING,
    Status.MISSING,
    Status.EXPIRED,
)

# (fill colour, pattern) per status. Colours are >= 4.5:1 against white.
STATUS_STYLE = {
    Status.COMPLIANT: ("#00703c", "solid"),
    Status.EXPIRING: ("#8a5a00", "stripes"),
    Status.PENDING: ("#1d70b8", "dots"),
    Status.MISSING: ("#d4351c", "backstripes"),
    Status.EXPIRED: ("#6b1000", "crosshatch"),
}

# Line styles, used in turn: colour (>= 4.5:1 on white), dash pattern, marker shape.
LINE_STYLES = (
    ("#0b0c0c", "", "circle"),
    ("#1d70b8", "8 4", "square"),
    ("#00703c", "2 3", "triangle"),
    ("#d4351c", "10 3 2 3", "diamond"),
    ("#4c2c92", "5 5", "cross"),
    ("#8a5a00", "12 4", "circle-open"),
)

WIDTH = 480  # viewBox units; the SVG itself is width 100%
FONT = 'font-family="inherit" font-size="13"'


@dataclass(frozen=True)
class Bar:
    """One source's bar: people per status, and optionally a link per status."""

    label: str
    counts: Mapping[Status, int]
    links: Mapping[Status, str] = field(default_factory=dict)

    @property
    def total(self):
        return sum(self.counts.get(s, 0) for s in BAR_STATUSES)


@dataclass(frozen=True)
class Series:
    """One source's line: percentage compliant (0-100, or None if unknown) per month."""

    label: str
    points: Sequence[float | None]


def n(value):
    """A coordinate as text: format_html escapes its arguments into strings first."""
    return f"{value:.1f}"


def people(count):
    return f"{count} {'person' if count == 1 else 'people'}"


def bar_summary(bar):
    """The bar in words, e.g. "Vetting: 12 compliant, 2 missing (14 people)"."""
    parts = [
        f"{bar.counts.get(s, 0)} {STATUS_LABELS[s].lower()}"
        for s in BAR_STATUSES
        if bar.counts.get(s, 0)
    ]
    return f"{bar.label}: {', '.join(parts) or 'nobody'} ({people(bar.total)})"


def month_label(month):
    return f"{calendar.month_abbr[month.month]} {month.year}"


END_LABEL_CHARS = 18


def short(label, limit=END_LABEL_CHARS):
    """A line's end label cut to fit the margin; the description and table name it in full."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def percent(value):
    return "no data" if value is None else f"{value:.0f}%"


def series_summary(series, months):
    figures = ", ".join(
        f"{month_label(m)} {percent(v)}" for m, v in zip(months, series.points, strict=False)
    )
    return f"{series.label}: {figures}"


def _svg(id_prefix, height, title, desc, body, defs="", *, has_links=False):
    if has_links:
        labels = format_html(
            'role="group" aria-labelledby="{}-title" aria-describedby="{}-desc"',
            id_prefix,
            id_prefix,
        )
    else:
        labels = format_html('role="img" aria-labelledby="{}-title {}-desc"', id_prefix, id_prefix)
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="staffroom-chart" {} '
        'width="100%" viewBox="0 0 {} {}" preserveAspectRatio="xMinYMin meet">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>'
        # Its own white ground: the colours are chosen against white, and the admin
        # may be in dark mode.
        '<defs>{}</defs><rect width="100%" height="100%" fill="#fff"/>{}</svg>',
        labels,
        WIDTH,
        height,
        id_prefix,
        title,
        id_prefix,
        desc,
        defs,
        body,
    )


def _pattern(id_prefix, status):
    colour, kind = STATUS_STYLE[status]
    marks = {
        "solid": "",
        "stripes": '<path d="M0 8 L8 0" stroke="#fff" stroke-width="1.5"/>',
        "backstripes": '<path d="M0 0 L8 8" stroke="#fff" stroke-width="1.5"/>',
        "dots": '<circle cx="4" cy="4" r="1.5" fill="#fff"/>',
        "crosshatch": '<path d="M0 0 L8 8 M0 8 L8 0" stroke="#fff" stroke-width="1"/>',
    }[kind]
    return format_html(
        '<pattern id="{}-{}" width="8" height="8" patternUnits="userSpaceOnUse">'
        '<rect width="8" height="8" fill="{}"/>{}</pattern>',
        id_prefix,
        status.value,
        colour,
        mark_safe(marks),  # noqa: S308 - constant markup above, no user data
    )


def _swatch(id_prefix, status, x, y):
    return format_html(
        '<rect x="{}" y="{}" width="14" height="14" fill="url(#{}-{})"/>',
        x,
        y,
        id_prefix,
        status.value,
    )


def _segment(id_prefix, bar, status, x, y, width, height):
    count = bar.counts.get(status, 0)
    words = f"{count} {STATUS_LABELS[status].lower()}"
    shape = format_html(
        '<rect x="{}" y="{}" width="{}" height="{}" fill="url(#{}-{})" '
        'stroke="#fff" stroke-width="2"><title>{}: {}</title></rect>',
        n(x),
        y,
        n(width),
        height,
        id_prefix,
        status.value,
        bar.label,
        words,
    )
    if width >= 10 * len(str(count)) + 8:
        # White count on the segment; the halo in the segment colour keeps it legible
        # over the pattern.
        shape += format_html(
            '<text x="{}" y="{}" text-anchor="middle" fill="#fff" stroke="{}" '
            'stroke-width="4" paint-order="stroke" font-weight="bold" {}>{}</text>',
            n(x + width / 2),
            y + height / 2 + 5,
            STATUS_STYLE[status][0],
            mark_safe(FONT),  # noqa: S308 - constant
            count,
        )
    url = bar.links.get(status)
    if not url:
        return format_html('<g aria-hidden="true">{}</g>', shape)
    return format_html(
        '<a href="{}" aria-label="{}: {}"><g aria-hidden="true">{}</g></a>',
        url,
        bar.label,
        words,
        shape,
    )


def status_bars(bars: Sequence[Bar], *, title: str, id_prefix: str = "status-bars") -> SafeString:
    """A horizontal stacked bar per source: people by status, good to bad.

    Each row has the source name above its bar, each segment its count on it (when it
    fits) and a key under it naming every status with its count, so nothing depends on
    colour. ``id_prefix`` must be unique on the page (it names the patterns).
    """
    left, inner = 8, WIDTH - 16
    row_height = 24 + 28 + 48
    rows = []
    for index, bar in enumerate(bars):
        top = 8 + index * row_height
        row = format_html(
            '<text x="{}" y="{}" font-weight="bold" aria-hidden="true" {}>{}</text>',
            left,
            top + 14,
            mark_safe(FONT),  # noqa: S308 - constant
            bar.label,
        )
        x = float(left)
        if bar.total == 0:
            row += format_html(
                '<g aria-hidden="true"><rect x="{}" y="{}" width="{}" height="28" fill="#fff" '
                'stroke="#505a5f"/><text x="{}" y="{}" {}>Nobody to count</text></g>',
                left,
                top + 22,
                inner,
                left + 8,
                top + 41,
                mark_safe(FONT),  # noqa: S308 - constant
            )
        for status in BAR_STATUSES:
            count = bar.counts.get(status, 0)
            if not count:
                continue
            width = inner * count / bar.total
            row += _segment(id_prefix, bar, status, x, top + 22, width, 28)
            x += width
        # The key: every status with a count, three to a line.
        for k, status in enumerate(BAR_STATUSES):
            kx = left + (k % 3) * 160
            ky = top + 56 + (k // 3) * 20
            row += _swatch(id_prefix, status, kx, ky)
            row += format_html(
                '<text x="{}" y="{}" aria-hidden="true" {}>{}: {}</text>',
                kx + 20,
                ky + 12,
                mark_safe(FONT),  # noqa: S308 - constant
                STATUS_LABELS[status],
                bar.counts.get(status, 0),
            )
        rows.append(format_html("<g>{}</g>", row))
    defs = format_html_join("", "{}", ((_pattern(id_prefix, s),) for s in BAR_STATUSES))
    desc = "; ".join(bar_summary(bar) for bar in bars) or "No sources to show."
    height = 8 + max(len(bars), 1) * row_height
    has_links = any(bar.links for bar in bars)
    body = mark_safe("".join(rows))  # noqa: S308 - parts built by format_html
    return _svg(id_prefix, height, title, desc, body, defs, has_links=has_links)


def _marker(shape, x, y, colour):
    if shape == "circle":
        return format_html('<circle cx="{}" cy="{}" r="4" fill="{}"/>', n(x), n(y), colour)
    if shape == "circle-open":
        return format_html(
            '<circle cx="{}" cy="{}" r="4" fill="#fff" stroke="{}" stroke-width="2"/>',
            n(x),
            n(y),
            colour,
        )
    if shape == "square":
        return format_html(
            '<rect x="{}" y="{}" width="8" height="8" fill="{}"/>', n(x - 4), n(y - 4), colour
        )
    if shape == "triangle":
        return format_html('<path d="M{} {} l5 9 h-10 z" fill="{}"/>', n(x), n(y - 5), colour)
    if shape == "diamond":
        return format_html(
            '<path d="M{} {} l5 5 l-5 5 l-5 -5 z" fill="{}"/>', n(x), n(y - 5), colour
        )
    return format_html(  # cross
        '<path d="M{} {} l8 8 m0 -8 l-8 8" stroke="{}" stroke-width="2"/>',
        n(x - 4),
        n(y - 4),
        colour,
    )


def _spread(positions, gap=14):
    """Move end labels apart so that no two overlap; keeps their order."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = list(positions)
    for before, after in zip(order, order[1:], strict=False):
        placed[after] = max(placed[after], placed[before] + gap)
    return placed


def trend_lines(
    series: Sequence[Series],
    months: Sequence[datetime.date],
    *,
    title: str,
    id_prefix: str = "trend-lines",
) -> SafeString:
    """A line per source: percentage compliant at each month (oldest first).

    Axis: 0-100% with gridlines every 25%, a tick label per month. Each line has its own
    dash pattern and marker shape and is named at its last point. A month without data
    (None) breaks the line rather than drawing it as zero.
    """
    # The right margin holds the end labels (names of up to END_LABEL_CHARS characters).
    left, top, plot_w, plot_h = 40, 12, WIDTH - 40 - 170, 200
    step = plot_w / max(len(months) - 1, 1)

    def xy(i, value):
        return left + i * step, top + plot_h * (1 - value / 100)

    axis = format_html_join(
        "",
        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#b1b4b6"/>'
        '<text x="{}" y="{}" text-anchor="end" {}>{}%</text>',
        (
            (left, left + plot_w, n(y), n(y), left - 4, n(y + 4), mark_safe(FONT), pct)  # noqa: S308
            for pct in (0, 25, 50, 75, 100)
            for y in [top + plot_h * (1 - pct / 100)]
        ),
    )
    axis += format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle" font-size="11">{}</text>',
        (
            (n(left + i * step), top + plot_h + 16, calendar.month_abbr[m.month])
            for i, m in enumerate(months)
        ),
    )
    if months:
        axis += format_html(
            '<text x="{}" y="{}" font-size="11">{} to {}</text>',
            left,
            top + plot_h + 34,
            month_label(months[0]),
            month_label(months[-1]),
        )
    lines, ends = [], []
    for index, one in enumerate(series):
        colour, dash, shape = LINE_STYLES[index % len(LINE_STYLES)]
        runs, run = [], []
        for i, value in enumerate(one.points[: len(months)]):
            if value is None:
                runs, run = runs + [run] if run else runs, []
            else:
                run.append(xy(i, value))
        if run:
            runs.append(run)
        paths = format_html_join(
            "",
            '<polyline points="{}" fill="none" stroke="{}" stroke-width="2" '
            'stroke-dasharray="{}"/>',
            ((" ".join(f"{x:.1f},{y:.1f}" for x, y in r), colour, dash or "none") for r in runs),
        )
        markers = format_html_join(
            "", "{}", ((_marker(shape, x, y, colour),) for r in runs for x, y in r)
        )
        lines.append(format_html("<g>{}{}</g>", paths, markers))
        last = [(i, v) for i, v in enumerate(one.points[: len(months)]) if v is not None]
        if last:
            i, value = last[-1]
            ends.append((index, one.label, value, xy(i, value)[1], colour, shape))
    placed = _spread([y for *_, y, _, _ in ends])
    labels = format_html_join(
        "",
        '{}<text x="{}" y="{}" {}>{} {}</text>',
        (
            (
                _marker(shape, left + plot_w + 12, y, colour),
                left + plot_w + 20,
                n(y + 4),
                mark_safe(FONT),  # noqa: S308 - constant
                short(label),
                percent(value),
            )
            for (_, label, value, _, colour, shape), y in zip(ends, placed, strict=False)
        ),
    )
    height = top + plot_h + 44
    if ends:
        height = max(height, int(max(placed)) + 12)
    desc = "; ".join(series_summary(s, months) for s in series) or "No sources to show."
    body = axis + mark_safe("".join(lines)) + labels  # noqa: S308 - parts built by format_html
    return _svg(id_prefix, height, title, desc, body)
