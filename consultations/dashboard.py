"""The intake team's panel on the admin's dashboard: what is waiting, urgent requests first."""

from django.db.models import Count, Q
from django.urls import reverse
from wagtail.admin.ui.components import Component

from .choices import Status
from .display import NOTIFICATION_FAILED, OPEN, received_ago, received_time, urgency_word
from .models import PatientRequest
from .permissions import patient_request_permission_policy

WAITING_SHOWN = 5


def list_url(**filters):
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return reverse("patient_requests:index") + (f"?{query}" if query else "")


class IntakePanel(Component):
    """Counts of urgent, new and unassigned requests and of failed emails, each linking to the
    list filtered to them, and the requests waiting longest for triage (urgent first)."""

    name = "intake_requests"
    template_name = "consultations/admin/dashboard_panel.html"
    order = 50  # above Wagtail's own panels: a waiting emergency matters more than page edits

    # Plain columns only: the panel decrypts nothing.
    ROW_COLUMNS = ["reference", "request_type", "level", "urgent", "submitted_at", "status"]

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts = PatientRequest.objects.aggregate(
            urgent=Count("pk", filter=OPEN & Q(urgent=True)),
            new=Count("pk", filter=Q(status=Status.NEW)),
            unassigned=Count("pk", filter=OPEN & Q(assigned_to__isnull=True)),
            failed=Count("pk", filter=NOTIFICATION_FAILED),
        )
        waiting = list(
            PatientRequest.objects.awaiting_triage()
            .only(*self.ROW_COLUMNS)
            .order_by("-urgent", "submitted_at", "pk")[:WAITING_SHOWN]
        )
        for patient_request in waiting:
            patient_request.urgency_word = urgency_word(patient_request)
            patient_request.received = received_time(patient_request.submitted_at)
            patient_request.ago = received_ago(patient_request.submitted_at)
        context.update(
            {
                "counts": [
                    ("Urgent and open", counts["urgent"], list_url(urgent="true", open="true")),
                    ("New, not yet triaged", counts["new"], list_url(status=Status.NEW)),
                    ("Open and unassigned", counts["unassigned"], list_url(unassigned="true")),
                    (
                        "Emails that failed",
                        counts["failed"],
                        list_url(notification_failed="true"),
                    ),
                ],
                "urgent_count": counts["urgent"],
                "failed_count": counts["failed"],
                "waiting": waiting,
                "all_url": list_url(),
            }
        )
        return context


def intake_panel_for(request):
    """The panel, for staff who may view patient requests; None for everyone else."""
    if patient_request_permission_policy.user_has_permission(request.user, "view"):
        return IntakePanel()
    return None
