import pytest


@pytest.fixture
def role(db):
    from tests.factories import RoleFactory

    return RoleFactory(name="Teaching assistant")


@pytest.fixture
def hlta_user(groups, school_a):
    """An HLTA at school A with a log-in (leads sessions)."""
    from people import scope as p
    from tests.factories import StaffMemberFactory, UserFactory

    user = UserFactory(username="hlta_a", groups=[p.STAFF, p.HLTA])
    StaffMemberFactory(school=school_a, user=user, first_name="Hana", last_name="Leader")
    return user


@pytest.fixture
def pdf_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(
        "certificate.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf"
    )
