"""The urgency rules, case by case."""

import pytest

from consultations.triage import assess


@pytest.mark.parametrize(
    ("answers", "urgent", "reason"),
    [
        ({"symptoms": ["bladder_bowel"], "symptom_change": "stable"}, True, "Bladder or bowel"),
        ({"symptoms": ["weakness"], "symptom_change": "new_days"}, True, "weakness"),
        ({"symptoms": ["weakness"], "symptom_change": "new_weeks"}, True, "weakness"),
        ({"symptoms": ["weakness"], "symptom_change": "not_sure"}, True, "weakness"),
        ({"symptoms": ["weakness"], "symptom_change": "stable"}, False, None),
        ({"symptoms": ["numbness"], "symptom_change": "new_days"}, True, "Numbness"),
        ({"symptoms": ["numbness"], "symptom_change": "new_weeks"}, False, None),
        ({"symptoms": ["back_pain", "night_pain"], "symptom_change": "new_days"}, False, None),
        ({"symptoms": [], "symptom_change": ""}, False, None),
        ({"neuro_status": "deficit_progressing"}, True, "progressing neurological deficit"),
        ({"neuro_status": "deficit_stable"}, False, None),
        ({"escc_grade": "2"}, True, "ESCC 2"),
        ({"escc_grade": "3"}, True, "ESCC 3"),
        ({"escc_grade": "1c"}, False, None),
        ({"escc_grade": "0"}, False, None),
        ({"referrer_urgency": "urgent"}, True, "marked the referral urgent"),
        ({"referrer_urgency": "soon"}, False, None),
        ({"sins_total": 13}, True, "SINS 13"),
        ({"sins_total": 12}, False, None),
    ],
)
def test_each_rule(answers, urgent, reason):
    result = assess(**answers)
    assert result.urgent is urgent
    if reason:
        assert any(reason in text for text in result.reasons), result.reasons
    else:
        assert result.reasons == []


def test_several_reasons_are_all_given():
    result = assess(
        symptoms=["bladder_bowel", "weakness"], symptom_change="new_days", escc_grade="3"
    )
    assert result.urgent
    assert len(result.reasons) == 3
