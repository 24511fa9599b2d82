"""/search/: for logged-in staff, across roles, policies and guidance."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from handbook.search import clean_query, excerpt, query_terms
from tests.handbook.factories import make_guidance, make_policy, make_role_page


def test_clean_query_normalises_and_cuts_long_queries():
    assert clean_query("  ｓａｆｅｇｕａｒｄｉｎｇ \x00\u200b  policy\n") == "safeguarding policy"
    long = clean_query("word " * 2000)
    assert len(long) <= 200 and long.endswith("word")
    assert clean_query("") == ""


def test_excerpt_marks_terms_and_escapes_html():
    text = "Intro. " * 40 + "Never <script> promise a child to keep a secret."
    snippet = excerpt(text, query_terms("secret promise"))
    assert "<mark>promise</mark>" in snippet and "<mark>secret</mark>" in snippet
    assert "&lt;script&gt;" in snippet and snippet.startswith("… ")
    assert excerpt("nothing here", ["absent"]) is None


@pytest.fixture
def content(sections, ta_role):
    return {
        "policy": make_policy(
            sections["policies"],
            title="Positive handling",
            body=[("paragraph", "<p>Use de-escalation before any reasonable force.</p>")],
        ),
        "role": make_role_page(
            sections["roles"], title="Teaching assistant", purpose="Support phonics groups."
        ),
        "guidance": make_guidance(
            sections["guidance"],
            title="Phonics recap",
            summary="A quick phonics routine.",
            tags=["phonics"],
        ),
    }


@pytest.mark.django_db
def test_search_needs_log_in(client):
    assert client.get("/search/?q=force").status_code == 302


@pytest.mark.django_db
def test_finds_a_policy_by_words_in_its_body_with_a_highlight(reader_client, content):
    page = reader_client.get("/search/?q=escalation").text
    assert "Positive handling" in page
    assert "1 result" in page
    assert "<mark>escalation</mark>" in page or "<mark>de</mark>" in page


@pytest.mark.django_db
def test_filter_by_type_and_tag(reader_client, content):
    everything = reader_client.get("/search/?q=phonics").text
    assert "Teaching assistant" in everything and "Phonics recap" in everything

    roles_only = reader_client.get("/search/?q=phonics&type=role").text
    assert "Teaching assistant" in roles_only and "Phonics recap" not in roles_only

    tagged = reader_client.get("/search/?q=phonics&tag=phonics").text
    assert "Phonics recap" in tagged and "Teaching assistant" not in tagged


@pytest.mark.django_db
def test_search_promotions_show_first(reader_client, content):
    SearchPromotion.objects.create(
        query=Query.get("force"), page=content["guidance"], description="Start here."
    )
    page = reader_client.get("/search/?q=force").text
    assert "Recommended" in page and "Start here." in page
    assert page.index("Phonics recap") < page.index("Positive handling")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["x" * 10_000, "force " * 2000, "🙂👩🏽‍🏫 ﷽ \u202e\u0000 ẞ", "'; DROP TABLE --", "a:b OR (c"],
)
def test_odd_and_long_queries_never_error(reader_client, content, query):
    response = reader_client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "result" in response.text


@pytest.mark.django_db
def test_drafts_are_not_found(reader_client, content):
    content["policy"].unpublish()
    assert "Positive handling" not in reader_client.get("/search/?q=escalation").text


@pytest.mark.django_db
def test_postgresql_keeps_statistics_on_the_search_vector():
    """Without them a common two-word search took 0.7 s at scale (handbook migration 0003)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_statistic_ext WHERE stxname = 'staffroom_search_vector'")
        assert cursor.fetchone() == (1,)
