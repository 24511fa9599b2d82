"""Every URL pattern × every persona gets the outcome tests/security/matrix.py says.

Built from the URL configuration: a pattern nobody classified fails
``test_every_url_pattern_is_classified``. Each request's writes are rolled back, and
templates are not rendered (the outcome is decided before rendering; the app and
browser tests render the pages): this keeps ~2,100 requests to seconds.
"""

from unittest import mock

import pytest
from django.conf import settings
from django.test import Client, override_settings

from tests.security import matrix, targets, urlwalk

pytestmark = pytest.mark.django_db

CODES = {"O": urlwalk.OK, "L": urlwalk.LOGIN, "D": urlwalk.DENIED, "N": urlwalk.NOTFOUND}


def patterns():
    return list(dict(urlwalk.walk()).items())


def expected(row):
    codes = row.split()
    assert len(codes) == len(matrix.PERSONAS), row
    return dict(zip(matrix.PERSONAS, (CODES[c] for c in codes), strict=True))


def test_every_url_pattern_is_classified():
    keys = dict(patterns())
    unclassified = [
        f"{key}  ({route})"
        for key, route in keys.items()
        if key not in matrix.MATRIX and not matrix.is_wagtail_builtin(key)
    ]
    assert not unclassified, "Classify these in tests/security/matrix.py:\n" + "\n".join(
        unclassified
    )
    stale = [key for key in matrix.MATRIX if key not in keys]
    assert not stale, f"No longer in the URL configuration: {stale}"
    assert set(matrix.WAGTAIL_SAMPLES) <= set(keys)
    assert len(matrix.MATRIX) > 150  # ours: staff pages, viewsets, reports, downloads


def outcomes(world, persona, rows):
    client = Client()
    user = world.users.get(persona)
    if user is not None:
        client.force_login(user)
    routes = dict(patterns())
    found = {}
    no_render = mock.patch("django.template.backends.django.Template.render", return_value="")
    two_factor_off = override_settings(STAFFROOM={**settings.STAFFROOM, "REQUIRE_2FA": False})
    with no_render, two_factor_off:
        for key in rows:
            url = targets.url_for(key, routes[key], world)
            method = "post" if key in targets.POST_ONLY else "get"
            found[key] = urlwalk.fetch(client, url, method)
            if key == "logout" and user is not None:
                client.force_login(user)
    return found


@pytest.mark.parametrize("persona", matrix.PERSONAS)
def test_permission_matrix(world, persona):
    rows = {**matrix.MATRIX, **matrix.WAGTAIL_SAMPLES}
    found = outcomes(world, persona, rows)
    wrong = [
        f"{key}: expected {expected(row)[persona]}, got {found[key]}"
        for key, row in rows.items()
        if found[key] != expected(row)[persona]
    ]
    assert not wrong, f"{persona}:\n" + "\n".join(wrong)


def test_someone_elses_record_is_404_never_403(world):
    """The rule behind the N cells: HR of school B and a colleague never learn that a
    record at school A exists."""
    person_urls = [key for key, row in matrix.MATRIX.items() if "<int:" in dict(patterns())[key]]
    for key in person_urls:
        row = expected(matrix.MATRIX[key])
        assert row["other"] in (urlwalk.NOTFOUND, urlwalk.LOGIN, urlwalk.OK), key
        assert row["hr_b"] != urlwalk.DENIED or key.split(":")[0] in UNSCOPED, key


# Viewsets of shared, non-personal data (no scope: permission decides).
UNSCOPED = {
    "courses",
    "training_requirements",
    "roles",
    "trusts",
    "trust_branding",
    "hr_access",
    "wagtailsnippets_handbook_policycategory",
    "wagtailsnippets_induction_inductiontemplate",
    "wagtailsnippetchoosers_handbook_policycategory",
    "wagtailsnippetchoosers_induction_inductiontemplate",
}
