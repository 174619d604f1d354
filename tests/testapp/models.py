"""Throwaway models for tests that need a model of their own, such as a snippet registered
after start-up. None is registered with Wagtail here: the tests that need it do so."""

from django.db import models
from wagtail.models import DraftStateMixin, RevisionMixin


class Notice(models.Model):
    """A snippet without drafts: every save is live."""

    text = models.CharField(max_length=200)

    def __str__(self):
        return self.text


class DraftNotice(DraftStateMixin, RevisionMixin, models.Model):
    """A snippet with drafts: only publishing makes a change live."""

    text = models.CharField(max_length=200)

    def __str__(self):
        return self.text
