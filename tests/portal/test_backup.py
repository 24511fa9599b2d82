import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from people.models import School, StaffMember
from portal import content_version
from tests.factories import StaffMemberFactory

# Committed data: pg_dump sees only what other connections can see.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_backup_restores_into_an_emptied_database_with_every_record(tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.PRIVATE_MEDIA_ROOT.mkdir()
    (settings.PRIVATE_MEDIA_ROOT / "certificate.pdf").write_bytes(b"%PDF-1.4 test")
    people = StaffMemberFactory.create_batch(3)
    token_in_backup = content_version.current()
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path / "backups"), stdout=out)
    folder = out.getvalue().strip().rsplit(" ", 1)[-1]

    call_command("flush", "--no-input", verbosity=0)
    (settings.PRIVATE_MEDIA_ROOT / "certificate.pdf").unlink()
    assert StaffMember.objects.count() == 0

    out = io.StringIO()
    call_command("restore", "--input", folder, "--yes", stdout=out)
    assert "every table matches the backup" in out.getvalue()
    # Shared cache entries made before the restore, under any earlier token, are out of reach.
    assert content_version.current() != token_in_backup
    assert set(StaffMember.objects.values_list("pk", flat=True)) == {p.pk for p in people}
    assert School.objects.count() == 3
    assert (settings.PRIVATE_MEDIA_ROOT / "certificate.pdf").read_bytes() == b"%PDF-1.4 test"


def test_restore_asks_for_confirmation(tmp_path):
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", "--input", str(tmp_path))
