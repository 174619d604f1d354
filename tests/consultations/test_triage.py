"""The triage rules, case by case: which signs a request shows, and the level the red-flag
table gives them."""

import pytest

from consultations.triage import assess
from spineclinic.redflags import Level


@pytest.mark.parametrize(
    ("answers", "level", "reason"),
    [
        ({"symptom_changes": {"bladder_bowel": "new_days"}}, Level.EMERGENCY, "bladder"),
        ({"symptom_changes": {"bladder_bowel": "stable"}}, Level.SAME_DAY, "bladder"),
        ({"symptom_changes": {"weakness": "new_days"}}, Level.EMERGENCY, "Weakness"),
        ({"symptom_changes": {"weakness": "new_weeks"}}, Level.EMERGENCY, "Weakness"),
        ({"symptom_changes": {"weakness": "not_sure"}}, Level.EMERGENCY, "Weakness"),
        ({"symptom_changes": {"weakness": ""}}, Level.EMERGENCY, "no answer"),
        ({"symptom_changes": {"weakness": "stable"}}, Level.SAME_DAY, "Weakness"),
        ({"symptom_changes": {"numbness": "new_weeks"}}, Level.EMERGENCY, "Numbness"),
        ({"symptom_changes": {"numbness_band": "new_weeks"}}, Level.EMERGENCY, "band"),
        ({"symptom_changes": {"numbness_saddle": "new_weeks"}}, Level.EMERGENCY, "between"),
        ({"symptom_changes": {"balance": "new_weeks"}}, Level.EMERGENCY, "unsteady"),
        ({"symptom_changes": {"back_pain": "new_days"}}, Level.SAME_DAY, "Back pain"),
        ({"symptom_changes": {"night_pain": "stable"}}, Level.SAME_DAY, "sleeping"),
        ({"symptom_changes": {"radiating_pain": "new_weeks"}}, Level.SAME_DAY, "band"),
        ({"symptom_changes": {}}, Level.ROUTINE, None),
        ({"neuro_status": "deficit_progressing"}, Level.EMERGENCY, "progressing"),
        ({"neuro_status": "deficit_stable"}, Level.ROUTINE, None),
        ({"escc_grade": "2"}, Level.SAME_DAY, "ESCC 2"),
        ({"escc_grade": "3"}, Level.SAME_DAY, "ESCC 3"),
        ({"escc_grade": "1c"}, Level.ROUTINE, None),
        ({"escc_grade": "0"}, Level.ROUTINE, None),
        ({"referrer_urgency": "urgent"}, Level.SAME_DAY, "marked the referral urgent"),
        ({"referrer_urgency": "soon"}, Level.ROUTINE, None),
        ({"sins_total": 13}, Level.SAME_DAY, "SINS 13"),
        ({"sins_total": 12}, Level.ROUTINE, None),
        ({"texts": ["his legs gave out on the stairs"]}, Level.EMERGENCY, "their words"),
        ({"texts": ["no puede orinar desde ayer"]}, Level.EMERGENCY, "their words"),
        ({"texts": ["we would like a second opinion"]}, Level.ROUTINE, None),
    ],
)
def test_each_rule(answers, level, reason):
    result = assess(**answers)
    assert result.level == level
    assert result.urgent is (level != Level.ROUTINE)
    if reason:
        assert any(reason.lower() in text.lower() for text in result.reasons), result.reasons
    else:
        assert result.reasons == []


def test_the_most_urgent_sign_decides_and_every_reason_is_given_most_urgent_first():
    result = assess(
        symptom_changes={"back_pain": "new_days", "bladder_bowel": "new_days"}, escc_grade="3"
    )
    assert result.level == Level.EMERGENCY
    assert len(result.reasons) == 3
    assert result.reasons[0].startswith(str(Level.EMERGENCY.label))


def test_a_denied_mention_raises_the_level_and_marks_it_hedged():
    result = assess(texts=["no bladder or bowel problems"])
    assert result.level == Level.EMERGENCY and result.hedged
    both = assess(texts=["no bladder problems"], symptom_changes={"weakness": "new_days"})
    assert both.level == Level.EMERGENCY and not both.hedged
