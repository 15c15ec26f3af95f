"""PostgreSQL only: pg_trgm and trigram indexes on the database backend's plain text, for similar spellings.

A query word that finds nothing is matched by word similarity (search/database_postgres.py) on the accent-folded
title and body text of modelsearch's index entries; these GIN indexes (named as modelsearch's
enable_trigram command names them) answer `word <% f_unaccent(text)`.
pg_trgm ships with Debian's PostgreSQL server package, as unaccent does.
"""

from django.db import migrations

STATEMENTS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # unaccent() is only STABLE; an index expression needs an IMMUTABLE function (modelsearch's enable_unaccent).
    """CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
       $func$ SELECT public.unaccent('public.unaccent', $1) $func$""",
    "CREATE INDEX IF NOT EXISTS modelsearch_title_text_unaccent_trgm ON {table} "
    "USING gin (f_unaccent(title_text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS modelsearch_body_text_unaccent_trgm ON {table} "
    "USING gin (f_unaccent(body_text) gin_trgm_ops)",
]
REVERSE = ["DROP INDEX IF EXISTS modelsearch_body_text_unaccent_trgm", "DROP INDEX IF EXISTS modelsearch_title_text_unaccent_trgm"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
            for statement in statements:
                schema_editor.execute(statement.format(table=table))

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_synonymgroup_searchterm"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(_run(STATEMENTS), _run(REVERSE), elidable=False)]
