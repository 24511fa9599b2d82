"""Policy pages share cached parts between readers, but never serve an old version, nor
one reader's name, menu or acknowledgement to another."""

import pytest
from django.test import Client, override_settings

from induction.models import Induction
from people.models import TrustBranding
from tests.factories import StaffMemberFactory, UserFactory
from tests.handbook.factories import make_policy, republish

pytestmark = pytest.mark.django_db


def test_a_new_revision_shows_at_once(reader_client, sections):
    policy = make_policy(sections["policies"], body=[("paragraph", "<p>Walk, do not run.</p>")])
    assert "Walk, do not run." in reader_client.get(policy.url).text  # now cached
    republish(policy, body=[("paragraph", "<p>Line up quietly.</p>")], version_label="2.0")
    page = reader_client.get(policy.url).text
    assert "Line up quietly." in page and "Walk, do not run." not in page
    assert "2.0" in page


def test_two_people_see_their_own_name_and_menu_around_the_same_body(
    reader_client, reader, sections, school_a
):
    policy = make_policy(sections["policies"], body=[("paragraph", "<p>Be on time.</p>")])
    starter = UserFactory(username="starter", groups=["Staff"])
    sam = StaffMemberFactory(school=school_a, user=starter, first_name="Sam", last_name="Starter")
    Induction.objects.get_or_create(staff_member=sam, defaults={"start_date": sam.start_date})
    Induction.objects.filter(staff_member__user=reader).delete()
    other = Client()
    other.force_login(starter)

    first = reader_client.get(policy.url).text
    second = other.get(policy.url).text

    assert "Be on time." in first and "Be on time." in second
    assert f"Logged in as {reader.staff_member}" in first
    assert "Sam Starter" in second and "Sam Starter" not in first
    assert "My induction" in second and "My induction" not in first
    # Each is asked to acknowledge for themselves.
    assert "Acknowledge: I have read" in first and "Acknowledge: I have read" in second


def test_a_renamed_section_shows_in_the_breadcrumbs_at_once(reader_client, sections):
    policy = make_policy(sections["policies"])
    assert "Policies" in reader_client.get(policy.url).text
    section = sections["policies"]
    section.title = "Our policies"
    section.save_revision().publish()
    assert "Our policies" in reader_client.get(policy.url).text


def test_a_new_header_colour_shows_at_once(reader_client, sections, school_a):
    policy = make_policy(sections["policies"])
    reader_client.get(policy.url)  # the trust's branding is now cached
    TrustBranding.objects.update_or_create(
        trust=school_a.trust, defaults={"accent_colour": "#1d70b8"}
    )
    assert "?v=1d70b8" in reader_client.get(policy.url).text


NO_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


def test_a_page_published_by_another_process_shows_at_once(reader_client, sections):
    address = f"{sections['policies'].url}late-policy/"
    assert reader_client.get(address).status_code == 404  # "nothing here" is now cached
    # As a command run with other settings would: it never reaches this process's caches.
    with override_settings(CACHES={"default": NO_CACHE, "content": NO_CACHE}):
        policy = make_policy(sections["policies"], title="Late policy", slug="late-policy")
    assert policy.url == address
    assert "Late policy" in reader_client.get(address).text
