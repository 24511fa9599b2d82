"""Every spreadsheet the product gives out is safe to open in Excel.

A cell starting = + - @ (or a tab or carriage return) runs as a formula when a CSV is
opened, so a member of staff named ``=HYPERLINK("http://x")`` must come out as text in
every CSV export, ours and Wagtail's own list and report exports alike. The export
URLs are found by walking the URL configuration, so a new export is covered the day it
is added.
"""

import csv
import io

import pytest
from django.test import Client
from django.urls import resolve
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from portal.spreadsheets import DANGEROUS_FIRST
from tests.security import urlwalk

pytestmark = pytest.mark.django_db

HOSTILE = {"first_name": '=HYPERLINK("http://x")', "last_name": "+1", "preferred_name": "@SUM(1)"}
PERSONAS = ["hr_a", "trust_hr", "superuser"]


def export_urls():
    """Every argument-free admin URL whose view offers ?export=."""
    urls = []
    for _key, route in urlwalk.walk():
        if any(c in route for c in "<(^$") or route.endswith("/results/"):
            continue
        url = "/" + route
        match = resolve(url)
        view_class = getattr(match.func, "view_class", None)
        if not (view_class and issubclass(view_class, SpreadsheetExportMixin)):
            continue
        initkwargs = getattr(match.func, "view_initkwargs", {})
        offers = initkwargs.get("list_export", view_class.list_export)
        if offers or getattr(view_class, "show_export_buttons", None) is True:
            urls.append(url)
    return urls


@pytest.fixture(scope="module")
def hostile_world(world):
    for person in world.people.values():
        for name, value in HOSTILE.items():
            setattr(person, name, value)
        person.save()
    world.school_a.name = "-School A"
    world.school_a.save()
    world.course.title = "\tSafeguarding"
    world.course.save()
    return world


def fetch(world, persona, url):
    client = Client()
    client.force_login(world.users[persona])
    response = client.get(url)
    if response.status_code != 200:
        return None, None
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response["Content-Type"], body


def test_the_walk_finds_the_exports_hr_uses():
    urls = export_urls()
    for expected in (
        "/admin/staff/",
        "/admin/training_records/",
        "/admin/training_matrix/",
        "/admin/scr/",
        "/admin/handbook/reports/acknowledgements/",
        "/admin/reports/site-history/",
    ):
        assert any(u.startswith(expected) for u in urls), (expected, urls)


def test_every_csv_export_neutralises_formula_cells(hostile_world):
    checked, names_seen = [], set()
    for url in export_urls():
        for persona in PERSONAS:
            kind, body = fetch(hostile_world, persona, url + "?export=csv")
            if kind is None or not kind.startswith("text/csv"):
                continue
            checked.append((persona, url))
            rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
            for row in rows[1:]:
                for cell in row:
                    assert not cell.startswith(DANGEROUS_FIRST), (persona, url, cell)
                    if cell.startswith("'") and cell[1:].startswith(tuple(HOSTILE.values())):
                        names_seen.add(url)
    assert checked, "no CSV export answered"
    assert any(u.startswith("/admin/staff/") for u in names_seen), names_seen
    assert len(names_seen) >= 3, names_seen  # staff, training and induction at least


def test_every_xlsx_export_writes_formula_looking_text_as_text(hostile_world):
    checked = 0
    for url in export_urls():
        for persona in PERSONAS:
            kind, body = fetch(hostile_world, persona, url + "?export=xlsx")
            if kind is None or "spreadsheetml" not in kind:
                continue
            checked += 1
            workbook = load_workbook(io.BytesIO(body))
            for sheet in workbook.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        assert cell.data_type != "f", (persona, url, cell.value)
    assert checked
