from django.contrib.auth.management import create_permissions
from django.db import migrations

# What the "moderators" group may do in the Django admin. Question workflow changes go through the
# moderation pages (which keep the audit trail), so questions and answers are view-only here.
MODERATOR_PERMISSIONS = {
    "department": ["add", "change", "view"],
    "faqtopic": ["add", "change", "delete", "view"],
    "questiontopic": ["add", "change", "delete", "view"],
    "similarquestion": ["add", "change", "delete", "view"],
    "doctorprofile": ["change", "view"],
    "question": ["view"],
    "answer": ["view"],
    "agreement": ["view"],
    "auditevent": ["view"],
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate); create them now so that
    # a fresh database gets the grants in the same `migrate` run.
    qa_config = apps.get_app_config("qa")
    qa_config.models_module = True
    create_permissions(qa_config, verbosity=0, apps=apps)
    qa_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="moderators")
    codenames = [f"{action}_{model}" for model, actions in MODERATOR_PERMISSIONS.items() for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="qa", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("qa", "0002_default_departments"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
