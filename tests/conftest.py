"""Shared fixtures: the people every permission test needs, seen from both sides.

Imports of Django code happen inside fixtures so that pure-Python tests (the
job-description parser) also run without Django (`-p no:django`).
"""

import pytest


@pytest.fixture(autouse=True)
def _empty_caches():
    """Start each test with empty caches: a rolled-back test's rows are gone, but SQLite
    reuses their ids, and Wagtail's renditions and the trust branding are keyed by id."""
    from django.conf import settings

    if settings.configured:
        from django.core.cache import caches

        for cache in caches.all(initialized_only=True):
            cache.clear()


@pytest.fixture
def groups(db):
    from portal.groups import ensure_groups

    return ensure_groups()


@pytest.fixture
def school_a(db):
    from tests.factories import SchoolFactory

    return SchoolFactory(name="School A")


@pytest.fixture
def school_b(school_a):
    from tests.factories import SchoolFactory

    return SchoolFactory(name="School B", trust=school_a.trust)


@pytest.fixture
def staff_user(groups, school_a):
    """A plain member of staff at school A with a log-in."""
    from people import scope as p
    from tests.factories import StaffMemberFactory, UserFactory

    user = UserFactory(username="plainstaff", groups=[p.STAFF])
    StaffMemberFactory(school=school_a, user=user, first_name="Pat", last_name="Plain")
    return user


@pytest.fixture
def hr_user_a(groups, school_a):
    """HR for school A only."""
    from people import scope as p
    from tests.factories import HRScopeFactory, UserFactory

    user = UserFactory(username="hr_a", groups=[p.STAFF, p.HR])
    HRScopeFactory(user=user, schools=[school_a])
    return user


@pytest.fixture
def trust_hr_user(groups, school_a):
    from people import scope as p
    from tests.factories import HRScopeFactory, UserFactory

    user = UserFactory(username="trust_hr", groups=[p.STAFF, p.TRUST_HR])
    HRScopeFactory(user=user, trust=school_a.trust)
    return user
