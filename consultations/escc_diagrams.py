"""Schematic axial diagrams of the ESCC grades (Bilsky et al. 2010), drawn by hand.

Radiological convention: an axial slice seen from below, front (anterior) at the top. The bone
(vertebral body, pedicles, laminae, spinous and transverse processes) is the same in every
grade; what changes is the tumor in the anterior epidural space, the thecal sac (filled with
CSF) and the spinal cord inside it. Coordinates are in a 240 x 220 box: the spinal canal spans
x 86-154, y 105-169; the thecal sac is a circle of radius 26 at (120, 138); the cord is an
ellipse 28 x 18 at (120, 140). The arch is drawn before the body, which hides its ends.
"""

from typing import NamedTuple

from django.utils.translation import gettext_lazy as _


class EsccDiagram(NamedTuple):
    """The shapes that differ between grades, and a text alternative describing them."""

    tumor: str
    sac: str
    cord: str
    alt: str
    sac_holds_csf: bool = True


# The bone, drawn under every grade.
VERTEBRAL_BODY = (
    "M50 66 C50 22 190 22 190 66 C190 96 178 108 156 108 Q120 102 84 108 C62 108 50 96 50 66 Z"
)
NEURAL_ARCH = "M84 90 C76 134 84 168 120 176 C156 168 164 134 156 90"
SPINOUS_PROCESS = "M110 172 L120 212 L130 172 Z"
TRANSVERSE_PROCESSES = "M82 130 L36 146 M158 130 L204 146"
BONE = {
    "vertebral_body": VERTEBRAL_BODY,
    "neural_arch": NEURAL_ARCH,
    "spinous_process": SPINOUS_PROCESS,
    "transverse_processes": TRANSVERSE_PROCESSES,
}

_SAC_ROUND = "M94 138 A26 26 0 1 0 146 138 A26 26 0 1 0 94 138 Z"
_CORD_ROUND = "M106 140 A14 9 0 1 0 134 140 A14 9 0 1 0 106 140 Z"


def _dented_sac(depth_path):
    """The thecal sac pushed in from the front: the round sac with its top replaced."""
    return (
        f"M94 138 A26 26 0 0 0 146 138 A26 26 0 0 0 138.4 119.6 {depth_path} A26 26 0 0 0 94 138 Z"
    )


def _tumor_to(depth_path):
    """A tumor growing from the vertebral body back into the canal, ending in depth_path."""
    return (
        f"M96 68 C100 52 140 52 144 68 C148 86 146 104 138.4 119.6 {depth_path} "
        "C94 104 92 86 96 68 Z"
    )


# The front of the sac (and the back of the tumor), from right to left, at each depth.
_DENT_1B = "C137 124 130 125 120 125 C110 125 103 124 101.6 119.6"
_DENT_1C = "C136 129 130 131 120 131 C110 131 104 129 101.6 119.6"
_DENT_2 = "C137 134 131 138 120 138 C109 138 103 134 101.6 119.6"

# Grade 3: the cord flattened against the back of the canal, the sac collapsed onto it.
_CORD_3 = (
    "M103 156 C103 149 112 147 120 147 C128 147 137 149 137 156 C137 162 128 165 120 165 "
    "C112 165 103 162 103 156 Z"
)

ESCC_DIAGRAMS = {
    "0": EsccDiagram(
        tumor="M96 52 C100 36 138 34 146 50 C154 66 140 84 120 82 C100 82 92 66 96 52 Z",
        sac=_SAC_ROUND,
        cord=_CORD_ROUND,
        alt=_(
            "Grade 0 diagram: the tumor is inside the vertebral body only. The space around "
            "the thecal sac, the sac and the spinal cord are clear."
        ),
    ),
    "1a": EsccDiagram(
        tumor="M96 68 C100 52 140 52 144 68 C148 84 146 100 140 107 C134 112 128 112 120 112 "
        "C112 112 106 112 100 107 C94 100 92 84 96 68 Z",
        sac=_SAC_ROUND,
        cord=_CORD_ROUND,
        alt=_(
            "Grade 1a diagram: the tumor has grown out of the back of the vertebral body into "
            "the epidural space and touches the front of the thecal sac without changing its "
            "round shape."
        ),
    ),
    "1b": EsccDiagram(
        tumor=_tumor_to(_DENT_1B),
        sac=_dented_sac(_DENT_1B),
        cord=_CORD_ROUND,
        alt=_(
            "Grade 1b diagram: the tumor pushes in the front of the thecal sac. Fluid (CSF) "
            "still separates the tumor from the spinal cord."
        ),
    ),
    "1c": EsccDiagram(
        tumor=_tumor_to(_DENT_1C),
        sac=_dented_sac(_DENT_1C),
        cord=_CORD_ROUND,
        alt=_(
            "Grade 1c diagram: the tumor pushes in the front of the thecal sac and touches the "
            "spinal cord, but the cord keeps its oval shape."
        ),
    ),
    "2": EsccDiagram(
        tumor=_tumor_to(_DENT_2),
        sac=_dented_sac(_DENT_2),
        cord="M105 145 C105 139 112 138 120 138 C128 138 135 139 135 145 C135 151 128 153 120 153 "
        "C112 153 105 151 105 145 Z",
        alt=_(
            "Grade 2 diagram: the tumor flattens the front of the spinal cord. Fluid (CSF) is "
            "still visible around the sides and back of the cord."
        ),
    ),
    "3": EsccDiagram(
        tumor="M96 68 C100 52 140 52 144 68 C148 90 150 110 150 130 C151 146 146 158 138 162 "
        "C138 150 132 146 120 146 C108 146 102 150 102 162 C94 158 89 146 90 130 "
        "C90 110 92 90 96 68 Z",
        sac=_CORD_3,
        cord=_CORD_3,
        alt=_(
            "Grade 3 diagram: the tumor fills most of the spinal canal and flattens the spinal "
            "cord against the back of the canal. No fluid (CSF) is visible around the cord."
        ),
        sac_holds_csf=False,
    ),
}
