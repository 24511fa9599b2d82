"""First-aid cover per school: valid certificate holders now and in 90 days vs targets,
and the rota judged day by day (a certificate stops counting on its expiry date)."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from people.models import StaffMember

from . import rules
from .models import Course, FirstAidRotaEntry, FirstAidTarget, TrainingRecord

T = Course.FirstAidType

COUNTS_AS = rules.COUNTS_AS
TARGET_FIELDS = {
    T.FAW: "min_faw",
    T.EFAW: "min_efaw",
    T.PFA_FULL: "min_pfa_full",
    T.PFA_EMERGENCY: "min_pfa_emergency",
}


def required_holders(kind, target, has_early_years):
    wanted = getattr(target, TARGET_FIELDS[kind]) if target else 0
    if kind == T.PFA_FULL and has_early_years:
        # people/sources.py "paediatric_first_aid": at least one person with a current
        # full paediatric first aid certificate on the premises when children are present.
        wanted = max(wanted, 1)
    return wanted


@dataclass
class Line:
    kind: str
    label: str
    target: int
    now: int
    later: int

    @property
    def shortfall_now(self):
        return max(0, self.target - self.now)

    @property
    def shortfall_later(self):
        return max(0, self.target - self.later)


def _holders(n, label):
    return f"{n} {label} holder" + ("" if n == 1 else "s")


def shortfall_words(school, line, days):
    """A sentence HR can act on, or "" when the target is met now and later."""
    if line.shortfall_now:
        return (
            f"{school}: {_holders(line.shortfall_now, line.label)} short now "
            f"(target {line.target}, {line.now} valid)."
        )
    if line.shortfall_later:
        return (
            f"{school}: {_holders(line.shortfall_later, line.label)} short in {days} days' "
            f"time as certificates expire (target {line.target}, {line.later} still valid)."
        )
    return ""


@dataclass
class Cover:
    school: object
    lines: list = field(default_factory=list)
    holders: dict = field(default_factory=dict)  # kind -> [(person, expires_on)]
    rota: dict = field(default_factory=dict)  # weekday label -> [(entry, valid bool)]
    days: int = 90
    uncovered_days: list = field(default_factory=list)  # early years days with no full PFA

    @property
    def shortfalls(self):
        lines = [shortfall_words(self.school, ln, self.days) for ln in self.lines]
        days = [
            f"{self.school}: no current full paediatric first aider on the rota on {day:%A} "
            f"{day:%d/%m/%Y}."
            for day in self.uncovered_days
        ]
        return [w for w in lines if w] + days


def next_weekday(today, weekday):
    """The date of the next Monday–Friday ``weekday`` (0 = Monday), today included."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def uncovered_early_years_days(entries, held_by_person, today):
    """School days in the coming week with no rota entry giving valid full PFA cover.

    ``entries``: [(weekday, person_id, cover_type)]; ``held_by_person``: {person_id:
    {kind: expires_on}}. Only a current full paediatric certificate counts (EYFS 3.36).
    """
    missing = []
    for weekday in range(5):
        day = next_weekday(today, weekday)
        covered = any(
            w == weekday
            and rules.covers("pfa_full", rules.held_on(held_by_person.get(pid, {}), day))
            for w, pid, _ in entries
        )
        if not covered:
            missing.append(day)
    return sorted(missing)


_NONE = object()


def _later(a, b):
    """The later of two expiry dates, where None means "never expires"."""
    if a is _NONE:
        return b
    if a is None or b is None:
        return None
    return max(a, b)


def cover_for(schools, today=None):
    """[Cover] for each school, in a fixed number of queries."""
    today = today or timezone.localdate()
    days = rules.first_aid_lookahead_days()
    later = today + timedelta(days=days)
    schools = list(schools)
    targets = {
        t.school_id: t for t in FirstAidTarget.objects.filter(school__in=[s.pk for s in schools])
    }
    current = StaffMember.objects.current(today).filter(school__in=[s.pk for s in schools])
    # person -> kind -> latest expiry (None: never) among valid verified certificates
    best = defaultdict(dict)
    school_of = {}
    for person_id, school_id, kind, expires_on in (
        TrainingRecord.objects.verified()
        .filter(person__in=current, course__first_aid_type__gt="", completed_on__lte=today)
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gt=today))
        .values_list("person_id", "person__school_id", "course__first_aid_type", "expires_on")
    ):
        school_of[person_id] = school_id
        for counted in COUNTS_AS[kind]:
            best[person_id][counted] = _later(best[person_id].get(counted, _NONE), expires_on)
    people = StaffMember.objects.in_bulk(list(best))
    rota = defaultdict(list)
    for entry in FirstAidRotaEntry.objects.filter(
        school__in=[s.pk for s in schools]
    ).select_related("person"):
        rota[entry.school_id].append(entry)

    answer = []
    for school in schools:
        cover = Cover(school=school, days=days)
        staff_here = [p for pk, p in people.items() if school_of[pk] == school.pk]
        for kind in TARGET_FIELDS:
            holders = sorted(
                ((p, best[p.pk][kind]) for p in staff_here if kind in best[p.pk]),
                key=lambda pair: pair[0].last_name,
            )
            cover.holders[kind] = holders
            now = len(holders)
            still = sum(1 for _, exp in holders if rules.counts_on(exp, later))
            target = required_holders(kind, targets.get(school.pk), school.has_early_years)
            cover.lines.append(Line(kind, T(kind).label, target, now, still))
        for entry in rota[school.pk]:
            # Judged on the rota's own day, for the cover type the entry gives.
            day = next_weekday(today, entry.weekday)
            held = rules.held_on(best.get(entry.person_id, {}), day)
            valid = rules.covers(entry.cover_type, held)
            cover.rota.setdefault(entry.get_weekday_display(), []).append((entry, valid))
        if school.has_early_years:
            entries = [(e.weekday, e.person_id, e.cover_type) for e in rota[school.pk]]
            cover.uncovered_days = uncovered_early_years_days(entries, best, today)
        answer.append(cover)
    return answer
