"""Factories for induction: templates with steps, and inductions started from them."""

import factory

from induction.models import InductionTemplate, InductionTemplateStep, Stage, StepKind


class TemplateFactory(factory.django.DjangoModelFactory):
    """An all-staff template by default; pass ``roles=[...]`` for a role template."""

    class Meta:
        model = InductionTemplate
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Template {n}")
    applies_to = InductionTemplate.AppliesTo.ALL_STAFF

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.applies_to = InductionTemplate.AppliesTo.ROLES
            self.roles.set(extracted)
            self.save()


class TemplateStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InductionTemplateStep

    template = factory.SubFactory(TemplateFactory)
    stage = Stage.FIRST_WEEK
    kind = StepKind.TASK
    title = factory.Sequence(lambda n: f"Step {n}")
    due_offset_days = 7
    sort_order = factory.Sequence(lambda n: n)
