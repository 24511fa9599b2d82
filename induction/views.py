"""Staff pages: my induction, my mentees, and signing off a mentee's steps.

Scope is checked on the server: a step or induction outside the user's reach is a
404, never a page that says it exists.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from portal.identity import current_person
from portal.queries import only_row

from . import access, actions, services
from .forms import ExtendForm, ReviewForm, SignOffForm, StepForm
from .models import Induction, InductionStep, StepKind
from .models.templates import Completer


def with_steps(queryset):
    steps = InductionStep.objects.select_related("policy", "course", "completed_by")
    return queryset.select_related(
        "staff_member__school", "staff_member__line_manager", "mentor"
    ).prefetch_related(Prefetch("steps", queryset=steps))


def grouped(induction, today, action):
    """[(stage label, [(step, state, action)]), …] in stage order."""
    stages = []
    for step in induction.step_list():
        step.induction = induction
        label = step.get_stage_display()
        if not stages or stages[-1][0] != label:
            stages.append((label, []))
        state = step.state(today)
        stages[-1][1].append((step, state, action(step, state)))
    return stages


@login_required
def my_induction(request):
    me = current_person(request)
    induction = me and only_row(with_steps(Induction.objects.filter(staff_member=me)))
    today = timezone.localdate()
    context = {"staff_member": me, "induction": induction, "today": today}
    if induction is not None:
        done, total = induction.counts()
        context.update(
            stages=grouped(induction, today, actions.for_starter),
            done=done,
            total=total,
            percentage=induction.percentage(),
            status=induction.status(today),
            overdue=len(induction.overdue_steps(today)),
            reviews=list(induction.reviews.all()[:1]),
        )
    return render(request, "induction/my_induction.html", context)


def _my_step(request, pk):
    me = current_person(request)
    if me is None:
        raise Http404
    return get_object_or_404(
        InductionStep.objects.select_related("induction__staff_member", "policy", "course"),
        pk=pk,
        induction__staff_member=me,
    )


@login_required
def my_step(request, pk):
    """One of my steps: tick a task, upload a document, or ask for a meeting's sign-off."""
    step = _my_step(request, pk)
    form = StepForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "request":
                services.request_sign_off(step, request.user)
                messages.success(request, f"Your mentor has been asked to sign off “{step.title}”.")
                return redirect("induction:my_induction")
            if form.is_valid():
                services.complete_step(
                    step,
                    request.user,
                    note=form.cleaned_data["note"],
                    document=form.cleaned_data["document"],
                )
                messages.success(request, f"“{step.title}” is done.")
                return redirect("induction:my_induction")
        except services.StepRefused as refused:
            messages.error(request, str(refused))
            return redirect("induction:my_step", pk=step.pk)
    context = {
        "step": step,
        "state": step.state(),
        "form": form,
        "can_tick": step.completer == Completer.STARTER,
        "is_upload": step.kind == StepKind.UPLOAD,
    }
    return render(request, "induction/my_step.html", context)


@login_required
def mentees(request):
    """Each mentee's progress, overdue steps and what waits for my sign-off.

    A fixed number of queries however many mentees: inductions with their people,
    then all their steps in one prefetch.
    """
    today = timezone.localdate()
    inductions = with_steps(access.overseen_by(request.user)).order_by(
        "signed_off_at", "staff_member__last_name", "pk"
    )
    rows = []
    for induction in inductions:
        steps = induction.step_list()
        rows.append(
            {
                "induction": induction,
                "progress_id": f"progress-{induction.pk}",
                "percentage": induction.percentage(),
                "counts": induction.counts(),
                "status": induction.status(today),
                "overdue": [s for s in steps if s.is_overdue(today)],
                "waiting": [s for s in steps if not s.is_done and s.sign_off_requested_at],
            }
        )
    return render(request, "induction/mentees.html", {"rows": rows, "today": today})


def _overseen(request, pk):
    induction = get_object_or_404(with_steps(Induction.objects.all()), pk=pk)
    if not access.can_oversee(request.user, induction):
        raise Http404
    return induction


@login_required
def mentee(request, pk):
    induction = _overseen(request, pk)
    today = timezone.localdate()
    done, total = induction.counts()
    roles = access.capacities(request.user, induction)
    context = {
        "induction": induction,
        "person": induction.staff_member,
        "stages": grouped(
            induction,
            today,
            lambda step, state: actions.for_overseer(step, state, induction, request.user, roles),
        ),
        "done": done,
        "total": total,
        "percentage": induction.percentage(),
        "status": induction.status(today),
        "can_review": access.can_review(request.user, induction),
        "can_extend": access.can_extend(request.user, induction),
        "reviews": induction.reviews.select_related("reviewed_by"),
        "review_form": ReviewForm(initial={"reviewed_on": today}),
        "today": today,
    }
    return render(request, "induction/mentee.html", context)


@login_required
def sign_off(request, pk, step_pk):
    induction = _overseen(request, pk)
    step = get_object_or_404(induction.steps.all(), pk=step_pk)
    step.induction = induction
    refusal = access.refusal(request.user, step)
    form = SignOffForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.complete_step(step, request.user, note=form.cleaned_data["note"])
        except services.StepRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, f"You signed off “{step.title}”.")
        return redirect("induction:mentee", pk=induction.pk)
    if request.method == "POST" and refusal:
        messages.error(request, refusal)
        return redirect("induction:mentee", pk=induction.pk)
    context = {"induction": induction, "step": step, "form": form, "refusal": refusal}
    return render(request, "induction/sign_off.html", context)


@login_required
def extend(request, pk, step_pk):
    induction = _overseen(request, pk)
    step = get_object_or_404(induction.steps.all(), pk=step_pk)
    step.induction = induction
    if not access.can_extend(request.user, induction):
        raise Http404
    form = ExtendForm(request.POST or None, initial={"due_on": step.due_on})
    if request.method == "POST" and form.is_valid():
        try:
            services.extend_due_date(
                step, form.cleaned_data["due_on"], form.cleaned_data["reason"], request.user
            )
        except services.StepRefused as refused:
            form.add_error("due_on", str(refused))
        else:
            messages.success(request, f"“{step.title}” is now due by {step.due_on:%-d %B %Y}.")
            return redirect("induction:mentee", pk=induction.pk)
    return render(
        request, "induction/extend.html", {"induction": induction, "step": step, "form": form}
    )


@login_required
def review(request, pk):
    induction = _overseen(request, pk)
    if not access.can_review(request.user, induction):
        raise Http404
    form = ReviewForm(request.POST or None, initial={"reviewed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.record_review(induction, request.user, **form.cleaned_data)
        except services.StepRefused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(request, "The review is recorded.")
        return redirect(reverse("induction:mentee", args=[induction.pk]) + "#review")
    return render(request, "induction/review.html", {"induction": induction, "form": form})


@login_required
def document(request, pk, step_pk):
    """A step's uploaded document: the person, their mentor, line manager or HR only."""
    from portal.documents import serve_private

    step = get_object_or_404(
        InductionStep.objects.select_related("induction__staff_member"), pk=step_pk, induction=pk
    )
    if not access.capacities(request.user, step.induction) or not step.document:
        raise Http404
    return serve_private(step.document, f"{step.title}.{step.document.name.rsplit('.', 1)[-1]}")
