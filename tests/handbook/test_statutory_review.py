"""Statutory policy review periods, "no approval date is due now", DfE categories, and
KCSIE Part one acknowledged per edition on the SCR."""

import importlib
from datetime import date

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone

from handbook import review
from handbook.models import PolicyCategory, PolicyPage
from tests.handbook.factories import make_policy, republish

TODAY = date(2026, 3, 3)


def test_a_safeguarding_policy_cannot_be_reviewed_less_often_than_every_12_months():
    errors = review.review_errors(
        "Safeguarding and child protection", 12, 24, date(2026, 1, 1), date(2027, 6, 1)
    )
    assert errors["review_interval_months"] == (
        "Safeguarding and child protection policies must be reviewed at least every 12 "
        "months (DfE statutory policies)."
    )
    assert "latest next review date is 01/01/2027" in errors["next_review_date"]
    assert review.review_errors("Behaviour", None, 36, date(2026, 1, 1), None) == {}
    assert review.review_errors("Safeguarding", 12, 6, date(2026, 1, 1), None) == {}


def test_a_policy_with_no_approval_date_is_due_now():
    assert review.review_status(None, None, TODAY, 60) == review.MISSING
    assert review.review_status(date(2025, 1, 1), None, TODAY, 60) == review.MISSING
    assert review.review_status(date(2025, 1, 1), date(2026, 3, 2), TODAY, 60) == review.OVERDUE
    assert review.review_status(date(2025, 1, 1), date(2026, 4, 1), TODAY, 60) == review.DUE_SOON
    assert review.review_status(date(2025, 1, 1), date(2026, 9, 1), TODAY, 60) == review.NOT_DUE


@pytest.mark.django_db
def test_the_policy_model_refuses_a_longer_interval_than_the_category_allows(sections):
    category = PolicyCategory.objects.get(name="Safeguarding and child protection")
    assert category.statutory_review_months == 12
    page = PolicyPage(
        title="Child protection",
        category=category,
        version_label="1",
        approved_on=TODAY,
        review_interval_months=24,
    )
    with pytest.raises(ValidationError) as caught:
        page.clean()
    assert "at least every 12 months" in str(caught.value.message_dict["review_interval_months"])
    category.default_review_months = 24
    with pytest.raises(ValidationError):
        category.clean()


@pytest.mark.django_db
def test_an_unapproved_policy_is_on_the_review_report_and_reminded(sections):
    from handbook.reminders import build
    from people import scope as p
    from tests.handbook.conftest import user_in

    editor = user_in(p.EDITOR, "editor1")
    editor.email = "editor1@example.org"
    editor.save()
    page = make_policy(sections["policies"], title="Uniform", approved_on=None)
    assert page.review_overdue()
    assert page.review_status() == review.MISSING
    assert any("no approval date" in r.subject for r in build(timezone.localdate()))


@pytest.mark.django_db
def test_the_dfe_statutory_categories_are_seeded_once():
    seed = importlib.import_module(
        "handbook.migrations.0006_seed_dfe_statutory_policy_categories"
    ).seed
    before = PolicyCategory.objects.count()
    seed(apps, None)
    assert PolicyCategory.objects.count() == before
    names = set(PolicyCategory.objects.values_list("name", flat=True))
    assert {"Complaints", "Accessibility plan", "SEN information report"} <= names
    equality = PolicyCategory.objects.get(name="Equality objectives")
    assert (equality.statutory_review_months, equality.applies_to) == (48, "all")


@pytest.mark.django_db
def test_kcsie_read_shows_acknowledgement_of_the_current_edition_only(sections, reader):
    from handbook.acknowledging import acknowledge
    from handbook.scr_columns import KCSIE_PART_ONE, KcsieReadColumn

    staff = type(reader.staff_member).objects.all()
    category = PolicyCategory.objects.get(name="Safeguarding and child protection")
    page = make_policy(sections["policies"], title=KCSIE_PART_ONE, category=category)
    acknowledge(page, reader.staff_member, page.live_revision_id, reader)
    assert KcsieReadColumn().values_for(staff) == {reader.staff_member.pk: timezone.localdate()}
    # The 2026 edition is published as a significant change: everyone is asked again.
    page = republish(page, significant=True, version_label="2026")
    assert KcsieReadColumn().values_for(staff) == {}
