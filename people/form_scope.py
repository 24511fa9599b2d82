"""What an admin form may offer, and so accept, for each related model: the one place.

Every ForeignKey and ManyToMany on a scoped admin form becomes a ModelChoiceField;
``limit_form`` walks them (and those of every InlinePanel child form) and narrows each
queryset to the rule registered for its model. Django's ModelChoiceField refuses any
value outside its queryset, so the narrowing is also the validation: a forged POST
naming another school's person or school fails with a form error and nothing is saved.

A related model with no rule raises ImproperlyConfigured: a new relation cannot slip
onto a form unscoped (tests/security/test_form_scope.py walks every scoped form).
Apps register the rules for their own models (``register_rule``) when they load.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.forms import ModelChoiceField

from people.models import HRScope, Role, School, StaffMember, Trust
from people.scope import hr_schools, is_hr, staff_member_for, trusts_in_scope

_RULES = {}


def register_rule(model, rule):
    """``rule(user, queryset)`` returns the rows of ``model`` (a model or its
    "app_label.Model" label) this user may choose."""
    label = model if isinstance(model, str) else model._meta.label
    _RULES[label.lower()] = rule


def rule_for(model):
    try:
        return _RULES[model._meta.label_lower]
    except KeyError:
        raise ImproperlyConfigured(
            f"No scope rule for {model._meta.label}: register one in people/form_scope.py "
            "(or the app that owns the model) before offering it on an admin form."
        ) from None


def everything(user, queryset):
    """Shared, non-personal catalogues (roles, courses, templates, policies)."""
    return queryset


def schools_for(user):
    """HR: the schools they look after. Anyone else with admin access (an HLTA planning
    a session): their own school only."""
    if is_hr(user):
        return hr_schools(user)
    me = staff_member_for(user)
    return School.objects.filter(pk=getattr(me, "school_id", None))


def schools_rule(user, queryset):
    return queryset.filter(pk__in=schools_for(user))


def staff_rule(user, queryset):
    return queryset.filter(school__in=schools_for(user))


def trusts_rule(user, queryset):
    return trusts_in_scope(user, queryset) if is_hr(user) else queryset.none()


def users_rule(user, queryset):
    """Log-ins of people in scope, and the user themself; never anyone else's."""
    if user.is_superuser:
        return queryset
    return queryset.filter(Q(staff_member__school__in=schools_for(user)) | Q(pk=user.pk))


def hr_scopes_rule(user, queryset):
    return queryset.filter(Q(trust__in=trusts_rule(user, Trust.objects.all())) | Q(user=user))


register_rule(School, schools_rule)
register_rule(Trust, trusts_rule)
register_rule(StaffMember, staff_rule)
register_rule(settings.AUTH_USER_MODEL, users_rule)
register_rule(Role, everything)
register_rule(HRScope, hr_scopes_rule)


def register_wagtail_rules():
    """Images, documents and pages are governed by Wagtail's own collection and page
    permissions, not by school."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    for model in (get_image_model(), get_document_model(), Page):
        register_rule(model, everything)


def limit_form(form, user):
    """Narrow every relation field of ``form`` and of its child forms to ``user``'s scope."""
    for _name, field in _relations(form):
        field.queryset = rule_for(field.queryset.model)(user, field.queryset)
    for formset in getattr(form, "formsets", {}).values():
        _limit_formset(formset, user)
    return form


def relation_fields(form):
    """(name, field) of every relation field on ``form`` and its child forms' blank form."""
    found = _relations(form)
    for rel, formset in getattr(form, "formsets", {}).items():
        child = formset.empty_form
        found += [(f"{rel}-{n}", f) for n, f in relation_fields(child)]
    return found


def _relations(form):
    """The form's ModelChoiceFields, less a child form's own hidden "id" (the formset
    already limits it to the children of the object in scope)."""
    model = getattr(getattr(form, "_meta", None), "model", None)
    own_pk = model._meta.pk.name if model is not None else None
    return [
        (name, field)
        for name, field in form.fields.items()
        if isinstance(field, ModelChoiceField)
        and not (name == own_pk and field.queryset.model is model)
    ]


def _limit_formset(formset, user):
    base = type(formset)

    class ScopedFormSet(base):
        def _construct_form(self, i, **kwargs):
            return limit_form(super()._construct_form(i, **kwargs), user)

        @property
        def empty_form(self):
            return limit_form(super().empty_form, user)

    ScopedFormSet.__name__ = base.__name__
    formset.__class__ = ScopedFormSet
    for child in formset.__dict__.get("forms", []):  # already built
        limit_form(child, user)
