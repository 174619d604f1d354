from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Intake coordinators"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("consultations", "patientrequest", "view_patientrequest"),
    ("consultations", "patientrequest", "change_patientrequest"),
    ("consultations", "patientrequest", "export_patientrequest"),
]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    """Only this group (and superusers) can see patient requests; editors cannot."""

    dependencies = [
        ("consultations", "0001_initial"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
