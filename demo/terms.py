"""Taxonomy terms, found by slug; English goes to the ``_en`` columns, other languages to their own."""

from core.models import MaterialType, PartnerOrganisation, Region, StrategicPriority, Topic
from demo.texts import taxonomy
from search.models import SynonymGroup

TRANSLATED = {"name", "description", "short_name"}

VOCABULARIES = [
    (StrategicPriority, taxonomy.PRIORITIES),
    (Region, taxonomy.REGIONS),
    (Topic, taxonomy.TOPICS),
    (MaterialType, taxonomy.MATERIAL_TYPES),
    (PartnerOrganisation, taxonomy.PARTNERS),
]


def _columns(spec):
    """The texts' keys as database columns: an untranslated ``name`` is the English ``name_en``."""
    return {f"{key}_en" if key in TRANSLATED else key: value for key, value in spec.items()}


def ensure_terms(ctx):
    """Create missing terms; with ``ctx.refresh``, bring existing ones back in line with the texts."""
    for model, specs in VOCABULARIES:
        by_slug = model.objects.in_bulk([spec["slug"] for spec in specs], field_name="slug")
        ctx.terms[model] = {}
        for spec in specs:
            columns = _columns(spec)
            term = by_slug.get(spec["slug"])
            if term is None and model is StrategicPriority:  # Numbers are unique too: reuse a renamed priority.
                term = model.objects.filter(number=spec["number"]).first()
            if term is None:
                term = model(**columns)
                term.save()
                ctx.report.record("created", "taxonomy terms", f"{model.__name__} {spec['slug']}")
            elif ctx.refresh and any(getattr(term, column) != value for column, value in columns.items()):
                for column, value in columns.items():
                    setattr(term, column, value)
                term.save()
                ctx.report.record("updated", "taxonomy terms", f"{model.__name__} {spec['slug']}")
            else:
                ctx.report.record("present", "taxonomy terms", f"{model.__name__} {spec['slug']}")
            ctx.terms[model][spec["slug"]] = term
    ctx.terms["priority_numbers"] = {term.number: term for term in ctx.terms[StrategicPriority].values()}


def priorities(ctx, numbers):
    return [ctx.terms["priority_numbers"][number] for number in numbers]


def ensure_synonyms(ctx):
    """The synonym groups an editor would start with (words the demo's texts do not use, and cross-spellings)."""
    existing = {(group.language, group.words) for group in SynonymGroup.objects.all()}
    for spec in taxonomy.SYNONYMS:
        label = f"{spec['language'] or 'every language'}: {spec['words']}"
        if (spec["language"], spec["words"]) in existing:
            ctx.report.record("present", "synonym groups", label)
            continue
        SynonymGroup.objects.create(language=spec["language"], words=spec["words"])
        ctx.report.record("created", "synonym groups", label)
