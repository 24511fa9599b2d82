"""The training matrix: a row per person, a column per course their roles require.

Built a page (or a chunk of 500 people) at a time, each in a fixed number of queries,
so the admin report and ``export_training_matrix`` stream any number of staff.
"""

from itertools import islice

from django.db.models import Q
from django.utils import timezone

from people.models import RoleAssignment, StaffMember
from portal.compliance import Status

from .compliance import assess
from .models import Course, TrainingRequirement

CHUNK = 500
FIXED_HEADINGS = ["Staff number", "Name", "School", "Roles"]


def matrix_courses(category=None, role=None):
    """The courses that are a requirement for someone, as columns (optionally filtered)."""
    requirements = TrainingRequirement.objects.all()
    if role is not None:
        requirements = requirements.filter(Q(role=role) | Q(role__isnull=True))
    courses = Course.objects.filter(pk__in=requirements.values("course_id"))
    if category:
        courses = courses.filter(category=category)
    return list(courses.order_by("title"))


def role_names(person_ids, today):
    names = {}
    for person_id, name in (
        RoleAssignment.objects.filter(staff_member_id__in=person_ids, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("role__name")
        .values_list("staff_member_id", "role__name")
    ):
        names.setdefault(person_id, []).append(name)
    return {pk: ", ".join(v) for pk, v in names.items()}


def decorate(people, today=None):
    """Attach ``training`` ({course id: Item}) and ``role_names`` to each person."""
    today = today or timezone.localdate()
    people = list(people)
    ids = [p.pk for p in people]
    items = assess(StaffMember.objects.filter(pk__in=ids), today)
    roles = role_names(ids, today)
    for person in people:
        person.training = {i.course_id: i for i in items.get(person.pk, [])}
        person.role_names = roles.get(person.pk, "")
    return people


def people_with_status(staff, status, today=None, course_ids=None):
    """Ids of people with at least one requirement (among ``course_ids``) in ``status``."""
    wanted = Status(status)
    return [
        person_id
        for person_id, items in assess(staff, today).items()
        if any(
            i.status == wanted and (course_ids is None or i.course_id in course_ids) for i in items
        )
    ]


def cell_text(item):
    if item is None:
        return Status.NOT_REQUIRED.label
    return item.status.label


def headings(courses):
    out = list(FIXED_HEADINGS)
    for course in courses:
        out += [course.title, f"{course.title}: expires"]
    return out


def _chunks(queryset, size=CHUNK):
    iterator = queryset.iterator(chunk_size=size)
    while chunk := list(islice(iterator, size)):
        yield chunk


def rows(staff, courses, today=None):
    """Spreadsheet rows, streamed a chunk of people at a time."""
    today = today or timezone.localdate()
    for chunk in _chunks(staff.select_related("school").order_by("last_name", "first_name", "pk")):
        for person in decorate(chunk, today):
            row = [person.staff_number, person.full_name, person.school.name, person.role_names]
            for course in courses:
                item = person.training.get(course.pk)
                row += [cell_text(item), item.expires_on if item else None]
            yield row
