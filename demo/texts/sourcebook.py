"""The Sourcebook and its first three chapters: why national programmes, the priorities, the national workshop."""

from demo.content import body, call_to_action, image, ol, p, quote, section, ul
from demo.texts.programmes import WHAT_ARE_NATIONAL_PROGRAMMES
from demo.texts.taxonomy import PRIORITIES

SOURCEBOOK = {
    "key": "sourcebook",
    "parent": "home",
    "slug": "sourcebook",
    "title": "The Sourcebook",
    "show_in_menus": True,
    "listing_image": "sourcebook-cover",
    "cover_image": "sourcebook-cover",
    "editors": "WSIS Gender Caucus",
    "publication_year": 2003,
    "summary": (
        "A ready-reckoner on organising national level programmes for WSIS, with information on preparations in "
        "many countries around the world."
    ),
    "introduction": p(
        "The Gender Caucus publishes a web-based and print version of an informative Sourcebook, which is a "
        "ready-reckoner on organising national level programmes for WSIS and also provides information on "
        "preparations in many countries around the world.",
    )
    + p(
        "Read it chapter by chapter on the web, or "
        '<a doc="sourcebook-pdf">download the whole Sourcebook as a PDF</a> to print and share.'
    ),
}

WHY = {
    "key": "sourcebook-why",
    "slug": "why-national-programmes-matter",
    "title": "Why national programmes matter",
    "summary": "International texts are negotiated by national delegations; gender perspectives must reach them first.",
    "body": body(
        section(
            "Where positions are made",
            p(
                "A world summit looks like an international event, but what each government says there is decided "
                "at home. Ministries draft national positions, consult (or do not consult) with stakeholders, and "
                "brief the delegation that will negotiate. By the time the delegation arrives at the summit, its "
                "room for manoeuvre is small.",
            ),
            p(
                "This is why the WSIS Gender Caucus supports national and regional preparatory processes. They "
                "enable gender advocates to be directly involved in influencing the negotiating positions adopted "
                "by their governments, at the moment when those positions are still open.",
            ),
        ),
        section(
            "What national gender programmes are",
            p("National gender programmes are more than a single event. For the Caucus:")
            + WHAT_ARE_NATIONAL_PROGRAMMES,
        ),
        quote(
            "They offer effective preparation for international level negotiations through action at national level.",
            "What are National Gender Programmes?",
        ),
        section(
            "From advocacy to implementation",
            p(
                "National programmes also look beyond the summit. Commitments made in international texts become "
                "real only through national policies, budgets and regulation. Advocates who took part in preparing "
                "the national position are the best placed to hold their government to its commitments afterwards.",
            ),
        ),
        section(
            "Sharing what we learn",
            p(
                "Each national programme produces knowledge: who decides, which arguments work, which formats "
                "suit which situation. The Caucus collects and shares it, through this Sourcebook, the showcased "
                "programme plans and the training materials, so that organisers in one country can build on the "
                "experience of others.",
            ),
        ),
    ),
}


def _priority_section(priority):
    return section(f"{priority['number']}. {priority['short_name']}", p(priority["description"]))


PRIORITIES_CHAPTER = {
    "key": "sourcebook-priorities",
    "slug": "the-five-strategic-priorities",
    "title": "The five strategic priorities",
    "summary": "The five issues the Caucus asks governments to integrate into the WSIS preparations and outcomes.",
    "body": body(
        section(
            "Five issues for the Summit",
            p(
                "The WSIS Gender Caucus has identified five strategic priority issues which should be integrated "
                "into the preparations for the WSIS and its outcomes. Together they cover people (capacity and "
                "participation), the economy (the ICT sector), institutions (decision-making), the purposes of "
                "technology (peace, equality and development) and rights (the right to communicate).",
            ),
        ),
        *(_priority_section(priority) for priority in PRIORITIES),
        section(
            "Using the priorities nationally",
            p(
                "No national programme needs to address all five priorities at once. Organisers usually choose two "
                "or three that match the national situation and the texts under discussion, and translate them "
                "into concrete asks: a seat for gender equality advocates on the national preparatory committee, "
                "statistics broken down by sex, a training programme for women entrepreneurs.",
            ),
        ),
        image("sourcebook-priorities", "The five strategic priorities of the WSIS Gender Caucus."),
    ),
}

WORKSHOP = {
    "key": "sourcebook-workshop",
    "slug": "organising-a-national-workshop",
    "title": "Organising a national workshop",
    "summary": "Objectives, participants, format, budget, agenda and follow-up: a national workshop step by step.",
    "body": body(
        section(
            "Start with the objective",
            p(
                "Before choosing dates or venues, agree on what the workshop should change. A good objective names "
                "a result and a deadline: “recommendations for the national delegation before the preparatory "
                "meeting in September” is better than “raising awareness”. The objective decides everything else: "
                "who to invite, how long the workshop lasts and what it produces.",
            ),
        ),
        section(
            "Choose the format",
            p(
                "National workshops, sub-regional and regional workshops, roundtables and webinars each suit "
                "different purposes. A roundtable opens a dialogue; a national workshop trains and produces "
                "recommendations; a regional workshop builds common positions across countries. Chapter 6 shows "
                "all four formats at work in 2003.",
            ),
        ),
        section(
            "Invite the right mix",
            p(
                "A workshop of advocates alone will agree easily and change little. Invite officials from the "
                "ministries involved in the preparations, the regulator, women working in the ICT sector, "
                "researchers and journalists. Ask officials to speak, and to stay for the recommendations.",
            ),
        ),
        section(
            "Plan the money and the logistics",
            p(
                "Draw up the budget early, with every cost line and every contribution in kind, and use it to "
                "approach donors. Book the venue, interpretation and travel in good time: they are the largest "
                "costs and the hardest to change late.",
            ),
            p("A workable timeline:")
            + ul(
                "twelve weeks before: objectives, format, dates, budget, first contacts with donors;",
                "eight weeks before: invitations, announcement on the Caucus website and mailing lists;",
                "four weeks before: agenda, participants, travel and interpretation confirmed;",
                "two weeks before: materials, participant packs, media briefing.",
            ),
        ),
        section(
            "Design the agenda",
            p(
                "Alternate listening and working: briefings on the process and the priorities in the morning, "
                "training in advocacy and lobbying, then working groups that draft recommendations, and a plenary "
                "that agrees them. Keep presentations short and leave time for breaks, where much of the "
                "networking happens.",
            ),
        ),
        section(
            "Follow up",
            ol(
                "Send the recommendations to the delegation and the ministry within a week.",
                "Publish a short report and share it with participants and donors.",
                "Keep participants in touch, for example through a mailing list.",
                "Tell the Caucus what worked, so that the most effective plans can be showcased.",
            ),
        ),
        call_to_action(
            "The planning toolkit",
            "Checklists, a timeline and templates for the budget and the agenda.",
            "Open the toolkit",
            page="material-workshop-toolkit",
        ),
    ),
}

CHAPTERS_1_TO_3 = [WHY, PRIORITIES_CHAPTER, WORKSHOP]
