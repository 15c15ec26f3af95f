"""The four events of the 2003 calendar, and two upcoming ones so the "upcoming" lists are never empty.

Past events have fixed ``dates``; upcoming events have ``starts_in_days``/``length_days``, turned into dates
from today's date when the page is first created and never moved afterwards.
"""

from datetime import date

from demo.content import body, heading, p, paragraph, quote, section, ul

SESSIONS_ADVOCACY = ul(
    "Opening: why national preparations matter for the Summit",
    "The WSIS process: timetable, negotiating texts and who decides",
    "The Caucus's five strategic priorities",
    "Training: advocacy and lobbying with government delegations",
)
SESSIONS_PLANNING = ul(
    "Country sessions: mapping the national preparatory process",
    "Drafting gender recommendations for the delegation",
    "Working with the media",
    "Action plans and follow-up; closing",
)

PAST_EVENTS = [
    {
        "key": "event-malawi",
        "parent": "region-southern-africa",
        "slug": "southern-africa-sub-regional-workshop",
        "title": "Sub-regional workshop for Southern Africa, Malawi",
        "when": "November 2003",
        "event_type": "subregional_workshop",
        "dates": (date(2003, 11, 10), date(2003, 11, 12)),
        "city": "",
        "country": "MW",
        "organisers": "National organisers in Malawi, with the WSIS Gender Caucus",
        "plan": "plan-malawi",
        "priorities": [1, 2, 4],
        "summary": "A sub-regional capacity-building workshop for Southern Africa, held in Malawi in November 2003.",
        "description": p(
            "A sub-regional workshop for Southern Africa was held in Malawi in November 2003, a few weeks before "
            "the Geneva phase of the World Summit on the Information Society.",
            "Gender and ICT advocates from the countries of the sub-region met to prepare their input to national "
            "positions, to train in advocacy and lobbying, and to build a network that continues after the event.",
        ),
        "agenda": body(
            section("Day 1: the process and the priorities", SESSIONS_ADVOCACY),
            section("Day 2: country work", SESSIONS_PLANNING),
            section("Day 3: sub-regional agenda", ul("Shared recommendations for Southern Africa", "Next steps")),
        ),
        "report": "report-malawi",
    },
    {
        "key": "event-india",
        "parent": "region-south-asia",
        "slug": "india-national-workshop",
        "title": "National workshop, India",
        "event_type": "national_workshop",
        "dates": (date(2003, 11, 17), date(2003, 11, 18)),
        "city": "",
        "country": "IN",
        "organisers": "National organisers in India, with the WSIS Gender Caucus",
        "plan": "plan-india",
        "priorities": [1, 3, 4],
        "summary": "A two-day national workshop on gender and the Information Society, 17–18 November 2003.",
        "description": p(
            "A national workshop was held in India on 17–18 November 2003. It gave gender equality advocates an "
            "opportunity to examine the draft Summit texts, relate the Caucus's priorities to India's ICT and "
            "development policies, and prepare recommendations for the national delegation.",
        ),
        "agenda": body(
            section("Day 1: 17 November 2003", SESSIONS_ADVOCACY),
            section("Day 2: 18 November 2003", SESSIONS_PLANNING),
        ),
        "report": "report-india",
    },
    {
        "key": "event-serbia",
        "parent": "region-southeast-europe",
        "slug": "serbia-and-montenegro-roundtable",
        "title": "Roundtable in Serbia and Montenegro",
        "event_type": "roundtable",
        "dates": (date(2003, 10, 17), None),
        "city": "",
        "country": "RS",
        "organisers": "National organisers in Serbia and Montenegro, with the WSIS Gender Caucus",
        "plan": "plan-serbia",
        "priorities": [3, 5],
        "summary": "A one-day roundtable on gender and the Information Society, 17 October 2003.",
        "description": p(
            "A roundtable was held in Serbia and Montenegro on 17 October 2003. Advocates, officials and "
            "representatives of the ICT sector discussed women's participation in decision-making and the right "
            "to communicate.",
        )
        + p(
            "<em>Serbia and Montenegro was a state union in 2003. Its country code (CS) has since been withdrawn, "
            "so this event is listed under Serbia (RS).</em>"
        ),
        "agenda": body(
            section(
                "Programme, 17 October 2003",
                ul(
                    "Welcome and introductions",
                    "The WSIS process and the Caucus's five strategic priorities",
                    "Panel: women in decision-making in the telecommunications and ICT sector",
                    "Open discussion: what should the national position say?",
                    "Summary and next steps",
                ),
            ),
        ),
        "report": "report-serbia",
    },
    {
        "key": "event-argentina",
        "parent": "region-latin-america",
        "slug": "latin-american-workshop-buenos-aires",
        "title": "Latin American workshop, Buenos Aires",
        "event_type": "regional_workshop",
        "dates": (date(2003, 10, 2), date(2003, 10, 3)),
        "city": "Buenos Aires",
        "country": "AR",
        "organisers": "Regional organisers in Latin America, with the WSIS Gender Caucus",
        "plan": "plan-argentina",
        "priorities": [1, 3, 5],
        "summary": "A regional workshop for Latin American advocates in Buenos Aires, 2–3 October 2003.",
        "description": p(
            "A Latin American workshop was held in Buenos Aires on 2–3 October 2003. Advocates from across the "
            "region compared national preparations, trained together in advocacy and lobbying, and worked on a "
            "regional statement of gender priorities for the Summit.",
        ),
        "agenda": body(
            section("Day 1: 2 October 2003", SESSIONS_ADVOCACY),
            section("Day 2: 3 October 2003", SESSIONS_PLANNING),
        ),
        "report": "report-argentina",
    },
]

UPCOMING_EVENTS = [
    {
        "key": "event-webinar",
        "parent": "region-southern-africa",
        "slug": "webinar-organising-a-national-workshop",
        "title": "Webinar: organising a national workshop",
        "event_type": "webinar",
        "starts_in_days": 45,
        "length_days": 0,
        "city": "",
        "country": "",
        "organisers": "WSIS Gender Caucus",
        "plan": None,
        "priorities": [1],
        "summary": "A one-hour online session for national organisers: budget, agenda, partners and follow-up.",
        "description": p(
            "A one-hour online session for organisers who are planning a national workshop. Trainers walk through "
            "the planning toolkit and the document templates, and answer questions.",
            'Register through the <a page="request-support">support request form</a>.',
        ),
        "agenda": body(
            heading("Programme"),
            paragraph(
                ul(
                    "From idea to plan: objectives, participants and timing",
                    "Budget and fundraising: the workshop budget template",
                    "Agenda, invitations and the media",
                    "Questions and answers",
                )
            ),
        ),
        "report": None,
    },
    {
        "key": "event-east-africa",
        "parent": "region-east-africa",
        "slug": "east-africa-capacity-building-workshop",
        "title": "East Africa capacity-building workshop",
        "event_type": "capacity_building",
        "starts_in_days": 120,
        "length_days": 1,
        "city": "Nairobi",
        "country": "KE",
        "organisers": "National organisers in East Africa, with the WSIS Gender Caucus",
        "plan": None,
        "priorities": [1, 2],
        "summary": "Two days of training in advocacy and lobbying for gender and ICT advocates from East Africa.",
        "description": p(
            "A two-day capacity-building workshop for gender and ICT advocates from East Africa, drawing on the "
            "experience of the Southern Africa sub-regional workshop.",
        ),
        "agenda": body(
            section("Day 1", SESSIONS_ADVOCACY),
            section("Day 2", SESSIONS_PLANNING),
        ),
        "report": None,
    },
]

IMAGES = [{"key": e["key"], "title": e["title"], "kicker": "Event"} for e in PAST_EVENTS + UPCOMING_EVENTS]


def _report(event):
    start, end = event["dates"]
    when = event.get("when") or (
        f"{start.day} {start:%B %Y}" if not end or end == start else f"{start.day}–{end.day} {end:%B %Y}"
    )
    place = ", ".join(part for part in (event["city"], "Argentina" if event["country"] == "AR" else "") if part)
    return {
        "key": event["report"],
        "format": "pdf",
        "title": f"Report: {event['title']} ({when})",
        "subtitle": f"{event['organisers']}. {when}{', ' + place if place else ''}.",
        "content": body(
            section("About the event", event["description"]),
            section(
                "Purpose",
                p(
                    "National and regional events enable gender advocates to be directly involved in influencing the "
                    "negotiating positions adopted by their governments, and provide an opportunity for sharing "
                    "information on national and regional level preparations for the World Summit on the "
                    "Information Society."
                ),
            ),
            event["agenda"],
            quote(
                "National programmes offer effective preparation for international level negotiations through "
                "action at national level.",
                "WSIS Gender Caucus",
            ),
            section(
                "Follow-up",
                ul(
                    "Share the recommendations with the national delegation and the officials preparing the "
                    "national position.",
                    "Keep participants in touch through the Caucus mailing lists.",
                    "Send the Caucus a short account of results, so that other organisers can learn from them.",
                ),
            ),
        ),
    }


DOCUMENTS = [_report(event) for event in PAST_EVENTS]
