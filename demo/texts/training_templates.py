"""Document templates for national organisers: each page explains the template, the Word file has placeholders.

``docx`` holds the Word document's content; text in [square brackets] is a placeholder to replace.
"""

from demo.content import body, document, heading, ol, p, paragraph, section, table, ul

BUDGET_LINES = [
    ("Venue", "Meeting room, [number] days", "[amount]", "[in kind / grant / own funds]"),
    ("Travel", "[number] participants from [places]", "[amount]", ""),
    ("Accommodation", "[number] nights x [number] people", "[amount]", ""),
    ("Meals and refreshments", "[number] days x [number] people", "[amount]", ""),
    ("Interpretation", "[languages], [number] days", "[amount]", ""),
    ("Trainers and speakers", "Fees and travel, [number] people", "[amount]", ""),
    ("Materials", "Printing of training materials and participant packs", "[amount]", ""),
    ("Communication", "Press conference, website, telephone", "[amount]", ""),
    ("Report", "Writing, translation and distribution", "[amount]", ""),
    ("Coordination", "Staff time, [number] days", "[amount]", ""),
    ("Contingency", "5 to 10 % of the total", "[amount]", ""),
]

BUDGET = {
    "key": "template-workshop-budget",
    "slug": "workshop-budget-template",
    "title": "Workshop budget template",
    "summary": "A Word template with the usual cost lines for a national workshop, and columns for funding sources.",
    "material_type": "document-template",
    "topics": ["project-management", "fundraising"],
    "priorities": [1],
    "audience": "organisers",
    "level": "intermediate",
    "duration_minutes": 45,
    "body": body(
        p(
            "A clear budget is the first thing donors ask for, and the best tool for keeping a workshop on track. "
            "This template lists the cost lines most national workshops need, with a column for where the money "
            "(or the support in kind) comes from."
        ),
        section(
            "How to use it",
            ol(
                "Delete the lines you do not need and add any that are missing.",
                "Estimate each line from real quotes where you can: venue, travel and interpretation are usually "
                "the largest costs.",
                "Record support in kind with its value; it counts as co-funding.",
                "Keep a contingency of 5 to 10 %.",
                "Update the budget as costs are confirmed, and report actual costs to donors afterwards.",
            ),
        ),
        section(
            "Cost lines in the template",
            ul(*(f"<b>{line}</b>: {detail}" for line, detail, _amount, _source in BUDGET_LINES)),
        ),
        document("template-workshop-budget-docx", "Workshop budget template (Word)"),
    ),
    "docx": body(
        heading("Workshop budget: [title of the workshop]"),
        paragraph(p("Organiser: [organisation]. Place and dates: [city, country], [dates]. Currency: [currency].")),
        table(["Cost line", "Details", "Amount", "Funded by"], BUDGET_LINES),
        paragraph(p("Total: [amount]. Of which requested from [donor]: [amount].")),
        heading("Notes"),
        paragraph(p("[Explain any assumptions, for example exchange rates or the number of participants.]")),
    ),
}

AGENDA_ROWS = [
    ("09:00", "Welcome and introductions", "[name, organisation]"),
    ("09:30", "The WSIS process: where we are and what is being negotiated", "[speaker]"),
    ("10:30", "The WSIS Gender Caucus's five strategic priorities", "[trainer]"),
    ("11:00", "Break", ""),
    ("11:30", "Training: advocacy and lobbying with government delegations", "[trainer]"),
    ("13:00", "Lunch", ""),
    ("14:00", "Working groups: recommendations on [theme 1], [theme 2], [theme 3]", "[facilitators]"),
    ("15:30", "Break", ""),
    ("16:00", "Plenary: agreeing the recommendations", "[chair]"),
    ("17:00", "Next steps and close", "[organiser]"),
]

AGENDA = {
    "key": "template-workshop-agenda",
    "slug": "workshop-agenda-template",
    "title": "Workshop agenda template",
    "summary": "A one-day agenda that mixes briefings, training and work on recommendations, ready to adapt.",
    "material_type": "document-template",
    "topics": ["project-management"],
    "priorities": [1],
    "audience": "organisers",
    "level": "introductory",
    "duration_minutes": 30,
    "body": body(
        p(
            "Good workshops alternate between listening and working. This template gives a one-day agenda in that "
            "rhythm: a morning of briefings and training, an afternoon of working groups that produce "
            "recommendations. For a two-day workshop, repeat the working groups on the second day."
        ),
        section(
            "Tips",
            ul(
                "Invite an official to speak in the morning and to hear the recommendations in the afternoon.",
                "Keep presentations short: twenty minutes, then questions.",
                "Give each working group a facilitator and a note-taker.",
                "Leave time for breaks: much of the networking happens there.",
            ),
        ),
        document("template-workshop-agenda-docx", "Workshop agenda template (Word)"),
    ),
    "docx": body(
        heading("[Title of the workshop]"),
        paragraph(p("[Venue], [city, country]. [Date].")),
        paragraph(p("Organised by [organisation] with the WSIS Gender Caucus.")),
        table(["Time", "Session", "Speaker or facilitator"], AGENDA_ROWS),
        heading("Practical information"),
        paragraph(p("Contact: [name], [email], [phone]. Working languages: [languages].")),
    ),
}

PRESS_RELEASE = {
    "key": "template-press-release",
    "slug": "press-release-template",
    "title": "Press release template",
    "summary": "A one-page press release with the news first, a quote, key facts and a contact.",
    "material_type": "document-template",
    "topics": ["media-outreach"],
    "priorities": [4, 5],
    "audience": "advocates",
    "level": "introductory",
    "duration_minutes": 30,
    "body": body(
        p(
            "Journalists receive many press releases and read the first lines of each. This template puts the news "
            "first, then a quote, the facts and a contact, on a single page."
        ),
        section(
            "Filling it in",
            ol(
                "Write a headline that states the news in under ten words.",
                "Answer who, what, when, where and why in the first paragraph.",
                "Quote a real person: an organiser, a participant or an official.",
                "Add two or three facts about women and ICTs in your country.",
                "Give a contact who can answer the phone on the day.",
            ),
        ),
        p('See also the guide <a page="material-media">Media outreach for gender and ICT advocates</a>.'),
        document("template-press-release-docx", "Press release template (Word)"),
    ),
    "docx": body(
        paragraph(p("PRESS RELEASE. For immediate release: [date]")),
        heading("[Headline: the news in under ten words]"),
        paragraph(
            p(
                "[City], [date]: [Who] [does what] [when and where], [why it matters]. [One more sentence on the "
                "purpose of the event.]"
            )
        ),
        paragraph(p("“[Quote from an organiser or participant],” said [name], [role] of [organisation].")),
        heading("Key facts", "h3"),
        paragraph(ul("[Fact about women and ICTs in the country]", "[Fact about the event]")),
        heading("About the organisers", "h3"),
        paragraph(p("[Two sentences about the organisers and the WSIS Gender Caucus.]")),
        heading("Contact", "h3"),
        paragraph(p("[Name], [phone], [email]")),
    ),
}

PARTNERSHIP_LETTER = {
    "key": "template-partnership-letter",
    "slug": "partnership-letter-template",
    "title": "Partnership letter template",
    "summary": "A letter inviting an organisation to support or co-organise a national programme.",
    "material_type": "document-template",
    "topics": ["fundraising", "networking"],
    "priorities": [1],
    "audience": "organisers",
    "level": "intermediate",
    "duration_minutes": 30,
    "body": body(
        p(
            "Use this letter to invite a donor, a company or an institution to support your national programme, "
            "after a first conversation. It states what you plan, why it matters, what you ask for and what the "
            "partner gains."
        ),
        section(
            "Before you send it",
            ul(
                "Address it to a named person, not to the organisation in general.",
                "Ask for something specific: an amount, a venue, interpretation, a speaker.",
                "Attach the budget and the draft agenda.",
                "Follow up by telephone a week later.",
            ),
        ),
        document("template-partnership-letter-docx", "Partnership letter template (Word)"),
    ),
    "docx": body(
        paragraph(p("[Your organisation], [address]. [Date].")),
        paragraph(p("[Name of the person], [title], [organisation], [address].")),
        heading("Partnership in [title of the programme]", "h3"),
        paragraph(p("Dear [name],")),
        paragraph(
            p(
                "Following our conversation on [date], I am writing to invite [organisation] to join us as a "
                "partner in [title of the programme], a national programme on gender and the Information Society "
                "which [organisation] is organising with the WSIS Gender Caucus in [place] on [dates]."
            )
        ),
        paragraph(
            p(
                "The programme will [objectives, in one or two sentences]. It will bring together [who], and its "
                "recommendations will be presented to [the national delegation / the ministry]."
            )
        ),
        paragraph(p("We would be grateful if [organisation] could [specific request: amount, venue, speaker].")),
        paragraph(
            p(
                "In return, [organisation] will be acknowledged as a partner in [invitations, the press release, "
                "the report] and invited to [the opening session]."
            )
        ),
        paragraph(p("I enclose the draft agenda and budget, and will call you on [date] to discuss this.")),
        paragraph(p("Yours sincerely,")),
        paragraph(p("[Name], [title], [phone], [email]")),
    ),
}

TEMPLATES = [BUDGET, AGENDA, PRESS_RELEASE, PARTNERSHIP_LETTER]
