"""Training guides on advocacy, lobbying, media outreach, policy briefs and fundraising.

Each guide's PDF is rendered from its page body (``"pdf": True``), so the download and the page say the same.
"""

from demo.content import body, call_to_action, document, ol, p, quote, section, ul

TRAINING_INDEX = {
    "key": "training",
    "parent": "home",
    "slug": "training-materials",
    "title": "Training materials",
    "show_in_menus": True,
    "listing_image": "training",
    "summary": "Guides on advocacy and lobbying, and templates that help national organisers run their projects.",
    "introduction": p(
        "Training materials on advocacy and lobbying, and document templates to aid national organisers in "
        "efficient project management. Use them freely in your own workshops, and adapt them to your country."
    ),
}

ADVOCACY = {
    "key": "material-advocacy",
    "slug": "advocacy-at-national-level",
    "title": "Advocacy at national level: a step-by-step guide",
    "summary": "Six steps from understanding your country's WSIS preparations to following up on what was agreed.",
    "material_type": "guide",
    "topics": ["advocacy", "policy-analysis"],
    "priorities": [1, 3],
    "audience": "advocates",
    "level": "introductory",
    "duration_minutes": 90,
    "pdf": True,
    "body": body(
        p(
            "Negotiating positions for an international summit are made at home, months before delegations "
            "travel. Advocacy at national level is the organised effort to make sure those positions include "
            "gender equality. This guide takes you through it in six steps."
        ),
        section(
            "Step 1: Know the process",
            p(
                "Find out who prepares your government's position. It is often a ministry of communications or "
                "foreign affairs, sometimes with the telecommunications regulator or a national ICT commission.",
                "Ask for the name of the national focal point, the dates of national consultations and "
                "international preparatory meetings, and the documents under negotiation.",
            ),
        ),
        section(
            "Step 2: Choose your issues",
            p(
                "You cannot raise everything. Choose two or three issues from the Caucus's five strategic "
                "priorities that matter most in your country, and connect each to national evidence: how many "
                "women use the internet, own a mobile phone, work in the sector or sit on its boards.",
            ),
        ),
        section(
            "Step 3: Build a coalition",
            p("A position shared by many organisations carries more weight. Think of:")
            + ul(
                "women's organisations and gender equality advocates;",
                "gender and ICT specialists, researchers and universities;",
                "women entrepreneurs and employees in the ICT sector;",
                "officials and parliamentarians who already support your cause.",
            ),
        ),
        section(
            "Step 4: Make your case",
            p(
                "Write a position paper of no more than two pages. State the problem, the evidence and, above all, "
                "the ask: exactly what you want the government to say or do. Where a text is being negotiated, "
                "propose wording for specific paragraphs; officials are far more likely to use language they can "
                "copy than an argument they must translate into text."
            ),
        ),
        section(
            "Step 5: Deliver the message",
            p("Use every channel the process offers, and create your own where it offers none:")
            + ul(
                "meetings with the national focal point and members of the delegation;",
                "written submissions to national consultations;",
                "a national workshop or roundtable to which officials are invited;",
                "the media, to show that the public cares.",
            ),
        ),
        section(
            "Step 6: Follow up",
            p(
                "Thank the people you met and send them your paper again. Track the text as it changes, and report "
                "back to your coalition. Advocacy does not end with the summit: commitments must be implemented, "
                "and the relationships you built are what lets you hold the government to them."
            ),
        ),
        quote(
            "National programmes are the most important and powerful way to influence the process and include "
            "gender perspectives in a substantial way in our own countries.",
            "WSIS Gender Caucus",
        ),
        section(
            "Using this guide in a training session",
            p("A 90-minute session:")
            + ol(
                "Introduction to the six steps (15 minutes).",
                "Groups map their national preparatory process: who, when, which documents (30 minutes).",
                "Each group chooses one issue and writes one concrete ask (30 minutes).",
                "Groups report back; the trainer collects the asks for the workshop's recommendations (15 minutes).",
            ),
        ),
        document("material-advocacy-pdf", "Advocacy at national level (PDF)"),
        call_to_action(
            "Next: lobbying government delegations",
            "How to prepare and hold a meeting with a delegate, and what to do afterwards.",
            "Read the guide",
            page="material-lobbying",
        ),
    ),
}

LOBBYING = {
    "key": "material-lobbying",
    "slug": "lobbying-government-delegations",
    "title": "Lobbying government delegations",
    "summary": "How to prepare, hold and follow up a meeting with the people who negotiate on your country's behalf.",
    "material_type": "guide",
    "topics": ["lobbying", "advocacy"],
    "priorities": [3, 5],
    "audience": "advocates",
    "level": "intermediate",
    "duration_minutes": 120,
    "pdf": True,
    "body": body(
        p(
            "Lobbying is advocacy in person: a direct conversation with the officials who decide what your "
            "government says. Done well, it is the shortest path from a good idea to a negotiated text."
        ),
        section(
            "Who is in a delegation",
            p(
                "A delegation usually has a head of delegation, negotiators who follow particular texts or "
                "committees, technical experts from ministries and the regulator, and sometimes members from the "
                "private sector and civil society. Find out who follows the texts you care about: they are your "
                "most important audience, and often easier to meet than the head of delegation."
            ),
        ),
        section(
            "Before the meeting",
            ul(
                "Learn what the delegate has said before, and what constraints their ministry works under.",
                "Prepare a one-page brief with your asks and your evidence.",
                "Know the paragraph numbers of the texts you want changed, and bring proposed wording.",
                "Decide who speaks for your group, and keep the group small.",
            ),
        ),
        section(
            "In the meeting",
            ol(
                "Introduce yourselves and the organisations you represent.",
                "Make your ask early and clearly, in a few sentences.",
                "Listen: the objections you hear tell you what the delegate needs in order to agree.",
                "Offer help: evidence, draft language, contacts with experts.",
                "Agree on a next step before you leave.",
            ),
        ),
        section(
            "After the meeting",
            p(
                "Send a short thank-you note the same week, with your brief and anything you promised. Record what "
                "you learned and share it with your coalition, so that others who meet the delegation build on it."
            ),
        ),
        section(
            "At the Summit itself",
            p(
                "Delegates are busiest during the Summit, but this is when texts are settled. Coordinate with "
                "Caucus members from other countries, attend the daily briefings, use side events to meet "
                "delegates informally, and keep your asks even shorter than at home."
            ),
        ),
        quote(
            "Officials are far more likely to use language they can copy than an argument they must translate into "
            "text.",
            "Advice from the Caucus's trainers",
        ),
        section(
            "Common mistakes",
            ul(
                "Raising too many issues in one meeting.",
                "Arguing in general terms without proposing concrete wording.",
                "Treating a private meeting like a public protest.",
                "Forgetting to follow up.",
            ),
        ),
        section(
            "Training exercise: role play",
            p(
                "In threes: one delegate, one advocate, one observer. The advocate has ten minutes to make one ask "
                "and agree a next step; the observer reports what worked. Swap roles twice (about 45 minutes in "
                "all, plus a 30-minute debrief)."
            ),
        ),
        document("material-lobbying-pdf", "Lobbying government delegations (PDF)"),
    ),
}

MEDIA = {
    "key": "material-media",
    "slug": "media-outreach",
    "title": "Media outreach for gender and ICT advocates",
    "summary": "Finding the story, working with journalists, and using the press release template.",
    "material_type": "guide",
    "topics": ["media-outreach", "advocacy"],
    "priorities": [4, 5],
    "audience": "media",
    "level": "introductory",
    "duration_minutes": 60,
    "pdf": True,
    "body": body(
        p(
            "Officials pay attention to what the public reads. Media coverage of a national workshop tells the "
            "government that gender and the Information Society is a public issue, and it generates interest from "
            "donors and partners."
        ),
        section(
            "Find the story",
            p(
                "Journalists look for news, people and numbers. “A workshop was held” is not a story; “women are "
                "a third of the country's mobile users but none of its regulators” is. Prepare two or three facts "
                "and a real person who can speak about them."
            ),
        ),
        section(
            "Know the journalists",
            p(
                "Make a list of journalists who cover technology, development and women's issues, including radio "
                "and community media. Call them before your event; a personal invitation works better than an "
                "email."
            ),
        ),
        section(
            "Write a press release",
            p(
                "Put the news in the first sentence and the details after it. Add a quote, the facts, a contact "
                'person with a phone number, and send it early in the day. The <a page="template-press-release">'
                "press release template</a> gives you the structure."
            ),
        ),
        section(
            "Give a good interview",
            ul(
                "Decide on three key messages and return to them.",
                "Use short sentences and everyday words rather than acronyms such as WSIS or ICT.",
                "Give an example from your own country.",
                "If you do not know an answer, say so and offer to find out.",
            ),
        ),
        section(
            "Use your own channels",
            p(
                "Announce your events on the Caucus website and mailing lists, publish your recommendations, and "
                "share photos and short reports afterwards. Your own channels are also where journalists check "
                "their facts."
            ),
        ),
        document("material-media-pdf", "Media outreach (PDF)"),
    ),
}

POLICY_BRIEF = {
    "key": "material-policy-brief",
    "slug": "writing-a-gender-policy-brief",
    "title": "Writing a gender policy brief on ICTs",
    "summary": "Turn research and experience into four pages a busy official will read and act on.",
    "material_type": "guide",
    "topics": ["policy-analysis", "advocacy"],
    "priorities": [2, 3, 4],
    "audience": "advocates",
    "level": "advanced",
    "duration_minutes": 90,
    "pdf": True,
    "body": body(
        p(
            "A policy brief is a short document that presents a problem, the evidence and a recommended course of "
            "action to people who decide. It is the written backbone of advocacy and lobbying."
        ),
        section(
            "Read the policy with a gender lens",
            p("Before writing, analyse the national ICT policy or the negotiating text. Ask:")
            + ul(
                "Who benefits from each measure, and who is left out?",
                "Are women mentioned at all, and only as beneficiaries or also as decision-makers?",
                "Is data broken down by sex, so that progress can be measured?",
                "Who was consulted when the policy was written?",
            ),
        ),
        section(
            "Structure",
            ol(
                "Summary: the problem and the recommendation in five lines.",
                "The problem, with national evidence.",
                "Options, and why the one you recommend is best.",
                "Recommendations: concrete, costed where possible, each addressed to someone.",
                "Sources and a contact.",
            ),
        ),
        section(
            "Style",
            p(
                "Four pages at most. Headings that say something (“Women hold few licences” rather than "
                "“Background”). One idea per paragraph. A chart only if it makes the point faster than a sentence."
            ),
        ),
        section(
            "Examples of recommendations",
            ul(
                "Collect and publish ICT access and employment statistics broken down by sex.",
                "Include gender equality advocates in the national WSIS preparatory committee.",
                "Fund training programmes that support women's entrepreneurship in the ICT sector.",
                "Use ICT applications in literacy, health and HIV/AIDS programmes that reach women.",
            ),
        ),
        document("material-policy-brief-pdf", "Writing a gender policy brief (PDF)"),
    ),
}

FUNDRAISING = {
    "key": "material-fundraising",
    "slug": "approaching-donors",
    "title": "Approaching donors for a national programme",
    "summary": "Where to look for funding, how to ask, and how to keep donors informed.",
    "material_type": "guide",
    "topics": ["fundraising", "networking"],
    "priorities": [1],
    "audience": "organisers",
    "level": "intermediate",
    "duration_minutes": 60,
    "pdf": True,
    "body": body(
        p(
            "Most national programmes combine several small sources of funding and support in kind. This guide "
            "helps organisers find them and ask well."
        ),
        section(
            "Where to look",
            ul(
                "Embassies and development agencies, many of which fund gender equality and governance work;",
                "UN agencies and their country offices;",
                "the telecommunications industry: operators and equipment makers often sponsor venues or connectivity;",
                "universities and research institutes, which can host events;",
                "your own government, which has an interest in well-prepared national positions.",
            ),
        ),
        section(
            "How to ask",
            p(
                "Start with a conversation, not a proposal. Learn what the donor funds and when its budget year "
                "begins. Then send a short proposal with objectives, activities, a budget and the results you "
                'expect. The <a page="template-partnership-letter">partnership letter template</a> and the '
                '<a page="template-workshop-budget">workshop budget template</a> give you a starting point.'
            ),
        ),
        section(
            "Support in kind",
            p(
                "A free venue, interpretation, printing or airtime can be worth as much as a grant, and are often "
                "easier to obtain. Record them in your budget: they show donors that others believe in the project."
            ),
        ),
        section(
            "Keep donors informed",
            p(
                "Send a short report and photos after the event, mention donors in your press release, and tell "
                "them what changed as a result. The donor who hears about results is the one who funds the next "
                "programme."
            ),
        ),
        document("material-fundraising-pdf", "Approaching donors (PDF)"),
    ),
}

GUIDES = [ADVOCACY, LOBBYING, MEDIA, POLICY_BRIEF, FUNDRAISING]
