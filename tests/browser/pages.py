"""Every staff-facing page, per persona: the browser tests and `make screenshots` use it."""

from urllib.parse import urlsplit

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
    """Pages whose address holds an id or a token: found in the demo data once it is
    loaded. Every persona but hr gets some; the test fails if the demo loses them."""
    if persona in ("-", "anonymous"):
        return [password_reset_link("newstarter")]
    if persona == "newstarter":
        return _newstarter_pages()
    if persona == "mentor":
        return _mentor_pages()
    if persona == "hlta":
        from django.utils import timezone

        from training.models import TrainingSession

        past = TrainingSession.objects.filter(
            led_by__user__username="hlta", starts_at__lt=timezone.now()
        )
        return [f"/sessions/{s.pk}/attendance/" for s in past.order_by("pk")[:1]]
    return []


def password_reset_link(username):
    """The emailed link; the browser follows its redirect to .../set-password/.

    The token holds the user's last log-in, so it is good until they next log in.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    user = get_user_model().objects.get(username=username)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"/accounts/reset/{uid}/{default_token_generator.make_token(user)}/"


def _path(page):
    return urlsplit(page.url).path


def _newstarter_pages():
    """A policy waiting for their acknowledgement, a role, a guidance article, and
    the induction step with the most on it (an upload, else a task they tick)."""
    from handbook.acknowledging import statuses_for
    from handbook.models import GuidancePage, RolePage
    from induction.models import Completer, StepKind
    from people.models import StaffMember

    me = StaffMember.objects.get(user__username="newstarter")
    pages = [_path(s.policy) for s in statuses_for(me) if not s.done][:1]
    for model in (RolePage, GuidancePage):
        pages += [_path(p) for p in model.objects.live().order_by("path")[:1]]
    steps = me.induction.steps.filter(completed_at__isnull=True, completer=Completer.STARTER)
    step = steps.filter(kind=StepKind.UPLOAD).first() or steps.order_by("due_on").first()
    if step:
        pages.append(f"/my/induction/steps/{step.pk}/")
    return pages


def _mentor_pages():
    """A mentee, the sign-off of a step waiting for the mentor, and the due-date and
    review pages of an induction the mentor line-manages (only line managers and HR
    may extend or review: induction.access)."""
    from django.contrib.auth import get_user_model

    from induction import access
    from induction.models import Induction

    user = get_user_model().objects.get(username="mentor")
    inductions = list(Induction.objects.filter(mentor__user=user).order_by("pk"))
    pages = [f"/mentees/{i.pk}/" for i in inductions[:1]]
    for induction in inductions:
        waiting = induction.steps.filter(
            completed_at__isnull=True, sign_off_requested_at__isnull=False
        ).order_by("pk")
        step = next((s for s in waiting if not access.refusal(user, s)), None)
        if step:
            pages.append(f"/mentees/{induction.pk}/steps/{step.pk}/")
            break
    for induction in inductions:
        if access.can_review(user, induction):
            step = induction.steps.filter(completed_at__isnull=True).order_by("pk").first()
            if step:
                pages.append(f"/mentees/{induction.pk}/steps/{step.pk}/extend/")
            pages.append(f"/mentees/{induction.pk}/review/")
            break
    return pages
