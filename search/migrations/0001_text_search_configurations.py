"""PostgreSQL only: one text-search configuration per language, with unaccent (search/database.py)."""

from django.db import migrations

from search.database import text_search_configs_sql


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in text_search_configs_sql():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, migrations.RunPython.noop, elidable=False)]
