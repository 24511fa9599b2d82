"""The admin is Staffroom's: our name and mark instead of Wagtail's, and no Gravatar."""

import re

from django.conf import settings

from people import scope as p
from tests.factories import UserFactory

MARK = "images/staffroom-mark.svg"


def avatar_sources(page):
    """Avatar addresses in <img> tags and in the sidebar's JSON (its account menu)."""
    found = re.findall(r'<img src="([^"]*)"', page) + re.findall(r'"avatarUrl": "([^"]*)"', page)
    return [src for src in found if "avatar" in src]


def test_admin_pages_show_our_name_and_mark_not_wagtails(client, hr_user_a):
    client.force_login(hr_user_a)
    page = client.get("/admin/").content.decode()
    assert "<title>Dashboard - Staffroom</title>" in page
    assert re.search(r'<h1 class="w-h1 w-mt-0">\s*Staffroom\s*</h1>', page)
    assert 'alt="Staffroom"' in page and settings.STATIC_URL + MARK in page
    assert f'<link rel="icon" type="image/svg+xml" href="{settings.STATIC_URL}{MARK}">' in page
    assert 'aria-label="Wagtail"' not in page


def test_sign_in_page_is_staffrooms(client, db):
    page = client.get("/admin/login/").content.decode()
    assert "Sign in to Staffroom" in page
    assert settings.STATIC_URL + MARK in page
    assert 'aria-label="Wagtail"' not in page


def test_no_admin_page_asks_gravatar_for_an_avatar(client, groups, hr_user_a):
    admin = UserFactory(username="boss", email="boss@example.org", is_superuser=True)
    editor = UserFactory(username="ed", email="ed@example.org", groups=[p.STAFF, p.EDITOR])
    for user, urls in (
        (hr_user_a, ["/admin/", "/admin/account/"]),
        (editor, ["/admin/", "/admin/account/"]),
        (admin, ["/admin/", "/admin/users/", "/admin/account/"]),
    ):
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            page = response.content.decode()
            assert "gravatar.com" not in page, url
            avatars = avatar_sources(page)
            assert avatars, url
            assert all(src.startswith(settings.STATIC_URL) for src in avatars), (url, avatars)
