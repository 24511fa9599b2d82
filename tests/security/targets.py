"""Which real object each URL pattern points at, so that a request means something:
"HR of school B opens the edit view of a check on someone at school A"."""

from django.urls import reverse

# Viewset namespaces of our apps -> the world object their <int:pk> views open.
NAMESPACE_OBJECTS = {
    "staff": "staff_member",
    "vetting_checks": "check",
    "schools": "school_a",
    "roles": "role",
    "trusts": "trust",
    "trust_branding": "branding",
    "hr_access": "hr_scope",
    "courses": "course",
    "training_requirements": "requirement",
    "training_records": "record",
    "training_sessions": "session",
    "first_aid_targets": "target",
    "first_aid_rota": "rota",
    "first_aid_outings": "outing",
    "inductions": "induction",
    "wagtailsnippets_handbook_policycategory": "category",
    "wagtailsnippets_induction_inductiontemplate": "template",
    "wagtailsnippetchoosers_handbook_policycategory": "category",
    "wagtailsnippetchoosers_induction_inductiontemplate": "template",
    "subject_access": "staff_member",
}

# Patterns whose arguments are not a viewset's pk.
SPECIFIC = {
    "portal_compliance_summary": lambda w: {"pk": w.staff_member.pk},
    "branding_accent": lambda w: {"trust_id": w.trust.pk},
    "portal_dbs_copy": lambda w: {"pk": w.check.pk},
    "portal_subject_access": lambda w: {"pk": w.staff_member.pk},
    "portal_import": lambda w: {"kind": "staff"},
    "handbook:acknowledge": lambda w: {"page_id": w.policy.pk},
    "training:certificate": lambda w: {"pk": w.record.pk},
    "training:sign_up": lambda w: {"pk": w.session.pk},
    "training:cancel_place": lambda w: {"pk": w.session.pk},
    "training:attendance": lambda w: {"pk": w.session.pk},
    "training:cancel_session": lambda w: {"pk": w.session.pk},
    "induction:my_step": lambda w: {"pk": w.task.pk},
    "induction:mentee": lambda w: {"pk": w.induction.pk},
    "induction:review": lambda w: {"pk": w.induction.pk},
    "induction:sign_off": lambda w: {"pk": w.induction.pk, "step_pk": w.meeting.pk},
    "induction:extend": lambda w: {"pk": w.induction.pk, "step_pk": w.meeting.pk},
    "induction:document": lambda w: {"pk": w.induction.pk, "step_pk": w.upload.pk},
    "password_reset_confirm": lambda w: {"uidb64": "MQ", "token": "not-a-token"},
    # Wagtail's own, sampled:
    "wagtailadmin_pages:edit": lambda w: {"page_id": w.policy.pk},
}

# Views that only answer POST (a GET is a 405 for everyone who gets that far).
POST_ONLY = {"handbook:acknowledge", "training:sign_up", "training:cancel_place", "logout"}


# Patterns reversed by hand (a regular expression, or a page's own URL).
FIXED = {"wagtail_serve": lambda w: w.policy.url}


def url_for(key, route, world):
    if key in FIXED:
        return FIXED[key](world)
    kwargs = kwargs_for(key, route, world)
    return reverse(key, kwargs=kwargs) if kwargs else reverse(key)


def kwargs_for(key, route, world):
    if key in SPECIFIC:
        return SPECIFIC[key](world)
    namespace = key.rpartition(":")[0]
    if "<int:pk>" in route and namespace in NAMESPACE_OBJECTS:
        return {"pk": getattr(world, NAMESPACE_OBJECTS[namespace]).pk}
    if "<str:pk>" in route and namespace in NAMESPACE_OBJECTS:
        return {"pk": str(getattr(world, NAMESPACE_OBJECTS[namespace]).pk)}
    return {}
