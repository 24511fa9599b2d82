"""Columns the training app adds to the Single Central Record (``register_scr_columns``)."""

from django.db.models import Max

from people.scr.report import ScrColumn

from .models import Course, TrainingRecord


class LatestCompletionColumn(ScrColumn):
    """The latest verified completion of the courses marked for this SCR column."""

    kind = ""

    @property
    def heading(self):
        return Course.ScrColumn(self.kind).label

    def values_for(self, staff):
        rows = (
            TrainingRecord.objects.verified()
            .filter(person__in=staff, course__scr_column=self.kind)
            .values("person_id")
            .annotate(latest=Max("completed_on"))
            .values_list("person_id", "latest")
        )
        return dict(rows)


class SafeguardingTrainingColumn(LatestCompletionColumn):
    kind = Course.ScrColumn.SAFEGUARDING


def scr_columns():
    # KCSIE reading is per edition, not a course with a validity: the handbook's
    # "KCSIE read (current edition)" column reports it (handbook/scr_columns.py).
    return [SafeguardingTrainingColumn()]
