"""The compliance charts: figures, links and text alternative, read back from the SVG."""

import datetime
import xml.etree.ElementTree as ET

from portal.charts import Bar, Series, status_bars, trend_lines
from portal.compliance import Status

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup):
    return ET.fromstring(str(markup))  # noqa: S314 - our own output, under test


def texts(root):
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def vetting_bar(**kwargs):
    return Bar(
        "Vetting",
        {Status.COMPLIANT: 12, Status.EXPIRING: 3, Status.MISSING: 2, Status.EXPIRED: 1},
        **kwargs,
    )


def test_bar_chart_names_every_status_with_its_count():
    root = parse(status_bars([vetting_bar()], title="School A"))
    shown = texts(root)
    assert "Compliant: 12" in shown
    assert "Expiring soon: 3" in shown
    assert "Pending: 0" in shown
    assert "Missing: 2" in shown
    assert "Expired: 1" in shown
    assert "12" in shown  # the count drawn on the compliant segment itself


def test_bar_chart_is_an_image_with_the_figures_in_its_description():
    root = parse(status_bars([vetting_bar(), Bar("Training", {Status.PENDING: 1})], title="A"))
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("viewBox").startswith("0 0 ")
    assert root.find(f"{SVG}title").text == "A"
    desc = root.find(f"{SVG}desc").text
    assert "Vetting: 12 compliant, 3 expiring soon, 2 missing, 1 expired (18 people)" in desc
    assert "Training: 1 pending (1 person)" in desc
    assert root.get("aria-labelledby") == "status-bars-title status-bars-desc"


def test_segments_link_to_the_people_behind_them():
    links = {Status.MISSING: "/admin/scr/?source=vetting&status=missing"}
    root = parse(status_bars([vetting_bar(links=links)], title="A"))
    anchors = list(root.iter(f"{SVG}a"))
    assert [a.get("href") for a in anchors] == [links[Status.MISSING]]
    # A link is named in words; an image may not hold links, so the chart is a group
    # whose drawing is hidden from screen readers.
    assert anchors[0].get("aria-label") == "Vetting: 2 missing"
    assert anchors[0].get("tabindex") is None  # reachable from the keyboard
    assert root.get("role") == "group"
    assert root.get("aria-labelledby") == "status-bars-title"
    assert root.get("aria-describedby") == "status-bars-desc"


def test_a_school_or_source_named_like_markup_is_text():
    evil = "<script>alert(1)</script>"
    markup = status_bars([Bar(evil, {Status.COMPLIANT: 1})], title=evil)
    assert "<script>" not in markup
    root = parse(markup)
    assert root.find(f"{SVG}title").text == evil
    assert evil in texts(root)
    assert root.find(f".//{SVG}script") is None


def test_empty_source_says_nobody_rather_than_drawing_nothing():
    root = parse(status_bars([Bar("Induction", {})], title="A"))
    assert "Nobody to count" in texts(root)
    assert "Induction: nobody (0 people)" in root.find(f"{SVG}desc").text


MONTHS = [datetime.date(2026, m, 1) for m in range(1, 13)]


def test_trend_chart_states_every_month_and_labels_each_line_end():
    vetting = Series("Vetting", [80 + m for m in range(12)])
    training = Series("Training", [None, None, *[50.0] * 10])
    root = parse(trend_lines([vetting, training], MONTHS, title="Compliance over the year"))
    desc = root.find(f"{SVG}desc").text
    assert "Vetting: Jan 2026 80%, Feb 2026 81%" in desc
    assert "Dec 2026 91%" in desc
    assert "Training: Jan 2026 no data, Feb 2026 no data, Mar 2026 50%" in desc
    shown = texts(root)
    assert "Vetting 91%" in shown and "Training 50%" in shown
    assert {"0%", "50%", "100%", "Jan", "Dec", "Jan 2026 to Dec 2026"} <= set(shown)


def test_lines_differ_by_dash_pattern_not_only_colour():
    series = [Series(name, [50.0] * 12) for name in ("Vetting", "Training", "Policies")]
    root = parse(trend_lines(series, MONTHS, title="T"))
    dashes = [p.get("stroke-dasharray") for p in root.iter(f"{SVG}polyline")]
    assert len(dashes) == 3 and len(set(dashes)) == 3


def test_labels_of_lines_ending_at_the_same_value_do_not_overlap():
    series = [Series(name, [50.0] * 12) for name in ("Vetting", "Training")]
    root = parse(trend_lines(series, MONTHS, title="T"))
    ends = [t for t in root.iter(f"{SVG}text") if (t.text or "").endswith(" 50%")]
    ys = [float(t.get("y")) for t in ends]
    assert len(ys) == 2 and abs(ys[0] - ys[1]) >= 14


def test_a_missing_month_breaks_the_line():
    root = parse(trend_lines([Series("Vetting", [90, 90, None, *[95] * 9])], MONTHS, title="T"))
    assert len(list(root.iter(f"{SVG}polyline"))) == 2


def test_trend_chart_escapes_source_names():
    evil = "<script>x</script>"
    markup = trend_lines([Series(evil, [10] * 12)], MONTHS, title="T")
    assert "<script>" not in markup
    assert f"{evil} 10%" in texts(parse(markup))


def test_picture_template_gives_the_same_figures_as_a_table_with_the_links():
    from django.template.loader import render_to_string

    from portal.chart_pictures import status_picture

    links = {Status.MISSING: "/admin/scr/?status=missing"}
    bars = [vetting_bar(links=links), Bar("<script>", {Status.PENDING: 4})]
    html = render_to_string(
        "portal/charts/compliance_picture.html",
        {"picture": status_picture(bars, title="School A")},
    )
    assert "<script>" not in html
    assert '<th scope="row" role="rowheader">&lt;script&gt;</th>' in html
    assert 'role="group"' in html  # a chart with links
    assert 'class="listing staffroom-picture__table staffroom-stacking-table" role="table"' in html
    assert '<a href="/admin/scr/?status=missing">2<span class="w-sr-only"> Vetting: Missing' in html
    assert 'data-label="People">18</td>' in html  # people in all, for the vetting row


def test_trend_picture_table_has_a_row_per_month_and_a_column_per_source():
    from django.template.loader import render_to_string

    from portal.chart_pictures import trend_picture

    picture = trend_picture([Series("Vetting", [None, *[90] * 11])], MONTHS, title="Year")
    html = render_to_string("portal/charts/compliance_picture.html", {"picture": picture})
    assert (
        '<th scope="row" role="rowheader">Jan 2026</th>' in html
        and '<th scope="row" role="rowheader">Dec 2026</th>' in html
    )
    assert (
        '<th scope="col" role="columnheader">Month</th>' in html
        and '<th scope="col" role="columnheader">Vetting</th>' in html
    )
    assert "no data</td>" in html and html.count("90%</td>") == 11
    assert "People" not in html


def test_a_long_source_name_is_shortened_at_the_line_end_but_given_in_full_in_words():
    name = "Policy acknowledgements and read receipts"
    root = parse(trend_lines([Series(name, [60] * 12)], MONTHS, title="T"))
    assert "Policy acknowledg\u2026 60%" in texts(root)
    assert name in root.find(f"{SVG}desc").text
