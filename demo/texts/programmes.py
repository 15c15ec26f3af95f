"""National & Regional Programmes: the section page, its regions and the four showcased 2003 plans."""

from datetime import date

from demo.content import body, call_to_action, document, image, p, quote, section, ul
from demo.texts.site import CONTACT_EMAIL

WHAT_ARE_NATIONAL_PROGRAMMES = ul(
    "They are an opportunity for national government commitments to ensure integration of gender perspectives in "
    "a substantial way, in our own countries;",
    "They act as a vehicle for enabling gender equality advocates to create opportunities for themselves and others;",
    "They are the most important and powerful way to influence the process and include gender perspectives in a "
    "substantial way in our own countries;",
    "They offer effective preparation for international level negotiations through action at national level; and",
    "They help to realise the potential of the Information Society at national level.",
)

CALENDAR_2003 = ul(
    'A <a page="event-malawi">sub-regional workshop for Southern Africa</a> was held in Malawi in November 2003;',
    'A <a page="event-india">national workshop</a> was held in India on 17–18 November 2003;',
    'A <a page="event-serbia">roundtable</a> was held in Serbia and Montenegro on 17 October 2003; and',
    'A <a page="event-argentina">Latin American workshop</a> was held in Buenos Aires on 2–3 October 2003.',
)

PROGRAMMES = {
    "key": "programmes",
    "parent": "home",
    "slug": "programmes",
    "title": "National & Regional Programmes",
    "show_in_menus": True,
    "listing_image": "programmes",
    "summary": "Support for national and regional preparations for the World Summit on the Information Society.",
    "introduction": p(
        "The WSIS Gender Caucus provides support for national and regional preparatory processes for WSIS.",
        "These activities enable gender advocates to be directly involved in influencing the negotiating positions "
        "adopted by their governments, and also provide an opportunity for sharing information on national and "
        "regional level preparations.",
    ),
    "body": body(
        section("What are National Gender Programmes?", WHAT_ARE_NATIONAL_PROGRAMMES),
        image("programmes", "Four capacity-building events took place between October and November 2003."),
        section(
            "Regional and sub-regional capacity-building workshops",
            p("The calendar of capacity-building workshops in 2003:") + CALENDAR_2003,
            p('Upcoming events are announced in the <a page="calendar">workshops calendar</a>.'),
        ),
        section(
            "The Sourcebook",
            p(
                "The Gender Caucus publishes a web-based and print version of an informative "
                '<a page="sourcebook">Sourcebook</a>, which is a ready-reckoner on organising national level '
                "programmes for WSIS and also provides information on preparations in many countries around the "
                "world.",
            ),
        ),
        document("sourcebook-pdf", "Download the Sourcebook (PDF)"),
        call_to_action(
            "Partner with the Caucus",
            "Advice, trainers, training materials and templates for national and regional organisers.",
            "Read the partnership offer",
            page="partnership",
        ),
        p(f'Contact <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a> for further information.'),
    ),
}

CALENDAR = {
    "key": "calendar",
    "parent": "programmes",
    "slug": "calendar",
    "title": "Workshops calendar",
    "show_in_menus": True,
    "summary": "Regional, sub-regional and national capacity-building workshops, roundtables and webinars.",
    "introduction": p(
        "Regional, sub-regional and national capacity-building workshops, roundtables and webinars organised with "
        "the Caucus. National organisers can announce their events here: "
        '<a page="request-support">tell us about yours</a>.'
    ),
}

REGIONS = [
    {
        "key": "region-southern-africa",
        "region": "southern-africa",
        "slug": "southern-africa",
        "title": "Southern Africa",
        "listing_image": "region-southern-africa",
        "summary": "A sub-regional workshop in Malawi brought Southern African advocates together in November 2003.",
        "introduction": p(
            "In Southern Africa the Caucus works at sub-regional level: one workshop serves advocates from several "
            "countries, who share trainers and materials and return home with a common agenda.",
            "The first sub-regional workshop for Southern Africa was held in Malawi in November 2003.",
        ),
    },
    {
        "key": "region-south-asia",
        "region": "south-asia",
        "slug": "south-asia",
        "title": "South Asia",
        "listing_image": "region-south-asia",
        "summary": "A national workshop in India on 17–18 November 2003, weeks before the Geneva Summit.",
        "introduction": p(
            "In South Asia the Caucus supported a national workshop in India, held on 17–18 November 2003, a few "
            "weeks before the Geneva phase of the Summit.",
        ),
    },
    {
        "key": "region-southeast-europe",
        "region": "southeast-europe",
        "slug": "southeast-europe",
        "title": "Southeast Europe",
        "listing_image": "region-southeast-europe",
        "summary": "A roundtable in Serbia and Montenegro on 17 October 2003.",
        "introduction": p(
            "In Southeast Europe a roundtable was held in Serbia and Montenegro on 17 October 2003, opening a "
            "dialogue between gender advocates and the officials preparing the country's position.",
        ),
    },
    {
        "key": "region-latin-america",
        "region": "latin-america",
        "slug": "latin-america",
        "title": "Latin America",
        "listing_image": "region-latin-america",
        "summary": "A Latin American workshop in Buenos Aires on 2–3 October 2003.",
        "introduction": p(
            "In Latin America a regional workshop was held in Buenos Aires on 2–3 October 2003, bringing together "
            "advocates from across the region in Spanish.",
        ),
    },
    {
        "key": "region-east-africa",
        "region": "east-africa",
        "slug": "east-africa",
        "title": "East Africa",
        "listing_image": "region-east-africa",
        "summary": "Organisers in East Africa are preparing a capacity-building workshop.",
        "introduction": p(
            "Building on the Southern Africa experience, organisers in East Africa are preparing a capacity-building "
            'workshop for gender advocates. See the <a page="calendar">workshops calendar</a> for dates.',
        ),
    },
]

PLAN_RESOURCES = ul(
    '<a page="material-advocacy">Advocacy at national level: a step-by-step guide</a>',
    '<a page="material-lobbying">Lobbying government delegations</a>',
    '<a page="material-workshop-toolkit">Organising a national workshop: a planning toolkit</a>',
    '<a page="sourcebook">The Sourcebook</a>',
)

PLANS = [
    {
        "key": "plan-malawi",
        "parent": "region-southern-africa",
        "slug": "southern-africa-sub-regional-programme",
        "title": "Southern Africa sub-regional programme, Malawi 2003",
        "listing_image": "plan-malawi",
        "summary": (
            "A sub-regional capacity-building workshop in Malawi in November 2003 prepared gender advocates from "
            "Southern Africa for the Geneva phase of the Summit."
        ),
        "country": "MW",
        "scope": "subregional",
        "dates": (date(2003, 11, 10), date(2003, 11, 12)),
        "when": "November 2003",
        "organisers": "National organisers in Malawi, with the WSIS Gender Caucus",
        "partners": ["national-organisers", "unifem", "itu"],
        "priorities": [1, 2, 4],
        "objectives": ul(
            "Build the capacity of gender and ICT advocates from Southern African countries to take part in their "
            "national WSIS preparations.",
            "Bring the Caucus's five strategic priorities into national positions before the Geneva Summit in "
            "December 2003.",
            "Share information on how each country in the sub-region prepares for the Summit.",
            "Start a sub-regional network of advocates that keeps working together after the workshop.",
        ),
        "activities": ul(
            "A sub-regional workshop in Malawi in November 2003 combining briefings on the WSIS process with "
            "training in advocacy and lobbying.",
            "Country sessions in which participants map who prepares their government's position, and when.",
            "Drafting of gender recommendations that participants take to their national delegations.",
            "Follow-up through the Caucus mailing lists.",
        ),
        "outcomes": ul(
            "Country action plans for the weeks before the Summit.",
            "A shared set of gender recommendations for Southern African delegations.",
            "Working contacts between advocates and the officials who prepare national positions.",
        ),
        "resources": PLAN_RESOURCES,
        "contact_name": "Southern Africa programme coordinator",
        "contact_email": "southern-africa@example.org",
        "showcase_reason": (
            "A model for sub-regional cooperation: one workshop serving several countries lets organisers share "
            "trainers and costs, and gives advocates from smaller delegations a network to lean on."
        ),
        "document": "plan-malawi-pdf",
    },
    {
        "key": "plan-india",
        "parent": "region-south-asia",
        "slug": "india-national-programme",
        "title": "India national programme 2003",
        "listing_image": "plan-india",
        "summary": (
            "A two-day national workshop on 17–18 November 2003 brought gender perspectives to India's preparations "
            "for the Summit."
        ),
        "country": "IN",
        "scope": "national",
        "dates": (date(2003, 11, 17), date(2003, 11, 18)),
        "organisers": "National organisers in India, with the WSIS Gender Caucus",
        "partners": ["national-organisers", "unifem"],
        "priorities": [1, 3, 4],
        "objectives": ul(
            "Give gender equality advocates a direct voice in India's preparations for the Geneva Summit.",
            "Relate the Caucus's strategic priorities to national ICT policy and to development programmes.",
            "Prepare concrete recommendations for the national delegation.",
        ),
        "activities": ul(
            "A two-day national workshop on 17–18 November 2003.",
            "Sessions on the WSIS negotiating texts and on where gender perspectives were still missing.",
            "Training in lobbying a government delegation, using the Caucus's materials.",
            "A dialogue session with officials involved in the national preparations.",
        ),
        "outcomes": ul(
            "Gender recommendations handed to the national delegation before the Summit.",
            "A national group of advocates ready to follow the process up to the Tunis phase in 2005.",
        ),
        "resources": PLAN_RESOURCES,
        "contact_name": "India national programme coordinator",
        "contact_email": "india@example.org",
        "showcase_reason": (
            "It shows how a national workshop held a few weeks before the Summit can feed directly into a "
            "delegation's final briefing."
        ),
        "document": "plan-india-pdf",
    },
    {
        "key": "plan-serbia",
        "parent": "region-southeast-europe",
        "slug": "serbia-and-montenegro-roundtable-programme",
        "title": "Serbia and Montenegro roundtable programme 2003",
        "listing_image": "plan-serbia",
        "summary": (
            "A one-day roundtable on 17 October 2003 opened a dialogue on gender and the Information Society in "
            "Serbia and Montenegro (listed under Serbia, RS)."
        ),
        "country": "RS",
        "country_note": (
            "Serbia and Montenegro was a state union in 2003. Its country code (CS) has since been withdrawn, so "
            "this plan is listed under Serbia (RS)."
        ),
        "scope": "national",
        "dates": (date(2003, 10, 17), date(2003, 10, 17)),
        "organisers": "National organisers in Serbia and Montenegro, with the WSIS Gender Caucus",
        "partners": ["national-organisers"],
        "priorities": [3, 5],
        "objectives": ul(
            "Bring gender equality advocates, officials and the ICT sector around one table.",
            "Put women's participation in decision-making in the telecommunications and ICT sector on the "
            "national agenda.",
            "Introduce the Universal Right to Communicate as part of the national discussion.",
        ),
        "activities": ul(
            "A roundtable on 17 October 2003 with short presentations and open discussion.",
            "A briefing on the WSIS process and on the Caucus's five strategic priorities.",
            "A summary of the discussion shared with participants and the national preparatory process.",
        ),
        "outcomes": ul(
            "A first dialogue between advocates and the officials preparing the national position.",
            "Interest in a larger national workshop.",
        ),
        "resources": PLAN_RESOURCES,
        "contact_name": "Southeast Europe programme coordinator",
        "contact_email": "southeast-europe@example.org",
        "showcase_reason": (
            "The roundtable is the lightest format in the calendar: it shows that even a modest, one-day event can "
            "open a dialogue between advocates and the officials who prepare a national position."
        ),
        "document": "plan-serbia-pdf",
    },
    {
        "key": "plan-argentina",
        "parent": "region-latin-america",
        "slug": "latin-american-regional-programme",
        "title": "Latin American regional programme, Buenos Aires 2003",
        "listing_image": "plan-argentina",
        "summary": (
            "A regional workshop in Buenos Aires on 2–3 October 2003 prepared advocates from across Latin America "
            "for the Summit."
        ),
        "country": "AR",
        "scope": "regional",
        "dates": (date(2003, 10, 2), date(2003, 10, 3)),
        "organisers": "Regional organisers in Latin America, with the WSIS Gender Caucus",
        "partners": ["national-organisers", "unifem", "itu"],
        "priorities": [1, 3, 5],
        "objectives": ul(
            "Strengthen a Latin American network of gender and ICT advocates working on the Summit.",
            "Compare national preparations across the region and identify common positions.",
            "Train advocates in lobbying their delegations, in Spanish.",
        ),
        "activities": ul(
            "A two-day regional workshop in Buenos Aires on 2–3 October 2003.",
            "Country reports on the state of national preparations.",
            "Training sessions on advocacy, lobbying and working with the media.",
            "Drafting of a regional statement on gender priorities for the Summit.",
        ),
        "outcomes": ul(
            "A regional statement on gender priorities for the Summit.",
            "National follow-up plans for the participating countries.",
        ),
        "resources": PLAN_RESOURCES,
        "contact_name": "Latin America programme coordinator",
        "contact_email": "latin-america@example.org",
        "showcase_reason": (
            "A regional workshop in the region's own language: it let advocates compare national preparations and "
            "speak with one voice, while each went home with a national plan."
        ),
        "document": "plan-argentina-pdf",
    },
]

IMAGES = [
    {"key": "programmes", "title": "National & Regional Programmes", "kicker": "WSIS Gender Caucus"},
    *({"key": r["key"], "title": r["title"], "kicker": "Region"} for r in REGIONS),
    *({"key": plan["key"], "title": plan["title"], "kicker": "Programme plan"} for plan in PLANS),
]


def _when(start, end):
    """'17 October 2003' or '2–3 October 2003', as the seed texts write dates."""
    if start == end:
        return f"{start.day} {start:%B %Y}"
    return f"{start.day}–{end.day} {end:%B %Y}"


def _plan_document(plan):
    when = plan.get("when") or _when(*plan["dates"])
    background = p(plan["summary"], plan.get("country_note", ""))
    return {
        "key": plan["document"],
        "format": "pdf",
        "title": f"Programme plan: {plan['title']}",
        "subtitle": f"{plan['organisers']}. {when}.",
        "content": body(
            section("Background", background),
            quote(plan["showcase_reason"], "Why the Caucus showcases this plan"),
            section("Objectives", plan["objectives"]),
            section("Activities", plan["activities"]),
            section("Expected outcomes", plan["outcomes"]),
            section("Contact", p(f"{plan['contact_name']}: {plan['contact_email']}")),
        ),
    }


DOCUMENTS = [_plan_document(plan) for plan in PLANS]
