"""Published spine-oncology scores (SINS and the ESCC scale) as plain data and functions. The
words shown to people are marked for translation (lazily, so nothing here needs a request)."""

from dataclasses import dataclass, field
from typing import NamedTuple

from django.utils.translation import gettext_lazy as _

SINS_CITATION = (
    "Fisher CG, DiPaola CP, Ryken TC, et al. A novel classification system for spinal "
    "instability in neoplastic disease: an evidence-based approach and expert consensus from "
    "the Spine Oncology Study Group. Spine (Phila Pa 1976). 2010;35(22):E1221-9."
)

ESCC_CITATION = (
    "Bilsky MH, Laufer I, Fourney DR, et al. Reliability analysis of the epidural spinal cord "
    "compression scale. J Neurosurg Spine. 2010;13(3):324-8."
)


class SinsOption(NamedTuple):
    """One row of the SINS table: the code stored, the label shown, the points scored."""

    code: str
    label: str
    points: int


class SinsComponent(NamedTuple):
    """One of the six SINS components with its clinician-facing wording and its options."""

    name: str
    label: str
    definition: str
    options: tuple[SinsOption, ...]


class SinsCategory(NamedTuple):
    """An inclusive range of SINS totals and what it means."""

    code: str
    minimum: int
    maximum: int
    label: str


class EsccGrade(NamedTuple):
    """One grade of the ESCC scale."""

    grade: str
    label: str
    description: str


# Options are in the published order (highest points first), as in Fisher et al., Table 1.
SINS_COMPONENTS: tuple[SinsComponent, ...] = (
    SinsComponent(
        "location",
        _("Location"),
        _(
            "Level of the lesion: junctional is occiput-C2, C7-T2, T11-L1 and L5-S1; mobile is "
            "C3-C6 and L2-L4; semi-rigid is T3-T10; rigid is S2-S5."
        ),
        (
            SinsOption("junctional", _("Junctional (occiput-C2, C7-T2, T11-L1, L5-S1)"), 3),
            SinsOption("mobile", _("Mobile spine (C3-C6, L2-L4)"), 2),
            SinsOption("semi_rigid", _("Semi-rigid (T3-T10)"), 1),
            SinsOption("rigid", _("Rigid (S2-S5)"), 0),
        ),
    ),
    SinsComponent(
        "pain",
        _("Pain"),
        _(
            "Mechanical pain is pain relieved by recumbency (lying down) and/or pain with "
            "movement or loading of the spine."
        ),
        (
            SinsOption("mechanical", _("Mechanical pain"), 3),
            SinsOption("occasional", _("Occasional pain, not mechanical"), 1),
            SinsOption("none", _("Pain-free lesion"), 0),
        ),
    ),
    SinsComponent(
        "lesion",
        _("Bone lesion"),
        _(
            "The lesion's appearance on imaging: lytic (destroys bone), blastic (forms bone) or a "
            "mixture of both."
        ),
        (
            SinsOption("lytic", _("Lytic"), 2),
            SinsOption("mixed", _("Mixed (lytic/blastic)"), 1),
            SinsOption("blastic", _("Blastic"), 0),
        ),
    ),
    SinsComponent(
        "alignment",
        _("Radiographic spinal alignment"),
        _(
            "Alignment on imaging: subluxation or translation present, a new (de novo) kyphosis "
            "or scoliosis, or normal alignment."
        ),
        (
            SinsOption("subluxation", _("Subluxation/translation present"), 4),
            SinsOption("deformity", _("De novo deformity (kyphosis/scoliosis)"), 2),
            SinsOption("normal", _("Normal alignment"), 0),
        ),
    ),
    SinsComponent(
        "collapse",
        _("Vertebral body collapse"),
        _(
            "Loss of height of the vertebral body, or, without collapse, how much of the body the "
            "tumor occupies."
        ),
        (
            # xgettext:no-python-format
            SinsOption("over_50", _("More than 50% collapse"), 3),
            # xgettext:no-python-format
            SinsOption("under_50", _("Less than 50% collapse"), 2),
            SinsOption(
                "no_collapse_over_50_involved",
                # xgettext:no-python-format
                _("No collapse with more than 50% of the body involved"),
                1,
            ),
            SinsOption("none", _("None of the above"), 0),
        ),
    ),
    SinsComponent(
        "posterolateral",
        _("Posterolateral involvement of spinal elements"),
        _(
            "Fracture or replacement with tumor of a facet, pedicle or costovertebral joint, on "
            "one side or both."
        ),
        (
            SinsOption("bilateral", _("Bilateral"), 3),
            SinsOption("unilateral", _("Unilateral"), 1),
            SinsOption("none", _("None of the above"), 0),
        ),
    ),
)

SINS_CATEGORIES: tuple[SinsCategory, ...] = (
    SinsCategory("stable", 0, 6, _("Stable")),
    SinsCategory("indeterminate", 7, 12, _("Indeterminate (possibly impending) instability")),
    SinsCategory("unstable", 13, 18, _("Unstable")),
)

# Fisher et al. recommend surgical consultation from the indeterminate range upwards.
SURGICAL_CONSULTATION_THRESHOLD = 7

ESCC_GRADES: tuple[EsccGrade, ...] = (
    EsccGrade("0", _("Bone only"), _("Bone-only disease.")),
    EsccGrade(
        "1a",
        _("Epidural impingement"),
        _("Epidural impingement without deformation of the thecal sac."),
    ),
    EsccGrade(
        "1b",
        _("Thecal sac deformation"),
        _("Deformation of the thecal sac without spinal cord abutment."),
    ),
    EsccGrade(
        "1c",
        _("Cord abutment"),
        _("Deformation of the thecal sac with spinal cord abutment but no compression."),
    ),
    EsccGrade(
        "2",
        _("Cord compression, CSF visible"),
        _("Spinal cord compression with CSF visible around the cord."),
    ),
    EsccGrade(
        "3",
        _("Cord compression, no CSF visible"),
        _("Spinal cord compression with no CSF visible around the cord."),
    ),
)

_HIGH_GRADE_ESCC = frozenset({"2", "3"})

SPINE_LEVELS: tuple[str, ...] = (
    *(f"C{n}" for n in range(1, 8)),
    *(f"T{n}" for n in range(1, 13)),
    *(f"L{n}" for n in range(1, 6)),
    *(f"S{n}" for n in range(1, 6)),
)

_OCCIPUT_NAMES = ("occiput", "occiput-c1")

# Junctional regions straddle the boundaries (C7-T2, T11-L1, L5-S1), so list them by level
# rather than by region letter.
_LOCATION_LEVELS = {
    "junctional": ("C1", "C2", "C7", "T1", "T2", "T11", "T12", "L1", "L5", "S1"),
    "mobile": ("C3", "C4", "C5", "C6", "L2", "L3", "L4"),
    "semi_rigid": tuple(f"T{n}" for n in range(3, 11)),
    "rigid": ("S2", "S3", "S4", "S5"),
}
_LOCATION_BY_LEVEL = {
    level.lower(): location for location, levels in _LOCATION_LEVELS.items() for level in levels
} | dict.fromkeys(_OCCIPUT_NAMES, "junctional")

_POINTS = {c.name: {o.code: o.points for o in c.options} for c in SINS_COMPONENTS}
_ESCC_DESCRIPTIONS = {g.grade: g.description for g in ESCC_GRADES}


@dataclass(frozen=True)
class SinsResult:
    """A SINS total with its category and the points each component contributed."""

    total: int
    category: str
    # Excluded from the hash because a dict is unhashable; equality still compares it.
    points: dict[str, int] = field(hash=False)
    surgical_consultation: bool


def _unknown(what: str, value: object, allowed) -> ValueError:
    """Build the error naming the bad value and every allowed one."""
    return ValueError(f"Unknown {what} {value!r}; allowed: {', '.join(allowed)}")


def _category_for(total: int) -> str:
    """Return the SINS category code for a total."""
    for category in SINS_CATEGORIES:
        if category.minimum <= total <= category.maximum:
            return category.code
    raise ValueError(f"SINS total {total!r} is outside 0-18")


def sins_score(location, pain, lesion, alignment, collapse, posterolateral) -> SinsResult:
    """Score SINS from the six component codes, as in Fisher et al. 2010."""
    chosen = {
        "location": location,
        "pain": pain,
        "lesion": lesion,
        "alignment": alignment,
        "collapse": collapse,
        "posterolateral": posterolateral,
    }
    points = {}
    for name, code in chosen.items():
        table = _POINTS[name]
        if code not in table:
            raise _unknown(f"SINS {name} code", code, table)
        points[name] = table[code]
    total = sum(points.values())
    return SinsResult(
        total=total,
        category=_category_for(total),
        points=points,
        surgical_consultation=total >= SURGICAL_CONSULTATION_THRESHOLD,
    )


def sins_location_for_level(level) -> str:
    """Return the SINS location code for a vertebral level such as "T11" or "occiput"."""
    key = str(level).strip().lower()
    if key not in _LOCATION_BY_LEVEL:
        raise _unknown("spine level", level, ("occiput", "occiput-C1", *SPINE_LEVELS))
    return _LOCATION_BY_LEVEL[key]


def _escc_key(grade) -> str:
    """Normalise an ESCC grade to its published spelling, or raise ValueError."""
    # Grades are often typed "1A" or passed as the integer 2; both mean the published grade.
    key = str(grade).strip().lower()
    if key not in _ESCC_DESCRIPTIONS:
        raise _unknown("ESCC grade", grade, _ESCC_DESCRIPTIONS)
    return key


def escc_is_high_grade(grade) -> bool:
    """Whether an ESCC grade is high-grade compression (grade 2 or 3)."""
    return _escc_key(grade) in _HIGH_GRADE_ESCC


def escc_description(grade) -> str:
    """Return the plain description of an ESCC grade."""
    return _ESCC_DESCRIPTIONS[_escc_key(grade)]
