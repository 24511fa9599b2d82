"""Fixtures for the vetting, SCR and import tests."""

import pytest


@pytest.fixture
def roles(db):
    from tests.factories import RoleFactory

    return {
        "ta": RoleFactory(name="Teaching assistant", category="ta"),
        "hlta": RoleFactory(name="HLTA", category="hlta", involves_teaching=True),
        "teacher": RoleFactory(name="Class teacher", category="teacher", involves_teaching=True),
        "head": RoleFactory(
            name="Headteacher", category="leadership", is_management=True, involves_teaching=True
        ),
        "governor": RoleFactory(
            name="Governor", category="governance", is_management=True, regulated_activity=False
        ),
        "caretaker": RoleFactory(name="Caretaker", category="premises", regulated_activity=False),
    }


@pytest.fixture
def person_a(school_a, roles):
    from tests.factories import StaffMemberFactory

    return StaffMemberFactory(
        school=school_a,
        role=roles["ta"],
        first_name="Alice",
        last_name="Ashby",
        staff_number="A001",
    )


@pytest.fixture
def person_b(school_b, roles):
    from tests.factories import StaffMemberFactory

    return StaffMemberFactory(
        school=school_b,
        role=roles["ta"],
        first_name="Bob",
        last_name="Bristow",
        staff_number="B001",
    )


@pytest.fixture
def dbs_with_copy(person_b):
    """A DBS check at school B with a certificate copy in private storage."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import VettingCheckFactory

    return VettingCheckFactory(
        staff_member=person_b,
        check_type="dbs",
        certificate_number="001234567890",
        document=SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n%%EOF\n"),
    )


class Null:
    def write(self, *args):
        pass
