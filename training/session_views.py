"""Staff pages for in-house sessions: /sessions/, sign up, cancel, record attendance."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from people.models import StaffMember
from people.scope import hr_schools
from portal.identity import current_person

from . import sessions as service
from .forms import AttendanceForm, CancelSessionForm
from .models import SessionBooking, TrainingSession


def _listing(queryset, me):
    queryset = queryset.select_related("course", "led_by", "school").annotate(
        taken=Count("bookings", filter=Q(bookings__seat__isnull=False))
    )
    if me is not None:
        queryset = queryset.annotate(
            booked=Exists(SessionBooking.objects.filter(session=OuterRef("pk"), person=me))
        )
    return queryset


@login_required
def session_list(request):
    me = current_person(request)
    now = timezone.now()
    upcoming = TrainingSession.objects.none()
    if me is not None:
        upcoming = _listing(
            TrainingSession.objects.upcoming(now).filter(school__trust_id=me.trust_id), me
        )
    can_manage = Q(school__in=hr_schools(request.user))
    if me is not None:
        can_manage |= Q(led_by=me)
    manageable = TrainingSession.objects.filter(
        can_manage, starts_at__gte=now - timedelta(days=60)
    ).order_by("-starts_at")
    return render(
        request,
        "training/sessions.html",
        {"upcoming": upcoming, "manageable": _listing(manageable, me), "me": me, "now": now},
    )


def _session_for_staff(request, pk):
    me = current_person(request)
    if me is None:
        raise Http404
    session = get_object_or_404(TrainingSession, pk=pk, school__trust_id=me.trust_id)
    return me, session


@login_required
@require_POST
def sign_up(request, pk):
    me, session = _session_for_staff(request, pk)
    try:
        service.sign_up(session, me)
    except service.SessionError as err:
        messages.error(request, str(err))
    else:
        messages.success(request, f"You are signed up for {session}.")
    return redirect("training:sessions")


@login_required
@require_POST
def cancel_place(request, pk):
    me, session = _session_for_staff(request, pk)
    try:
        service.cancel_booking(session, me)
    except service.SessionError as err:
        messages.error(request, str(err))
    else:
        messages.success(request, f"Your place on {session} is cancelled.")
    return redirect("training:sessions")


def _managed_session(request, pk):
    """The session, if this user leads it or is HR for its school; otherwise 404."""
    session = get_object_or_404(
        TrainingSession.objects.select_related("course", "school", "led_by"), pk=pk
    )
    if not service.can_record_attendance(request.user, session):
        raise Http404
    return session


@login_required
def attendance(request, pk):
    session = _managed_session(request, pk)
    bookings = list(session.bookings.select_related("person"))
    candidates = (
        StaffMember.objects.current()
        .filter(school_id=session.school_id)
        .exclude(pk__in=[b.person_id for b in bookings])
        .order_by("last_name", "first_name")
    )
    kwargs = {"session": session, "bookings": bookings, "candidates": candidates}
    form = AttendanceForm(request.POST or None, **kwargs)
    if request.method == "POST" and form.is_valid():
        try:
            count = service.record_attendance(
                session, request.user, form.attended_ids(), form.cleaned_data["extra"]
            )
        except service.SessionError as err:
            messages.error(request, str(err))
        else:
            messages.success(
                request,
                f"Attendance recorded: {count} training records created or renewed "
                f"for {session.course}.",
            )
            return redirect("training:attendance", pk=session.pk)
    return render(
        request,
        "training/attendance.html",
        {"session": session, "form": form, "bookings": bookings, "now": timezone.now()},
    )


@login_required
def cancel_session(request, pk):
    session = _managed_session(request, pk)
    form = CancelSessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = service.cancel_session(session, request.user, form.cleaned_data["reason"])
        except service.SessionError as err:
            messages.error(request, str(err))
        else:
            messages.success(request, f"{session} is cancelled; {sent} people were emailed.")
            return redirect("training:sessions")
    return render(request, "training/cancel_session.html", {"session": session, "form": form})
