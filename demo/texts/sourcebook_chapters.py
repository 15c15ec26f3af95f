"""Sourcebook chapters 4 to 7: lobbying, partners and media, preparations around the world, resources."""

from demo.content import body, document, ol, p, quote, section, ul
from demo.texts.site import PARTNERSHIP_OFFER
from demo.texts.sourcebook import CHAPTERS_1_TO_3, SOURCEBOOK

LOBBYING = {
    "key": "sourcebook-lobbying",
    "slug": "advocacy-and-lobbying",
    "title": "Advocacy and lobbying with government delegations",
    "summary": "How advocates influence the people who negotiate on their country's behalf, at home and at the Summit.",
    "body": body(
        section(
            "Advocacy and lobbying",
            p(
                "Advocacy is the organised effort to change policy: research, coalitions, public argument, media. "
                "Lobbying is its most direct form, the conversation with the officials who decide. National "
                "programmes need both: advocacy creates the pressure, lobbying turns it into text.",
            ),
        ),
        section(
            "Know the delegation",
            p(
                "Find out who leads your delegation, who follows which texts, and who briefs them. Technical "
                "experts from ministries and the regulator often draft the positions the head of delegation "
                "defends; they are frequently the most receptive to evidence and concrete wording.",
            ),
        ),
        section(
            "Prepare concrete asks",
            p(
                "Officials cannot negotiate a general concern. For each issue, prepare a one-line ask and, where a "
                "text is being negotiated, proposed wording for a specific paragraph. Back each ask with national "
                "evidence, and know the counter-arguments you are likely to hear.",
            ),
        ),
        section(
            "The meeting",
            ol(
                "Introduce yourselves and the organisations you speak for.",
                "Make the ask early and clearly.",
                "Listen for the constraints behind any objection.",
                "Offer help: evidence, wording, experts.",
                "Agree on a next step, and follow up in writing the same week.",
            ),
        ),
        quote(
            "Advocacy creates the pressure; lobbying turns it into text.",
        ),
        section(
            "At the Summit",
            p(
                "During the Summit, delegations are busy and texts move fast. Coordinate with Caucus members from "
                "other countries, so that the same ask reaches many delegations; use side events and briefings to "
                "meet delegates; keep messages shorter still. And remember that the relationships you built at "
                "home are what gets your call answered.",
            ),
        ),
    ),
}

PARTNERS = {
    "key": "sourcebook-partners",
    "slug": "working-with-partners-donors-and-the-media",
    "title": "Working with partners, donors and the media",
    "summary": "Building the partnerships that make national programmes possible, and making them visible.",
    "body": body(
        section(
            "The Caucus as a partner",
            p("Partnership with the WSIS Gender Caucus on national programmes entails:") + PARTNERSHIP_OFFER,
        ),
        section(
            "International partners",
            p(
                "In implementing the project “Bridging the Gender Gap in the Information Society”, supported by the "
                "Nordic donors from 2003 to 2006, the Caucus works closely with UNIFEM and with the ITU. A Nordic "
                "Reference Group on Gender Issues links researchers in the South with Scandinavian counterparts. "
                "National organisers can draw on these networks for speakers, research and contacts.",
            ),
        ),
        section(
            "Donors and sponsors",
            p(
                "Most national programmes combine several small contributions: a grant from an embassy or "
                "development agency, a venue from a university, connectivity from an operator, interpretation from "
                "a UN country office. Start with a conversation, send a short proposal with a budget, record "
                "contributions in kind, and report results afterwards.",
            ),
        ),
        section(
            "The media",
            p(
                "Coverage tells officials that the public cares, and it generates interest from donors and "
                "partners. Find a story with news, people and numbers; invite journalists personally; send a "
                "one-page press release with the news first; prepare three key messages for interviews.",
            ),
        ),
        section(
            "Keeping partners on board",
            p(
                "Partners who hear nothing after an event rarely come back. Thank them publicly, send them the "
                "report, and tell them what changed as a result of the programme they supported.",
            ),
        ),
    ),
}

PREPARATIONS = {
    "key": "sourcebook-preparations",
    "slug": "preparations-around-the-world",
    "title": "Preparations around the world",
    "summary": "The four capacity-building events of the 2003 calendar, from Buenos Aires to Malawi.",
    "body": body(
        section(
            "The 2003 calendar",
            p(
                "In the months before the Geneva phase of the Summit in December 2003, the Caucus supported "
                "regional, sub-regional and national capacity-building events in four regions:",
            )
            + ul(
                "a Latin American workshop in Buenos Aires, 2–3 October 2003;",
                "a roundtable in Serbia and Montenegro, 17 October 2003;",
                "a sub-regional workshop for Southern Africa in Malawi, November 2003;",
                "a national workshop in India, 17–18 November 2003.",
            ),
        ),
        section(
            "Latin America: a regional workshop",
            p(
                "In Buenos Aires, advocates from across Latin America compared national preparations, trained "
                "together in advocacy and lobbying, and worked on a regional statement of gender priorities, each "
                '<a page="plan-argentina">returning home with a national follow-up plan</a>.',
            ),
        ),
        section(
            "Southeast Europe: a roundtable",
            p(
                "In Serbia and Montenegro, a one-day roundtable brought advocates, officials and the ICT sector "
                "together to discuss women's participation in decision-making and the right to communicate: a "
                '<a page="plan-serbia">light format for opening a first dialogue</a>.',
            ),
        ),
        section(
            "Southern Africa: a sub-regional workshop",
            p(
                "In Malawi, a sub-regional workshop served advocates from several Southern African countries, "
                "who shared trainers and costs and built a network that continues beyond the event. "
                '<a page="plan-malawi">Read the programme plan</a>.',
            ),
        ),
        section(
            "South Asia: a national workshop",
            p(
                "In India, a two-day national workshop a few weeks before the Summit prepared recommendations for "
                'the national delegation while it was still being briefed. <a page="plan-india">Read the '
                "programme plan</a>.",
            ),
        ),
        section(
            "What the four events teach",
            p(
                "There is no single right format. Timing matters most: an event is worth most before national "
                "positions are settled. Mixing advocates and officials produces recommendations that travel. And "
                "every event is more valuable when its results are shared with other organisers.",
            ),
        ),
    ),
}

RESOURCES = {
    "key": "sourcebook-resources",
    "slug": "resources-and-templates",
    "title": "Resources and templates",
    "summary": "Training materials and document templates for organisers, all free to use and adapt.",
    "body": body(
        section(
            "Training materials",
            ul(
                '<a page="material-advocacy">Advocacy at national level: a step-by-step guide</a>',
                '<a page="material-lobbying">Lobbying government delegations</a>',
                '<a page="material-media">Media outreach for gender and ICT advocates</a>',
                '<a page="material-policy-brief">Writing a gender policy brief on ICTs</a>',
                '<a page="material-priorities-slides">Introducing the five strategic priorities (slides)</a>',
            ),
        ),
        section(
            "For organisers",
            ul(
                '<a page="material-workshop-toolkit">Organising a national workshop: a planning toolkit</a>',
                '<a page="material-fundraising">Approaching donors for a national programme</a>',
                '<a page="material-case-study">Four formats, one goal: the 2003 workshops compared</a>',
            ),
        ),
        section(
            "Document templates",
            p("Word documents with placeholders in [square brackets], ready to adapt:"),
        ),
        document("template-workshop-budget-docx", "Workshop budget template"),
        document("template-workshop-agenda-docx", "Workshop agenda template"),
        document("template-press-release-docx", "Press release template"),
        document("template-partnership-letter-docx", "Partnership letter template"),
        section(
            "Getting support",
            p(
                'Planning a national programme? <a page="request-support">Request support from the Caucus</a>, or '
                '<a page="contact">contact us</a> with any question about this Sourcebook.',
            ),
        ),
    ),
}

CHAPTERS = [*CHAPTERS_1_TO_3, LOBBYING, PARTNERS, PREPARATIONS, RESOURCES]

IMAGES = [
    {"key": "sourcebook-cover", "size": "cover", "title": "The Sourcebook", "kicker": "WSIS Gender Caucus · 2003"},
    {"key": "sourcebook-priorities", "title": "Five strategic priorities", "kicker": "The Sourcebook"},
]

DOCUMENTS = [
    {
        "key": "sourcebook-pdf",
        "format": "pdf",
        "title": "The Sourcebook: organising national level programmes for WSIS",
        "subtitle": "Edited by the WSIS Gender Caucus, 2003.",
        "chapters": [(chapter["title"], chapter["summary"], chapter["body"]) for chapter in CHAPTERS],
        "content": [],
        "intro": SOURCEBOOK["summary"],
    },
]
