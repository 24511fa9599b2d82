"""factory_boy factories for the people core; each app's tests add their own beside it."""

from datetime import date

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from people.models import HRScope, Role, RoleAssignment, School, StaffMember, Trust


class TrustFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Trust
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Trust {n}")


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    trust = factory.SubFactory(TrustFactory)
    name = factory.Sequence(lambda n: f"School {n}")
    urn = factory.Sequence(lambda n: f"{100000 + n}")
    phase = School.Phase.PRIMARY
    school_type = School.SchoolType.ACADEMY


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Role {n}")
    category = Role.Category.TEACHING_ASSISTANT


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "pw")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*[Group.objects.get_or_create(name=n)[0] for n in extracted])
        if create:
            self.save()


class StaffMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffMember
        skip_postgeneration_save = True

    school = factory.SubFactory(SchoolFactory)
    staff_number = factory.Sequence(lambda n: f"S{n:05d}")
    first_name = factory.Faker("first_name", locale="en_GB")
    last_name = factory.Faker("last_name", locale="en_GB")
    start_date = date(2024, 9, 1)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            RoleAssignment.objects.create(
                staff_member=self, role=extracted, start_date=self.start_date
            )


class HRScopeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HRScope
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)

    @factory.post_generation
    def schools(self, create, extracted, **kwargs):
        if create and extracted:
            self.schools.add(*extracted)


class VettingCheckFactory(factory.django.DjangoModelFactory):
    """A completed vetting check (portal.models.VettingCheck)."""

    class Meta:
        model = "people.VettingCheck"

    staff_member = factory.SubFactory(StaffMemberFactory)
    check_type = "identity"
    status = "complete"
    completed_on = date(2024, 8, 20)
    checked_by = "A Checker"
    # A DBS check is the right one for school staff: enhanced, child workforce, barred list.
    workforce = factory.LazyAttribute(lambda o: "child" if o.check_type == "dbs" else "")
    includes_barred_list = factory.LazyAttribute(lambda o: o.check_type == "dbs")
