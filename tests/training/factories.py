"""Factories for training: courses, requirements, records and sessions."""

from datetime import date, timedelta

import factory
from django.utils import timezone

from tests.factories import SchoolFactory, StaffMemberFactory
from training.models import (
    Course,
    SessionBooking,
    TrainingRecord,
    TrainingRequirement,
    TrainingSession,
)


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    title = factory.Sequence(lambda n: f"Course {n}")
    category = Course.Category.SAFEGUARDING
    delivery = Course.Delivery.IN_HOUSE
    validity_months = 12


class RequirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingRequirement

    course = factory.SubFactory(CourseFactory)
    applies_to = TrainingRequirement.AppliesTo.ALL_STAFF
    due_within_days = 30


class RecordFactory(factory.django.DjangoModelFactory):
    """A verified HR entry by default; ``pending=True`` for a self-report."""

    class Meta:
        model = TrainingRecord

    class Params:
        pending = factory.Trait(source=TrainingRecord.Source.SELF_REPORT, verified_at=None)

    person = factory.SubFactory(StaffMemberFactory)
    course = factory.SubFactory(CourseFactory)
    completed_on = date(2025, 9, 1)
    source = TrainingRecord.Source.HR_ENTRY
    verified_at = factory.LazyFunction(timezone.now)


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingSession

    course = factory.SubFactory(CourseFactory)
    school = factory.SubFactory(SchoolFactory)
    led_by = factory.SubFactory(StaffMemberFactory, school=factory.SelfAttribute("..school"))
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    place = "Staff room"
    capacity = 2


class BookingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionBooking

    session = factory.SubFactory(SessionFactory)
    person = factory.SubFactory(StaffMemberFactory)
    seat = factory.Sequence(lambda n: n + 1)
