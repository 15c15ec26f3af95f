"""The home page, the About section, the partnership offer, the two forms and the site settings."""

from demo.content import body, call_to_action, document, image, ol, p, paragraph, quote, section, ul

CONTACT_EMAIL = "info@example.org"
FORM_FROM_ADDRESS = "noreply@example.org"

SITE_NAME = "WSIS Gender Caucus"

SITE_SETTINGS = {
    "contact_email": CONTACT_EMAIL,
    "footer_text": (
        "The WSIS Gender Caucus is a multi-stakeholder network working to integrate gender equality perspectives "
        "in the World Summit on the Information Society. The project “Bridging the Gender Gap in the Information "
        "Society” (2003–2006) is supported by the Nordic donors, in close cooperation with UNIFEM and the ITU."
    ),
    "social_links": [
        {"label": "Mailing list", "url": "https://lists.example.org/gender-caucus"},
        {"label": "Mastodon", "url": "https://social.example.org/@gendercaucus"},
        {"label": "Video channel", "url": "https://video.example.org/c/gendercaucus"},
    ],
}

OVERVIEW = (
    "The WSIS Gender Caucus is a multi-stakeholder network, which proposes to implement a co-ordinated and "
    "strategically positioned effort to integrate gender equality perspectives in the WSIS process."
)

ACTIVITIES = ul(
    "Effective lobbying and advocacy",
    "Increased participation by women, including gender and ICT specialists",
    "Information dissemination and outreach",
    "Capacity building for gender and ICT advocates",
    "Electronic networking",
)

HOME = {
    "key": "home",
    "slug": "home",
    "title": "WSIS Gender Caucus",
    "summary": (
        "A multi-stakeholder network integrating gender equality perspectives in the World Summit on the "
        "Information Society."
    ),
    "hero_title": "Bridging the gender gap in the Information Society",
    "hero_text": (
        "The WSIS Gender Caucus is a multi-stakeholder network working to integrate gender equality perspectives "
        "in the WSIS process, through lobbying and advocacy, women's participation, outreach, capacity building "
        "and electronic networking."
    ),
    "hero_image": "hero",
    "introduction": (
        p(
            "Gender advocates have the most influence where negotiating positions are made: at home.",
            'The Caucus supports <a page="programmes">national and regional programmes</a> that let advocates '
            "work directly with their governments, and shares what organisers learn around the world.",
        )
        + p(
            '<a page="training">Training materials</a> on advocacy and lobbying, document templates for '
            'organisers and <a page="sourcebook">the Sourcebook</a>, a ready-reckoner on organising national '
            "level programmes, are free to use.",
        )
    ),
    "priorities_introduction": (
        "The Caucus has identified five strategic priority issues which should be integrated into the "
        "preparations for the WSIS and its outcomes."
    ),
    "featured_plans": ["plan-malawi", "plan-india", "plan-serbia", "plan-argentina"],
}

ABOUT = {
    "key": "about",
    "parent": "home",
    "slug": "about",
    "title": "About the Caucus",
    "show_in_menus": True,
    "listing_image": "about",
    "summary": "Who we are, the project we run from 2003 to 2006, and the partners we work with.",
    "introduction": OVERVIEW,
    "body": body(
        section(
            "A network for gender equality in the Information Society",
            p(
                "The Caucus brings together women's organisations, gender and ICT specialists, researchers, "
                "governments and international agencies.",
                "What unites them is a conviction that the Information Society will only fulfil its promise if "
                "women take part in shaping it, and that the World Summit on the Information Society (WSIS) is "
                "the place to say so.",
            ),
            p("To achieve this objective, the Caucus's project activities include:") + ACTIVITIES,
        ),
        image("about", "Gender advocates shape national positions long before delegations travel to the Summit."),
        section(
            "Bridging the Gender Gap in the Information Society",
            p(
                "The project “Bridging the Gender Gap in the Information Society” is supported by the Nordic "
                "donors. The duration of the project is from 2003 to 2006.",
                "In implementing this project, the WSIS Gender Caucus is working closely with UNIFEM and with the ITU.",
            ),
        ),
        quote(OVERVIEW, "WSIS Gender Caucus, project overview"),
        section(
            "Five strategic priorities",
            p(
                "The Caucus has identified five strategic priority issues which should be integrated into the "
                "preparations for the WSIS and its outcomes:"
            )
            + ol(
                "Capacity building and training",
                "Women's active participation in the telecommunications and ICT sector",
                "Reform of decision-making processes in the sector",
                "ICTs that contribute to peace, equality and development",
                "A Universal Right to Communicate",
            )
            + p('<a page="sourcebook-priorities">Read about each priority in the Sourcebook</a>.'),
        ),
        section(
            "Research partners",
            p(
                'The <a page="nordic">Nordic Reference Group on Gender Issues</a> plans to work closely with the '
                "Caucus on cooperative projects between Southern based researchers and scholars and their "
                "Scandinavian counterparts.",
            ),
        ),
        document("project-overview", "The project at a glance (PDF)"),
        call_to_action(
            "Organising a national programme?",
            "Partnership with the Caucus brings advice, trainers, templates and an international support network.",
            "See what we offer",
            page="partnership",
        ),
    ),
}

NORDIC = {
    "key": "nordic",
    "parent": "about",
    "slug": "nordic-reference-group",
    "title": "Nordic Reference Group",
    "listing_image": "nordic",
    "summary": "Researchers from the South and Scandinavia working together on the gender divide.",
    "introduction": (
        "A Nordic Reference Group on Gender Issues plans to work closely with the Caucus to ensure cooperative "
        "projects between Southern based researchers and scholars and their Scandinavian counterparts."
    ),
    "body": body(
        section(
            "Why research matters",
            p(
                "Advocacy is stronger when it rests on evidence. Delegations and regulators ask how many women "
                "work in the sector, who uses which services, and what a policy change would cost and achieve.",
                "Research answers these questions, and shows where the gender divide is widening or closing.",
            ),
        ),
        image("nordic", "Research links scholars in the South with their Scandinavian counterparts."),
        quote(
            "This partnership has the potential to identify strategies for bridging the gender divide in the "
            "Information Society through thorough and creative research and analysis.",
            "WSIS Gender Caucus",
        ),
        section(
            "How the partnership works",
            p(
                "The Reference Group links researchers and scholars in the South with counterparts in the "
                "Nordic countries. Joint projects pair local knowledge of national ICT policy with comparative "
                "research experience.",
            ),
            p("Cooperative projects can take many forms, for example:")
            + ul(
                "studies of women's access to and use of ICTs in a country or region;",
                "gender analysis of national ICT policies and regulation;",
                "evaluation of training and capacity-building programmes;",
                "shared publications, seminars and exchanges of researchers.",
            ),
        ),
        section(
            "From research to national programmes",
            p(
                "Findings feed the Caucus's work at national level: they give organisers of national workshops "
                "facts to bring to their governments, and they inform the training materials and the Sourcebook.",
            ),
        ),
        call_to_action(
            "Researchers: get in touch",
            "Tell us about your research on gender and ICTs, and how you would like to take part.",
            "Contact us",
            page="contact",
        ),
    ),
}

PARTNERSHIP_OFFER = ul(
    "Sustained partnerships with national and regional organisers in various countries;",
    "Advice in the organisation of national and regional level events;",
    "Access to a pool of highly qualified and motivated trainers;",
    '<a page="training">Training materials on advocacy and lobbying</a>;',
    "Announcements of national and regional events on the website and mailing lists;",
    "Relevant materials and document templates to aid national organisers in efficient project management;",
    "Showcasing the most effective programme plans on the Gender Caucus website;",
    "Providing an international support network and customised, one-on-one support to national level organisers;",
    "Creating a dedicated National Programmes webspace on the Caucus website; and",
    "Generating interest from the media, donors and partners.",
)

PARTNERSHIP = {
    "key": "partnership",
    "parent": "programmes",
    "slug": "partnership-offer",
    "title": "Partnership offer",
    "listing_image": "partnership",
    "summary": "What partnership with the WSIS Gender Caucus on national programmes entails.",
    "introduction": (
        "National and regional organisers do not work alone. Partnership with the WSIS Gender Caucus on national "
        "programmes brings advice, people, materials and visibility."
    ),
    "body": body(
        section("What partnership entails", p("Partnership with the WSIS Gender Caucus entails:") + PARTNERSHIP_OFFER),
        image("partnership", "Advice, trainers, materials and visibility for national organisers."),
        section(
            "How to start",
            ol(
                '<a page="request-support">Tell us about your plans</a>: the country or region, the kind of event, '
                "the dates you have in mind and the support you need.",
                "We agree with you what the Caucus will provide: advice, trainers, materials, an announcement.",
                "You plan and run the event, using the templates and the training materials.",
                "You share the results, so that other organisers can learn from them and the most effective plans "
                "can be showcased.",
            ),
        ),
        document("template-workshop-budget-docx", "Workshop budget template (Word)"),
        document("template-workshop-agenda-docx", "Workshop agenda template (Word)"),
        quote(
            "National programmes are the most important and powerful way to influence the process and include "
            "gender perspectives in a substantial way in our own countries.",
            "What are National Gender Programmes?",
        ),
        call_to_action(
            "Request support for a national programme",
            "A few details about your plans are enough to start the conversation.",
            "Request support",
            page="request-support",
        ),
    ),
}

CONTACT_FORM = {
    "key": "contact",
    "parent": "home",
    "slug": "contact",
    "title": "Contact us",
    "show_in_menus": True,
    "summary": "Questions about the Caucus, the training materials or the Sourcebook.",
    "introduction": p(
        "Write to us with questions about the Caucus, national programmes, the training materials or the "
        "Sourcebook. We usually reply within a week."
    ),
    "thank_you_text": p("Thank you for your message. We will reply to the address you gave us."),
    "subject": "Website contact form",
    "fields": [
        {"label": "Your name", "field_type": "singleline", "required": True},
        {"label": "Email address", "field_type": "email", "required": True},
        {"label": "Organisation", "field_type": "singleline", "required": False},
        {"label": "Country", "field_type": "singleline", "required": False},
        {
            "label": "Your message is about",
            "field_type": "dropdown",
            "required": True,
            "choices": "The Caucus\nNational programmes\nTraining materials\nThe Sourcebook\nMedia enquiry\nOther",
        },
        {"label": "Message", "field_type": "multiline", "required": True},
    ],
}

REQUEST_SUPPORT_FORM = {
    "key": "request-support",
    "parent": "programmes",
    "slug": "request-support",
    "title": "Request support for a national programme",
    "summary": "Planning a national or regional event? Tell us what support you need.",
    "introduction": p(
        "Planning a national workshop, a sub-regional event or a roundtable? Tell us about it. We will come back "
        "to you to agree on advice, trainers, materials and announcements."
    ),
    "thank_you_text": p(
        "Thank you. A member of the Caucus will contact you to discuss your programme. In the meantime, the "
        '<a page="sourcebook">Sourcebook</a> explains how other organisers prepared.'
    ),
    "subject": "Request for support: national programme",
    "fields": [
        {"label": "Your name", "field_type": "singleline", "required": True},
        {"label": "Email address", "field_type": "email", "required": True},
        {"label": "Organisation", "field_type": "singleline", "required": True},
        {"label": "Country", "field_type": "singleline", "required": True},
        {
            "label": "Kind of event",
            "field_type": "dropdown",
            "required": True,
            "choices": "National workshop\nSub-regional workshop\nRegional workshop\nRoundtable\nWebinar\nOther",
        },
        {
            "label": "Planned dates",
            "field_type": "singleline",
            "required": False,
            "help_text": "Approximate dates are fine, for example “second half of March”.",
        },
        {
            "label": "Support you would like",
            "field_type": "checkboxes",
            "required": False,
            "choices": (
                "Advice on organising the event\nTrainers\nTraining materials on advocacy and lobbying\n"
                "Document templates\nAn announcement on the website and mailing lists\nMedia outreach\n"
                "Contacts with donors and partners"
            ),
        },
        {
            "label": "About your programme",
            "field_type": "multiline",
            "required": True,
            "help_text": "Who organises it, who should take part, and what you want to achieve.",
        },
    ],
}

IMAGES = [
    {"key": "hero", "size": "hero", "title": "Bridging the gender gap", "kicker": "WSIS Gender Caucus"},
    {"key": "about", "title": "About the Caucus", "kicker": "A multi-stakeholder network"},
    {"key": "nordic", "title": "Nordic Reference Group on Gender Issues", "kicker": "Research partners"},
    {"key": "partnership", "title": "Partnership offer", "kicker": "National programmes"},
]

DOCUMENTS = [
    {
        "key": "project-overview",
        "format": "pdf",
        "title": "Bridging the Gender Gap in the Information Society: the project at a glance",
        "subtitle": "WSIS Gender Caucus, 2003–2006",
        "content": body(
            section(
                "The WSIS Gender Caucus",
                p(OVERVIEW),
                p("The project activities to achieve this objective include:") + ACTIVITIES,
            ),
            section(
                "The project",
                p(
                    "The project “Bridging the Gender Gap in the Information Society” is supported by the Nordic "
                    "donors. It runs from 2003 to 2006. In implementing it, the Caucus works closely with UNIFEM "
                    "and with the ITU."
                ),
            ),
            section(
                "National programmes",
                p(
                    "The Caucus supports national and regional preparatory processes for WSIS. These activities "
                    "enable gender advocates to be directly involved in influencing the negotiating positions "
                    "adopted by their governments, and provide an opportunity for sharing information on national "
                    "and regional level preparations."
                ),
                p("Partnership with the Caucus on national programmes entails:") + PARTNERSHIP_OFFER,
            ),
            section(
                "Research",
                p(
                    "A Nordic Reference Group on Gender Issues plans to work closely with the Caucus to ensure "
                    "cooperative projects between Southern based researchers and scholars and their Scandinavian "
                    "counterparts."
                ),
            ),
            [paragraph(p(f"Contact: {CONTACT_EMAIL}"))],
        ),
    },
]
