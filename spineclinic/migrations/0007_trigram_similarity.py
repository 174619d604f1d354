"""PostgreSQL's pg_trgm extension, with which site search finds the word a visitor meant
("metastisis" -> "metastasis"; spineclinic.search.correct). A trusted extension: the database's
owner may create it. Elsewhere search compares words in Python instead."""

from django.db import migrations


def create_extension(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("spineclinic", "0006_language_assistance_page")]

    # Left in place when unapplied: other databases' objects may use it.
    operations = [migrations.RunPython(create_extension, migrations.RunPython.noop)]
