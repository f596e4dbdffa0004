"""Shaped Thai text for ReportLab that copies out of the PDF as the Thai that was written.

ReportLab shapes with HarfBuzz (``shapeFragWord``): each glyph is drawn through a code of
the font, and text copied out of the PDF is read through the font's ToUnicode map, one
entry per code. Measured with Sarabun and ``pdftotext`` (poppler), plain ReportLab 5.1.0
copies out wrongly:

* SARA AM (ำ, U+0E33): HarfBuzz always decomposes it into NIKHAHIT + SARA AA (ํ U+0E4D,
  า U+0E32), so ``ทำ`` copies out as ``ทํา`` (looks the same, but search and sort fail);
* glyphs with no character of their own get private-use codes (U+E000...) that copy out
  as nonsense: the tone marks ่ ้ moved down on letters without an upper vowel
  (``uni0E48.small``), upper vowels and tone marks moved left after ป ฝ ฟ
  (``uni0E35.narrow``...), the nikhahit + tone ligatures of ``น้ำ`` (``uni0E4D0E49``), ญ and ฐ
  without their tail above a lower vowel (``yoYingthai.less``, ``thoThanthai.less``);
* the Latin ligature "fi" copies out as U+FB01.

:func:`shape` fixes this per HarfBuzz cluster (the glyphs that together stand for a run
of the text): when the glyphs' codes would not copy out as the cluster's text, each glyph
gets a code of its own (:meth:`SarabunFont.code_for`) whose ToUnicode entry is its share
of the text - the first glyphs one character each, the last one the rest; a cluster with
more glyphs than characters (SARA AM: ํ + า for ำ) maps the extra glyphs to nothing.
The glyphs drawn and their positions do not change.

That is not enough for ``pdftotext -layout`` (and other extractors that sort glyphs by
position): a zero-width mark drawn where the next letter starts looks to poppler like an
overprinted duplicate (``ร่วม`` came out ``รว`` + ``่ ม`` on another line), and a mark
raised or lowered with the text rise lands on a line of its own. So every shaped run also
carries its source text (:class:`SourcedStr`), and :mod:`app.services.reports.canvas`
wraps each run it draws in a marked-content span whose ``/ActualText`` is that text: poppler,
Acrobat and pdf.js copy and search the span as the text written, whatever the glyphs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, _sdSimple, shapeFragWord

from app.services.reports.fonts import SarabunFont

_PRIVATE = range(0xE000, 0xF900)
_FEATURES = {"kern": True, "liga": True, "dlig": True}


class SourcedStr(ShapedStr):  # type: ignore[misc]
    """Shaped glyphs that remember the text they were shaped from (``source``).

    ReportLab joins the pieces of a line with ``+``; the sum of two sourced strings (or of
    one and plain text, such as the space between words) is sourced too. Any other
    operation gives a plain ``ShapedStr``.
    """

    source: str

    def __new__(cls, glyphs: str, shapeData: list[Any], source: str) -> SourcedStr:
        self = super().__new__(cls, glyphs, shapeData=shapeData)
        self.source = source
        return cast(SourcedStr, self)

    def __add__(self, other: str) -> str:
        mine = self.__shapeData__
        if isinstance(other, SourcedStr):
            return SourcedStr(
                str.__add__(self, other), mine + other.__shapeData__, self.source + other.source
            )
        if isinstance(other, ShapedStr):
            return cast(str, ShapedStr.__add__(self, other))
        return SourcedStr(
            str.__add__(self, other), mine + len(other) * [_sdSimple], self.source + other
        )

    def __radd__(self, other: str) -> str:
        if isinstance(other, ShapedStr):
            return cast(str, ShapedStr.__radd__(self, other))
        return SourcedStr(
            str(other) + str(self),
            len(other) * [_sdSimple] + self.__shapeData__,
            other + self.source,
        )


@lru_cache(maxsize=65536)
def shape(text: str, font_name: str, font_size: float) -> tuple[float, str]:
    """``text`` shaped in the font: its width in points and the glyph string to draw.

    The glyph string is a :class:`SourcedStr` (plain ``text`` when the font cannot
    shape). Cached: table cells and labels repeat.
    """
    font = pdfmetrics.getFont(font_name)
    width = pdfmetrics.stringWidth(text, font_name, font_size)
    if not text or not getattr(font, "shapable", False):
        return width, text
    word = shapeFragWord(
        [width, (ABag(fontName=font_name, fontSize=font_size), text)], _FEATURES, force=True
    )
    if len(word) != 2 or not isinstance(word[1][1], ShapedStr):
        return width, text
    glyphs = word[1][1]
    if isinstance(font, SarabunFont):
        glyphs = readable(text, glyphs, font)
    return float(word[0]), SourcedStr(str(glyphs), glyphs.__shapeData__, text)


def readable(source: str, glyphs: ShapedStr, font: SarabunFont) -> ShapedStr:
    """``glyphs`` (shaped from ``source``) with codes that copy out as ``source``."""
    data = cast(list[Any], glyphs.__shapeData__)
    count = len(data)
    if count != len(glyphs):
        return glyphs
    codes = [ord(char) for char in glyphs]
    changed = False
    start = 0
    while start < count:
        cluster = data[start].cluster
        end = start
        while end < count and data[end].cluster == cluster:
            end += 1
        last = data[end].cluster if end < count else len(source)
        if not 0 <= cluster < last <= len(source):
            return glyphs  # not a left-to-right run: leave it as ReportLab made it
        wanted = source[cluster:last]
        if "".join(_copies_as(font, code) for code in codes[start:end]) != wanted:
            for index, share in zip(range(start, end), _shares(wanted, end - start), strict=True):
                glyph = font.face.charToGlyph.get(codes[index])
                if glyph is None:
                    return glyphs
                codes[index] = font.code_for(glyph, share)
            changed = True
        start = end
    if not changed:
        return glyphs
    return ShapedStr("".join(map(chr, codes)), shapeData=data)


def _copies_as(font: SarabunFont, code: int) -> str:
    text = font.text_of(code)
    if text is not None:
        return text
    if code in _PRIVATE or 0xFB00 <= code <= 0xFB06:
        return "\ufffd"
    return chr(code)


def _shares(text: str, glyphs: int) -> list[str]:
    """``text`` shared among ``glyphs`` glyphs in order: one character each, the last glyph
    the rest; with fewer characters than glyphs the first glyphs get nothing."""
    if glyphs <= len(text):
        return [*text[: glyphs - 1], text[glyphs - 1 :]]
    return [""] * (glyphs - len(text)) + list(text)
