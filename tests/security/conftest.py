import pytest
from django.db import connection, transaction


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The security world, built once per module and rolled back at its end.

    Tests that use it are marked ``django_db`` (so that pytest-django sets up the
    test database at all) and make their requests through ``urlwalk.fetch``, which
    rolls back each request's writes: every request sees the same records.
    """
    from tests.security.world import build_world

    with django_db_blocker.unblock():
        name = str(connection.settings_dict["NAME"])
        assert "test" in name or "memory" in name, f"not a test database: {name}"
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
