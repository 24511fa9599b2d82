"""Submitting the same certificate twice (a double click, a re-sent page) makes one record."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from people.scope import staff_member_for
from tests.training.factories import CourseFactory, RecordFactory
from training.models import TrainingRecord

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def submit(client, course, completed_on):
    upload = SimpleUploadedFile("certificate.pdf", PDF, "application/pdf")
    return client.post(
        "/my/training/",
        {"course": course.pk, "completed_on": completed_on.isoformat(), "certificate": upload},
        follow=True,
    )


def test_posting_the_same_certificate_twice_makes_one_record(client, staff_user):
    me = staff_member_for(staff_user)
    course = CourseFactory(title="Fire safety")
    today = timezone.localdate()
    client.force_login(staff_user)
    submit(client, course, today)
    second = submit(client, course, today)
    assert TrainingRecord.objects.filter(person=me, course=course).count() == 1
    assert "already added" in second.content.decode()


def test_a_rejected_certificate_may_be_sent_again(client, staff_user):
    me = staff_member_for(staff_user)
    course = CourseFactory(title="Fire safety")
    today = timezone.localdate()
    client.force_login(staff_user)
    submit(client, course, today)
    TrainingRecord.objects.filter(person=me).update(
        rejected_at=timezone.now(), rejection_reason="Unreadable scan"
    )
    submit(client, course, today)
    assert TrainingRecord.objects.filter(person=me, course=course).count() == 2
    assert TrainingRecord.objects.filter(person=me, rejected_at__isnull=True).count() == 1


def test_the_database_refuses_a_second_standing_self_report(staff_user):
    me = staff_member_for(staff_user)
    course = CourseFactory(title="Fire safety")
    today = timezone.localdate()
    fields = {"person": me, "course": course, "completed_on": today, "source": "self"}
    RecordFactory(**fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        RecordFactory(**fields)
