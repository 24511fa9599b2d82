"""Demo policies, written for Staffroom: KCSIE Part one, and one per seeded category.

``review_in`` is days from today to the next review: negative means overdue.
``roles`` limits who must acknowledge it (None: all staff).
"""

POLICIES = [
    {
        # Each new KCSIE edition is published with "significant change" ticked, so
        # everyone is asked again; the SCR's "KCSIE read" column shows this edition.
        "title": "Keeping children safe in education Part one",
        "category": "Safeguarding and child protection",
        "summary": "What every member of staff must know about safeguarding: read Part one "
        "of this year's edition (in force from 1 September 2025) and acknowledge it.",
        "body": [
            "Keeping children safe in education 2025 is statutory guidance for schools. Read "
            "Part one in full; it replaces every earlier edition.",
            "Safeguarding is everyone's responsibility. If you have any concern about a "
            "child, act on it at once and tell the designated safeguarding lead.",
        ],
        "review_in": 270,
        "version": "2025",
    },
    {
        "title": "Child protection and safeguarding policy",
        "category": "Safeguarding and child protection",
        "summary": "How we keep children safe, who our safeguarding leads are and what to do, "
        "the same day, if you are worried about a child.",
        "body": [
            "Everyone here shares responsibility for keeping children safe. If you are worried "
            "about a child, speak to the designated safeguarding lead straight away.",
            "Never promise a child that you will keep a secret. Write down what you saw or heard "
            "in the child's own words, sign it and hand it to a safeguarding lead.",
        ],
        "review_in": -20,
        "version": "2025.1",
    },
    {
        "title": "Behaviour policy",
        "category": "Behaviour",
        "summary": "Our shared expectations of pupils, the rewards we use and the steps we take "
        "when behaviour falls short.",
        "body": [
            "We praise in public and correct in private. Every adult uses the same three steps: "
            "reminder, warning, time to reflect.",
        ],
        "review_in": 200,
        "version": "2024.2",
    },
    {
        "title": "Data protection policy",
        "category": "Data protection",
        "summary": "How we collect, keep and share personal information about pupils and staff, "
        "and what to do if data is lost.",
        "body": [
            "Only take personal data off site on an encrypted school device. Report a lost "
            "device or an email sent to the wrong person to the data protection lead at once.",
        ],
        "review_in": 45,
        "version": "3.0",
    },
    {
        "title": "Intimate care policy",
        "category": "Intimate care",
        "summary": "How staff give personal care with dignity, who may give it and how it is "
        "recorded.",
        "body": [
            "Tell a colleague before you give personal care and record it on the care log. "
            "Encourage pupils to do as much for themselves as they can.",
        ],
        "review_in": 300,
        "version": "2.1",
        "roles": [
            "Learning support assistant",
            "Teaching assistant (level 1)",
            "Teaching assistant (level 2)",
        ],
    },
    {
        "title": "Positive handling and reasonable force policy",
        "category": "Positive handling and reasonable force",
        "summary": "When staff may use reasonable force, how to de-escalate first and how every "
        "significant incident is recorded and reported to parents.",
        "body": [
            "Physical intervention is a last resort. Use the calming strategies from your "
            "training first, and record any use of force on the incident form the same day.",
        ],
        "review_in": 30,
        "version": "2025.2",
    },
    {
        "title": "Health and safety policy",
        "category": "Health and safety",
        "summary": "Who is responsible for what, how we assess risks and how to report a hazard.",
        "body": ["Report hazards to the site team through the office log as soon as you see them."],
        "review_in": -75,
        "version": "2023.1",
    },
    {
        "title": "First aid policy",
        "category": "First aid",
        "summary": "Who our first aiders are, where the kits are and how injuries and head bumps "
        "are recorded and shared with parents.",
        "body": [
            "Every head bump is recorded and the parent told the same day. Check the rota in "
            "the staffroom for today's first aiders.",
        ],
        "review_in": 150,
        "version": "2024.1",
    },
    {
        "title": "Staff code of conduct",
        "category": "Code of conduct",
        "summary": "The standards of behaviour we expect of every adult in school, online and off.",
        "body": [
            "Keep professional boundaries: no personal contact with pupils on social media, "
            "and no lifts home without the headteacher's agreement.",
        ],
        "review_in": 250,
        "version": "2025.1",
    },
    {
        "title": "Whistleblowing policy",
        "category": "Whistleblowing",
        "summary": "How to raise a concern about wrongdoing at work, and the protection you have.",
        "body": [
            "You can raise a concern with the headteacher, the chair of governors or the trust."
        ],
        "review_in": 400,
        "version": "1.4",
    },
    {
        "title": "Online safety policy",
        "category": "Online safety",
        "summary": "How we teach pupils to stay safe online, our filtering and monitoring, and "
        "acceptable use of school devices.",
        "body": [
            "Report anything worrying you see on a pupil's screen to the safeguarding lead, "
            "and never try to investigate it yourself.",
        ],
        "review_in": 10,
        "version": "2025.1",
    },
    {
        "title": "SEND policy",
        "category": "SEND",
        "summary": "How we identify and support pupils with special educational needs and "
        "disabilities, and how families are involved.",
        "body": ["Each pupil on the SEND register has a support plan reviewed three times a year."],
        "review_in": 120,
        "version": "2024.3",
    },
    {
        "title": "Attendance policy",
        "category": "Attendance",
        "summary": "How we promote good attendance, follow up absence and work with families.",
        "body": ["Registers are taken within ten minutes of the start of each session."],
        "review_in": 330,
        "version": "2025.1",
    },
]

# newstarter has acknowledged these (others still to do): a realistic half-way state.
NEWSTARTER_DONE = ["Staff code of conduct", "Child protection and safeguarding policy"]
