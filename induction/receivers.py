"""React to other apps' records without them importing induction.

- A role given to someone (RoleAssignment created) starts their induction.
- A new policy acknowledgement or a valid training record completes the matching step.
"""

import contextlib

from django.db.models.signals import post_save

from handbook.models import PolicyAcknowledgement
from people.models import RoleAssignment
from training.models import TrainingRecord


def on_role_assigned(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from .services import StepRefused, start_induction

    person = instance.staff_member
    if person.is_leaver:
        return
    with contextlib.suppress(StepRefused):  # no template applies: nothing to start
        start_induction(person)


def on_acknowledged(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .services import on_acknowledgement

        on_acknowledgement(instance)


def on_training_saved(sender, instance, raw=False, **kwargs):
    # Saved, not only created: verifying a self-reported certificate saves it again.
    if not raw:
        from .services import on_training_record

        on_training_record(instance)


def connect():
    post_save.connect(on_role_assigned, sender=RoleAssignment, dispatch_uid="induction-role")
    post_save.connect(on_acknowledged, sender=PolicyAcknowledgement, dispatch_uid="induction-ack")
    post_save.connect(on_training_saved, sender=TrainingRecord, dispatch_uid="induction-training")
