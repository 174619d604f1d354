"""Model fields of the CMS's own."""

from django import forms
from django.db import models

from spineclinic import redflags


class RedFlagsField(models.JSONField):
    """A list of keys of the red-flag table, edited as checkboxes."""

    def __init__(self, *args, audience="patient", **kwargs):
        self.audience = audience
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.audience != "patient":
            kwargs["audience"] = self.audience
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=redflags.choices(self.audience),
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=kwargs.get("label", self.verbose_name.capitalize()),
            help_text=self.help_text,
            error_messages={"required": "Choose at least one sign from the red-flag table."},
        )
