"""Regulated activity, teaching work and childcare work: judged per person.

Plain functions over the rules' ``Person`` (people/vetting_rules.py); each names its
source by key in people/sources.py.
"""

from people.models import RegulatedActivity, StaffMember

Regulated = RegulatedActivity
NOT_ASSESSED = "not_assessed"
GOVERNANCE = {StaffMember.EmploymentType.GOVERNOR, StaffMember.EmploymentType.TRUSTEE}

# Regulated activity by role category where the role's own flag is unset (sources
# "dbs_type": most school staff are in regulated activity; office, site and governance
# posts usually are not). "Other" posts must be assessed.
REGULATED_CATEGORIES = {
    "ta",
    "hlta",
    "tutor",
    "learning_support",
    "teacher",
    "leadership",
    "pastoral",
}
NOT_REGULATED_CATEGORIES = {"admin", "premises", "governance"}
# Teaching work (sources "prohibition"): teachers and HLTAs plan, deliver and assess.
TEACHING_CATEGORIES = {"teacher", "hlta"}
# Not covered by childcare disqualification whatever they do (sources
# "childcare_disqualification": office, catering and site staff).
NOT_CHILDCARE_CATEGORIES = {"admin", "premises"}


def role_is_regulated(role):
    """True, False, or None (not assessed): the role's flag, else its category."""
    if role.regulated_activity is not None:
        return role.regulated_activity
    if role.category in REGULATED_CATEGORIES:
        return True
    if role.category in NOT_REGULATED_CATEGORIES:
        return False
    return None


def regulated_activity(person):
    """YES, NO, SUPERVISED_VOLUNTEER or NOT_ASSESSED, never a silent default.

    HR's recorded override wins; otherwise any regulated role makes the person
    regulated, and a person with no role, or only unassessed roles, is not assessed
    (sources "regulated_activity", "volunteers").
    """
    if person.regulated_override:
        return person.regulated_override
    if person.employment_type in GOVERNANCE:
        return Regulated.NO
    judged = [role_is_regulated(r) for r in person.roles]
    if any(j is True for j in judged):
        return Regulated.YES
    if judged and all(j is False for j in judged):
        return Regulated.NO
    return NOT_ASSESSED


def barred_list_permitted(person):
    """Barred list information may only be asked for people in regulated activity."""
    return regulated_activity(person) == Regulated.YES


def does_teaching_work(person):
    """Teaching work: a teacher or HLTA post, or a role flagged as teaching."""
    return any(r.category in TEACHING_CATEGORIES or r.involves_teaching for r in person.roles)


def childcare_disqualification_applies(person):
    """Early years, wraparound care for under-8s, or managing it; volunteers included.

    Decided from where the person works, not from the school or the role category;
    office, catering and site staff are not covered.
    """
    works = (
        person.works_in_early_years
        or person.works_in_wraparound_childcare
        or person.manages_childcare
    )
    if not works:
        return False
    return not person.roles or any(r.category not in NOT_CHILDCARE_CATEGORIES for r in person.roles)
