"""Staff-facing views: my policies, and acknowledging one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.views.decorators.http import require_POST

from handbook.acknowledging import AcknowledgementRefused, acknowledge, statuses_for
from handbook.models import PolicyPage
from portal.identity import current_person


@login_required
def my_policies(request):
    person = current_person(request)
    statuses = statuses_for(person)
    return render(
        request,
        "handbook/my_policies.html",
        {
            "staff_member": person,
            "to_do": [s for s in statuses if not s.done],
            "done": [s for s in statuses if s.done],
        },
    )


@login_required
@require_POST
def acknowledge_policy(request, page_id):
    policy = get_object_or_404(PolicyPage.objects.live(), pk=page_id)
    person = current_person(request)
    if person is None:
        raise Http404
    try:
        ack, created = acknowledge(policy, person, request.POST.get("revision"), request.user)
    except AcknowledgementRefused as refused:
        messages.error(request, str(refused))
    else:
        when = date_format(localtime(ack.acknowledged_at), "j F Y")
        verb = "acknowledged" if created else "already acknowledged"
        messages.success(request, f"You {verb} version {ack.version_label} on {when}.")
    return redirect(policy.url)
