"""Course names as schools write them → our courses, by name and synonyms."""

from training.importers.vocab_training import COURSES, match_course
from training.models import Course

Category, FirstAid = Course.Category, Course.FirstAidType
# The category (and first-aid certificate type) of a course made from a known name.
NEW_COURSE = {
    "safeguarding": (Category.SAFEGUARDING, ""), "dsl": (Category.SAFEGUARDING, ""),
    "prevent": (Category.SAFEGUARDING, ""),
    "paediatric_first_aid": (Category.FIRST_AID, FirstAid.PFA_FULL),
    "emergency_paediatric_first_aid": (Category.FIRST_AID, FirstAid.PFA_EMERGENCY),
    "first_aid_at_work": (Category.FIRST_AID, FirstAid.FAW),
    "emergency_first_aid_at_work": (Category.FIRST_AID, FirstAid.EFAW),
    "positive_handling": (Category.POSITIVE_HANDLING, ""),
    "data_protection": (Category.DATA_PROTECTION, ""),
    "fire_safety": (Category.HEALTH_SAFETY, ""), "manual_handling": (Category.HEALTH_SAFETY, ""),
    "food_hygiene": (Category.HEALTH_SAFETY, ""), "anaphylaxis": (Category.HEALTH_SAFETY, ""),
}  # fmt: skip


class CourseFinder:
    """Finds (or, when allowed, makes) the course a written name means."""

    def __init__(self, create=False):
        self.create = create
        self.by_key, self.by_title = {}, {}
        for course in Course.objects.all():
            self.by_title[course.title.casefold()] = course
            key = match_course(course.title)
            if key:
                self.by_key.setdefault(key, course)

    def find(self, name):
        """(course, problem); a course to be created has no pk yet."""
        course = self.by_title.get(name.casefold())
        key = match_course(name)
        if course is None and key:
            course = self.by_key.get(key)
        if course is not None:
            return course, None
        if not self.create:
            problem = (
                f"no course “{name}”: add it under Training → Courses, or create it from "
                "the file (--create-courses)"
            )
            return None, problem
        title = COURSES[key][0] if key else name
        category, first_aid = NEW_COURSE.get(key, (Category.OTHER, ""))
        course = Course(
            title=title, category=category, delivery=Course.Delivery.EXTERNAL,
            first_aid_type=first_aid,
        )  # fmt: skip
        self.by_title[title.casefold()] = self.by_title[name.casefold()] = course
        if key:
            self.by_key[key] = course
        return course, None
