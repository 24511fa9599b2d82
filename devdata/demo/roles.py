"""Demo role descriptions, written for Staffroom (not taken from any real job description)."""

SAFEGUARDING = (
    "Safeguarding and wellbeing",
    [
        "Report any worry about a child to the designated safeguarding lead the same day.",
        "Follow the school's code of conduct, online safety and data protection policies.",
        "Help keep classrooms, corridors and the playground safe and calm.",
    ],
)
TEAMWORK = (
    "Working with others",
    [
        "Share what you notice about pupils' progress with the class teacher each week.",
        "Take part in training, appraisal and staff meetings.",
        "Speak to parents and carers courteously, passing questions to the teacher.",
    ],
)
CONDITIONS = [
    "Enhanced DBS certificate with a check of the children's barred list.",
    "Willing to join the first-aider rota after training.",
]


def _spec(extra=()):
    return [
        ("Qualifications", "GCSE English and maths at grade 4 (C) or above", True, "Certificates"),
        ("Experience", "Has worked with children or young people", True, "Application form"),
        ("Skills", "Calm, patient and clear with pupils who find learning hard", True, "Interview"),
        ("Skills", "Confident using a computer for records and learning apps", False, "Interview"),
        *extra,
    ]


ROLE_PAGES = [
    {
        "title": "Teaching assistant (level 1)",
        "role": "Teaching assistant (level 1)",
        "grade": "Scale 2",
        "hours": "27.5",
        "weeks": "39",
        "to": "Class teacher",
        "purpose": "Help the class teacher run a settled classroom, preparing resources and "
        "supporting small groups of pupils under the teacher's direction.",
        "sections": [
            (
                "Supporting pupils",
                [
                    "Work with small groups on tasks the teacher has planned.",
                    "Read with pupils one to one and note how they got on.",
                    "Help pupils with personal needs such as changing for PE.",
                ],
            ),
            (
                "Supporting the classroom",
                [
                    "Prepare, tidy and look after learning resources.",
                    "Put up displays of pupils' work.",
                    "Supervise pupils at break and lunchtime on the rota.",
                ],
            ),
            SAFEGUARDING,
        ],
        "spec": _spec(),
    },
    {
        "title": "Teaching assistant (level 2)",
        "role": "Teaching assistant (level 2)",
        "grade": "Scale 3",
        "hours": "30",
        "weeks": "39",
        "to": "Class teacher and SENDCo",
        "purpose": "Support pupils' learning across the class, including pupils with SEND, "
        "using programmes agreed with the teacher and the SENDCo.",
        "sections": [
            (
                "Supporting learning",
                [
                    "Run short catch-up and phonics sessions from agreed plans.",
                    "Adapt worksheets and resources so every pupil can take part.",
                    "Keep simple records of progress and share them with the teacher.",
                ],
            ),
            (
                "Pupils with SEND",
                [
                    "Follow each pupil's support plan and targets.",
                    "Help pupils use their equipment and communication aids.",
                ],
            ),
            SAFEGUARDING,
            TEAMWORK,
        ],
        "spec": _spec([("Knowledge", "Knows how phonics is taught", False, "Interview")]),
    },
    {
        "title": "Teaching assistant (level 3)",
        "role": "Teaching assistant (level 3)",
        "grade": "Scale 4",
        "hours": "32.5",
        "weeks": "39",
        "to": "Phase leader",
        "purpose": "Plan and deliver targeted interventions, and cover short planned absences "
        "of the teacher, following the school's plans.",
        "sections": [
            (
                "Teaching and interventions",
                [
                    "Plan and lead intervention groups, measuring progress at the start and end.",
                    "Supervise the class for short periods using the teacher's plans.",
                    "Mark work against the success criteria and give pupils feedback.",
                ],
            ),
            SAFEGUARDING,
            TEAMWORK,
        ],
        "spec": _spec(
            [("Qualifications", "Level 3 teaching assistant award", True, "Certificates")]
        ),
    },
    {
        "title": "Higher level teaching assistant",
        "role": "Higher level teaching assistant",
        "grade": "Scale 5",
        "hours": "32.5",
        "weeks": "39",
        "to": "Deputy headteacher",
        "purpose": "Teach planned lessons to whole classes and groups, lead other support staff "
        "and pass on good practice through guidance and in-house sessions.",
        "sections": [
            (
                "Teaching",
                [
                    "Teach whole classes when a teacher is absent or on planning time.",
                    "Assess pupils' work and report progress to teachers.",
                ],
            ),
            (
                "Leading support staff",
                [
                    "Coach and mentor teaching assistants.",
                    "Write good-practice guidance and run short training sessions.",
                ],
            ),
            SAFEGUARDING,
        ],
        "spec": _spec([("Qualifications", "HLTA status", True, "Certificates")]),
    },
    {
        "title": "One-to-one tutor",
        "role": "One-to-one tutor",
        "grade": "Scale 4",
        "hours": "25",
        "weeks": "39",
        "to": "SENDCo",
        "purpose": "Give individual pupils focused tuition so they catch up and take a full part "
        "in lessons again.",
        "sections": [
            (
                "Tuition",
                [
                    "Agree goals with the teacher and plan short sessions to meet them.",
                    "Check progress every half term and adjust the plan.",
                    "Keep families informed through the class teacher.",
                ],
            ),
            SAFEGUARDING,
        ],
        "spec": _spec(),
    },
    {
        "title": "Learning support assistant / key worker",
        "role": "Learning support assistant",
        "grade": "Scale 3",
        "hours": "30",
        "weeks": "39",
        "to": "SENDCo",
        "purpose": "Be the trusted adult for named pupils with SEND, supporting their learning, "
        "care and independence through the day.",
        "sections": [
            (
                "Key worker",
                [
                    "Greet named pupils each morning and check how they are.",
                    "Provide personal care in line with the intimate care policy.",
                    "Help pupils move between lessons and settle into each one.",
                ],
            ),
            SAFEGUARDING,
            TEAMWORK,
        ],
        "spec": _spec(),
        "conditions": [*CONDITIONS, "Moving and handling training before giving physical care."],
    },
    {
        "title": "Learning progress assistant",
        "role": "Learning progress assistant",
        "grade": "Scale 3",
        "hours": "30",
        "weeks": "39",
        "to": "Head of year",
        "purpose": "Help pupils who are falling behind to organise their work, attend well and "
        "make steady progress.",
        "sections": [
            (
                "Progress",
                [
                    "Meet pupils weekly to review homework and targets.",
                    "Follow up missing work with pupils and teachers.",
                    "Spot changes in attendance or mood and pass them on.",
                ],
            ),
            SAFEGUARDING,
        ],
        "spec": _spec(),
    },
    {
        "title": "Alternative provision tutor",
        "role": "Alternative provision tutor",
        "grade": "Unqualified teacher scale",
        "hours": "32.5",
        "weeks": "39",
        "to": "Head of alternative provision",
        "purpose": "Teach small groups of pupils who learn away from mainstream classes, helping "
        "them re-engage and return to school where they can.",
        "sections": [
            (
                "Teaching small groups",
                [
                    "Plan practical, engaging lessons in English, maths and life skills.",
                    "Use the behaviour policy consistently and calmly.",
                    "Record positive handling incidents the same day.",
                ],
            ),
            SAFEGUARDING,
            TEAMWORK,
        ],
        "spec": _spec(
            [("Experience", "Has taught pupils with challenging behaviour", True, "Interview")]
        ),
    },
    {
        "title": "Teaching assistant mentor",
        "role": "Teaching assistant mentor",
        "grade": "Scale 4",
        "hours": "32.5",
        "weeks": "39",
        "to": "Deputy headteacher",
        "purpose": "Guide new teaching assistants through induction and help them grow.",
        "sections": [
            (
                "Mentoring",
                [
                    "Meet each mentee weekly during their first term.",
                    "Observe mentees and give kind, specific feedback.",
                    "Sign off induction steps and flag concerns early.",
                ],
            ),
            SAFEGUARDING,
        ],
        "spec": _spec([("Experience", "Three years as a teaching assistant", True, "Interview")]),
    },
]
