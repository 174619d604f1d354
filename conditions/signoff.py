"""Clinical sign-off: the only way a page's review stamp is written.

A clinical reviewer approves a page in the "Clinical sign-off" workflow; the approval is recorded
in the page's history (audit log) as a sign-off, naming the reviewer's clinician, the revision
and the review dates. When a revision is published, its stamp is taken from that record, or
cleared if there is none, and a publish of clinical content without one is recorded as
"published without clinical sign-off".
"""

import calendar
import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.log_actions import log

# Nothing from wagtail.models at import time: Wagtail imports this module (the finish action
# setting) while wagtail.models is still loading.

SIGN_OFF = "conditions.clinical_sign_off"
PUBLISHED_WITHOUT_SIGN_OFF = "conditions.published_without_sign_off"
STAMP_FIELDS = ("reviewed_by", "last_reviewed", "next_review_due")


def add_months(day, months):
    """The same day `months` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def default_next_review(today=None):
    """When a page signed off today is next due: CLINICAL_REVIEW_MONTHS from today."""
    return add_months(today or timezone.localdate(), settings.CLINICAL_REVIEW_MONTHS)


def needs_clinical_review(obj):
    from .models import ClinicalReviewMixin

    return isinstance(obj, ClinicalReviewMixin) and obj.needs_clinical_review


def translation_reviewed(obj):
    """For a translation (a page or wording in another language than the site's default): the
    language and the original it was translated from, as live when its translation was signed
    off; None for an original."""
    from wagtail.models import Locale

    locale = getattr(obj, "locale", None)
    if locale is None:
        return None
    default = Locale.get_default()
    if locale.pk == default.pk:
        return None
    source = obj.get_translation_or_none(default)
    return {
        "language": locale.language_code,
        "source": {
            "id": source.pk if source else None,
            "title": str(source) if source else "",
            "live_revision_id": getattr(source, "live_revision_id", None) if source else None,
        },
    }


def record_signoff(revision, user, clinician, next_review_due, task_state=None):
    """Record a reviewer's sign-off of one revision in the page's history. For a translation,
    the sign-off is also the review of the translation: it records the language and which
    version of the original was translated."""
    today = timezone.localdate()
    obj = revision.as_object()
    data = {
        "clinician": {"id": clinician.pk, "name": clinician.display_name},
        "last_reviewed": today.isoformat(),
        "next_review_due": next_review_due.isoformat(),
        "task_state_id": task_state.pk if task_state else None,
    }
    translation = translation_reviewed(obj)
    if translation is not None:
        data["translation"] = translation
    return log(instance=obj, action=SIGN_OFF, user=user, revision=revision, data=data)


def signoff_for(revision):
    """The sign-off recorded for this revision, if any (in a page's history, or a snippet's)."""
    from wagtail.log_actions import registry

    log_model = registry.get_log_model_for_instance(revision.as_object())
    return (
        log_model.objects.filter(action=SIGN_OFF, revision_id=revision.pk)
        .order_by("-timestamp", "-pk")
        .first()
    )


def stamp_from(entry):
    """The review stamp a sign-off gives (all empty without one, or if its clinician has been
    deleted since: a review must name who gave it)."""
    from .models import Clinician

    clinician_id = entry.data["clinician"]["id"] if entry else None
    if entry is None or not Clinician.objects.filter(pk=clinician_id).exists():
        return {"reviewed_by_id": None, "last_reviewed": None, "next_review_due": None}
    return {
        "reviewed_by_id": entry.data["clinician"]["id"],
        "last_reviewed": datetime.date.fromisoformat(entry.data["last_reviewed"]),
        "next_review_due": datetime.date.fromisoformat(entry.data["next_review_due"]),
    }


def page_published(sender, instance, revision, **kwargs):
    """Receiver of Wagtail's `page_published`, on every path that publishes (the editor's
    publish button, a workflow's approval, scheduled publishing, scripts): the live page and
    its revision get the stamp of the revision's sign-off, or none; publishing clinical content
    without one is recorded in the page's history."""
    apply_signoff(instance, revision)


def snippet_published(sender, instance, revision, **kwargs):
    """Receiver of Wagtail's `published`, sent for snippets (and, after `page_published`, for
    pages, which that receiver has handled): the same for clinical snippets, such as the
    urgent care wording."""
    from wagtail.models import Page

    if not isinstance(instance, Page):
        apply_signoff(instance, revision)


def apply_signoff(instance, revision):
    from wagtail.models import Page

    from .models import ClinicalReviewMixin

    if not isinstance(instance, ClinicalReviewMixin):
        return
    entry = signoff_for(revision)
    stamp = stamp_from(entry)
    if any(getattr(instance, field) != value for field, value in stamp.items()):
        for field, value in stamp.items():
            setattr(instance, field, value)
        if isinstance(instance, Page):
            instance.save(update_fields=list(STAMP_FIELDS), clean=False)
        else:
            instance.save(update_fields=list(STAMP_FIELDS))
    content = {
        field.removesuffix("_id"): value.isoformat() if isinstance(value, datetime.date) else value
        for field, value in stamp.items()
    }
    if any(revision.content.get(key) != value for key, value in content.items()):
        revision.content = {**revision.content, **content}
        revision.save(update_fields=["content"])
    if entry is None and instance.needs_clinical_review:
        log(
            instance=instance,
            action=PUBLISHED_WITHOUT_SIGN_OFF,
            revision=revision,
            data={"revision": {"id": revision.pk}},
        )


def publish_signed_off(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish the approved page or snippet.

    The approval is the authority to publish (reviewers have no publish permission of their
    own), so the permission check is skipped, as Wagtail skips it for its own publish button
    once it has checked the user. The review stamp comes from the sign-off, in
    `page_published`.
    """
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
