"""The official layout of a Thai government document, in Sarabun.

A4; left margin 3 cm, right 2 cm; body equivalent to 16 pt TH Sarabun New (Google Sarabun
is larger per point: 11.5 pt); single spacing; shaping on for every style so Thai marks
stack on their letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from app.services.reports.fonts import BOLD, REGULAR

PAGE_SIZE = A4
LEFT_MARGIN = 3 * cm
RIGHT_MARGIN = 2 * cm
TOP_MARGIN = 2.5 * cm
BOTTOM_MARGIN = 2 * cm
FRAME_WIDTH = PAGE_SIZE[0] - LEFT_MARGIN - RIGHT_MARGIN

BODY_SIZE = 11.5
"""Sarabun points that read like a 16 pt TH Sarabun New body."""
LEADING = BODY_SIZE * 1.45
TABLE_SIZE = 10.0
HEADER_FILL = colors.HexColor("#e6eef5")
GRID = colors.HexColor("#8c8c8c")
MUTED = colors.HexColor("#555555")


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": BODY_SIZE,
        "leading": LEADING,
        "alignment": TA_LEFT,
        "shaping": 1,
        "splitLongWords": 1,
        # ReportLab lets a line run 5% of its spaces' width past the margin by default.
        "spaceShrinkage": 0,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class ReportStyles:
    body: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    cell: ParagraphStyle
    cell_number: ParagraphStyle
    cell_header: ParagraphStyle
    caption: ParagraphStyle
    note: ParagraphStyle
    page_number: ParagraphStyle
    certificate_title: ParagraphStyle
    certificate_name: ParagraphStyle
    certificate_body: ParagraphStyle


def make_styles() -> ReportStyles:
    return ReportStyles(
        body=_style("body", spaceAfter=4, firstLineIndent=0),
        title=_style(
            "title", fontName=BOLD, fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=10
        ),
        subtitle=_style("subtitle", fontSize=14, leading=22, alignment=TA_CENTER, spaceAfter=6),
        heading1=_style(
            "heading1", fontName=BOLD, fontSize=14, leading=22, spaceBefore=10, spaceAfter=6
        ),
        heading2=_style(
            "heading2", fontName=BOLD, fontSize=12.5, leading=19, spaceBefore=8, spaceAfter=4
        ),
        heading3=_style(
            "heading3", fontName=BOLD, fontSize=BODY_SIZE, leading=LEADING, spaceBefore=6
        ),
        cell=_style("cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.4),
        cell_number=_style(
            "cell_number", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.4, alignment=TA_RIGHT
        ),
        cell_header=_style(
            "cell_header",
            fontName=BOLD,
            fontSize=TABLE_SIZE,
            leading=TABLE_SIZE * 1.4,
            alignment=TA_CENTER,
        ),
        caption=_style(
            "caption", fontSize=10, leading=15, alignment=TA_CENTER, textColor=MUTED, spaceAfter=8
        ),
        note=_style("note", fontSize=10, leading=15, textColor=MUTED, spaceAfter=4),
        page_number=_style("page_number", alignment=TA_CENTER),
        certificate_title=_style(
            "certificate_title", fontName=BOLD, fontSize=26, leading=40, alignment=TA_CENTER
        ),
        certificate_name=_style(
            "certificate_name", fontName=BOLD, fontSize=22, leading=34, alignment=TA_CENTER
        ),
        certificate_body=_style(
            "certificate_body", fontSize=14, leading=22, alignment=TA_CENTER, spaceAfter=6
        ),
    )
