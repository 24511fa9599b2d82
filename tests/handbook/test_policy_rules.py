"""Policy business rules: review dates, who is reminded, who must acknowledge."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from handbook.acknowledging import is_required
from handbook.models import PolicyCategory, PolicyPage
from people import scope as p
from portal.dates import add_months
from tests.factories import StaffMemberFactory, UserFactory
from tests.handbook.factories import make_policy


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 9, 1), 12, date(2026, 9, 1)),
        (date(2025, 11, 15), 24, date(2027, 11, 15)),
        (date(2026, 3, 1), -12, date(2025, 3, 1)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.django_db
def test_review_date_before_approval_is_refused(sections):
    with pytest.raises(ValidationError) as refused:
        make_policy(
            sections["policies"],
            approved_on=date(2025, 9, 1),
            next_review_date=date(2025, 8, 31),
        )
    assert "cannot be before the approval date" in str(refused.value)
    assert not PolicyPage.objects.exists()


@pytest.mark.django_db
def test_blank_review_date_is_approval_plus_interval(sections):
    policy = make_policy(
        sections["policies"], approved_on=date(2025, 9, 1), review_interval_months=24
    )
    assert policy.next_review_date == date(2027, 9, 1)


@pytest.mark.django_db  # a new Page looks up the default locale
def test_overdue_and_due_soon():
    today = date(2026, 3, 3)
    page = PolicyPage(approved_on=date(2025, 3, 2), next_review_date=date(2026, 3, 2))
    assert page.review_overdue(today)
    page.next_review_date = today + timedelta(days=60)
    assert not page.review_overdue(today) and page.review_due_soon(today)
    page.next_review_date = today + timedelta(days=61)
    assert not page.review_due_soon(today)


@pytest.mark.django_db
def test_reminders_go_to_the_owner_while_in_post(groups, school_a):
    owner_user = UserFactory(username="owner")
    owner = StaffMemberFactory(school=school_a, user=owner_user)
    page = PolicyPage(policy_owner=owner)
    assert page.review_reminder_recipients() == [owner_user]


@pytest.mark.django_db
def test_reminders_go_to_handbook_editors_when_the_owner_has_left(groups, school_a):
    owner = StaffMemberFactory(
        school=school_a,
        user=UserFactory(username="leaver"),
        leaving_date=timezone.localdate() - timedelta(days=1),
    )
    editor = UserFactory(username="ed", groups=[p.EDITOR])
    assert PolicyPage(policy_owner=owner).review_reminder_recipients() == [editor]
    assert PolicyPage(policy_owner=None).review_reminder_recipients() == [editor]


@pytest.mark.django_db
def test_categories_are_seeded_with_the_twelve_areas():
    names = set(PolicyCategory.objects.values_list("name", flat=True))
    assert {"Safeguarding and child protection", "Intimate care", "SEND", "Attendance"} <= names
    assert len(names) >= 12
    assert PolicyCategory.objects.get(name="Data protection").default_review_months == 24


@pytest.mark.django_db
def test_required_for_all_staff_or_chosen_roles(sections, ta_role):
    everyone = make_policy(sections["policies"], title="Code of conduct")
    only_tas = make_policy(sections["policies"], title="Intimate care", roles=[ta_role])
    assert is_required(everyone, set())
    assert is_required(only_tas, {ta_role.pk})
    assert not is_required(only_tas, {ta_role.pk + 1000})
