"""generate_scale_data at a small size: the counts asked for, a valid page tree, the same
data for the same seed, and demo data left alone."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

TODAY = "2026-03-02"


def generate(seed=7):
    out = StringIO()
    call_command(
        "generate_scale_data",
        schools=2,
        staff=40,
        pages=80,
        seed=seed,
        today=TODAY,
        stdout=out,
    )
    return out.getvalue()


def fingerprint():
    from wagtail.models import Page

    from handbook.models import PolicyAcknowledgement
    from people.models import StaffMember, VettingCheck
    from training.models import TrainingRecord

    staff = StaffMember.objects.filter(trust__name="Scale Trust")
    return {
        "staff": list(
            staff.order_by("staff_number").values_list(
                "staff_number", "first_name", "last_name", "start_date", "leaving_date",
                "employment_type", "school__name", "line_manager__staff_number",
            )
        ),
        "checks": sorted(
            VettingCheck.objects.filter(staff_member__in=staff).values_list(
                "staff_member__staff_number", "check_type", "status", "completed_on"
            )
        ),
        "records": sorted(
            TrainingRecord.objects.filter(person__in=staff).values_list(
                "person__staff_number", "course__title", "completed_on", "expires_on", "source"
            ),
            key=str,
        ),
        "acks": sorted(
            PolicyAcknowledgement.objects.filter(staff_member__in=staff).values_list(
                "staff_member__staff_number", "page__slug"
            )
        ),
        "pages": list(
            Page.objects.filter(slug__startswith="scale-")
            .order_by("path")
            .values_list("slug", "title", "url_path", "depth")
        ),
    }  # fmt: skip


@pytest.mark.django_db
def test_counts_tree_and_search():
    from wagtail.models import Page

    from handbook.models import GuidancePage, PolicyPage
    from people.models import School, StaffMember, VettingCheck
    from training.models import TrainingRecord

    out = generate()
    assert "done in" in out
    assert School.objects.filter(trust__name="Scale Trust").count() == 2
    staff = StaffMember.objects.filter(trust__name="Scale Trust")
    assert staff.count() == 40
    assert Page.objects.filter(slug__startswith="scale-").count() == 80
    # About 7 checks and 25 training records a person, in mixed states.
    assert 4 * 40 < VettingCheck.objects.filter(staff_member__in=staff).count() < 10 * 40
    records = TrainingRecord.objects.filter(person__in=staff)
    assert 15 * 40 < records.count() < 35 * 40
    assert records.filter(verified_at__isnull=True).exists()
    assert records.filter(expires_on__lt=date.fromisoformat(TODAY)).exists()
    # The tree is sound: treebeard finds no problem; pages are served at their url_path.
    assert all(not problems for problems in Page.find_problems())
    policy = PolicyPage.objects.filter(slug__startswith="scale-").first()
    assert policy.live_revision_id and policy.acknowledgement_revision_id
    assert policy.url_path.endswith(f"/policies/{policy.slug}/")
    assert GuidancePage.objects.live().search("safeguarding").count() > 0


@pytest.mark.django_db
def test_same_seed_same_data_and_demo_left_alone(school_a):
    from people.models import School

    generate(seed=7)
    first = fingerprint()
    generate(seed=7)  # wipes the first run and builds it again
    assert fingerprint() == first
    generate(seed=8)
    assert fingerprint()["staff"] != first["staff"]
    # Data that is not scale data stays, and "--wipe" removes all the scale data.
    call_command("generate_scale_data", wipe=True, stdout=StringIO())
    assert list(School.objects.all()) == [school_a]
    assert fingerprint() == {"staff": [], "checks": [], "records": [], "acks": [], "pages": []}
