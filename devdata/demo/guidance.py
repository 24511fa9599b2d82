"""Demo guidance articles by the HLTA, written for Staffroom."""

ARTICLES = [
    {
        "title": "Running a five-minute phonics recap",
        "tags": ["phonics", "early reading", "interventions"],
        "summary": "A quick routine to revisit sounds with a small group before the lesson.",
        "body": [
            "Start with three sounds the group knows well, then one new sound. Keep cards "
            "moving briskly and let every child say each sound aloud.",
            "Finish by reading two short words with the new sound, and note who hesitated.",
        ],
        "roles": ["Teaching assistant (level 2)"],
        "policies": [],
    },
    {
        "title": "Calm corners: helping a pupil regulate",
        "tags": ["behaviour", "SEND", "wellbeing"],
        "summary": "Setting up and using a calm space so pupils can settle and return to learning.",
        "body": [
            "Agree with the teacher when a pupil may use the calm corner and for how long. "
            "Use a timer the pupil can see, and welcome them back without a lecture.",
        ],
        "roles": ["Learning support assistant"],
        "policies": ["Behaviour policy"],
    },
    {
        "title": "Recording a safeguarding concern well",
        "tags": ["safeguarding", "record keeping"],
        "summary": "What a good written concern looks like, and what to leave out.",
        "body": [
            "Write what you saw and heard, not what you think it means. Use the child's words "
            "in quotation marks, add the time and place, then sign and date it.",
        ],
        "roles": [],
        "policies": ["Child protection and safeguarding policy"],
    },
    {
        "title": "Working with a pupil who uses a communication book",
        "tags": ["SEND", "communication"],
        "summary": "Simple habits that make symbol-supported communication part of every lesson.",
        "body": [
            "Keep the book open on the desk, model choices by pointing as you speak, and give "
            "the pupil time to answer before you help.",
        ],
        "roles": ["Learning support assistant", "One-to-one tutor"],
        "policies": ["SEND policy"],
    },
    {
        "title": "Giving feedback pupils act on",
        "tags": ["feedback", "interventions"],
        "summary": "Short, specific feedback in intervention groups, and checking it is used.",
        "body": [
            "Name one thing done well and one next step. Ask the pupil to try the next step "
            "while you are still there.",
        ],
        "roles": ["Teaching assistant (level 3)", "Higher level teaching assistant"],
        "policies": [],
    },
    {
        "title": "Keeping screens safe during lessons",
        "tags": ["online safety", "safeguarding"],
        "summary": "What to do if a pupil finds something upsetting online in a lesson.",
        "body": [
            "Turn the screen off, do not close or delete anything, reassure the pupil and tell "
            "the safeguarding lead straight away.",
        ],
        "roles": [],
        "policies": ["Online safety policy"],
    },
]
