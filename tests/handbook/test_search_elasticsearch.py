"""Elasticsearch 9: the mapping and query our page types produce, checked offline.

No search server runs here; the backend class is built with a dummy URL (the client
does not connect until asked) and only its mapping and query objects are inspected.
The last test talks to a real server, and runs only when ELASTICSEARCH_URL is set.
"""

import os
import uuid

import pytest
from wagtail.models import Page
from wagtail.search.backends.elasticsearch9 import SearchBackend

from handbook.models import GuidancePage, PolicyPage, RolePage
from handbook.search import TYPES
from tests.handbook.factories import make_guidance, make_policy


@pytest.fixture
def backend():
    return SearchBackend({"URLS": ["http://localhost:9"], "INDEX": "staffroom-test"})


def props(backend, model):
    return backend.mapping_class(model).get_mapping()["properties"]


def test_policy_mapping_indexes_body_with_boosted_summary_and_category(backend):
    mapping = props(backend, PolicyPage)
    assert mapping["handbook_policypage__body"]["copy_to"] == "_all_text"
    assert "_all_text_boost_2_0" in mapping["handbook_policypage__summary"]["copy_to"]
    category = mapping["handbook_policypage__category"]
    assert category["type"] == "nested"
    assert "_all_text_boost_2_0" in category["properties"]["name"]["copy_to"]
    assert mapping["handbook_policypage__next_review_date_filter"]["type"] == "date"
    assert "_all_text_boost_2_0" in mapping["title"]["copy_to"]


def test_role_and_guidance_mappings(backend):
    role = props(backend, RolePage)
    assert "_all_text_boost_2_0" in role["handbook_rolepage__purpose"]["copy_to"]
    assert role["handbook_rolepage__responsibilities"]["type"] == "text"
    assert "handbook_rolepage__role_id_filter" in role
    guidance = props(backend, GuidancePage)
    assert guidance["handbook_guidancepage__tags"]["type"] == "nested"
    assert (
        "_all_text_boost_2_0"
        in guidance["handbook_guidancepage__tags"]["properties"]["name"]["copy_to"]
    )


@pytest.mark.django_db
def test_document_carries_stream_field_text(backend, sections):
    policy = make_policy(
        sections["policies"], body=[("paragraph", "<p>Report <b>every</b> worry the same day.</p>")]
    )
    document = backend.mapping_class(PolicyPage).get_document(policy)
    assert "Report every worry the same day." in " ".join(document["handbook_policypage__body"])
    assert document["handbook_policypage__category"] == {"name": "Behaviour"}


@pytest.mark.django_db
def test_handbook_query_searches_all_text_with_boosts_and_filters_to_our_types(backend):
    queryset = Page.objects.live().type(*TYPES.values())
    query = backend.query_compiler_class(queryset, "reasonable force").get_query()
    text = str(query)
    assert "_all_text" in text and "_all_text_boost_2_0" in text
    assert "'reasonable force'" in text
    filters = query["bool"]["filter"]
    assert "live_filter" in str(filters) and "content_type_id_filter" in str(filters)


@pytest.mark.django_db
def test_guidance_index_is_the_shared_page_index(backend):
    # All page types share the wagtailcore_page index; our fields live under their prefix.
    assert backend.get_index_for_model(GuidancePage).name == backend.get_index_for_model(Page).name


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="needs ELASTICSEARCH_URL")
@pytest.mark.django_db
def test_live_server_finds_a_policy_by_a_word_in_its_body(sections):
    backend = SearchBackend(
        {"URLS": [os.environ["ELASTICSEARCH_URL"]], "INDEX": f"staffroom-{uuid.uuid4().hex[:8]}"}
    )
    policy = make_policy(sections["policies"], body=[("paragraph", "<p>Zebra crossings.</p>")])
    make_guidance(sections["guidance"], title="Unrelated", tags=["phonics"])
    index = backend.get_index_for_model(Page)
    try:
        index.reset()
        for model in (Page, PolicyPage, GuidancePage):
            index.add_model(model)
        index.add_items(PolicyPage, [policy])
        index.refresh()
        results = backend.search("zebra", Page.objects.live().type(PolicyPage))
        assert [p.pk for p in results] == [policy.pk]
    finally:
        index.delete()
