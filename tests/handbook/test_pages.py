"""The handbook pages as staff see them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.handbook.factories import make_guidance, make_policy, make_role_page

pytestmark = pytest.mark.django_db


def test_handbook_index_links_to_the_three_sections(reader_client, sections):
    page = reader_client.get("/handbook/").text
    for url in ("/handbook/roles/", "/handbook/policies/", "/handbook/guidance/"):
        assert f'href="{url}"' in page


def test_role_page_shows_duties_and_what_the_role_requires(reader_client, sections, ta_role):
    make_policy(sections["policies"], title="Intimate care", roles=[ta_role])
    make_policy(sections["policies"], title="Code of conduct")
    role_page = make_role_page(
        sections["roles"],
        title="Teaching assistant (level 2)",
        role=ta_role,
        responsibilities=[
            ("section", {"title": "Supporting learning", "duties": ["Run phonics groups"]})
        ],
        person_specification=[
            (
                "criterion",
                {
                    "heading": "Skills",
                    "text": "Patient",
                    "importance": "essential",
                    "how_assessed": "Interview",
                },
            )
        ],
    )
    page = reader_client.get(role_page.url).text
    assert "Supporting learning" in page and "Run phonics groups" in page
    assert "Essential" in page and "Interview" in page
    requires = page.split("What this role requires")[1]
    assert "Intimate care" in requires and "Code of conduct" in requires


def test_overdue_policy_shows_a_notice(reader_client, sections):
    today = timezone.localdate()
    policy = make_policy(
        sections["policies"],
        approved_on=today - timedelta(days=400),
        next_review_date=today - timedelta(days=2),
    )
    due = (today - timedelta(days=2)).strftime("%-d %B %Y")
    assert f"This policy was due for review on {due}" in reader_client.get(policy.url).text


def test_policy_in_date_has_no_notice(reader_client, policy):
    assert "was due for review" not in reader_client.get(policy.url).text


def test_guidance_listing_filters_by_tag(reader_client, sections):
    make_guidance(sections["guidance"], title="Phonics recap", tags=["phonics"])
    make_guidance(sections["guidance"], title="Calm corners", tags=["behaviour"])
    everything = reader_client.get("/handbook/guidance/").text
    assert "Phonics recap" in everything and "Calm corners" in everything
    tagged = reader_client.get("/handbook/guidance/?tag=behaviour").text
    assert "Calm corners" in tagged and "Phonics recap" not in tagged
    odd = reader_client.get("/handbook/guidance/", {"tag": "🙂" * 500})
    assert odd.status_code == 200


def test_the_menu_marks_the_section_a_page_is_in(reader_client, policy):
    """On a policy the menu shows "Handbook" as where you are (GOV.UK service navigation)."""
    page = reader_client.get(policy.url).text
    assert 'href="/handbook/" aria-current="true"' in page
    assert 'aria-current="page"' not in page
    assert 'href="/handbook/" aria-current="page"' in reader_client.get("/handbook/").text
