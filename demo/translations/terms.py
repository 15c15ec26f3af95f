"""The taxonomy in every language: the modeltranslation columns the builder's texts leave empty, from taxonomy.po."""

from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from demo.terms import VOCABULARIES


def translate_terms(ctx, catalogues, report):
    """Fill each term's ``name``/``description``/``short_name`` columns for the languages in ``catalogues``.

    A column the builder's texts set (``name_fr``…) is theirs; an existing wording is kept unless refreshing.
    """
    for model, specs in VOCABULARIES:
        fields = translator.get_options_for_model(model).fields
        for spec in specs:
            term = ctx.terms[model][spec["slug"]]
            changed = []
            for name in fields:
                english = getattr(term, build_localized_fieldname(name, "en"))
                if not english:
                    continue
                for code, catalogue in catalogues.items():
                    column = build_localized_fieldname(name, code)
                    if column in spec:
                        continue
                    translated = catalogue.get_plain(english)
                    current = getattr(term, column)
                    if translated is None:
                        report.missing_terms.add(f"{code}: {english}")
                    elif current != translated and (not current or ctx.refresh):
                        setattr(term, column, translated)
                        changed.append(column)
            if changed:
                term.save(update_fields=changed)
                report.term_columns += len(changed)
                ctx.report.lines.append(
                    f"{'updated':>8}  taxonomy term: {model.__name__} {spec['slug']} ({len(changed)})"
                )
