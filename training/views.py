"""Staff pages: /my/training/ and the certificate download (owner or HR only)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from wagtail.log_actions import log

from people.scope import can_see_hr_record
from portal.compliance import SEVERITY
from portal.documents import serve_private
from portal.identity import current_person

from . import rules
from .compliance import assess_person
from .forms import SelfReportForm
from .models import TrainingRecord
from .self_report import record_self_report


def urgency(item):
    """Most urgent first: worst status, then the soonest date."""
    when = item.expires_on or item.due_on
    return (SEVERITY.index(item.status), when)


def my_items(person, today=None):
    today = today or timezone.localdate()
    items = assess_person(person, today).get(person.pk, [])
    return [(item, rules.what_to_do(item.outcome)) for item in sorted(items, key=urgency)]


@login_required
def my_training(request):
    me = current_person(request)
    if me is None:
        return render(request, "training/my_training.html", {"no_record": True})
    if request.method == "POST":
        form = SelfReportForm(request.POST, request.FILES, person=me)
        if form.is_valid():
            record, created = record_self_report(form, me, request.user)
            if created:
                log(record, "training.self_report", user=request.user)
                messages.success(
                    request,
                    f"Your {record.course} certificate has been added. It is pending "
                    "verification by HR.",
                )
            else:
                messages.info(
                    request,
                    f"Your {record.course} certificate for {record.completed_on:%-d %B %Y} "
                    "was already added; it has not been added twice.",
                )
            return redirect("training:my_training")
    else:
        form = SelfReportForm(person=me)
    records = me.training_records.select_related("course").order_by("-completed_on", "-pk")
    return render(
        request,
        "training/my_training.html",
        {"items": my_items(me), "records": records, "form": form, "person": me},
    )


@login_required
def certificate(request, pk):
    """The certificate file, for its owner or HR of their school; anyone else gets 404."""
    record = get_object_or_404(TrainingRecord.objects.select_related("person", "course"), pk=pk)
    me = current_person(request)
    mine = me is not None and me.pk == record.person_id
    if not (mine or can_see_hr_record(request.user, record.person)) or not record.certificate:
        raise Http404
    ext = record.certificate.name.rsplit(".", 1)[-1]
    return serve_private(record.certificate, download_name=f"{record.course} certificate.{ext}")
