"""Sarabun for ReportLab, registered once per process (the engine's start-up cost).

Text copied out of a PDF is read through each font's ToUnicode map: one entry per glyph
code. Shaping (HarfBuzz) replaces some Thai letters and marks by glyphs that have no
character of their own (a tone mark moved down, ญ/ฐ without their tail, nikhahit+tone
ligatures), and ReportLab gives those glyphs private-use codes (U+E000...) that copy out
as nonsense; it also decomposes SARA AM (ำ) into NIKHAHIT + SARA AA, which copy out as
two characters. :class:`SarabunFont` lets the shaper give a glyph a code of its own whose
ToUnicode entry is the text that glyph stands for (possibly empty); see
:mod:`app.services.reports.shaping`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import fontpkg_sarabun
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont
from reportlab.platypus import tables

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
ITALIC = "Sarabun-Italic"
BOLD_ITALIC = "Sarabun-BoldItalic"

_FILES = {
    REGULAR: "Sarabun-Regular.ttf",
    BOLD: "Sarabun-Bold.ttf",
    ITALIC: "Sarabun-Italic.ttf",
    BOLD_ITALIC: "Sarabun-BoldItalic.ttf",
}
_PRIVATE_FIRST = 0xF000
_PRIVATE_LAST = 0xF8FF
_lock = threading.Lock()
_done = False


class SarabunFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose ToUnicode map can say what a shaped glyph stands for."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=True)
        self._texts: dict[int, str] = {}
        """Glyph codes given out by :meth:`code_for` -> the text each copies out as."""
        self._codes: dict[tuple[int, str], int] = {}
        self._next_private = _PRIVATE_FIRST
        self._code_lock = threading.Lock()

    def code_for(self, glyph: int, text: str) -> int:
        """A code drawing glyph ``glyph`` that copies out as ``text`` (made once, kept)."""
        key = (glyph, text)
        code = self._codes.get(key)
        if code is not None:
            return code
        with self._code_lock:
            code = self._codes.get(key)
            if code is not None:
                return code
            face: Any = self.face
            code = self._next_private
            while code in face.charToGlyph:
                code += 1
            if code > _PRIVATE_LAST:
                raise RuntimeError("no private glyph codes left")
            self._next_private = code + 1
            width = face.charWidths.get(face.glyphToChar.get(glyph, [None])[0], 0)
            face.charToGlyph[code] = glyph
            face.glyphToChar.setdefault(glyph, []).append(code)
            face.charWidths[code] = width
            self._texts[code] = text
            self._codes[key] = code
            return code

    def text_of(self, code: int) -> str | None:
        """The text a code from :meth:`code_for` copies out as (None: any other code)."""
        return self._texts.get(code)

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        if not self._texts:
            return
        face: Any = self.face
        for number, subset in enumerate(subsets):
            if not any(code in self._texts for code in subset):
                continue
            base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, subset, self._texts)


def to_unicode_cmap(fontname: str, subset: Sequence[int], texts: dict[int, str]) -> str:
    """ReportLab's ToUnicode CMap, with each code of ``texts`` mapped to its text."""

    def target(code: int) -> str:
        text = texts.get(code)
        if text is None:
            return f"{code:04X}"
        return text.encode("utf-16-be").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{target(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def font_file(name: str) -> Path:
    return Path(fontpkg_sarabun.ROOT) / "files" / _FILES[name]


def register_pdf_fonts() -> None:
    """Register the four Sarabun faces with ReportLab and map <b>/<i> to them (once).

    Table cells default to Sarabun too: ReportLab's default, Helvetica, is set on the
    canvas for every table drawn and would be referenced by the PDF without being embedded.
    """
    global _done
    with _lock:
        if _done:
            return
        for name in _FILES:
            pdfmetrics.registerFont(SarabunFont(name, str(font_file(name))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        tables.CellStyle.fontname = REGULAR
        _done = True
