"""Roles and the "Clinical sign-off" workflow.

Editors write and submit; only Clinical reviewers approve, and approval is what publishes.
The workflow is assigned to the tree's root page, so it covers every site's home page and
everything below it (also a home page created after this migration, as the content loader and
the tests do). Wagtail's default "Moderators approval" workflow is switched off: its
moderators could approve clinical text without being clinicians.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
REVIEWERS = "Clinical reviewers"
WORKFLOW = "Clinical sign-off"

ADMIN_ACCESS = [("wagtailadmin", "admin", "access_admin")]
# Model permissions: (app_label, model, codename).
EDITOR_PERMISSIONS = ADMIN_ACCESS + [
    ("conditions", "clinician", "add_clinician"),
    ("conditions", "clinician", "change_clinician"),
    ("conditions", "clinician", "view_clinician"),
    ("wagtailsearchpromotions", "searchpromotion", "add_searchpromotion"),
    ("wagtailsearchpromotions", "searchpromotion", "change_searchpromotion"),
    ("wagtailsearchpromotions", "searchpromotion", "delete_searchpromotion"),
]
REVIEWER_PERMISSIONS = ADMIN_ACCESS + [("conditions", "clinician", "view_clinician")]
# Page permissions on the root page, so on every page. Nobody here may publish: approval does.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
REVIEWER_PAGE_PERMISSIONS = ["change_page"]
# Images and documents, on the root collection.
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]


def permission(apps, app_label, model, codename):
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, content_type__model=model, codename=codename
    )


def page_permission(apps, codename):
    return permission(apps, "wagtailcore", "page", codename)


def create_roles(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Page.objects.filter(depth=1).order_by("path").first()
    collection = Collection.objects.filter(depth=1).order_by("path").first()

    roles = [
        (EDITORS, EDITOR_PERMISSIONS, EDITOR_PAGE_PERMISSIONS),
        (REVIEWERS, REVIEWER_PERMISSIONS, REVIEWER_PAGE_PERMISSIONS),
    ]
    groups = {}
    for name, model_permissions, page_permissions in roles:
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*[permission(apps, *item) for item in model_permissions])
        # Wagtail's own "Editors" group may exist with other page permissions: set them exactly.
        GroupPagePermission.objects.filter(group=group).exclude(
            page=root, permission__codename__in=page_permissions
        ).delete()
        if root is not None:
            for codename in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=page_permission(apps, codename)
                )
    if collection is not None:
        for item in EDITOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[EDITORS], collection=collection, permission=permission(apps, *item)
            )

    create_workflow(apps, groups[REVIEWERS], root)


def create_workflow(apps, reviewers, root):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ClinicalSignOffTask = apps.get_model("conditions", "ClinicalSignOffTask")

    content_type, _ = ContentType.objects.get_or_create(
        app_label="conditions", model="clinicalsignofftask"
    )
    task = ClinicalSignOffTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task = ClinicalSignOffTask.objects.create(
            name=WORKFLOW, content_type=content_type, active=True
        )
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Nothing else may approve pages: the default workflow's moderators are not clinicians.
    Workflow.objects.exclude(pk=workflow.pk).filter(name="Moderators approval").update(
        active=False
    )


def remove_roles(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Moderators approval").update(active=True)
    Workflow.objects.filter(name=WORKFLOW).delete()
    apps.get_model("conditions", "ClinicalSignOffTask").objects.filter(name=WORKFLOW).delete()
    apps.get_model("auth", "Group").objects.filter(name=REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0004_clinical_signoff"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
