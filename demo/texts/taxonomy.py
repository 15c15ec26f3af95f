"""The shared vocabulary: strategic priorities, regions, topics, material types and partner organisations.

Each term is a dict of model columns. ``name``/``description`` hold English; ``name_fr``/``name_es`` (and for
priorities ``short_name_fr``/``short_name_es``) hold the French and Spanish translations.
"""

PRIORITIES = [
    {
        "number": 1,
        "slug": "capacity-building-and-training",
        "name": "Capacity building and training for women and gender and ICT specialists",
        "name_fr": "Renforcement des capacités et formation des femmes et des spécialistes du genre et des TIC",
        "name_es": "Fortalecimiento de capacidades y formación de mujeres y especialistas en género y TIC",
        "short_name": "Capacity building and training",
        "short_name_fr": "Renforcement des capacités et formation",
        "short_name_es": "Fortalecimiento de capacidades y formación",
        "description": (
            "Capacity building and training to support wide participation by women and gender ICT specialists in "
            "policy and decision making and monitoring mechanisms at all levels in the telecommunications and ICT "
            "sector; and to support women's greater access and control over resources necessary for their "
            "empowerment."
        ),
        "description_fr": (
            "Renforcement des capacités et formation pour favoriser une large participation des femmes et des "
            "spécialistes du genre et des TIC à l'élaboration des politiques, à la prise de décision et aux "
            "mécanismes de suivi à tous les niveaux du secteur des télécommunications et des TIC ; et pour "
            "favoriser un meilleur accès des femmes aux ressources nécessaires à leur autonomisation, ainsi "
            "qu'un meilleur contrôle de ces ressources."
        ),
        "description_es": (
            "Fortalecimiento de capacidades y formación para apoyar una amplia participación de las mujeres y de "
            "especialistas en género y TIC en la formulación de políticas, la toma de decisiones y los mecanismos "
            "de seguimiento en todos los niveles del sector de las telecomunicaciones y las TIC; y para apoyar un "
            "mayor acceso y control de las mujeres sobre los recursos necesarios para su empoderamiento."
        ),
    },
    {
        "number": 2,
        "slug": "women-in-the-ict-sector",
        "name": "Facilitating women's active participation in the telecommunications and ICT sector",
        "name_fr": "Faciliter la participation active des femmes dans le secteur des télécommunications et des TIC",
        "name_es": "Facilitar la participación activa de las mujeres en el sector de las telecomunicaciones y las TIC",
        "short_name": "Women in the ICT sector",
        "short_name_fr": "Les femmes dans le secteur des TIC",
        "short_name_es": "Las mujeres en el sector de las TIC",
        "description": (
            "Facilitating women's active participation in the telecommunications and ICT sector through programmes "
            "that encourage and support entrepreneurship and women's employment, and women's access to "
            "international markets."
        ),
        "description_fr": (
            "Faciliter la participation active des femmes dans le secteur des télécommunications et des TIC grâce à "
            "des programmes qui encouragent et soutiennent l'entrepreneuriat et l'emploi des femmes, ainsi que leur "
            "accès aux marchés internationaux."
        ),
        "description_es": (
            "Facilitar la participación activa de las mujeres en el sector de las telecomunicaciones y las TIC "
            "mediante programas que fomenten y apoyen el emprendimiento y el empleo de las mujeres, así como su "
            "acceso a los mercados internacionales."
        ),
    },
    {
        "number": 3,
        "slug": "governance-and-decision-making",
        "name": "Reform of decision-making processes in the telecommunications and ICT sector",
        "name_fr": "Réforme des processus de décision dans le secteur des télécommunications et des TIC",
        "name_es": "Reforma de los procesos de toma de decisiones en el sector de las telecomunicaciones y las TIC",
        "short_name": "Governance and decision-making",
        "short_name_fr": "Gouvernance et prise de décision",
        "short_name_es": "Gobernanza y toma de decisiones",
        "description": (
            "Reform of decision-making processes in the telecommunications and ICT sector to ensure good "
            "governance, greater accountability to all stakeholders and to improve the participation and "
            "representation of women and gender equality advocates in all levels of policy making, including "
            "participation across generations."
        ),
        "description_fr": (
            "Réforme des processus de décision dans le secteur des télécommunications et des TIC afin de garantir "
            "une bonne gouvernance, une plus grande responsabilité envers toutes les parties prenantes, et "
            "d'améliorer la participation et la représentation des femmes et des défenseurs de l'égalité entre "
            "les sexes à tous les niveaux de l'élaboration des politiques, y compris entre les générations."
        ),
        "description_es": (
            "Reforma de los procesos de toma de decisiones en el sector de las telecomunicaciones y las TIC para "
            "garantizar el buen gobierno y una mayor rendición de cuentas ante todas las partes interesadas, y "
            "para mejorar la participación y la representación de las mujeres y de quienes defienden la igualdad "
            "de género en todos los niveles de formulación de políticas, incluida la participación entre "
            "generaciones."
        ),
    },
    {
        "number": 4,
        "slug": "icts-for-peace-equality-and-development",
        "name": "Ensuring that ICTs contribute to the goals of peace, equality and development",
        "name_fr": "Faire en sorte que les TIC contribuent aux objectifs de paix, d'égalité et de développement",
        "name_es": "Garantizar que las TIC contribuyan a los objetivos de paz, igualdad y desarrollo",
        "short_name": "ICTs for peace, equality and development",
        "short_name_fr": "Les TIC pour la paix, l'égalité et le développement",
        "short_name_es": "TIC para la paz, la igualdad y el desarrollo",
        "description": (
            "Ensuring that ICTs contribute to the goals of peace, equality and development by including plans to "
            "develop and encourage innovative ICT applications in reducing poverty, HIV/AIDS elimination, conflict "
            "resolution and peace building, supporting women's reproductive and productive roles, education and "
            "literacy programmes and in reducing violence against women."
        ),
        "description_fr": (
            "Faire en sorte que les TIC contribuent aux objectifs de paix, d'égalité et de développement en "
            "prévoyant de développer et d'encourager des applications innovantes des TIC pour réduire la pauvreté, "
            "éliminer le VIH/sida, résoudre les conflits et consolider la paix, soutenir les rôles reproductifs et "
            "productifs des femmes, les programmes d'éducation et d'alphabétisation, et réduire la violence à "
            "l'égard des femmes."
        ),
        "description_es": (
            "Garantizar que las TIC contribuyan a los objetivos de paz, igualdad y desarrollo incluyendo planes "
            "para desarrollar y fomentar aplicaciones innovadoras de las TIC para reducir la pobreza, eliminar el "
            "VIH/sida, resolver conflictos y construir la paz, apoyar las funciones reproductivas y productivas de "
            "las mujeres, los programas de educación y alfabetización, y reducir la violencia contra las mujeres."
        ),
    },
    {
        "number": 5,
        "slug": "right-to-communicate",
        "name": "Support for the recognition of a Universal Right to Communicate",
        "name_fr": "Soutien à la reconnaissance d'un droit universel à la communication",
        "name_es": "Apoyo al reconocimiento de un derecho universal a la comunicación",
        "short_name": "The right to communicate",
        "short_name_fr": "Le droit à la communication",
        "short_name_es": "El derecho a comunicar",
        "description": (
            "Support for the recognition of a Universal Right to Communicate in the international human rights "
            "framework and participation of the women's human rights community as a key partner in the "
            "development of these rights and activities."
        ),
        "description_fr": (
            "Soutien à la reconnaissance d'un droit universel à la communication dans le cadre international des "
            "droits humains, et participation de la communauté des droits des femmes en tant que partenaire clé "
            "dans l'élaboration de ces droits et de ces activités."
        ),
        "description_es": (
            "Apoyo al reconocimiento de un derecho universal a la comunicación en el marco internacional de los "
            "derechos humanos, y participación de la comunidad de derechos humanos de las mujeres como socia "
            "clave en el desarrollo de estos derechos y actividades."
        ),
    },
]

REGIONS = [
    {
        "slug": "southern-africa",
        "name": "Southern Africa",
        "name_fr": "Afrique australe",
        "name_es": "África austral",
        "description": "Countries of the Southern African Development Community, from Malawi to South Africa.",
    },
    {
        "slug": "south-asia",
        "name": "South Asia",
        "name_fr": "Asie du Sud",
        "name_es": "Asia meridional",
        "description": "India and its neighbours on the Indian subcontinent.",
    },
    {
        "slug": "southeast-europe",
        "name": "Southeast Europe",
        "name_fr": "Europe du Sud-Est",
        "name_es": "Europa sudoriental",
        "description": "The Balkan countries, including Serbia and Montenegro.",
    },
    {
        "slug": "latin-america",
        "name": "Latin America",
        "name_fr": "Amérique latine",
        "name_es": "América Latina",
        "description": "Spanish- and Portuguese-speaking countries of the Americas and the Caribbean.",
    },
    {
        "slug": "east-africa",
        "name": "East Africa",
        "name_fr": "Afrique de l'Est",
        "name_es": "África oriental",
        "description": "Kenya, Tanzania, Uganda and their neighbours in the Great Lakes and the Horn of Africa.",
    },
]

TOPICS = [
    {
        "slug": "advocacy",
        "name": "Advocacy",
        "name_fr": "Plaidoyer",
        "name_es": "Incidencia",
        "description": "Making the case for gender equality in ICT policy, in public and with decision-makers.",
    },
    {
        "slug": "lobbying",
        "name": "Lobbying",
        "name_fr": "Lobbying",
        "name_es": "Cabildeo",
        "description": "Direct work with officials and government delegations to change negotiating positions.",
    },
    {
        "slug": "project-management",
        "name": "Project management",
        "name_fr": "Gestion de projet",
        "name_es": "Gestión de proyectos",
        "description": "Planning, budgeting and running national and regional events.",
    },
    {
        "slug": "media-outreach",
        "name": "Media outreach",
        "name_fr": "Relations avec les médias",
        "name_es": "Relación con los medios",
        "description": "Getting the message to journalists, editors and the public.",
    },
    {
        "slug": "policy-analysis",
        "name": "Policy analysis",
        "name_fr": "Analyse des politiques",
        "name_es": "Análisis de políticas",
        "description": "Reading national ICT policies and negotiating texts with a gender lens.",
    },
    {
        "slug": "fundraising",
        "name": "Fundraising",
        "name_fr": "Collecte de fonds",
        "name_es": "Recaudación de fondos",
        "description": "Finding and keeping the donors and sponsors that make national programmes possible.",
    },
    {
        "slug": "networking",
        "name": "Networking",
        "name_fr": "Travail en réseau",
        "name_es": "Trabajo en red",
        "description": "Building alliances between organisers, advocates, researchers and partners.",
    },
]

MATERIAL_TYPES = [
    {"slug": "guide", "name": "Guide", "name_fr": "Guide", "name_es": "Guía", "description": "Step-by-step guidance."},
    {
        "slug": "toolkit",
        "name": "Toolkit",
        "name_fr": "Boîte à outils",
        "name_es": "Caja de herramientas",
        "description": "Checklists and worksheets to use while you plan.",
    },
    {
        "slug": "slide-deck",
        "name": "Slide deck",
        "name_fr": "Présentation",
        "name_es": "Presentación",
        "description": "Slides for trainers to present in a session.",
    },
    {
        "slug": "document-template",
        "name": "Document template",
        "name_fr": "Modèle de document",
        "name_es": "Plantilla de documento",
        "description": "Word documents with placeholders to fill in.",
    },
    {
        "slug": "case-study",
        "name": "Case study",
        "name_fr": "Étude de cas",
        "name_es": "Estudio de caso",
        "description": "What organisers did, and what others can learn from it.",
    },
    {
        "slug": "video",
        "name": "Video",
        "name_fr": "Vidéo",
        "name_es": "Vídeo",
        "description": "Recorded training sessions and interviews.",
    },
]

PARTNERS = [
    {
        "slug": "unifem",
        "name": "UNIFEM",
        "name_fr": "UNIFEM",
        "name_es": "UNIFEM",
        "url": "https://www.unwomen.org/",
        "description": (
            "The United Nations Development Fund for Women, which works closely with the Caucus on the project "
            "“Bridging the Gender Gap in the Information Society”. In 2011 UNIFEM became part of UN Women."
        ),
    },
    {
        "slug": "itu",
        "name": "ITU",
        "name_fr": "UIT",
        "name_es": "UIT",
        "url": "https://www.itu.int/",
        "description": (
            "The International Telecommunication Union, the United Nations agency that organised the World Summit "
            "on the Information Society and works closely with the Caucus."
        ),
    },
    {
        "slug": "nordic-reference-group",
        "name": "Nordic Reference Group on Gender Issues",
        "name_fr": "Groupe de référence nordique sur les questions de genre",
        "name_es": "Grupo Nórdico de Referencia sobre Cuestiones de Género",
        "url": "",
        "description": (
            "Researchers and scholars who work with the Caucus on cooperative projects between Southern based "
            "researchers and their Scandinavian counterparts."
        ),
    },
    {
        "slug": "nordic-donors",
        "name": "Nordic donors",
        "name_fr": "Donateurs nordiques",
        "name_es": "Donantes nórdicos",
        "url": "",
        "description": "The Nordic donors who support the project from 2003 to 2006.",
    },
    {
        "slug": "national-organisers",
        "name": "National and regional organisers",
        "name_fr": "Organisateurs nationaux et régionaux",
        "name_es": "Organizadores nacionales y regionales",
        "url": "",
        "description": (
            "The organisations in each country and region that plan and host workshops, roundtables and other "
            "national programme events in partnership with the Caucus."
        ),
    },
]
