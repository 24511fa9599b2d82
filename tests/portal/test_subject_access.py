import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.factories import StaffMemberFactory

pytestmark = pytest.mark.django_db


def test_export_person_data_writes_their_records_and_nobody_elses(tmp_path):
    person = StaffMemberFactory(first_name="Sana", last_name="Ali", staff_number="SA1")
    StaffMemberFactory(school=person.school, first_name="Other", last_name="Person")
    person.vetting_checks.create(check_type="identity", status="complete")
    output = tmp_path / "sar.zip"
    call_command("export_person_data", "SA1", "--output", str(output), stdout=io.StringIO())

    with zipfile.ZipFile(output) as archive:
        names = set(archive.namelist())
        assert {
            "profile.json",
            "vetting-checks.json",
            "audit-log.json",
            "your-records.txt",
        } <= names
        profile = json.loads(archive.read("profile.json"))
        text = archive.read("your-records.txt").decode()
        everything = "".join(archive.read(n).decode() for n in names)
    assert profile[0]["first name"] == "Sana"
    assert "Sana" in text
    assert "Other" not in everything and "Person" not in everything


def test_an_unknown_staff_number_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="0 people have staff number 'NOPE'"):
        call_command("export_person_data", "NOPE", "--output", str(tmp_path / "x.zip"))
