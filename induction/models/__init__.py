from .inductions import Induction, InductionReview, InductionStatus, InductionStep, StepState
from .templates import Completer, InductionTemplate, InductionTemplateStep, Stage, StepKind

__all__ = [
    "Completer",
    "Induction",
    "InductionReview",
    "InductionStatus",
    "InductionStep",
    "InductionTemplate",
    "InductionTemplateStep",
    "Stage",
    "StepKind",
    "StepState",
]
