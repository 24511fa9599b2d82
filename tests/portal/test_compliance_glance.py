"""HR at a glance: each school's compliance picture on the admin home, in scope only,
with words and a table beside every chart, links to the people behind each figure, and
a fixed number of queries however many people a school has."""

import pytest
from django.utils import timezone

from people.compliance_counts import tally
from portal.compliance import Requirement, Result, Status
from tests.factories import StaffMemberFactory, VettingCheckFactory

pytestmark = pytest.mark.django_db


def result(source, status):
    return Result(Requirement(source, "k", "K"), status)


def test_a_person_counts_once_per_source_by_their_worst_result():
    results = {
        1: [result("training", Status.COMPLIANT), result("training", Status.EXPIRED)],
        2: [result("training", Status.COMPLIANT), result("vetting", Status.PENDING)],
        3: [result("training", Status.NOT_REQUIRED)],
    }
    counts = tally({1: 10, 2: 10, 3: 20}, results)
    assert counts[10]["training"] == {Status.EXPIRED: 1, Status.COMPLIANT: 1}
    assert counts[10]["vetting"] == {Status.PENDING: 1}
    assert "training" not in counts.get(20, {})  # nothing required: not counted


def test_hr_sees_their_school_only_with_text_alternative_table_and_links(
    client, hr_user_a, school_a, school_b
):
    StaffMemberFactory(school=school_a, last_name="Ashby")
    StaffMemberFactory(school=school_b, last_name="Bristow")
    client.force_login(hr_user_a)
    page = client.get("/admin/").content.decode()
    assert "School A: people by compliance status" in page
    assert "School B" not in page
    assert 'role="img"' in page and "<desc" in page
    assert "Vetting checks: " in page  # the figures in words in the description
    assert "<caption" in page  # the table of the same figures
    # A missing vetting figure links to those people in the SCR.
    assert f"/admin/scr/?school={school_a.pk}&amp;status=missing" in page
    assert "Compliance over the last 12 months" in page


def test_trust_hr_sees_every_school_of_the_trust(client, trust_hr_user, school_a, school_b):
    client.force_login(trust_hr_user)
    page = client.get("/admin/").content.decode()
    assert "School A: people by compliance status" in page
    assert "School B: people by compliance status" in page


def test_the_scr_status_filter_lists_the_people_the_picture_counts(client, hr_user_a, school_a):
    done = StaffMemberFactory(school=school_a, last_name="Fullychecked")
    for check in ("identity", "right_to_work", "dbs", "barred_list", "fitness"):
        VettingCheckFactory(staff_member=done, check_type=check)
    StaffMemberFactory(school=school_a, last_name="Nochecks")
    client.force_login(hr_user_a)
    page = client.get(f"/admin/scr/?school={school_a.pk}&status=missing").content.decode()
    assert "Nochecks" in page
    assert "Fullychecked" not in page


def make_staff(school, count):
    today = timezone.localdate()
    for _ in range(count):
        person = StaffMemberFactory(school=school)
        VettingCheckFactory(staff_member=person, check_type="identity", completed_on=today)


def count_home_queries(client, django_assert_max_num_queries):
    # New people and roles change the content version: the shared caches refill on this
    # visit, so the counted visit is the same kind of visit at both sizes.
    client.get("/admin/")
    with django_assert_max_num_queries(200) as captured:
        assert client.get("/admin/").status_code == 200
    return len(captured)


def test_the_admin_home_costs_the_same_queries_for_3_or_30_people(
    client, hr_user_a, school_a, django_assert_max_num_queries
):
    client.force_login(hr_user_a)
    client.get("/admin/")  # warm caches
    make_staff(school_a, 3)
    three = count_home_queries(client, django_assert_max_num_queries)
    make_staff(school_a, 27)
    thirty = count_home_queries(client, django_assert_max_num_queries)
    assert thirty == three
