"""The canvas reports are drawn on: Sarabun from the start, copyable Thai, fast shaped text.

* It starts in Sarabun: ReportLab's canvas starts in Helvetica and names it in every page's
  preamble, so the PDF would reference a font it does not embed.
* Each shaped run of text (:class:`~app.services.reports.shaping.SourcedStr`) is drawn
  inside a marked-content span ``/Span <</ActualText (the text)>> BDC ... EMC``: text
  extractors (poppler's ``pdftotext`` also in ``-layout`` mode, Acrobat, pdf.js) read the
  span as the text written rather than guessing from the glyphs and their positions.
* A shaped run is written as one ``TJ`` array (glyph codes with HarfBuzz's offsets as
  kerning numbers, text rise only around a raised or lowered mark). ReportLab 5.1.0 writes
  one ``TJ`` per cluster through a slower general loop; the glyphs land at the same places
  (same arithmetic: before a glyph ``-x_offset``, after it ``width - x_advance + x_offset``,
  in thousandths of the font size).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.services.reports.fonts import REGULAR
from app.services.reports.shaping import SourcedStr
from app.services.reports.styles import BODY_SIZE


class ReportCanvas(Canvas):  # type: ignore[misc]
    """ReportLab's canvas, starting in Sarabun, drawing shaped text with ActualText."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The document template passes these as None: "not given".
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or BODY_SIZE
        kwargs["initialLeading"] = kwargs.get("initialLeading") or BODY_SIZE * 1.2
        super().__init__(*args, **kwargs)

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return _TextObject(self, x, y, direction=direction)


class _TextObject(PDFTextObject):  # type: ignore[misc]
    def _formatText(self, text: Any) -> str:
        if not isinstance(text, SourcedStr):
            return str(super()._formatText(text))
        font = pdfmetrics.getFont(self._fontname)
        if not (font._dynamicFont and font.shapable):
            return str(super()._formatText(text))
        code = self._shaped(text, font)
        if not code:
            return code
        return f"/Span <</ActualText {actual_text(text.source)}>> BDC {code} EMC"

    def _shaped(self, text: SourcedStr, font: Any) -> str:
        canvas: Any = self._canvas
        document = canvas._doc
        escape = canvas._escape
        size = self._fontsize
        base_rise = self._rise
        data = text.__shapeData__
        out: list[str] = []
        items: list[Any] = []  # the TJ array: bytearray (glyph codes) and float items

        def number(value: float) -> None:
            if not value:
                return
            if items and not isinstance(items[-1], bytearray):
                items[-1] += value
            else:
                items.append(value)

        def flush() -> None:
            parts = [
                f"({escape(bytes(item))})" if isinstance(item, bytearray) else _number(item)
                for item in items
                if isinstance(item, bytearray) or abs(item) > 1e-9
            ]
            if parts:
                out.append(f"[{' '.join(parts)}] TJ")
            items.clear()

        state: Any = self  # ReportLab's text state, untyped
        index = 0
        for subset, codes in font.splitString(text, document):
            if subset != state._curSubset:
                flush()
                name = font.getSubsetInternalName(subset, document)
                out.append(f"{name} {fp_str(size)} Tf {fp_str(self._leading)} TL")
                state._curSubset = subset
            rise = base_rise
            for code in codes:
                glyph = data[index]
                index += 1
                wanted = base_rise + size * glyph.y_offset / 1000 if glyph.y_offset else base_rise
                if wanted != rise:
                    flush()
                    out.append(f"{fp_str(wanted)} Ts")
                    rise = wanted
                number(-glyph.x_offset)
                if items and isinstance(items[-1], bytearray):
                    items[-1].append(code)
                else:
                    items.append(bytearray((code,)))
                number(glyph.width - glyph.x_advance + glyph.x_offset)
            flush()
            if rise != base_rise:
                out.append(f"{fp_str(base_rise)} Ts")
        return " ".join(out)


def _number(value: float) -> str:
    """A TJ adjustment (thousandths of the font size) to 1/1000 of a unit."""
    rounded = round(value, 3)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.3f}".rstrip("0")


def actual_text(text: str) -> str:
    """``text`` as a PDF text string (UTF-16BE with its byte order mark, in hex)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"
