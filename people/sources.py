"""Where each statutory rule comes from: the one place that names the source.

Code comments and help texts refer to a rule by its key here (``sources.SCR`` …) rather
than repeating a paragraph number. KCSIE paragraph numbers move between editions, so
KCSIE rules are cited by part and section heading; a number is given only where it
was checked against the edition named. ``docs/statutory-rules.md`` is the same table
for readers.
"""

KCSIE = "Keeping children safe in education 2025 (KCSIE)"
EYFS = "EYFS statutory framework for group and school-based providers (2025)"
HSE_L74 = "HSE L74, First aid at work (Approved Code of Practice and guidance)"
DISQUALIFICATION = "DfE statutory guidance, Disqualification under the Childcare Act 2006"
DFE_POLICIES = "DfE, Statutory policies for schools and academy trusts"

SOURCES = {
    "scr": f"{KCSIE} Part three, 'Single central record'",
    "scr_leavers": f"{KCSIE} Part three, 'Single central record': a person's details are "
    "removed once they no longer work at the school",
    "dbs_type": f"{KCSIE} Part three, 'Considering which type of check is required'",
    "dbs_workforce": f"{KCSIE} Part three, 'DBS Update Service' (appropriate workforce and "
    "level of check)",
    "barred_list_only_regulated": f"{KCSIE} Part three, 'Considering which type of check is "
    "required': barred list information must not be requested for anyone not in "
    "regulated activity",
    "dbs_before_start": f"{KCSIE} Part three, 'Considering which type of check is "
    "required': starting before the DBS certificate arrives needs a separate barred list "
    "check and supervision",
    "previous_post": f"{KCSIE} Part three, 'Applicant moving from previous post': no new "
    "DBS check is needed if a post in a school or college in England ended no more than "
    "three months before appointment",
    "dbs_recheck": f"{KCSIE} Part three, 'DBS Update Service': rechecks are school policy, "
    "not statutory",
    "dbs_copies": f"{KCSIE} Part three, 'Retention of documents': a copy, if kept, for no "
    "longer than six months",
    "volunteers": f"{KCSIE} Part three, 'Volunteers': supervised volunteers are not in "
    "regulated activity; a recorded risk assessment decides the check",
    "regulated_activity": f"{KCSIE} Annex, regulated activity and supervision; Safeguarding "
    "Vulnerable Groups Act 2006 Schedule 4",
    "prohibition": f"{KCSIE} Part three, 'Prohibitions, directions, sanctions and "
    "restrictions'; Teachers' Disciplinary (England) Regulations 2012 reg. 3 (teaching work)",
    "section_128": f"{KCSIE} Part three, 'Secretary of State section 128 direction'",
    "overseas": f"{KCSIE} Part three, 'Individuals who have lived or worked outside the UK'",
    "agency": f"{KCSIE} Part three, 'Agency and third-party staff'",
    "childcare_disqualification": f"{DISQUALIFICATION}, 'Who is covered by the "
    "arrangements' (early years provision, later years childcare for under-8s outside the "
    "school day, and those who manage it); Childcare (Disqualification) Regulations 2018",
    "safeguarding_training": f"{KCSIE} Part two, 'Staff training' (at induction, updates at "
    "least annually)",
    "dsl_training": f"{KCSIE} Annex C, 'Role of the designated safeguarding lead', Training "
    "(every two years; knowledge refreshed at least annually; deputies to the same standard)",
    "kcsie_reading": f"{KCSIE}, 'School and college staff' (staff read at least Part one; "
    "each edition replaces the previous ones)",
    "first_aid_validity": f"{HSE_L74} paragraph 74 (certificates valid for three years)",
    "first_aid_refresher": f"{HSE_L74}, refresher training (strongly recommended annually; "
    "advisory)",
    "paediatric_first_aid": f"{EYFS} paragraph 3.36 (a current full paediatric first aid "
    "certificate holder on the premises and on outings; renewed every three years)",
    "policy_review": f"{DFE_POLICIES} (child protection reviewed at least annually); "
    f"{KCSIE} Part two, 'Child protection policy'",
}


def source(key):
    """The source of a rule, by key; an unknown key is an error, not a blank citation."""
    return SOURCES[key]
