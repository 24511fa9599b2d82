"""Move a policy's acknowledgement pointer when it is published as a significant change."""

from wagtail.signals import page_published

from handbook.models import PolicyPage


def is_significant(policy, revision):
    """The first publish, or one whose revision was saved with "significant change" ticked."""
    if policy.acknowledgement_revision_id is None:
        return True
    return bool(revision is not None and revision.content.get("significant_change"))


def on_policy_published(sender, instance, revision=None, **kwargs):
    if kwargs.get("alias") or revision is None:
        return
    if is_significant(instance, revision):
        # update(), not save(): the pointer is page state, not a new revision.
        PolicyPage.objects.filter(pk=instance.pk).update(
            acknowledgement_revision=revision, acknowledgement_version=instance.version_label
        )
        instance.acknowledgement_revision = revision
        instance.acknowledgement_version = instance.version_label


def connect():
    page_published.connect(on_policy_published, sender=PolicyPage, dispatch_uid="handbook-ack")
