from .inductions import Induction, InductionReview, InductionStep
from .templates import Completer, InductionTemplate, InductionTemplateStep, Stage, StepKind

__all__ = [
    "Completer",
    "Induction",
    "InductionReview",
    "InductionStep",
    "InductionTemplate",
    "InductionTemplateStep",
    "Stage",
    "StepKind",
]
