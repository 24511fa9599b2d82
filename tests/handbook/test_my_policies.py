"""/my/policies/, the home panel and the navigation."""

import pytest

from tests.handbook.factories import make_policy

pytestmark = pytest.mark.django_db


def test_my_policies_lists_to_do_and_done(reader_client, sections):
    first = make_policy(sections["policies"], title="Behaviour policy")
    make_policy(sections["policies"], title="Code of conduct", version_label="2025.1")
    reader_client.post(
        f"/my/policies/{first.pk}/acknowledge/", {"revision": first.live_revision_id}
    )

    page = reader_client.get("/my/policies/").text
    to_do, done = page.split("Done (")
    assert "Code of conduct" in to_do and "Behaviour policy" not in to_do
    assert "Behaviour policy" in done and "Version 1.0 on" in done


def test_my_policies_needs_log_in(client):
    response = client.get("/my/policies/")
    assert response.status_code == 302


def test_home_panel_lists_policies_to_read(reader_client, policy):
    page = reader_client.get("/").text
    assert "Policies to read" in page
    assert "Behaviour policy" in page


def test_navigation_has_handbook_policies_and_search(reader_client, sections):
    page = reader_client.get("/my/policies/").text
    for label, url in [
        ("Handbook", "/handbook/"),
        ("Policies", "/my/policies/"),
        ("Search", "/search/"),
    ]:
        assert f'href="{url}"' in page
        assert label in page
