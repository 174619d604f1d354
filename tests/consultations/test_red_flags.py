"""The red-flag table is the only place a level is decided: every sign walked through a symptom
page, the request form, triage, the confirmation page and the emails."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from consultations.models import PatientRequest
from spineclinic import redflags
from spineclinic.redflags import Level
from tests.factories import SymptomIndexPageFactory, SymptomPageFactory

from .conftest import consultation_data, referral_data, run_worker

pytestmark = pytest.mark.django_db

FORM_SIGNS = redflags.form_symptoms()
# What the person is told to do first, by level: the confirmation's first alert says it.
FIRST_WORDS = {
    Level.EMERGENCY: "Call 911 or go to the nearest emergency department",
    Level.SAME_DAY: "Call our urgent line",
}
EMAIL_FIRST_WORDS = {
    Level.EMERGENCY: "CALL 911 OR GO TO THE NEAREST EMERGENCY DEPARTMENT",
    Level.SAME_DAY: "CALL OUR URGENT LINE",
}


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def main_of(response):
    return response.content.decode().split('id="main"', 1)[1]


def labels_in(html):
    """The level labels a page states, in order."""
    text = text_of(html)
    found = [(text.find(str(label)), value) for value, label in Level.choices]
    return [value for position, value in sorted(found) if position >= 0]


def submit(client, page, data):
    response = client.post(page.url, data)
    assert response.status_code == 302, text_of(response.content.decode())[:3000]
    return client.get(response["Location"]), PatientRequest.objects.order_by("-pk").first()


# -- the table itself ---------------------------------------------------------------------------


def test_ng234_floor():
    """NG234's lists: possible cord or cauda equina compression is an emergency, possible spinal
    metastases the same day; band-like or radicular pain is a call now."""
    emergency = {"weakness", "balance", "numbness", "numbness_band", "numbness_saddle"}
    emergency |= {"bladder_bowel", "deficit_progressing"}
    same_day = {"neck_back_pain", "back_pain", "night_pain", "straining_pain", "tender_spot"}
    for key in emergency:
        assert redflags.flag(key).level == Level.EMERGENCY, key
        assert "NG234" in redflags.flag(key).source
    for key in same_day | {"radiating_pain"}:
        assert redflags.at_least(redflags.flag(key).level, Level.SAME_DAY), key
        assert "NG234" in redflags.flag(key).source
    assert redflags.flag("radiating_pain").call_now


def test_every_sign_is_described_and_sourced_once():
    keys = [sign.key for sign in redflags.FLAGS]
    assert len(keys) == len(set(keys))
    for sign in redflags.FLAGS:
        assert str(sign.noticed).strip() and sign.source and sign.level in Level.values


def test_an_emergency_sign_unchanged_for_a_month_is_still_checked_the_same_day():
    assert redflags.level_for_answer("weakness", "new_days") == Level.EMERGENCY
    assert redflags.level_for_answer("weakness", "") == Level.EMERGENCY
    assert redflags.level_for_answer("weakness", "not_sure") == Level.EMERGENCY
    assert redflags.level_for_answer("weakness", "stable") == Level.SAME_DAY
    assert redflags.level_for_answer("back_pain", "stable") == Level.SAME_DAY


# -- every sign, through every place ------------------------------------------------------------


@pytest.mark.parametrize("sign", FORM_SIGNS, ids=lambda sign: sign.key)
def test_symptom_page_shows_the_tables_level(client, home, sign):
    index = SymptomIndexPageFactory(parent=home)
    page = SymptomPageFactory(parent=index, red_flags=[sign.key], urgency_heading="What to do")
    html = main_of(client.get(page.url))
    card = html.split('class="care-card', 1)[1].split("</div>\n</div>", 1)[0]
    assert labels_in(card)[:1] == [sign.level]
    assert str(sign.noticed) in text_of(card)
    if sign.level == Level.EMERGENCY:
        assert 'href="tel:911"' in card
    else:
        assert 'href="tel:+12125550142"' in card  # the urgent line
        assert "Monday to Friday, 8 am to 6 pm" in card  # and when it is answered


@pytest.mark.parametrize("sign", FORM_SIGNS, ids=lambda sign: sign.key)
def test_each_sign_through_form_triage_confirmation_and_email(client, form_pages, sign):
    data = consultation_data(symptoms=[sign.key], **{f"change_{sign.key}": "new_days"})
    received, stored = submit(client, form_pages["consultation"], data)
    assert stored.level == sign.level
    assert stored.red_flags == [sign.key]
    main = main_of(received)
    first_alert = main.split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert labels_in(first_alert) == [sign.level]
    assert FIRST_WORDS[sign.level] in text_of(first_alert)
    assert text_of(main).index(FIRST_WORDS[sign.level]) < text_of(main).index(stored.reference)

    run_worker()
    confirmation = next(m for m in mail.outbox if stored.contact_email in m.to)
    assert confirmation.body.lstrip().startswith(EMAIL_FIRST_WORDS[sign.level])
    urgent_email = next(m for m in mail.outbox if m.subject.startswith("URGENT"))
    expected = "EMERGENCY" if sign.level == Level.EMERGENCY else "SAME-DAY"
    assert f"URGENT ({expected})" in urgent_email.subject


def test_a_family_that_ticks_nothing_but_writes_an_emergency_is_told_to_call_911_first(
    client, form_pages
):
    message = "since this morning I can't control my bladder and my legs are weak"
    received, stored = submit(
        client, form_pages["consultation"], consultation_data(message=message)
    )
    assert stored.level == Level.EMERGENCY and stored.urgent and not stored.level_hedged
    assert any("bladder" in reason.lower() for reason in stored.urgent_reasons)
    text = text_of(main_of(received))
    assert text.index("Call 911 or go to the nearest emergency department now") < text.index(
        stored.reference
    )
    run_worker()
    subjects = [m.subject for m in mail.outbox]
    assert any(s.startswith("URGENT (EMERGENCY)") for s in subjects)
    assert any("call 911" in s for s in subjects)


def test_a_denied_sign_still_raises_the_level_but_is_not_asserted(client, form_pages):
    data = consultation_data(message="no bladder problems, we just want a second look")
    received, stored = submit(client, form_pages["consultation"], data)
    assert stored.level == Level.EMERGENCY and stored.level_hedged
    text = text_of(main_of(received))
    assert "If any of these are happening now" in text
    assert "What you told us can be a sign" not in text


def test_an_emergency_sign_the_same_for_a_month_is_a_same_day_call(client, form_pages):
    data = consultation_data(symptoms=["weakness"], change_weakness="stable")
    received, stored = submit(client, form_pages["consultation"], data)
    assert stored.level == Level.SAME_DAY
    assert "Call our urgent line today" in text_of(main_of(received))


def test_a_ticked_symptom_with_no_answer_about_change_counts_as_new(client, form_pages):
    _, stored = submit(
        client, form_pages["consultation"], consultation_data(symptoms=["numbness"])
    )
    assert stored.level == Level.EMERGENCY


def test_a_change_answered_without_the_tick_counts_as_the_symptom(client, form_pages):
    data = consultation_data(change_bladder_bowel="new_days")
    _, stored = submit(client, form_pages["consultation"], data)
    assert stored.symptoms == ["bladder_bowel"] and stored.level == Level.EMERGENCY


def test_radiating_pain_is_a_call_now(client, form_pages):
    data = consultation_data(symptoms=["radiating_pain"], change_radiating_pain="new_weeks")
    received, stored = submit(client, form_pages["consultation"], data)
    assert stored.level == Level.SAME_DAY and stored.call_now
    assert "Call our urgent line now" in text_of(main_of(received))


def test_routine_confirmation_gives_the_promise_and_what_to_do_if_things_change(
    client, form_pages
):
    received, stored = submit(client, form_pages["consultation"], consultation_data())
    assert stored.level == Level.ROUTINE and not stored.urgent
    main = main_of(received)
    assert 'role="alert"' not in main
    text = text_of(main)
    assert "We will contact you within one business day." in text
    assert "If things change before we contact you" in text
    assert text.index(stored.reference) < text.index("If things change")
    run_worker()
    confirmation = next(m for m in mail.outbox if stored.contact_email in m.to)
    assert confirmation.subject == f"We have received your request {stored.reference}"
    assert "within one business day" in confirmation.body


def test_a_referral_speaks_to_the_clinician(client, form_pages):
    data = referral_data(
        sins_location="junctional",
        sins_pain="mechanical",
        sins_lesion="lytic",
        sins_alignment="subluxation",
        sins_collapse="over_50",
        sins_posterolateral="bilateral",
    )
    received, stored = submit(client, form_pages["referral"], data)
    assert stored.sins_total >= 13 and stored.urgent
    text = text_of(main_of(received))
    assert "Call our clinician line now" in text
    assert "emergency department now" in text
    assert "your symptoms" not in text.lower() and "What you told us" not in text
    assert text.index("Call our clinician line now") < text.index(stored.reference)
    run_worker()
    confirmation = next(m for m in mail.outbox if "robin@bronx-oncology.org" in m.to)
    assert "clinician line" in confirmation.subject
    assert "CALL 911" not in confirmation.body


@override_settings(
    INTAKE_EMAILS=["intake@example.org"], URGENT_INTAKE_EMAILS=["intake@example.org"]
)
def test_one_email_per_address_when_the_urgent_list_is_the_intake_list(client, form_pages):
    submit(client, form_pages["consultation"], consultation_data(symptoms=["bladder_bowel"]))
    run_worker()
    to_intake = [m for m in mail.outbox if "intake@example.org" in m.to]
    assert len(to_intake) == 1 and to_intake[0].subject.startswith("URGENT (EMERGENCY)")


def test_urgent_emails_go_to_both_lists_once_each(client, form_pages):
    submit(client, form_pages["consultation"], consultation_data(symptoms=["back_pain"]))
    run_worker()
    staff = [m for m in mail.outbox if m.to[0].endswith("intake@example.org")]
    assert sorted(m.to[0] for m in staff) == ["intake@example.org", "urgent-intake@example.org"]
    urgent = next(m for m in staff if m.to == ["urgent-intake@example.org"])
    assert urgent.subject.startswith("URGENT (SAME-DAY)")


def test_no_page_or_email_states_a_level_the_table_does_not_give(client, form_pages):
    """A same-day request's confirmation and emails never say emergency, and a routine one's
    first words are not an alert."""
    data = consultation_data(symptoms=["tender_spot"], change_tender_spot="new_weeks")
    received, stored = submit(client, form_pages["consultation"], data)
    first_alert = main_of(received).split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert labels_in(first_alert) == [Level.SAME_DAY]
    run_worker()
    for message in mail.outbox:
        assert "EMERGENCY" not in message.subject
        assert "CALL 911" not in message.body
