from django.db import migrations

from askdoc.qa.departments import DEFAULT_DEPARTMENTS


def create_departments(apps, schema_editor):
    Department = apps.get_model("qa", "Department")
    for position, (slug, name) in enumerate(DEFAULT_DEPARTMENTS):
        Department.objects.get_or_create(slug=slug, defaults={"name": name, "position": position})


def create_moderators_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name="moderators")


class Migration(migrations.Migration):
    dependencies = [("qa", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [
        migrations.RunPython(create_departments, migrations.RunPython.noop),
        migrations.RunPython(create_moderators_group, migrations.RunPython.noop),
    ]
