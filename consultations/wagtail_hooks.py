from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from .dashboard import intake_panel_for
from .models import PatientRequest
from .permissions import patient_request_permission_policy
from .views import download_file
from .viewsets import PatientRequestViewSet

register_permission_policy(PatientRequest, patient_request_permission_policy)


@hooks.register("register_admin_viewset")
def register_patient_request_viewset():
    return PatientRequestViewSet()


@hooks.register("construct_homepage_panels")
def add_intake_panel(request, panels):
    panel = intake_panel_for(request)
    if panel is not None:
        panels.append(panel)


@hooks.register("insert_global_admin_css")
def intake_admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("consultations/intake-admin.css")
    )


@hooks.register("register_admin_urls")
def register_request_file_download():
    return [
        path(
            "patient-requests/files/<int:pk>/download/",
            download_file,
            name="patient_request_file_download",
        )
    ]


@hooks.register("register_log_actions")
def register_patient_request_log_actions(actions):
    actions.register_action("consultations.view", "View request", "Viewed the request")
    actions.register_action(
        "consultations.download_file", "Download file", "Downloaded a file of the request"
    )
    actions.register_action("consultations.export", "Export requests", "Exported requests")
    actions.register_action("consultations.add_note", "Add note", "Added an internal note")
    actions.register_action(
        "consultations.purge", "Delete (retention)", "Deleted at the end of its retention period"
    )

    @actions.register_action("consultations.status_change")
    class StatusChange(LogFormatter):
        label = "Change status"

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return f"Changed status from {data.get('from')} to {data.get('to')}"

    @actions.register_action("consultations.assign")
    class Assign(LogFormatter):
        label = "Assign"

        def format_message(self, log_entry):
            to = (log_entry.data or {}).get("to")
            return f"Assigned to {to}" if to else "Unassigned"
