from .courses import Course, TrainingRequirement
from .first_aid import FirstAidOuting, FirstAidRotaEntry, FirstAidTarget
from .records import TrainingRecord
from .sessions import SessionBooking, TrainingSession

__all__ = [
    "Course",
    "FirstAidOuting",
    "FirstAidRotaEntry",
    "FirstAidTarget",
    "SessionBooking",
    "TrainingRecord",
    "TrainingRequirement",
    "TrainingSession",
]
