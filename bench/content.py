"""Generated content for the search benchmark: page trees in every content language, built through the ORM.

Deterministic (seeded): the same arguments give the same pages, so two runs measure the same work.
"""

import datetime
import random

from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from core.models import MaterialType, Region, StrategicPriority, Topic
from home.models import HomePage
from programmes.models import (
    EventPage,
    ProgrammeIndexPage,
    ProgrammePlanPage,
    RegionPage,
    TrainingMaterialIndexPage,
    TrainingMaterialPage,
)
from sourcebook.models import SourcebookChapterPage, SourcebookPage

# A small domain vocabulary per language (inflected forms included, so stemming matters; space-separated), and the
# queries a visitor in that language types. Every query word occurs in the generated text.
WORDS = {
    "en": "training trainings advocacy advocates workshop workshops gender equality women girls policy policies "
    "access infrastructure rights digital skills national regional programme programmes network networks media "
    "journalists campaign campaigns internet telecentres rural community leadership guide toolkit report",
    "fr": "formation formations plaidoyer militantes atelier ateliers genre égalité femmes filles politique "
    "politiques accès infrastructures droits numérique compétences national régional programme programmes réseau "
    "réseaux médias journalistes campagne campagnes internet télécentres rural communauté direction guide",
    "es": "formación formaciones incidencia defensoras taller talleres género igualdad mujeres niñas política "
    "políticas acceso infraestructura derechos digital habilidades nacional regional programa programas red redes "
    "medios periodistas campaña campañas internet telecentros rural comunidad liderazgo guía",
    "pt": "formação formações advocacia defensoras oficina oficinas gênero igualdade mulheres meninas política "
    "políticas acesso infraestrutura direitos digital competências nacional regional programa programas rede "
    "redes mídia jornalistas campanha campanhas internet telecentros rural comunidade liderança guia",
    "ru": "обучение обучения адвокация активистки семинар семинары гендер равенство женщины девочки политика "
    "политики доступ инфраструктура права цифровой навыки национальный региональный программа программы сеть "
    "сети медиа журналисты кампания кампании интернет телецентры сельский сообщество лидерство руководство",
    "ar": "تدريب التدريب مناصرة المناصرة ورشة ورشات النوع الاجتماعي المساواة النساء الفتيات سياسة السياسات "
    "النفاذ البنية التحتية الحقوق الرقمية المهارات الوطني الإقليمي برنامج البرامج شبكة الشبكات الإعلام "
    "الصحفيون حملة الحملات الإنترنت المراكز الريفية المجتمع القيادة دليل",
    "zh-hans": "培训 培训班 倡导 倡导者 研讨会 工作坊 性别 平等 妇女 女童 政策 政策框架 接入 基础设施 权利 数字 技能 "
    "国家 区域 项目 方案 网络 媒体 记者 运动 互联网 电信中心 农村 社区 领导力 指南",
}
QUERIES = {
    "en": ["training", "advocacy workshops", "gender equality", "digital skills", "media campaign", "rural women"],
    "fr": ["formation plaidoyer", "ateliers", "égalité genre", "compétences numériques", "campagne médias", "femmes"],
    "es": ["formación", "talleres incidencia", "genero", "igualdad mujeres", "campaña", "derechos digitales"],
    "pt": ["formação", "oficinas", "genero igualdade", "advocacia", "campanha", "mulheres"],
    "ru": ["обучение", "семинары", "гендерное равенство", "политика", "кампания", "женщины"],
    "ar": ["تدريب", "ورشات", "المساواة", "سياسة", "حملة", "النساء"],
    "zh-hans": ["培训", "性别平等", "研讨会", "政策", "媒体", "农村妇女"],
}
# A misspelt vocabulary word per language: the database fallback's similar-spelling path (trigram on PostgreSQL).
TYPOS = {
    "en": "advocasy",
    "fr": "plaidoier",
    "es": "perodistas",
    "pt": "jornalstas",
    "ru": "семенары",
    "ar": "المساوات",
}
PREFIXES = {"en": "trai", "fr": "form", "es": "form", "pt": "form", "ru": "обуч", "ar": "تدر", "zh-hans": "培训"}

PRIORITIES = ["Access", "Advocacy", "Capacity building", "Content", "Governance"]
REGIONS = ["Africa", "Asia", "Europe", "Latin America", "Arab States"]
TOPICS = ["ICT policy", "Media", "Education", "Health", "Employment", "Violence", "Telecentres", "Finance"]
MATERIAL_TYPES = ["Guide", "Toolkit", "Template", "Case study", "Presentation"]


def _terms(model, names, **extra):
    terms = []
    for number, name in enumerate(names, start=1):
        fields = {"number": number} if model is StrategicPriority else {}
        terms.append(model.objects.create(name=name, name_fr=f"{name} (fr)", slug=slugify(name), **fields, **extra))
    return terms


class Generator:
    """Builds `total` pages spread evenly over the content languages."""

    def __init__(self, languages, total, seed=2003):
        self.languages = languages
        self.total = total
        self.random = random.Random(seed)
        self.priorities = _terms(StrategicPriority, PRIORITIES)
        self.regions = _terms(Region, REGIONS)
        self.topics = _terms(Topic, TOPICS)
        self.material_types = _terms(MaterialType, MATERIAL_TYPES)
        self.created = 0
        self.children = {}  # parent path -> children added so far

    def text(self, language, words):
        vocabulary = WORDS[language].split()
        joiner = "" if language == "zh-hans" else " "
        return joiner.join(self.random.choice(vocabulary) for _ in range(words))

    def body(self, language):
        return [("paragraph", RichText(f"<p>{self.text(language, self.random.randint(30, 70))}.</p>")) for _ in "ab"]

    def add(self, parent, model, language, **fields):
        fields.setdefault("title", self.text(language, self.random.randint(2, 5)).capitalize())
        fields.setdefault("slug", f"p{self.created}")
        fields.setdefault("summary", self.text(language, self.random.randint(10, 20)) + ".")
        now = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(minutes=self.created)
        many = {name: fields.pop(name) for name in ("priorities", "topics") if name in fields}
        page = model(live=True, first_published_at=now, last_published_at=now, locale=self.locale, **fields)
        for name, values in many.items():
            getattr(page, name).set(values)
        # treebeard's add_child, without its per-page "last child" query and Wagtail's full_clean: the generated
        # tree is valid by construction. fix_numchild() sets the parents' child counts at the end. No "created" entry
        # in the pages' history (log_action=None), which nothing measured reads: a fifth of the time per page.
        position = self.children[parent.path] = self.children.get(parent.path, parent.numchild) + 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, position)
        page.save(clean=False, log_action=None)
        self.created += 1
        return page

    def fix_numchild(self):
        for path, count in self.children.items():
            Page.objects.filter(path=path).update(numchild=count)

    def pick(self, terms, most=2):
        return self.random.sample(terms, self.random.randint(1, most))

    def build(self):
        """The trees, one per language: home > programmes > regions > plans and events; library > materials;
        sourcebook > chapters. Returns the number of pages created."""
        root = Page.get_first_root_node()
        share, extra = divmod(self.total, len(self.languages))
        for position, language in enumerate(self.languages):
            self.locale = Locale.objects.get_or_create(language_code=language)[0]
            budget = share + (position < extra) - 5 - len(self.regions)  # home, section, library, book, archive
            home = self.add(root, HomePage, language, slug=f"home-{language}", hero_title=self.text(language, 3))
            section = self.add(home, ProgrammeIndexPage, language)
            regions = [self.add(section, RegionPage, language, region=region) for region in self.regions]
            library = self.add(home, TrainingMaterialIndexPage, language)
            book = self.add(home, SourcebookPage, language)
            for number in range(budget):
                kind = number % 10
                if kind < 5:
                    self.add(
                        library,
                        TrainingMaterialPage,
                        language,
                        body=self.body(language),
                        material_type=self.random.choice(self.material_types),
                        priorities=self.pick(self.priorities),
                        topics=self.pick(self.topics, 3),
                    )
                elif kind < 7:
                    self.add(
                        self.random.choice(regions),
                        ProgrammePlanPage,
                        language,
                        objectives=f"<p>{self.text(language, 40)}</p>",
                        start_date=datetime.date(2003 + number % 20, 1 + number % 12, 1),
                        showcased=number % 17 == 0,
                        showcase_reason="A model." if number % 17 == 0 else "",
                        priorities=self.pick(self.priorities),
                    )
                elif kind < 9:
                    self.add(
                        self.random.choice(regions),
                        EventPage,
                        language,
                        event_type=EventPage.EventType.NATIONAL_WORKSHOP,
                        start_date=datetime.date(2012 + number // 10 % 20, 1 + number % 12, 10),
                        description=f"<p>{self.text(language, 30)}</p>",
                        priorities=self.pick(self.priorities),
                    )
                else:
                    self.add(book, SourcebookChapterPage, language, body=self.body(language))
            self.add(home, SourcebookPage, language, slug=f"archive-{language}")
        self.fix_numchild()
        return self.created
