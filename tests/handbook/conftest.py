"""Handbook fixtures: the page tree, a policy, and people inside and outside its scope."""

import io

import pytest


@pytest.fixture
def sections(groups):
    from devdata.demo.people import load_home_page
    from handbook.page_tree import setup_handbook

    load_home_page(io.StringIO())
    return setup_handbook()


@pytest.fixture
def ta_role(db):
    from tests.factories import RoleFactory

    return RoleFactory(name="Teaching assistant (level 2)")


@pytest.fixture
def policy(sections):
    from tests.handbook.factories import make_policy

    return make_policy(
        sections["policies"],
        title="Behaviour policy",
        body=[("paragraph", "<p>Use the traffic-light reminders with every pupil.</p>")],
    )


@pytest.fixture
def reader(groups, school_a, ta_role):
    """A teaching assistant at school A who can log in."""
    from people import scope as p
    from tests.factories import StaffMemberFactory, UserFactory

    user = UserFactory(username="reader", groups=[p.STAFF])
    StaffMemberFactory(school=school_a, user=user, role=ta_role, first_name="Nadia")
    return user


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


def user_in(group_name, username, school=None):
    from tests.factories import StaffMemberFactory, UserFactory

    user = UserFactory(username=username, groups=["Staff", group_name])
    if school is not None:
        StaffMemberFactory(school=school, user=user)
    return user
