"""Thai paragraphs for ReportLab: shaped text that wraps at Thai word boundaries."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def markup(text: str) -> str:
    """Plain ``text`` as paragraph markup (``&``, ``<``, ``>`` escaped; line breaks kept)."""
    return escape(text).replace("\n", "<br/>")


def thai_paragraph(text: str, style: ParagraphStyle, *, is_markup: bool = False) -> Paragraph:
    """A paragraph of ``text`` (plain text unless ``is_markup``) in ``style``."""
    return Paragraph(text if is_markup else markup(text), style)
