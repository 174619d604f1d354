"""SINS and ESCC checked against the published tables as transcribed in DESIGN.md."""

import itertools

import pytest

from consultations.scores import (
    ESCC_CITATION,
    ESCC_GRADES,
    SINS_CATEGORIES,
    SINS_CITATION,
    SINS_COMPONENTS,
    SPINE_LEVELS,
    escc_description,
    escc_is_high_grade,
    sins_location_for_level,
    sins_score,
)

# Typed from DESIGN.md (Fisher CG et al., Spine 2010;35(22):E1221-9), not read from the module,
# so a wrong number in either place makes a test fail.
PUBLISHED_SINS = {
    "location": [("junctional", 3), ("mobile", 2), ("semi_rigid", 1), ("rigid", 0)],
    "pain": [("mechanical", 3), ("occasional", 1), ("none", 0)],
    "lesion": [("lytic", 2), ("mixed", 1), ("blastic", 0)],
    "alignment": [("subluxation", 4), ("deformity", 2), ("normal", 0)],
    "collapse": [
        ("over_50", 3),
        ("under_50", 2),
        ("no_collapse_over_50_involved", 1),
        ("none", 0),
    ],
    "posterolateral": [("bilateral", 3), ("unilateral", 1), ("none", 0)],
}
COMPONENTS = list(PUBLISHED_SINS)
LOWEST = {name: rows[-1][0] for name, rows in PUBLISHED_SINS.items()}
HIGHEST = {name: rows[0][0] for name, rows in PUBLISHED_SINS.items()}

PUBLISHED_LOCATION_BY_LEVEL = {
    **dict.fromkeys(["occiput", "C1", "C2"], "junctional"),
    **dict.fromkeys(["C3", "C4", "C5", "C6"], "mobile"),
    **dict.fromkeys(["C7", "T1", "T2"], "junctional"),
    **dict.fromkeys(["T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"], "semi_rigid"),
    **dict.fromkeys(["T11", "T12", "L1"], "junctional"),
    **dict.fromkeys(["L2", "L3", "L4"], "mobile"),
    **dict.fromkeys(["L5", "S1"], "junctional"),
    **dict.fromkeys(["S2", "S3", "S4", "S5"], "rigid"),
}


def score_with(**chosen):
    """Score SINS with every component at 0 points except those given."""
    return sins_score(**{**LOWEST, **chosen})


def published_category(total):
    """The category DESIGN.md gives for a total."""
    if total <= 6:
        return "stable"
    if total <= 12:
        return "indeterminate"
    return "unstable"


@pytest.mark.parametrize(
    ("component", "code", "points"),
    [(name, code, points) for name, rows in PUBLISHED_SINS.items() for code, points in rows],
)
def test_each_published_option_scores_its_points(component, code, points):
    result = score_with(**{component: code})
    assert result.points[component] == points
    assert result.total == points


def test_components_and_options_are_in_published_order():
    assert [c.name for c in SINS_COMPONENTS] == COMPONENTS
    for component in SINS_COMPONENTS:
        assert [(o.code, o.points) for o in component.options] == PUBLISHED_SINS[component.name]


def test_component_labels():
    assert [c.label for c in SINS_COMPONENTS] == [
        "Location",
        "Pain",
        "Bone lesion",
        "Radiographic spinal alignment",
        "Vertebral body collapse",
        "Posterolateral involvement of spinal elements",
    ]


def test_every_component_and_option_has_wording_for_clinicians():
    for component in SINS_COMPONENTS:
        assert component.definition.strip()
        assert all(option.label.strip() for option in component.options)


def test_definitions_say_what_counts():
    definitions = {c.name: c.definition for c in SINS_COMPONENTS}
    assert "recumbency" in definitions["pain"]
    assert "movement or loading" in definitions["pain"]
    for region in ("occiput-C2", "C7-T2", "T11-L1", "L5-S1"):
        assert region in definitions["location"]
    for structure in ("facet", "pedicle", "costovertebral joint"):
        assert structure in definitions["posterolateral"]


def test_minimum_total_is_zero_and_stable():
    result = sins_score(**LOWEST)
    assert result.total == 0
    assert result.category == "stable"
    assert result.surgical_consultation is False
    assert result.points == dict.fromkeys(COMPONENTS, 0)


def test_maximum_total_is_eighteen_and_unstable():
    result = sins_score(**HIGHEST)
    assert result.total == 18
    assert result.category == "unstable"
    assert result.surgical_consultation is True
    assert result.points == {
        "location": 3,
        "pain": 3,
        "lesion": 2,
        "alignment": 4,
        "collapse": 3,
        "posterolateral": 3,
    }


@pytest.mark.parametrize(
    ("chosen", "total", "category"),
    [
        ({}, 0, "stable"),
        # mobile 2 + lytic 2 + deformity 2 = 6
        ({"location": "mobile", "lesion": "lytic", "alignment": "deformity"}, 6, "stable"),
        # junctional 3 + mechanical 3 + unilateral 1 = 7
        (
            {"location": "junctional", "pain": "mechanical", "posterolateral": "unilateral"},
            7,
            "indeterminate",
        ),
        # subluxation 4 + mechanical 3 + over_50 3 + mixed 1 + semi_rigid 1 = 12
        (
            {
                "alignment": "subluxation",
                "pain": "mechanical",
                "collapse": "over_50",
                "lesion": "mixed",
                "location": "semi_rigid",
            },
            12,
            "indeterminate",
        ),
        # subluxation 4 + mechanical 3 + bilateral 3 + junctional 3 = 13
        (
            {
                "alignment": "subluxation",
                "pain": "mechanical",
                "posterolateral": "bilateral",
                "location": "junctional",
            },
            13,
            "unstable",
        ),
        (HIGHEST, 18, "unstable"),
    ],
)
def test_category_boundaries(chosen, total, category):
    result = score_with(**chosen)
    assert result.total == total
    assert result.category == category


def test_surgical_consultation_starts_at_seven():
    six = score_with(location="junctional", pain="mechanical")
    seven = score_with(location="junctional", pain="mechanical", posterolateral="unilateral")
    assert (six.total, six.surgical_consultation) == (6, False)
    assert (seven.total, seven.surgical_consultation) == (7, True)


def test_every_combination_totals_its_points_and_gets_the_right_category():
    rows = [PUBLISHED_SINS[name] for name in COMPONENTS]
    seen = 0
    for combination in itertools.product(*rows):
        codes = {name: code for name, (code, _) in zip(COMPONENTS, combination, strict=True)}
        expected_points = {
            name: points for name, (_, points) in zip(COMPONENTS, combination, strict=True)
        }
        result = sins_score(**codes)
        assert result.points == expected_points
        assert result.total == sum(expected_points.values())
        assert result.category == published_category(result.total)
        assert result.surgical_consultation == (result.total >= 7)
        seen += 1
    assert seen == 4 * 3 * 3 * 3 * 4 * 3


def test_result_is_frozen():
    result = sins_score(**LOWEST)
    with pytest.raises(AttributeError):
        result.total = 18


def test_categories_cover_every_total_once_with_published_labels():
    assert [(c.code, c.minimum, c.maximum, c.label) for c in SINS_CATEGORIES] == [
        ("stable", 0, 6, "Stable"),
        ("indeterminate", 7, 12, "Indeterminate (possibly impending) instability"),
        ("unstable", 13, 18, "Unstable"),
    ]


def test_citations():
    assert "Fisher CG" in SINS_CITATION
    assert "Spine" in SINS_CITATION
    assert "2010;35(22):E1221-9" in SINS_CITATION
    assert "Bilsky MH" in ESCC_CITATION
    assert "J Neurosurg Spine" in ESCC_CITATION
    assert "2010;13(3):324-8" in ESCC_CITATION


@pytest.mark.parametrize("component", COMPONENTS)
def test_unknown_code_names_the_value_and_the_allowed_codes(component):
    with pytest.raises(ValueError, match="bogus") as excinfo:
        score_with(**{component: "bogus"})
    message = str(excinfo.value)
    assert component in message
    for code, _ in PUBLISHED_SINS[component]:
        assert code in message


def test_codes_are_exact():
    with pytest.raises(ValueError, match="Lytic"):
        score_with(lesion="Lytic")


def test_spine_levels_are_c1_to_s5_in_order():
    # 7 cervical + 12 thoracic + 5 lumbar + 5 sacral = 29; with the occiput, 30 accepted levels.
    expected = (
        *("C1", "C2", "C3", "C4", "C5", "C6", "C7"),
        *("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"),
        *("L1", "L2", "L3", "L4", "L5"),
        *("S1", "S2", "S3", "S4", "S5"),
    )
    assert expected == SPINE_LEVELS
    assert len(SPINE_LEVELS) == 29


@pytest.mark.parametrize(("level", "location"), PUBLISHED_LOCATION_BY_LEVEL.items())
def test_location_for_each_level(level, location):
    assert sins_location_for_level(level) == location


def test_every_listed_level_has_a_location():
    assert {sins_location_for_level(level) for level in SPINE_LEVELS} == {
        "junctional",
        "mobile",
        "semi_rigid",
        "rigid",
    }


@pytest.mark.parametrize("level", ["occiput", "Occiput", "occiput-C1", "OCCIPUT-c1", " occiput "])
def test_occiput_spellings_are_junctional(level):
    assert sins_location_for_level(level) == "junctional"


@pytest.mark.parametrize(
    ("level", "location"), [("t11", "junctional"), (" L3 ", "mobile"), ("s2\n", "rigid")]
)
def test_levels_ignore_case_and_surrounding_space(level, location):
    assert sins_location_for_level(level) == location


@pytest.mark.parametrize("level", ["C8", "T13", "L6", "S6", "C0", "coccyx", "", "T 11"])
def test_unknown_level_names_the_value_and_the_allowed_levels(level):
    with pytest.raises(ValueError) as excinfo:
        sins_location_for_level(level)
    message = str(excinfo.value)
    assert repr(level) in message
    for allowed in ("occiput", "C1", "T12", "L5", "S5"):
        assert allowed in message


def test_escc_grades_in_order_with_design_wording():
    assert [(g.grade, g.description) for g in ESCC_GRADES] == [
        ("0", "Bone-only disease."),
        ("1a", "Epidural impingement without deformation of the thecal sac."),
        ("1b", "Deformation of the thecal sac without spinal cord abutment."),
        ("1c", "Deformation of the thecal sac with spinal cord abutment but no compression."),
        ("2", "Spinal cord compression with CSF visible around the cord."),
        ("3", "Spinal cord compression with no CSF visible around the cord."),
    ]
    assert all(g.label.strip() for g in ESCC_GRADES)


@pytest.mark.parametrize(
    ("grade", "high"),
    [("0", False), ("1a", False), ("1b", False), ("1c", False), ("2", True), ("3", True)],
)
def test_escc_high_grade_is_2_and_3(grade, high):
    assert escc_is_high_grade(grade) is high


@pytest.mark.parametrize(("grade", "high"), [("1A", False), (" 2 ", True), (3, True), (0, False)])
def test_escc_grade_tolerates_case_space_and_integers(grade, high):
    assert escc_is_high_grade(grade) is high


def test_escc_description():
    assert escc_description("1c") == (
        "Deformation of the thecal sac with spinal cord abutment but no compression."
    )


@pytest.mark.parametrize("grade", ["4", "1d", "1", "high", ""])
def test_unknown_escc_grade_names_the_value_and_the_allowed_grades(grade):
    for check in (escc_is_high_grade, escc_description):
        with pytest.raises(ValueError) as excinfo:
            check(grade)
        message = str(excinfo.value)
        assert repr(grade) in message
        for allowed in ("0", "1a", "1b", "1c", "2", "3"):
            assert allowed in message
