"""Whatever a school uploads, the staff, SCR and training imports answer with a report,
never a server error, and a refused file changes nothing (no partial writes)."""

import datetime
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.models import ModelLogEntry

from people.importers.scr import ScrImport
from people.importers.staff import StaffImport
from people.models import RoleAssignment, StaffMember, VettingCheck
from training.importers.records import TrainingImport
from training.models import TrainingRecord

pytestmark = pytest.mark.django_db
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HEADINGS = [
    "Staff Number", "Forename", "Surname", "Known As", "Post", "Contract Type", "Start Date",
    "End Date", "Email", "School", "Identity checked", "DBS Cert No", "DBS Issue Date",
    "List 99", "Notes", "Course", "Date Completed", "Expiry", "Safeguarding", "Mystery",
]  # fmt: skip
values = st.one_of(
    st.none(),
    st.text(max_size=25),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.sampled_from(["Y", "✓", "N/A", "Sept 2017", "02/09/2024", "31/02/2024", "0042",
                     "001234567890", "Permanent", "PRM", "x" * 40, "a@b.example"]),
    st.datetimes(min_value=datetime.datetime(1990, 1, 1), max_value=datetime.datetime(2030, 1, 1)),
)  # fmt: skip
files = st.tuples(
    st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=10, unique=True),
    st.lists(st.lists(values, max_size=10), max_size=6),
)


def xlsx(headings, rows):
    book = Workbook()
    book.active.append(headings)
    for row in rows:
        book.active.append(
            [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row]
        )
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def counts():
    models = (StaffMember, RoleAssignment, VettingCheck, TrainingRecord, ModelLogEntry)
    return tuple(m.objects.count() for m in models)


@pytest.mark.parametrize("kind", ["staff", "scr", "training"])
def test_any_file_gets_a_report_and_a_refused_one_changes_nothing(kind, school_a):
    @SETTINGS
    @given(files, st.booleans())
    def run(shape, as_bytes):
        data = xlsx(*shape)
        if as_bytes:  # the same content as raw text, or garbage
            data = "\n".join(",".join(map(str, shape[0])) for _ in range(2)).encode()
        build = {
            "staff": lambda: StaffImport(data, school=school_a, create_roles=True),
            "scr": lambda: ScrImport(data, school=school_a, create_missing=True),
            "training": lambda: TrainingImport(data, create_courses=True),
        }[kind]
        before = counts()
        report = build().apply()
        assert all(str(e) for e in report.errors)
        if not report.ok:
            assert counts() == before, "a refused import changed the database"

    run()
