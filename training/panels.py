"""Home panels: the staff home ("My Staffroom") and the Wagtail admin home for HR."""

from django.db import connection
from django.db.models import IntegerField, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from wagtail.admin.ui.components import Component

from people.models import StaffMember
from people.scope import hr_schools
from portal.home import HomePanel
from portal.identity import annotate_person

from . import first_aid
from .models import SessionBooking, TrainingSession
from .views import my_items

MOST_URGENT = 3


def _upcoming_bookings():
    # Plain SQL, outer table unaliased (see induction/access.py): the home's count of
    # sessions ahead, in the query that finds the person rather than a query of its own.
    q = connection.ops.quote_name
    booking, session = q(SessionBooking._meta.db_table), q(TrainingSession._meta.db_table)
    person = q(StaffMember._meta.db_table)
    return RawSQL(  # noqa: S611 - table names from model metadata; the time is a parameter
        f"SELECT COUNT(*) FROM {booking} b JOIN {session} s ON s.id = b.session_id"  # noqa: S608
        f" WHERE b.person_id = {person}.id AND s.cancelled_at IS NULL AND s.starts_at >= %s",
        (connection.ops.adapt_datetimefield_value(timezone.now()),),
        output_field=IntegerField(),
    )


annotate_person("upcoming_bookings", _upcoming_bookings)


def staff_training_panel(request, staff_member):
    if staff_member is None:
        return None
    items = [item for item, _ in my_items(staff_member)]  # most urgent first
    urgent = [i for i in items if i.status.value != "compliant"][:MOST_URGENT]
    upcoming = getattr(staff_member, "upcoming_bookings", None)  # found with the person
    if upcoming is None:
        upcoming = SessionBooking.objects.filter(
            person=staff_member,
            session__starts_at__gte=timezone.now(),
            session__cancelled_at__isnull=True,
        ).count()
    return HomePanel(
        title="Your training",
        template="training/panels/my_training.html",
        context={"items": urgent, "upcoming": upcoming},
        order=30,
    )


class FirstAidShortfallPanel(Component):
    """On the admin home for HR: first-aid shortfalls in their schools, in words."""

    name = "first_aid_shortfalls"
    template_name = "training/admin/home_panel.html"
    order = 30  # after HR's gaps and expiring soon (portal/views/dashboard.py)

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        covers = first_aid.cover_for(hr_schools(self.user))
        shortfalls = [words for cover in covers for words in cover.shortfalls]
        return {"shortfalls": shortfalls, "days": first_aid.rules.first_aid_lookahead_days()}


def role_requirements(role_page):
    """The courses a person in this role must hold, on its role description."""
    from handbook.requirements import RequirementGroup, RequirementItem

    from .models import TrainingRequirement

    applies = Q(applies_to=TrainingRequirement.AppliesTo.ALL_STAFF)
    if role_page.role_id:
        applies |= Q(applies_to=TrainingRequirement.AppliesTo.ROLE, role_id=role_page.role_id)
    requirements = (
        TrainingRequirement.objects.filter(applies)
        .select_related("course")
        .order_by("course__title")
    )
    items = [
        RequirementItem(
            requirement.course.title,
            "",
            f"{requirement.get_applies_to_display()}: {_validity(requirement.course)}",
        )
        for requirement in requirements
    ]
    early_years = TrainingRequirement.objects.filter(
        applies_to=TrainingRequirement.AppliesTo.EARLY_YEARS
    ).select_related("course")
    items += [
        RequirementItem(r.course.title, "", f"{r.get_applies_to_display()}: {_validity(r.course)}")
        for r in early_years.order_by("course__title")
    ]
    return RequirementGroup("Training", items, "No courses are required.", order=30)


def _validity(course):
    if not course.validity_months:
        return "does not expire"
    return f"renew every {course.validity_months} months"
