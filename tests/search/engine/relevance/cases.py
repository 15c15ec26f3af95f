"""The relevance suite's queries: what an advocate types, in which language, and the page she expects.

Each case is (language, query, expected title, how high it must come: 1 = first, 3 = in the top three). The queries
cover plain topics in every language, typos, stemmed and inflected forms, cross-spellings and editors' synonyms,
Arabic with and without diacritics and bare alef, decomposed accents (NFD), possessives and elisions, quoted phrases.
"""

import unicodedata

NFD = "NFD"


def nfd(text):
    return unicodedata.normalize(NFD, text)


CASES = [
    # English: topics
    ("en", "advocacy", "Advocacy at national level: a step-by-step guide", 3),
    ("en", "lobbying", "Lobbying government delegations", 3),
    ("en", "Malawi", "Southern Africa sub-regional programme, Malawi 2003", 3),
    ("en", "India", "India national programme 2003", 3),
    ("en", "Buenos Aires", "Latin American regional programme, Buenos Aires 2003", 3),
    ("en", "budget template", "Workshop budget template", 1),
    ("en", "press release", "Press release template", 1),
    ("en", "donors", "Approaching donors for a national programme", 3),
    ("en", "policy brief", "Writing a gender policy brief on ICTs", 1),
    ("en", "media outreach", "Media outreach for gender and ICT advocates", 1),
    ("en", "strategic priorities", "The five strategic priorities", 3),
    ("en", "Nordic", "Nordic Reference Group", 1),
    ("en", "partnership letter", "Partnership letter template", 1),
    ("en", "webinar", "Webinar: organising a national workshop", 1),
    ("en", "workshops calendar", "Workshops calendar", 1),
    ("en", "agenda", "Workshop agenda template", 1),
    ("en", "preparations around the world", "Preparations around the world", 1),
    ("en", "resources and templates", "Resources and templates", 1),
    ("en", "capacity building", "East Africa capacity-building workshop", 1),
    ("en", "Serbia", "Serbia and Montenegro roundtable programme 2003", 3),
    ("en", "sourcebook", "The Sourcebook", 1),
    # English: typos find what the right spelling finds
    ("en", "advocasy", "Advocacy at national level: a step-by-step guide", 3),
    ("en", "sourcebok", "The Sourcebook", 1),
    ("en", "lobying", "Lobbying government delegations", 3),
    ("en", "srebia", "Serbia and Montenegro roundtable programme 2003", 3),
    ("en", "webinnar", "Webinar: organising a national workshop", 1),
    ("en", "partnrship letter", "Partnership letter template", 1),
    # English: stemming, other spellings, synonyms editors keep
    ("en", "lobbied", "Lobbying government delegations", 3),
    ("en", "lobbyists", "Lobbying government delegations", 3),
    ("en", "campaigning", "Advocacy at national level: a step-by-step guide", 3),
    ("en", "organizing a national workshop", "Organising a national workshop", 3),
    ("en", "templates", "Resources and templates", 3),
    ("en", "delegation", "Advocacy and lobbying with government delegations", 3),
    # English: possessives, phrases
    ("en", "women's", "The five strategic priorities", 3),
    ("en", "women", "The five strategic priorities", 3),
    ("en", '"national workshop"', "Organising a national workshop", 3),
    ("en", '"press release"', "Press release template", 1),
    ("en", '"government delegations"', "Lobbying government delegations", 3),
    # French
    ("fr", "plaidoyer", "Le plaidoyer au niveau national : un guide pas à pas", 3),
    ("fr", "plaidoier", "Le plaidoyer au niveau national : un guide pas à pas", 3),
    ("fr", "lobbying", "Le lobbying auprès des délégations gouvernementales", 3),
    ("fr", "donateurs", "Solliciter des donateurs pour un programme national", 3),
    ("fr", "égalité", "Relations avec les médias pour les défenseurs de l'égalité de genre dans les TIC", 3),
    ("fr", nfd("égalité"), "Relations avec les médias pour les défenseurs de l'égalité de genre dans les TIC", 3),
    ("fr", "egalite", "Relations avec les médias pour les défenseurs de l'égalité de genre dans les TIC", 3),
    ("fr", "l'Inde", "Programme national de l'Inde 2003", 3),
    ("fr", "l’Inde", "Programme national de l'Inde 2003", 3),
    ("fr", '"table ronde"', "Programme de table ronde en Serbie-et-Monténégro 2003", 3),
    ("fr", "communiqué de presse", "Modèle de communiqué de presse", 1),
    ("fr", "priorités stratégiques", "Les cinq priorités stratégiques", 3),
    ("fr", "note d'orientation", "Rédiger une note d'orientation sur le genre et les TIC", 1),
    ("fr", "Monténégro", "Programme de table ronde en Serbie-et-Monténégro 2003", 3),
    ("fr", "ateliers", "Calendrier des ateliers", 3),
    # Spanish
    ("es", "Malawi", "Programa subregional de África austral, Malaui 2003", 3),
    ("es", "Malaui", "Programa subregional de África austral, Malaui 2003", 3),
    ("es", "cabildeo", "El cabildeo ante las delegaciones gubernamentales", 3),
    ("es", "lobby", "El cabildeo ante las delegaciones gubernamentales", 3),
    ("es", "incidencia", "La incidencia a nivel nacional: una guía paso a paso", 3),
    ("es", "donantes", "Cómo acercarse a los donantes para un programa nacional", 3),
    ("es", "plantilla presupuesto", "Plantilla de presupuesto para talleres", 1),
    ("es", '"mesa redonda"', "Programa de mesa redonda de Serbia y Montenegro 2003", 3),
    ("es", "género", "Cómo redactar una nota de políticas sobre género y TIC", 3),
    ("es", "genero", "Cómo redactar una nota de políticas sobre género y TIC", 3),
    ("es", "prioridades estrategicas", "Las cinco prioridades estratégicas", 3),
    # Portuguese
    ("pt", "Manual de referência", "O Manual de referência", 1),
    ("pt", "manual de referencia", "O Manual de referência", 1),
    ("pt", "prioridades estratégicas", "As cinco prioridades estratégicas", 1),
    ("pt", "Buenos Aires", "Programa regional latino-americano, Buenos Aires 2003", 3),
    ("pt", "América Latina", "América Latina", 3),
    # Russian
    ("ru", "Справочник", "Справочник", 1),
    ("ru", "справочника", "Справочник", 1),
    ("ru", "стратегических приоритетов", "Пять стратегических приоритетов", 1),
    ("ru", "приоритеты", "Пять стратегических приоритетов", 1),
    ("ru", "Буэнос-Айрес", "Латиноамериканская региональная программа, Буэнос-Айрес, 2003", 1),
    ("ru", "Латинская Америка", "Латинская Америка", 3),
    # Arabic, with and without diacritics, with a bare alef
    ("ar", "الدليل المرجعي", "الدليل المرجعي", 1),
    ("ar", "الدَّلِيلُ المَرْجِعِيُّ", "الدليل المرجعي", 1),
    ("ar", "الأولويات الاستراتيجية", "الأولويات الاستراتيجية الخمس", 1),
    ("ar", "الاولويات الاستراتيجيه", "الأولويات الاستراتيجية الخمس", 1),
    ("ar", "أمريكا اللاتينية", "أمريكا اللاتينية", 3),
    ("ar", "أَمْرِيكَا اللَّاتِينِيَّة", "أمريكا اللاتينية", 3),
    ("ar", "بوينس آيرس", "البرنامج الإقليمي لأمريكا اللاتينية، بوينس آيرس 2003", 1),
    ("ar", "البرامج الوطنية", "البرامج الوطنية والإقليمية", 3),
    # Chinese
    ("zh-hans", "参考手册", "参考手册", 1),
    ("zh-hans", "战略优先事项", "五个战略优先事项", 1),
    ("zh-hans", "拉丁美洲", "拉丁美洲", 3),
    ("zh-hans", "布宜诺斯艾利斯", "拉丁美洲区域方案，布宜诺斯艾利斯，2003年", 1),
    ("zh-hans", "区域方案", "国家和区域方案", 3),
]
