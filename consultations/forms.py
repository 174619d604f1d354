"""One form per kind of request. Every error says what to do, next to its field and in the
summary at the top of the page."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from spineclinic import redflags

from . import scores
from .choices import (
    LANGUAGE_ENDONYMS,
    SYMPTOM_CHOICES,
    ContactMethod,
    ContactTime,
    Diagnosis,
    NeuroStatus,
    PreferredLanguage,
    PreviousRecommendation,
    PriorTreatment,
    ReferrerUrgency,
    Relationship,
    SecondOpinionFormat,
    SpineRegion,
)
from .fields import DateOfBirthField, PhoneField, validate_npi
from .models.requests import PatientRequest
from .uploads import ReportFilesField

SINS_FIELDS = [f"sins_{component.name}" for component in scores.SINS_COMPONENTS]
# For each symptom in the forms' list: is it new or getting worse, and since when?
CHANGE_FIELDS = [f"change_{sign.key}" for sign in redflags.form_symptoms()]


def radios(choices, label, required=True, help_text="", required_message=""):
    """A radio group; a required one says what to select in its own words."""
    return forms.ChoiceField(
        choices=choices,
        widget=forms.RadioSelect,
        label=label,
        required=required,
        help_text=help_text,
        error_messages={"required": required_message} if required_message else None,
    )


def checkboxes(choices, label, help_text="", required=False, required_message=""):
    return forms.MultipleChoiceField(
        choices=choices,
        widget=forms.CheckboxSelectMultiple,
        label=label,
        required=required,
        help_text=help_text,
        error_messages={"required": required_message} if required_message else None,
    )


class LanguageSelect(forms.Select):
    """Each language's option marked with its own language (lang, dir), so a screen reader
    reads '普通话' or 'العربية' in that language."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value in LANGUAGE_ENDONYMS:
            _endonym, lang, direction = LANGUAGE_ENDONYMS[value]
            option["attrs"]["lang"] = lang
            option["attrs"]["dir"] = direction
        return option


def language_choices():
    """'Spanish — Español' on an English page, 'Chino (mandarín) — 普通话' on a Spanish one;
    a name already in its own language is not repeated ('Español')."""
    choices = []
    for code, name in PreferredLanguage.choices:
        endonym = LANGUAGE_ENDONYMS.get(code, ("",))[0]
        name = str(name)
        choices.append((code, name if not endonym or endonym == name else f"{name} — {endonym}"))
    return choices


# The questions about language, in their order on the page (LanguageFieldsMixin).
LANGUAGE_FIELDS = ["preferred_language", "other_language", "interpreter_needed"]


class LanguageFieldsMixin(forms.Form):
    """The language to use with the patient, and whether they need an interpreter."""

    preferred_language = forms.ChoiceField(
        choices=[],
        required=False,
        widget=LanguageSelect,
        label=_("Which language would you like us to use?"),
        help_text=_("On calls and at visits."),
    )
    other_language = forms.CharField(
        required=False, max_length=60, label=_("If another language, which one?")
    )
    interpreter_needed = forms.BooleanField(
        required=False,
        label=_("Yes, we would like a medical interpreter. It is free."),
    )

    def setup_language_fields(self):
        field = self.fields["preferred_language"]
        field.choices = language_choices()
        language = (get_language() or "en").split("-")[0]
        if language in PreferredLanguage.values:
            field.initial = language

    def clean_other_language(self):
        return (self.cleaned_data.get("other_language") or "").strip()

    def check_language(self, data):
        if data.get("preferred_language") == PreferredLanguage.OTHER:
            self.require("other_language", _("Enter the language you would like us to use."))
        else:
            data["other_language"] = ""


def attrs(field, **values):
    field.widget.attrs.update(values)


class RequestFormMixin(forms.Form):
    """Shared behaviour: the one-time token, the error summary and field attributes."""

    submission_token = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={"required": "expired", "invalid": "expired"},
    )
    # Spam checks that need no third party (consultations/bot_checks.py): a field people never
    # see (bots fill it in) and when, and to which browser, the form was shown, signed.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)
    autocomplete = {}
    required_messages = {}

    def setup_fields(self):
        for name, token in self.autocomplete.items():
            if name in self.fields:
                attrs(self.fields[name], autocomplete=token)
        for name, message in self.required_messages.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea):
                attrs(field, rows=5)
            if field.required and not isinstance(field.widget, forms.HiddenInput):
                field.widget.attrs.setdefault("aria-required", "true")

    def error_summary(self):
        """(anchor id, message) for each error, in the order of the fields on the page."""
        items = []
        for message in self.non_field_errors():
            items.append(("", message))
        shown = [name for _, names in self.sections for name in names]
        for name in [*shown, *(name for name in self.fields if name not in shown)]:
            if name in self.fields and name in self.errors and name != "submission_token":
                anchor = self[name].id_for_label or self[name].auto_id
                if isinstance(self.fields[name].widget, forms.MultiWidget | forms.RadioSelect):
                    anchor = f"{self[name].auto_id}_0"
                items.extend((anchor, message) for message in self.errors[name])
        if "submission_token" in self.errors:
            items.append(
                ("", gettext("This form has expired. Check your answers and send it again."))
            )
        return items

    def sections_for_display(self):
        return [
            (heading, [self[name] for name in names if name in self.fields])
            for heading, names in self.sections
        ]

    def files_need_reattaching(self):
        return bool(self.files) and "files" in self.fields

    def require(self, field, message):
        if not self.cleaned_data.get(field) and field not in self.errors:
            self.add_error(field, message)


class ConsultationForm(LanguageFieldsMixin, RequestFormMixin, forms.ModelForm):
    """A patient, or someone on their behalf, asking for a consultation."""

    relationship = radios(
        Relationship.choices,
        _("Who is filling in this form?"),
        required_message=_("Select who is filling in this form."),
    )
    patient_dob = DateOfBirthField(
        label=_("Patient's date of birth"),
        help_text=_("For example, 3 27 1961."),
        autocomplete_section="section-patient",
    )
    patient_phone = PhoneField(label=_("Patient's phone number"), required=False)
    submitter_phone = PhoneField(label=_("Your phone number"), required=False)
    contact_method = radios(
        ContactMethod.choices,
        _("How should we contact you?"),
        required_message=_("Select how we should contact you."),
    )
    contact_times = checkboxes(
        ContactTime.choices, _("When is best to call?"), help_text=_("Select all that apply.")
    )
    diagnosis = radios(
        Diagnosis.choices,
        _("What is the main (primary) cancer diagnosis?"),
        required_message=_("Select the main cancer diagnosis, or 'Not yet known'."),
    )
    spine_regions = checkboxes(
        SpineRegion.choices,
        _("Where in the spine is the problem?"),
        help_text=_("Select all that apply, or 'Not sure'."),
    )
    symptoms = checkboxes(
        SYMPTOM_CHOICES,
        _("Which of these does the patient have now?"),
        help_text=_("Select all that apply. Leave them all empty if there are none."),
    )
    prior_treatments = checkboxes(
        PriorTreatment.choices,
        _("What treatment has the patient had for cancer in the spine?"),
        help_text=_("Select all that apply."),
    )
    consent_to_contact = forms.BooleanField(
        label=_("I agree that the practice may contact me about this request by phone or email."),
        error_messages={"required": _("Tick the box to let us contact you about this request.")},
    )

    autocomplete = {
        "submitter_name": "section-you name",
        "submitter_phone": "section-you tel",
        "submitter_email": "section-you email",
        "patient_name": "section-patient name",
        "patient_phone": "section-patient tel",
        "patient_email": "section-patient email",
        "treating_oncologist": "off",
        "insurance_carrier": "off",
    }
    required_messages = {"patient_name": _("Enter the patient's full name.")}
    sections = [
        (_("About you"), ["relationship", "submitter_name", "submitter_phone", "submitter_email"]),
        (_("The patient"), ["patient_name", "patient_dob", "patient_phone", "patient_email"]),
        (_("How should we contact you?"), ["contact_method", "contact_times"]),
        (_("Language"), LANGUAGE_FIELDS),
        (
            _("The cancer and the spine"),
            [
                "diagnosis",
                "diagnosis_other",
                "spine_regions",
                "symptoms",
                *CHANGE_FIELDS,
                "prior_treatments",
                "treating_oncologist",
                "insurance_carrier",
            ],
        ),
        (_("Anything else"), ["message", "consent_to_contact"]),
    ]

    class Meta:
        model = PatientRequest
        fields = [
            "relationship",
            "patient_name",
            "patient_dob",
            "patient_phone",
            "patient_email",
            "submitter_name",
            "submitter_phone",
            "submitter_email",
            "contact_method",
            "contact_times",
            *LANGUAGE_FIELDS,
            "diagnosis",
            "diagnosis_other",
            "spine_regions",
            "symptoms",
            "prior_treatments",
            "treating_oncologist",
            "insurance_carrier",
            "message",
        ]
        labels = {
            "patient_name": _("Patient's full name"),
            "patient_email": _("Patient's email address"),
            "submitter_name": _("Your full name"),
            "submitter_email": _("Your email address"),
            "diagnosis_other": _("If another cancer, which one?"),
            "treating_oncologist": _("Name of the patient's cancer doctor (oncologist), if any"),
            "insurance_carrier": _("Health insurance company (optional)"),
            "message": _("Anything else you would like us to know (optional)"),
        }
        help_texts = {
            "submitter_name": _("Only if you are not the patient."),
            "message": _("Please do not include information you would not want sent by email."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for sign in redflags.form_symptoms():
            field = forms.ChoiceField(
                choices=redflags.Change.choices,
                widget=forms.RadioSelect(attrs={"data-change-for": sign.key}),
                required=False,
                label=sign.noticed,
                help_text=_("Is it new or getting worse? Answer only if you ticked it above."),
            )
            self.fields[f"change_{sign.key}"] = field
        self.order_fields([name for _, names in self.sections for name in names])
        self.setup_fields()
        self.setup_language_fields()
        for name in ["submitter_name", "submitter_phone", "submitter_email"]:
            attrs(self.fields[name], **{"data-hide-when-self": ""})  # static/js/site.js

    def symptom_changes(self):
        """{symptom: change} for each symptom ticked. A change answered for a symptom that was
        not ticked counts as ticked: when in doubt, the symptom is there."""
        data = self.cleaned_data
        ticked = set(data.get("symptoms") or [])
        return {
            sign.key: data.get(f"change_{sign.key}") or ""
            for sign in redflags.form_symptoms()
            if sign.key in ticked or data.get(f"change_{sign.key}")
        }

    def clean(self):
        data = super().clean()
        relationship = data.get("relationship")
        on_behalf = relationship and relationship != Relationship.SELF
        if relationship == Relationship.SELF:
            # Hidden for the patient: anything typed there before is not theirs to keep.
            for name in ["submitter_name", "submitter_phone", "submitter_email"]:
                data[name] = ""
                self.errors.pop(name, None)
        if on_behalf:
            self.require("submitter_name", _("Enter your full name."))
            if not (data.get("submitter_phone") or data.get("submitter_email")):
                self.add_error(
                    "submitter_phone", _("Enter a phone number or email address for you.")
                )
        phones = [data.get("patient_phone"), data.get("submitter_phone")]
        emails = [data.get("patient_email"), data.get("submitter_email")]
        method = data.get("contact_method")
        if not any(phones) and not any(emails) and not self.has_error("submitter_phone"):
            self.add_error(
                "patient_phone", _("Enter a phone number or email address so we can reply.")
            )
        elif method == ContactMethod.PHONE and not any(phones):
            self.add_error("contact_method", _("You chose phone: enter a phone number as well."))
        elif method == ContactMethod.EMAIL and not any(emails):
            self.add_error("contact_method", _("You chose email: enter an email address as well."))
        self.check_language(data)
        if data.get("diagnosis") == Diagnosis.OTHER:
            self.require("diagnosis_other", _("Enter the type of cancer."))
        treatments = set(data.get("prior_treatments") or [])
        if PriorTreatment.NONE in treatments and len(treatments) > 1:
            self.add_error("prior_treatments", _("Select 'None yet' or the treatments, not both."))
        regions = set(data.get("spine_regions") or [])
        if SpineRegion.NOT_SURE in regions and len(regions) > 1:
            self.add_error(
                "spine_regions", _("Select 'Not sure' or the parts of the spine, not both.")
            )
        return data

    def save(self, commit=True):
        instance = super().save(commit=False)
        changes = self.symptom_changes()
        instance.symptoms = [key for key, _ in SYMPTOM_CHOICES if key in changes]
        instance.symptom_changes = changes
        instance.consent_to_contact = self.cleaned_data["consent_to_contact"]
        if commit:
            instance.save()
        return instance


class SecondOpinionForm(ConsultationForm):
    """A consultation request that also says what was recommended before."""

    previous_recommendations = checkboxes(
        PreviousRecommendation.choices,
        _("What have other doctors recommended?"),
        help_text=_("Select all that apply."),
        required=True,
        required_message=(
            _("Select what has been recommended, or 'Nothing has been recommended yet'.")
        ),
    )
    second_opinion_format = radios(
        SecondOpinionFormat.choices,
        _("How would you like to get your second opinion?"),
        required=False,
        help_text=_(
            "Optional. A video visit is possible only while you are in a state where the doctor "
            "is licensed; we will check this with you."
        ),
    )
    files = ReportFilesField(
        label=_("Upload reports or scan results (optional)"),
        help_text=_("Up to 5 files: PDF, JPEG or PNG, each 20 MB or smaller."),
    )

    sections = [
        *ConsultationForm.sections[:-1],
        (
            _("The second opinion"),
            [
                "previous_recommendations",
                "questions",
                "second_opinion_format",
                "files",
                "imaging_location",
            ],
        ),
        ConsultationForm.sections[-1],
    ]

    class Meta(ConsultationForm.Meta):
        fields = ConsultationForm.Meta.fields[:-1] + [
            "previous_recommendations",
            "questions",
            "second_opinion_format",
            "imaging_location",
            "message",
        ]
        labels = dict(
            ConsultationForm.Meta.labels,
            questions=_("What questions would you like the second opinion to answer?"),
            imaging_location=_(
                "If you cannot upload them, where can we get the scans and reports?"
            ),
        )
        help_texts = dict(
            ConsultationForm.Meta.help_texts,
            imaging_location=_(
                "For example, the hospital or imaging center and when the scans "
                "were done, or a link to an image-sharing service."
            ),
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].required = True
        self.fields["questions"].error_messages["required"] = _(
            "Tell us what you would like the second opinion to answer."
        )


class ReferralForm(LanguageFieldsMixin, RequestFormMixin, forms.ModelForm):
    """A clinician referring a patient."""

    referrer_npi = forms.CharField(
        label=_("NPI"),
        help_text=_("Your 10-digit National Provider Identifier."),
        max_length=14,
        validators=[],
        error_messages={"required": _("Enter your NPI.")},
    )
    referrer_phone = PhoneField(
        label=_("Direct phone"),
        error_messages={"required": _("Enter a phone number we can call.")},
    )
    referrer_fax = PhoneField(label=_("Fax (optional)"), required=False)
    patient_dob = DateOfBirthField(
        label=_("Patient's date of birth"), help_text=_("For example, 3 27 1961.")
    )
    patient_phone = PhoneField(
        label=_("Patient's phone number"),
        error_messages={"required": _("Enter the patient's phone number.")},
    )
    neuro_status = radios(
        NeuroStatus.choices,
        _("Neurological status"),
        required_message=_("Select neurological status."),
    )
    escc_grade = forms.ChoiceField(
        choices=[("", _("Not known"))]
        + [(g.grade, format_lazy("{}: {}", g.grade, g.label)) for g in scores.ESCC_GRADES],
        required=False,
        label=_("ESCC grade (Bilsky), if known"),
        help_text=_("Epidural spinal cord compression on axial T2 MRI at the worst level."),
    )
    referrer_urgency = radios(
        ReferrerUrgency.choices,
        _("How urgently should we see the patient?"),
        required_message=_("Select how urgently we should see the patient."),
    )
    files = ReportFilesField(
        label=_("Upload reports (optional)"),
        help_text=_(
            "Imaging reports, notes or pathology: up to 5 files, PDF, JPEG or PNG, "
            "each 20 MB or smaller."
        ),
    )

    autocomplete = {
        "referrer_name": "name",
        "referrer_credentials": "honorific-suffix",
        "referrer_practice": "organization",
        "referrer_phone": "work tel",
        "referrer_fax": "fax tel",
        "referrer_email": "work email",
        "patient_name": "off",
        "patient_phone": "off",
        "histology": "off",
        "levels_involved": "off",
    }
    required_messages = {
        "referrer_name": _("Enter your full name."),
        "referrer_credentials": _("Enter your credentials, for example MD or NP."),
        "referrer_practice": _("Enter your practice or hospital."),
        "referrer_email": _("Enter an email address for replies about this referral."),
        "patient_name": _("Enter the patient's full name."),
        "histology": _("Enter the primary histology, or 'unknown'."),
    }
    sections = [
        (
            _("About you"),
            [
                "referrer_name",
                "referrer_credentials",
                "referrer_npi",
                "referrer_practice",
                "referrer_phone",
                "referrer_fax",
                "referrer_email",
            ],
        ),
        (
            _("The patient"),
            [
                "patient_name",
                "patient_dob",
                "patient_phone",
                *LANGUAGE_FIELDS,
            ],
        ),
        (
            _("Clinical details"),
            ["histology", "levels_involved", "neuro_status", "escc_grade", "referrer_urgency"],
        ),
        (_("Spinal Instability Neoplastic Score (optional)"), SINS_FIELDS),
        (_("Reports and message"), ["files", "message"]),
    ]

    class Meta:
        model = PatientRequest
        fields = [
            "referrer_name",
            "referrer_credentials",
            "referrer_npi",
            "referrer_practice",
            "referrer_phone",
            "referrer_fax",
            "referrer_email",
            "patient_name",
            "patient_dob",
            "patient_phone",
            *LANGUAGE_FIELDS,
            "histology",
            "levels_involved",
            "neuro_status",
            "escc_grade",
            *SINS_FIELDS,
            "referrer_urgency",
            "message",
        ]
        labels = {
            "referrer_name": _("Your full name"),
            "referrer_credentials": _("Credentials"),
            "referrer_practice": _("Practice or hospital"),
            "referrer_email": _("Email"),
            "patient_name": _("Patient's full name"),
            "histology": _("Primary tumor histology"),
            "levels_involved": _("Spinal level(s) involved (optional)"),
            "message": _("Clinical summary or message (optional)"),
        }
        help_texts = {
            "histology": _("For example, 'breast adenocarcinoma, ER+' or 'unknown primary'."),
            "levels_involved": _("For example, T7-T9 or L2."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name in ["referrer_name", "referrer_credentials", "referrer_practice"]:
            self.fields[field_name].required = True
        self.fields["referrer_email"].required = True
        self.fields["patient_name"].required = True
        self.fields["histology"].required = True
        for component in scores.SINS_COMPONENTS:
            self.fields[f"sins_{component.name}"] = forms.ChoiceField(
                choices=[("", _("Not known"))]
                + [(o.code, f"{o.label} ({o.points})") for o in component.options],
                required=False,
                label=f"SINS: {component.label}",
                help_text=component.definition,
            )
        self.order_fields(self.Meta.fields)
        self.setup_fields()
        self.setup_language_fields()
        self.fields["preferred_language"].label = _("The patient's preferred language")
        self.fields["interpreter_needed"].label = _("The patient needs a medical interpreter")

    def clean_referrer_npi(self):
        return validate_npi(self.cleaned_data["referrer_npi"])

    def clean(self):
        data = super().clean()
        self.check_language(data)
        given = [name for name in SINS_FIELDS if data.get(name)]
        if given and len(given) < len(SINS_FIELDS):
            self.add_error(
                next(name for name in SINS_FIELDS if not data.get(name)),
                _(
                    "To score SINS, choose an answer for all six parts, or leave them all as "
                    "'Not known'."
                ),
            )
        return data

    def save(self, commit=True):
        instance = super().save(commit=False)
        if all(getattr(instance, name) for name in SINS_FIELDS):
            result = scores.sins_score(
                *(getattr(instance, f"sins_{c.name}") for c in scores.SINS_COMPONENTS)
            )
            instance.sins_total = result.total
            instance.sins_category = result.category
        if commit:
            instance.save()
        return instance
