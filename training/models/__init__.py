from .courses import Course, TrainingRequirement
from .first_aid import FirstAidRotaEntry, FirstAidTarget
from .records import TrainingRecord
from .sessions import SessionBooking, TrainingSession

__all__ = [
    "Course",
    "FirstAidRotaEntry",
    "FirstAidTarget",
    "SessionBooking",
    "TrainingRecord",
    "TrainingRequirement",
    "TrainingSession",
]
