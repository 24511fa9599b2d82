from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from people.models import StaffMember
from tests.factories import SchoolFactory, StaffMemberFactory, TrustFactory

pytestmark = pytest.mark.django_db


def test_staff_number_is_unique_within_a_trust():
    school = SchoolFactory()
    StaffMemberFactory(school=school, staff_number="T100")
    other_school_same_trust = SchoolFactory(trust=school.trust)
    with pytest.raises(IntegrityError), transaction.atomic():
        StaffMemberFactory(school=other_school_same_trust, staff_number="T100")


def test_same_staff_number_is_allowed_in_another_trust():
    StaffMemberFactory(school=SchoolFactory(), staff_number="T100")
    other = StaffMemberFactory(
        school=SchoolFactory(trust=TrustFactory(name="Other trust")), staff_number="T100"
    )
    assert other.pk


def test_duplicate_staff_number_gives_a_clear_form_error():
    school = SchoolFactory()
    StaffMemberFactory(school=school, staff_number="T100")
    person = StaffMember(
        school=school,
        staff_number="T100",
        first_name="A",
        last_name="B",
        start_date=date(2025, 1, 1),
    )
    with pytest.raises(ValidationError) as err:
        person.full_clean()
    assert "Another person in this trust has this staff number" in str(err.value)


def test_trust_follows_the_school():
    school = SchoolFactory()
    person = StaffMemberFactory(school=school)
    assert person.trust == school.trust


def test_leaving_date_before_start_is_refused():
    person = StaffMemberFactory.build(
        school=SchoolFactory(), start_date=date(2025, 9, 1), leaving_date=date(2025, 8, 1)
    )
    with pytest.raises(ValidationError):
        person.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        person.save()


def test_leavers_are_kept_but_drop_out_of_current_staff():
    school = SchoolFactory()
    stayer = StaffMemberFactory(school=school)
    leaver = StaffMemberFactory(school=school, leaving_date=date(2025, 12, 31))
    current = StaffMember.objects.current(on=date(2026, 1, 5))
    assert stayer in current
    assert leaver not in current
    assert StaffMember.objects.filter(pk=leaver.pk).exists()
    assert leaver in StaffMember.objects.current(on=date(2025, 12, 31))


def test_preferred_name_is_used_for_display():
    person = StaffMemberFactory(first_name="Katherine", preferred_name="Kate", last_name="Ng")
    assert str(person) == "Kate Ng"


def test_urn_must_be_six_or_seven_digits():
    school = SchoolFactory.build(urn="12AB", trust=TrustFactory())
    with pytest.raises(ValidationError) as err:
        school.full_clean()
    assert "URN is six or seven digits" in str(err.value)
