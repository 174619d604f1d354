"""The clinical sign-off step of the publishing workflow."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import dateformat, timezone
from wagtail.forms import TaskStateCommentForm
from wagtail.models import GroupApprovalTask, Page

from .snippets import Clinician


def next_review_field():
    return forms.DateField(
        label="Next review due",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty for the usual interval from today. You may choose an earlier "
        "date, never a later one.",
    )


def clean_next_review_due(value):
    """The reviewer's date for the next review: empty means the default; earlier is allowed,
    later is not; it must be after today."""
    from ..signoff import default_next_review

    if isinstance(value, str):
        value = forms.DateField().clean(value) if value else None
    default = default_next_review()
    if not value:
        return default
    if value <= timezone.localdate():
        raise ValidationError("The next review must be after today.")
    if value > default:
        raise ValidationError(
            f"The next review cannot be later than {dateformat.format(default, 'j F Y')}."
        )
    return value


class SignOffForm(TaskStateCommentForm):
    """Approve: an optional comment, and when the page must next be reviewed."""

    next_review_due = next_review_field()

    def clean_next_review_due(self):
        return clean_next_review_due(self.cleaned_data.get("next_review_due"))


def as_page(obj):
    return obj.specific if type(obj) is Page else obj


class ClinicalSignOffTask(GroupApprovalTask):
    """A clinical reviewer's approval. On a clinical page it names the reviewer's clinician and
    today as the page's review and sets the next review date (conditions/signoff.py)."""

    def _is_clinical(self, obj):
        from ..signoff import needs_clinical_review

        return needs_clinical_review(as_page(obj))

    def get_actions(self, obj, user):
        if not super().get_actions(obj, user):
            return []
        reject = ("reject", "Request changes", True)
        if not self._is_clinical(obj):
            return [reject, ("approve", "Approve and publish", False)] + [
                ("approve", "Approve with comment and publish", True)
            ]
        if Clinician.for_reviewer(user) is None:
            # Without a clinician to name, an approval could not say who reviewed the page.
            return [reject]
        return [reject, ("approve", "Sign off and publish", True)]

    def get_form_for_action(self, action):
        if action == "approve":
            return SignOffForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from ..signoff import record_signoff

        next_review_due = kwargs.pop("next_review_due", None)
        if action_name == "approve":
            page = as_page(task_state.workflow_state.content_object)
            revision = page.get_latest_revision()
            obj = revision.as_object()
            if self._is_clinical(obj):
                clinician = Clinician.for_reviewer(user, obj.locale)
                if clinician is None:
                    raise PermissionDenied("Only a clinician can sign off clinical content.")
                record_signoff(
                    revision, user, clinician, clean_next_review_due(next_review_due), task_state
                )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve the page. Their approval of a clinical page "
            "names their clinician as its reviewer, with today's date."
        )

    class Meta:
        verbose_name = "Clinical sign-off task"
        verbose_name_plural = "Clinical sign-off tasks"
