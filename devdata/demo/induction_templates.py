"""The demo induction templates, written for Staffroom.

Each step: (stage, kind, title, due offset in days from the start, policy or course
title or None, what to do). Policies and courses are those of the handbook and
training demos; a policy limited to some roles only goes in a template for them.
"""

from induction.models import Stage as S
from induction.models import StepKind as K

ALL_STAFF_STEPS = [
    (
        S.BEFORE_START,
        K.HR_CHECK,
        "Identity and right to work checked",
        -5,
        None,
        "HR sees your passport or other identity documents and your right to work.",
    ),
    (
        S.BEFORE_START,
        K.TASK,
        "Emergency contacts and bank details",
        -3,
        None,
        "Send HR your emergency contacts and the details payroll needs.",
    ),
    (
        S.FIRST_DAY,
        K.POLICY,
        "Read the child protection and safeguarding policy",
        0,
        "Child protection and safeguarding policy",
        "Who the safeguarding leads are, and what to do the same day if you are worried "
        "about a child.",
    ),
    (
        S.FIRST_DAY,
        K.POLICY,
        "Read the staff code of conduct",
        0,
        "Staff code of conduct",
        "The professional boundaries we all keep, in school, online and off.",
    ),
    (
        S.FIRST_DAY,
        K.TASK,
        "Tour of the school",
        0,
        None,
        "Fire exits and the assembly point, first-aid kits, the staff room and who sits where.",
    ),
    (
        S.FIRST_DAY,
        K.HR_CHECK,
        "Sign-in, ID badge and IT log-in",
        0,
        None,
        "HR issues your lanyard and badge; IT sets up your account.",
    ),
    (
        S.FIRST_WEEK,
        K.COURSE,
        "Safeguarding training",
        7,
        "Safeguarding and child protection",
        "At induction, then every year. Join the next in-house session or add your certificate.",
    ),
    (
        S.FIRST_WEEK,
        K.COURSE,
        "Read Keeping children safe in education, Part one",
        7,
        "KCSIE Part one read",
        "Everyone who works with children reads at least Part one.",
    ),
    (
        S.FIRST_WEEK,
        K.MEETING,
        "Meet the designated safeguarding lead",
        7,
        None,
        "Ten minutes with the DSL: how to record a concern here and who to tell.",
    ),
    (
        S.FIRST_WEEK,
        K.POLICY,
        "Read the first aid policy",
        7,
        "First aid policy",
        "Who the first aiders are, where the kits are, and how head bumps are reported.",
    ),
    (
        S.FIRST_MONTH,
        K.POLICY,
        "Read the data protection policy",
        21,
        "Data protection policy",
        "What personal data you may take home (none on paper), and what to do if data goes astray.",
    ),
    (S.FIRST_MONTH, K.COURSE, "Data protection training", 30, "Data protection", ""),
    (S.FIRST_MONTH, K.COURSE, "Prevent duty training", 30, "Prevent duty", ""),
    (S.FIRST_MONTH, K.POLICY, "Read the online safety policy", 30, "Online safety policy", ""),
    (
        S.FIRST_HALF_TERM,
        K.MEETING,
        "End of first half-term review",
        42,
        None,
        "With your mentor: what has gone well, what support you need next.",
    ),
]

TA_STEPS = [
    (
        S.FIRST_DAY,
        K.POLICY,
        "Read the behaviour policy",
        1,
        "Behaviour policy",
        "The three steps every adult uses, and how we praise and correct.",
    ),
    (
        S.FIRST_WEEK,
        K.MEETING,
        "Observe an experienced teaching assistant",
        7,
        None,
        "Spend a morning alongside an experienced TA; your mentor signs it off with you.",
    ),
    (
        S.FIRST_WEEK,
        K.POLICY,
        "Read the positive handling policy",
        10,
        "Positive handling and reasonable force policy",
        "De-escalation first; how any use of force is recorded the same day.",
    ),
    (
        S.FIRST_MONTH,
        K.TASK,
        "Read the support plans of the pupils you work with",
        14,
        None,
        "Their SEN support plans and EHCP outcomes, and where the SENDCo keeps them.",
    ),
    (S.FIRST_MONTH, K.POLICY, "Read the SEND policy", 14, "SEND policy", ""),
    (
        S.FIRST_MONTH,
        K.UPLOAD,
        "Upload your qualification certificate",
        21,
        None,
        "Your level 2 or 3 teaching assistant qualification, if you have one.",
    ),
    (
        S.FIRST_HALF_TERM,
        K.MEETING,
        "Observation by your mentor: supporting a group",
        35,
        None,
        "Your mentor watches you support a small group and talks it through after.",
    ),
]

LSA_STEPS = [
    (S.FIRST_DAY, K.POLICY, "Read the behaviour policy", 1, "Behaviour policy", ""),
    (
        S.FIRST_WEEK,
        K.POLICY,
        "Read the intimate care policy",
        5,
        "Intimate care policy",
        "How personal care is given with dignity, by whom, and how it is recorded.",
    ),
    (
        S.FIRST_WEEK,
        K.MEETING,
        "Shadow a colleague giving personal care",
        7,
        None,
        "Watch first; you only give intimate care alone once your enhanced DBS with barred "
        "list check is in place.",
    ),
    (
        S.FIRST_WEEK,
        K.TASK,
        "Read the care plans of the pupils you support",
        7,
        None,
        "Health care plans, moving and handling plans and intimate care plans.",
    ),
    (S.FIRST_MONTH, K.COURSE, "Intimate care training", 21, "Intimate care", ""),
    (S.FIRST_MONTH, K.COURSE, "Manual handling training", 30, "Manual handling", ""),
    (
        S.FIRST_MONTH,
        K.TASK,
        "Learn the school's SEND records",
        21,
        None,
        "Where plans and notes are kept, who may see them, and how you add to them.",
    ),
]

ONE_TO_ONE_STEPS = [
    (
        S.FIRST_DAY,
        K.POLICY,
        "Read the positive handling policy",
        1,
        "Positive handling and reasonable force policy",
        "",
    ),
    (
        S.FIRST_WEEK,
        K.TASK,
        "Read your pupil's EHCP and one-page profile",
        3,
        None,
        "What matters to them, how they communicate and what helps them calm.",
    ),
    (S.FIRST_WEEK, K.MEETING, "Plan the first sessions with the SENDCo", 5, None, ""),
    (
        S.FIRST_MONTH,
        K.COURSE,
        "Positive handling training",
        30,
        "Positive handling",
        "The in-house course; valid for 12 months.",
    ),
    (
        S.FIRST_MONTH,
        K.TASK,
        "Set up the session log",
        14,
        None,
        "Record every session and any concern the same day.",
    ),
    (S.FIRST_HALF_TERM, K.MEETING, "Observation of a tutoring session", 35, None, ""),
]

AP_STEPS = [
    (S.FIRST_DAY, K.POLICY, "Read the behaviour policy", 1, "Behaviour policy", ""),
    (
        S.FIRST_DAY,
        K.POLICY,
        "Read the attendance policy",
        1,
        "Attendance policy",
        "Registers within ten minutes; what to do when a learner does not arrive.",
    ),
    (S.FIRST_WEEK, K.TASK, "Read each learner's risk assessment and behaviour plan", 3, None, ""),
    (S.FIRST_WEEK, K.TASK, "Know the lone-working and missing-learner procedures", 5, None, ""),
    (S.FIRST_MONTH, K.COURSE, "Positive handling training", 30, "Positive handling", ""),
    (S.FIRST_HALF_TERM, K.MEETING, "Observation of a session by your mentor", 35, None, ""),
]

# name, roles (None: all staff), description, steps
TEMPLATES = [
    ("All staff", None, "What everyone does in their first half-term.", ALL_STAFF_STEPS),
    (
        "Teaching assistant",
        [
            "Teaching assistant (level 1)",
            "Teaching assistant (level 2)",
            "Teaching assistant (level 3)",
        ],
        "Classroom support: behaviour, positive handling and the SEND plans of your pupils.",
        TA_STEPS,
    ),
    (
        "Learning support assistant",
        ["Learning support assistant"],
        "Support for pupils with SEND, including personal care.",
        LSA_STEPS,
    ),
    ("One-to-one tutor", ["One-to-one tutor"], "Working with one pupil.", ONE_TO_ONE_STEPS),
    (
        "Alternative provision tutor",
        ["Alternative provision tutor"],
        "Teaching learners outside mainstream school.",
        AP_STEPS,
    ),
]
