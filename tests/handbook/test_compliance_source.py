"""The "policies" compliance source: each required policy, compliant or missing."""

import pytest

from handbook.compliance import PolicySource
from people.models import StaffMember
from portal.compliance import Status, sources
from tests.factories import StaffMemberFactory
from tests.handbook.factories import make_policy

pytestmark = pytest.mark.django_db


def test_registered_with_portal():
    assert any(isinstance(s, PolicySource) for s in sources())


def test_acknowledged_is_compliant_and_unread_is_missing(reader, reader_client, sections, ta_role):
    read = make_policy(sections["policies"], title="Code of conduct")
    make_policy(sections["policies"], title="Intimate care", roles=[ta_role])
    reader_client.post(f"/my/policies/{read.pk}/acknowledge/", {"revision": read.live_revision_id})

    person = reader.staff_member
    results = PolicySource().results_for(StaffMember.objects.filter(pk=person.pk))[person.pk]
    by_label = {r.requirement.label: r.status for r in results}
    assert by_label == {
        "Read: Code of conduct": Status.COMPLIANT,
        "Read: Intimate care": Status.MISSING,
    }


def test_a_role_policy_is_not_required_of_other_roles(sections, school_a, ta_role):
    make_policy(sections["policies"], title="Intimate care", roles=[ta_role])
    other = StaffMemberFactory(school=school_a)
    assert PolicySource().results_for(StaffMember.objects.filter(pk=other.pk)) == {other.pk: []}


@pytest.mark.parametrize("people", [3, 30])
def test_query_count_does_not_grow_with_staff(
    people, sections, school_a, ta_role, django_assert_max_num_queries
):
    for n in range(3):
        make_policy(sections["policies"], title=f"Policy {n}", roles=[ta_role] if n else None)
    for _ in range(people):
        StaffMemberFactory(school=school_a, role=ta_role)
    with django_assert_max_num_queries(5):
        results = PolicySource().results_for(StaffMember.objects.all())
    assert len(results) == people
    assert all(len(r) == 3 for r in results.values())
