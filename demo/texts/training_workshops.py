"""Materials for organisers and trainers: the workshop toolkit, the priorities slides and the 2003 case study."""

from demo.content import body, call_to_action, document, heading, ol, p, quote, section, table, ul

TIMELINE = [
    ("12 weeks before", "Agree objectives, format and dates with partners; draft the budget; approach donors."),
    ("10 weeks before", "Book the venue; invite officials and trainers; request support from the Caucus."),
    ("8 weeks before", "Send invitations; announce the event on the Caucus website and mailing lists."),
    ("4 weeks before", "Confirm participants, travel and interpretation; finalise the agenda."),
    ("2 weeks before", "Prepare training materials and participant packs; brief the media."),
    ("The week after", "Send thanks; share the recommendations with the delegation."),
    ("Within a month", "Publish the report; report to donors and to the Caucus."),
]

WORKSHOP_TOOLKIT = {
    "key": "material-workshop-toolkit",
    "slug": "organising-a-national-workshop",
    "title": "Organising a national workshop: a planning toolkit",
    "summary": "Checklists for format, participants, budget, agenda and follow-up, with a twelve-week timeline.",
    "material_type": "toolkit",
    "topics": ["project-management", "networking", "fundraising"],
    "priorities": [1],
    "audience": "organisers",
    "level": "intermediate",
    "duration_minutes": 120,
    "pdf": True,
    "body": body(
        p(
            "A national workshop is the core of most national programmes: it trains advocates, opens a dialogue "
            "with officials and produces recommendations for the delegation. This toolkit collects what organisers "
            "need to plan one."
        ),
        section(
            "Choose the format",
            ul(
                "<b>National workshop</b> (one or two days): training and recommendations for one country.",
                "<b>Sub-regional or regional workshop</b> (two or three days): several countries share trainers "
                "and costs, and agree common positions.",
                "<b>Roundtable</b> (half a day or a day): a first dialogue between advocates and officials.",
                "<b>Webinar</b> (one hour): briefing or training for people who cannot travel.",
            ),
        ),
        section(
            "Invite the right people",
            p(
                "Aim for a mix: gender equality advocates, women working in the ICT sector, researchers, and at "
                "least one official involved in the national preparations. Officials who take part in the "
                "discussion are more likely to carry its recommendations. Keep the group small enough to work "
                "together, typically 20 to 40 people."
            ),
        ),
        section(
            "Plan the budget",
            p(
                "List every cost, including those covered in kind: venue, travel and accommodation, "
                "interpretation, materials, communication, and staff time. The "
                '<a page="template-workshop-budget">workshop budget template</a> has the usual lines.'
            ),
        ),
        section(
            "Build the agenda",
            p(
                "Mix briefings on the WSIS process with practical training and with time to work on "
                'recommendations. The <a page="template-workshop-agenda">agenda template</a> follows this pattern.'
            ),
        ),
        section(
            "Timeline",
            ul(*(f"<b>{when}:</b> {what}" for when, what in TIMELINE)),
        ),
        section(
            "After the workshop",
            p(
                "The workshop is a beginning. Send the recommendations to the delegation within a week, publish a "
                "short report, and tell the Caucus what worked: the most effective plans are showcased on the "
                "website for other organisers."
            ),
        ),
        document("material-workshop-toolkit-pdf", "Planning toolkit (PDF)"),
        call_to_action(
            "Need help with your workshop?",
            "The Caucus can advise, suggest trainers and announce your event.",
            "Request support",
            page="request-support",
        ),
    ),
}

PRIORITY_SLIDES = [
    (
        "1. Capacity building and training",
        ["Wide participation by women in ICT policy and decision making", "Women's access to and control of resources"],
    ),
    (
        "2. Women in the ICT sector",
        ["Entrepreneurship and employment", "Access to international markets"],
    ),
    (
        "3. Governance and decision-making",
        ["Good governance and accountability", "Women represented at all levels of policy making, across generations"],
    ),
    (
        "4. ICTs for peace, equality and development",
        ["Poverty reduction, HIV/AIDS, conflict resolution and peace building", "Education, literacy, ending violence"],
    ),
    (
        "5. The right to communicate",
        ["A Universal Right to Communicate in human rights law", "The women's human rights community as a key partner"],
    ),
]

PRIORITIES_SLIDES = {
    "key": "material-priorities-slides",
    "slug": "five-strategic-priorities-slides",
    "title": "Introducing the five strategic priorities",
    "summary": "A short slide deck for trainers opening a workshop: the Caucus and its five strategic priorities.",
    "material_type": "slide-deck",
    "topics": ["advocacy", "policy-analysis"],
    "priorities": [1, 2, 3, 4, 5],
    "audience": "trainers",
    "level": "introductory",
    "duration_minutes": 45,
    "slides": [
        ("The WSIS Gender Caucus", ["A multi-stakeholder network", "Gender equality perspectives in the WSIS process"]),
        *PRIORITY_SLIDES,
        ("Discussion", ["Which priority matters most in our country?", "What evidence do we have?", "Who decides?"]),
    ],
    "body": body(
        p(
            "Use these slides to open a workshop or a training session. They present the Caucus and its five "
            "strategic priorities in seven slides, and end with questions for discussion."
        ),
        section(
            "How to present them",
            ol(
                "Introduce the Caucus and the World Summit on the Information Society (5 minutes).",
                "Present each priority with an example from your own country (20 minutes).",
                "Discuss: which priority matters most here, what evidence do we have, and who decides? (20 minutes)",
            ),
        ),
        section(
            "Adapting the slides",
            p(
                "Replace the examples with national ones, and translate the slides if participants work in another "
                "language. The full wording of the priorities is in "
                '<a page="sourcebook-priorities">chapter 2 of the Sourcebook</a>.'
            ),
        ),
        document("material-priorities-slides-pdf", "Slides (PDF)"),
    ),
}

FORMATS = [
    ("Sub-regional workshop", "Malawi", "November 2003", "Several countries share trainers, costs and a network."),
    ("National workshop", "India", "17–18 November 2003", "Recommendations feed the delegation's final briefing."),
    ("Roundtable", "Serbia and Montenegro", "17 October 2003", "A light format to open a first dialogue."),
    ("Regional workshop", "Buenos Aires", "2–3 October 2003", "Common positions across a region, in its language."),
]

CASE_STUDY = {
    "key": "material-case-study",
    "slug": "four-formats-one-goal",
    "title": "Four formats, one goal: the 2003 workshops compared",
    "summary": "What the four events of the 2003 calendar show about choosing the right format for your programme.",
    "material_type": "case-study",
    "topics": ["project-management", "networking"],
    "priorities": [1, 3],
    "audience": "organisers",
    "level": "intermediate",
    "duration_minutes": 60,
    "countries": ["MW", "IN", "RS", "AR"],
    "pdf": True,
    "pdf_extra": [heading("The four formats at a glance"), table(["Format", "Where", "When", "Suited to"], FORMATS)],
    "body": body(
        p(
            "In the autumn of 2003, before the Geneva phase of the Summit, the Caucus supported four events in four "
            "regions. Each used a different format. Together they show that there is no single right way to "
            "organise a national programme, only a format that fits the country, the time and the budget."
        ),
        section(
            "A sub-regional workshop in Malawi",
            p(
                '<a page="event-malawi">The Southern Africa workshop</a> served several countries at once. Sharing '
                "trainers and costs made it affordable, and advocates from smaller countries gained a network of "
                "peers. The price is less time for each country's own agenda."
            ),
        ),
        section(
            "A national workshop in India",
            p(
                '<a page="event-india">Two days in November</a>, a few weeks before the Summit, gave participants '
                "time to study the texts and to prepare recommendations that reached the delegation while it was "
                "still preparing. Timing was the format's strength."
            ),
        ),
        section(
            "A roundtable in Serbia and Montenegro",
            p(
                '<a page="event-serbia">A single day</a> of presentations and discussion opened a dialogue between '
                "advocates and officials. Roundtables need little money and are a good first step where gender and "
                "ICTs are not yet on the national agenda."
            ),
        ),
        section(
            "A regional workshop in Buenos Aires",
            p(
                '<a page="event-argentina">The Latin American workshop</a> let advocates compare national '
                "preparations and agree a regional statement in their own language, while each went home with a "
                "national follow-up plan."
            ),
        ),
        quote(
            "There is no single right way to organise a national programme, only a format that fits the country, "
            "the time and the budget.",
        ),
        section(
            "Questions for discussion",
            ul(
                "Which format fits your country's stage of preparation?",
                "When are the national decisions made, and can your event come before them?",
                "Which partners could share costs with you?",
            ),
        ),
        document("material-case-study-pdf", "Case study (PDF)"),
    ),
}

WORKSHOP_MATERIALS = [WORKSHOP_TOOLKIT, PRIORITIES_SLIDES, CASE_STUDY]
