"""Daily compliance snapshots: one per school, source and day; a year kept; the trend
drawn from each month's last snapshot; a year of history in the demo."""

import datetime
import io

import pytest
from django.core.management import call_command

from people.models import ComplianceSnapshot, School
from people.snapshots import monthly_trend, take
from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 11, 30)


@pytest.fixture
def staff(school_a):
    done = StaffMemberFactory(school=school_a)
    for check in ("identity", "right_to_work", "dbs", "barred_list", "fitness"):
        VettingCheckFactory(staff_member=done, check_type=check, completed_on=DAY)
    StaffMemberFactory(school=school_a)  # nothing checked: missing


def vetting_rows(school):
    return list(
        ComplianceSnapshot.objects.filter(school=school, source="vetting").values_list(
            "day", "compliant", "expiring", "pending", "missing", "expired"
        )
    )


def test_running_twice_on_a_day_changes_nothing(staff, school_a):
    out = io.StringIO()
    call_command("snapshot_compliance", "--date", DAY.isoformat(), stdout=out)
    first = vetting_rows(school_a)
    call_command("snapshot_compliance", "--date", DAY.isoformat(), stdout=out)
    assert vetting_rows(school_a) == first == [(DAY, 1, 0, 0, 1, 0)]
    assert "snapshots" in out.getvalue()


def test_a_year_is_kept_and_older_snapshots_are_deleted(staff, school_a):
    old = ComplianceSnapshot.objects.create(
        school=school_a, source="vetting", day=datetime.date(2025, 11, 29), compliant=5
    )
    kept = ComplianceSnapshot.objects.create(
        school=school_a, source="vetting", day=datetime.date(2025, 11, 30), compliant=5
    )
    take(DAY)
    assert not ComplianceSnapshot.objects.filter(pk=old.pk).exists()
    assert ComplianceSnapshot.objects.filter(pk=kept.pk).exists()


def test_the_trend_takes_each_months_last_snapshot_and_adds_schools_up(school_a, school_b):
    def snap(school, day, compliant, missing):
        ComplianceSnapshot.objects.create(
            school=school, source="vetting", day=day, compliant=compliant, missing=missing
        )

    snap(school_a, datetime.date(2026, 10, 1), 0, 10)  # not the month's last
    snap(school_a, datetime.date(2026, 10, 31), 8, 2)
    snap(school_b, datetime.date(2026, 10, 20), 2, 8)
    months, trend = monthly_trend([school_a, school_b], ["vetting"], DAY)
    assert len(months) == 12 and months[-1] == datetime.date(2026, 11, 1)
    assert trend["vetting"][-2] == 50  # (8 + 2) of 20
    assert trend["vetting"][-1] is None  # nothing in November: a gap, not zero


def test_after_the_demo_the_trend_has_12_points_per_source():
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())  # idempotent: no second history
    school = School.objects.get(name="Riverside Primary School")
    sources = sorted(
        set(ComplianceSnapshot.objects.filter(school=school).values_list("source", flat=True))
    )
    assert sources == ["induction", "policies", "training", "vetting"]
    _months, trend = monthly_trend([school], sources)
    for source in sources:
        assert all(point is not None for point in trend[source]), source
    per_source_day = ComplianceSnapshot.objects.filter(school=school, source="vetting")
    assert per_source_day.count() == 12
