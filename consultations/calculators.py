"""The SINS calculator's form: the published table (scores.py) as labelled radio groups, an
optional vertebral level that fills in the location, and the result with a referral link."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import scores

# The level select, grouped by region; "occiput" stands for occiput-C1 (junctional).
LEVEL_GROUPS = (
    (_("Skull base"), (("occiput", "Occiput-C1"),)),
    (_("Cervical"), tuple((lvl, lvl) for lvl in scores.SPINE_LEVELS if lvl.startswith("C"))),
    (_("Thoracic"), tuple((lvl, lvl) for lvl in scores.SPINE_LEVELS if lvl.startswith("T"))),
    (_("Lumbar"), tuple((lvl, lvl) for lvl in scores.SPINE_LEVELS if lvl.startswith("L"))),
    (_("Sacral"), tuple((lvl, lvl) for lvl in scores.SPINE_LEVELS if lvl.startswith("S"))),
)
LEVEL_LABELS = {code: label for _, levels in LEVEL_GROUPS for code, label in levels}

COMPONENTS = {component.name: component for component in scores.SINS_COMPONENTS}

# What the referral form accepts from a link (see ReferralRequestPage.prefill).
REFERRAL_PREFILL = {
    **{
        f"sins_{component.name}": {option.code for option in component.options}
        for component in scores.SINS_COMPONENTS
    },
    "escc_grade": {grade.grade for grade in scores.ESCC_GRADES},
    "levels_involved": set(scores.SPINE_LEVELS),
}


def referral_prefill(query):
    """The referral form's initial values from a query string; anything unknown is ignored."""
    return {
        name: query[name]
        for name, allowed in REFERRAL_PREFILL.items()
        if query.get(name) in allowed
    }


class PointsRadioSelect(forms.RadioSelect):
    """Radios carrying their points in `data-points`, for the live total (sins-calculator.js)."""

    def __init__(self, points, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.points = points

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["attrs"]["data-points"] = self.points[value]
        return option


class LevelSelect(forms.Select):
    """Level options carrying their SINS location in `data-location`, so the script can
    check the matching location while the server stays the judge."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["attrs"]["data-location"] = scores.sins_location_for_level(value)
        return option


@dataclass(frozen=True)
class ComponentField:
    """One radio group as the template draws it: the component, its field and its options."""

    component: scores.SinsComponent
    field: forms.BoundField
    options: list  # (radio subwidget, SinsOption) pairs in the published order


@dataclass(frozen=True)
class ResultRow:
    label: str
    answer: str
    points: int


class SinsCalculatorForm(forms.Form):
    """Six answers (or a level instead of the location) in, a SINS result out. Read from GET."""

    level = forms.ChoiceField(
        label=_("Vertebral level (optional)"),
        help_text=_("Score one lesion at a time. Choosing its level fills in the location."),
        required=False,
        choices=(("", _("Not given")), *LEVEL_GROUPS),
        widget=LevelSelect,
        error_messages={
            "invalid_choice": _(
                "Choose a level from the list (occiput-C1 to S5), or leave it as 'Not given'."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for component in scores.SINS_COMPONENTS:
            name = component.label.lower()
            self.fields[component.name] = forms.ChoiceField(
                label=component.label,
                help_text=component.definition,
                # The location may come from the level instead: clean() requires one of them.
                required=component.name != "location",
                choices=[(option.code, option.label) for option in component.options],
                widget=PointsRadioSelect({o.code: o.points for o in component.options}),
                error_messages={
                    "required": gettext("Choose an answer for %(name)s.") % {"name": name},
                    "invalid_choice": gettext("Choose one of the listed answers for %(name)s.")
                    % {"name": name},
                },
            )

    @classmethod
    def from_query(cls, query):
        """Bound when the query holds any of the form's answers, otherwise a blank form."""
        if not any(name in query for name in ("level", *COMPONENTS)):
            return cls()
        data = query.copy()
        level = data.get("level")
        if level in LEVEL_LABELS and not data.get("location"):
            # Fill the location in where the form shows it, not only in the result.
            data["location"] = scores.sins_location_for_level(level)
        return cls(data)

    def clean(self):
        data = super().clean()
        level = data.get("level")
        location = data.get("location")
        if level:
            from_level = scores.sins_location_for_level(level)
            if location and location != from_level:
                self.add_error(
                    "location",
                    gettext(
                        "%(level)s is a %(expected)s level, but the location chosen is "
                        "%(chosen)s. Choose the location that matches the level, or change the "
                        "level."
                    )
                    % {
                        "level": LEVEL_LABELS[level],
                        "expected": self.option_label("location", from_level),
                        "chosen": self.option_label("location", location),
                    },
                )
            elif "location" not in self.errors:
                data["location"] = from_level
        elif not location and "location" not in self.errors:
            self.add_error(
                "location", gettext("Choose an answer for location, or a vertebral level.")
            )
        return data

    @staticmethod
    def option_label(component_name, code):
        """The short wording of an option, e.g. 'junctional' or 'semi-rigid'."""
        label = next(o.label for o in COMPONENTS[component_name].options if o.code == code)
        return label.split(" (", 1)[0].lower()

    def components(self):
        """The six radio groups in the published order, each option with its points."""
        return [
            ComponentField(
                component=component,
                field=self[component.name],
                options=list(zip(self[component.name].subwidgets, component.options, strict=True)),
            )
            for component in scores.SINS_COMPONENTS
        ]

    def result(self):
        """The SinsResult of a valid form."""
        return scores.sins_score(**{name: self.cleaned_data[name] for name in COMPONENTS})

    def result_rows(self, result):
        """Each component's answer and points, in the published order."""
        rows = []
        for component in scores.SINS_COMPONENTS:
            code = self.cleaned_data[component.name]
            answer = next(o.label for o in component.options if o.code == code)
            rows.append(ResultRow(component.label, answer, result.points[component.name]))
        return rows

    def location_from_level(self):
        """The level that filled in the location, when the location came from it."""
        level = self.cleaned_data.get("level")
        return LEVEL_LABELS[level] if level else ""

    def referral_query(self):
        """The query string that opens the referral form with these answers filled in."""
        query = {f"sins_{name}": self.cleaned_data[name] for name in COMPONENTS}
        if self.cleaned_data.get("level") in scores.SPINE_LEVELS:
            query["levels_involved"] = self.cleaned_data["level"]
        return urlencode(query)

    def error_summary(self):
        """(anchor id, message) for each error, in the order of the fields on the page."""
        items = []
        for name in ["level", *COMPONENTS]:
            for message in self.errors.get(name, []):
                anchor = self[name].auto_id if name == "level" else f"{self[name].auto_id}_0"
                items.append((anchor, message))
        return items
