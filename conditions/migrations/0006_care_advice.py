"""The urgent care wording moves from Clinic settings into its own snippet, under the
"Clinical sign-off" workflow.

The wording a site already shows is carried over as the live wording of the default language,
with no review stamp: no clinician has signed it off in the workflow yet, so it appears in
Reports > Clinical review due until one does. Editors may write and submit it, reviewers
approve it; nobody but a superuser may publish it directly.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

WORDING = [
    "emergency_action",
    "urgent_action",
    "urgent_action_now",
    "routine_action",
    "urgent_hours",
    "out_of_hours",
    "response_promise",
]
EDITOR_CODENAMES = ["add_careadvice", "change_careadvice", "view_careadvice"]
REVIEWER_CODENAMES = ["change_careadvice", "view_careadvice"]


def carry_over_wording(apps, schema_editor):
    ClinicSettings = apps.get_model("spineclinic", "ClinicSettings")
    CareAdvice = apps.get_model("conditions", "CareAdvice")
    Locale = apps.get_model("wagtailcore", "Locale")
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    clinic = ClinicSettings.objects.filter(site=site).first() if site else None
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if clinic is None or locale is None or not clinic.emergency_action:
        return
    if CareAdvice.objects.filter(locale=locale).exists():
        return
    CareAdvice.objects.create(
        locale=locale,
        translation_key=uuid.uuid4(),
        live=True,
        has_unpublished_changes=False,
        **{field: getattr(clinic, field) for field in WORDING},
    )


def put_under_signoff(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="conditions", model="careadvice")
    for name, codenames in [("Editors", EDITOR_CODENAMES), ("Clinical reviewers", REVIEWER_CODENAMES)]:
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type=content_type, codename__in=codenames)
            )
    workflow = Workflow.objects.filter(name="Clinical sign-off").first()
    if workflow is not None:
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def give_back_wording(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    apps.get_model("wagtailcore", "WorkflowContentType").objects.filter(
        content_type__app_label="conditions", content_type__model="careadvice"
    ).delete()
    CareAdvice = apps.get_model("conditions", "CareAdvice")
    ClinicSettings = apps.get_model("spineclinic", "ClinicSettings")
    advice = CareAdvice.objects.filter(
        live=True, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if advice is not None:
        ClinicSettings.objects.update(**{field: getattr(advice, field) for field in WORDING})
    del ContentType


class Migration(migrations.Migration):

    dependencies = [
        ('conditions', '0005_clinical_signoff_roles'),
        ('spineclinic', '0003_red_flag_table'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='CareAdvice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                ('last_reviewed', models.DateField(blank=True, help_text='When a clinician last signed off this page. Set by the approval.', null=True)),
                ('next_review_due', models.DateField(blank=True, help_text='When this page must next be checked. Set by the approval. Pages due within 30 days appear in Reports > Clinical review due.', null=True)),
                ('emergency_action', models.TextField(help_text='What to do in an emergency, shown with every emergency sign. It must tell people to call 911 or go to the nearest emergency department.', max_length=300)),
                ('urgent_action', models.TextField(help_text='What to do about a same-day sign. The urgent phone number and its hours are shown after it.', max_length=300)),
                ('urgent_action_now', models.TextField(help_text='What to do about a same-day sign that needs a call now rather than later today (band-like or spreading nerve pain). The urgent phone number is shown after it.', max_length=300)),
                ('routine_action', models.TextField(help_text='What to do about a routine question. The main phone number is shown after it.', max_length=300)),
                ('urgent_hours', models.CharField(help_text="When the urgent line is answered, as it reads after 'The urgent line is answered', e.g. 'Monday to Friday, 9 am to 5 pm'.", max_length=200)),
                ('out_of_hours', models.TextField(help_text='What to do when the urgent line is closed. It must send people to the nearest emergency department (or 911) rather than ask them to wait.', max_length=300)),
                ('response_promise', models.CharField(help_text="When the intake team contacts people after a request, as it reads after 'We will contact you', e.g. 'within one business day'. Only promise what the team always keeps.", max_length=120)),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                ('reviewed_by', models.ForeignKey(blank=True, help_text="The clinician who signed off this page's medical content. Set by the approval in the Clinical sign-off workflow.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='conditions.clinician')),
            ],
            options={
                'verbose_name': 'urgent care wording',
                'verbose_name_plural': 'urgent care wording',
                'abstract': False,
                'constraints': [models.UniqueConstraint(fields=('locale',), name='one_care_advice_per_language')],
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(carry_over_wording, give_back_wording),
        migrations.RunPython(put_under_signoff, migrations.RunPython.noop),
    ]
