"""Every staff-facing page, per persona: the browser tests and `make screenshots` use it."""

ANONYMOUS = ["/accounts/login/", "/accounts/password_reset/", "/no-such-page/"]

PERSONA_PAGES = {
    "newstarter": [
        "/",
        "/my/induction/",
        "/my/training/",
        "/my/policies/",
        "/handbook/",
        "/search/?q=safeguarding",
        "/sessions/",
    ],
    "mentor": ["/", "/mentees/"],
    "hlta": ["/", "/sessions/", "/handbook/guidance/"],
    "hr": ["/", "/accounts/two-factor/"],
}

WIDTHS = (375, 1280)


def dynamic_pages(persona):
    """Pages whose address holds an id: found in the demo data once it is loaded."""
    from django.utils import timezone

    from induction.models import Induction
    from training.models import TrainingSession

    if persona == "mentor":
        inductions = Induction.objects.filter(mentor__user__username="mentor")
        return [f"/mentees/{i.pk}/" for i in inductions.order_by("pk")[:1]]
    if persona == "hlta":
        past = TrainingSession.objects.filter(
            led_by__user__username="hlta", starts_at__lt=timezone.now()
        )
        return [f"/sessions/{s.pk}/attendance/" for s in past.order_by("pk")[:1]]
    return []
