"""Thai paragraphs for ReportLab: shaped text that wraps at Thai word boundaries.

ReportLab 5.1.0 (pinned: this hooks its paragraph internals) cuts a paragraph into "frag
words" at spaces; each frag word is ``[width, (frag, text), ...]`` and a word of class
``_HSFrag`` is followed by a space, any other word is glued to the next one without a
space. :class:`ThaiParagraph` cuts each word containing Thai at the break positions of
:mod:`app.services.reports.thai_breaks` into pieces, shapes each piece once
(:mod:`app.services.reports.shaping`, cached) and hands ReportLab the pieces as
already-processed frag words: the line breaker then may end a line between two pieces,
and draws two pieces on the same line side by side with nothing between them (no space,
no U+200B, which ReportLab draws as a gap). ``ต่าง ๆ`` (with a space) is kept as one piece.

A piece wider than the line (a long word in a narrow table column) is cut for that width
only (:func:`~app.services.reports.thai_breaks.fallback_offsets`, then between clusters);
the paragraph keeps its pieces, so wrapping at another width starts again from the whole
words. Latin text keeps breaking at spaces.

:func:`thai_layout` switches the engine off (plain ReportLab paragraphs, no shaping, breaks
at spaces only): the floor the report benchmark compares against.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from copy import copy
from itertools import pairwise
from math import ceil
from string import whitespace
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedFragWord
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (
    _FK_TEXT,
    _getFragWords,
    _HSFrag,
    _processed_frags,
    _SHYWord,
    lstrip,
)
from reportlab.platypus.paragraph import split as split_words

from app.services.reports import thai_breaks
from app.services.reports.fonts import register_pdf_fonts
from app.services.reports.shaping import shape

ZWSP = "\u200b"
_SHY = "\u00ad"
_enabled: ContextVar[bool] = ContextVar("thai_layout", default=True)
_plain_styles: WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = WeakKeyDictionary()
_plain_lock = threading.Lock()


class _Piece(ShapedFragWord):  # type: ignore[misc]
    """A shaped piece of a word; the next piece follows it without a space."""

    source: str = ""
    """The text of the piece (its frag holds the glyphs)."""
    whole: _Piece | None = None
    """For a part of an over-wide piece: the piece it was cut from."""
    key: float = 0.0
    """For a part: the width it was cut for."""
    parts: dict[float, list[_Piece]] | None = None
    """For an over-wide piece: its parts for each width it was too wide for."""


class _SpacedPiece(_HSFrag, _Piece):  # type: ignore[misc]
    """The last piece of a word: a space follows it."""


def markup(text: str) -> str:
    """Plain ``text`` as paragraph markup (``&``, ``<``, ``>`` escaped; line breaks kept)."""
    return escape(text).replace("\n", "<br/>")


@contextlib.contextmanager
def thai_layout(enabled: bool) -> Iterator[None]:
    """Paragraphs made inside are Thai-wrapped and shaped (True) or plain ReportLab ones
    with breaks at spaces only and no shaping (False, the benchmark's floor)."""
    token = _enabled.set(enabled)
    try:
        yield
    finally:
        _enabled.reset(token)


def thai_layout_enabled() -> bool:
    return _enabled.get()


def warm_up() -> None:
    """Pay the engine's start-up cost now: fonts, HarfBuzz faces and the dictionary."""
    register_pdf_fonts()
    thai_breaks.load()
    from app.services.reports.fonts import BOLD, REGULAR

    for name in (REGULAR, BOLD):
        shape("ทดสอบ", name, 10.0)


def thai_paragraph(text: str, style: ParagraphStyle, *, is_markup: bool = False) -> Paragraph:
    """A paragraph of ``text`` (plain text unless ``is_markup``) in ``style``."""
    register_pdf_fonts()
    source = text if is_markup else markup(text)
    source = source.replace(ZWSP, "")
    if not _enabled.get():
        return Paragraph(source, _plain(style))
    return ThaiParagraph(source, style)


class ThaiParagraph(Paragraph):  # type: ignore[misc]
    """A ReportLab paragraph whose lines break between Thai words (see the module)."""

    _pieces: list[Any] | None = None
    _broken: tuple[tuple[float, ...], Any, list[Any]] | None = None
    """The last line breaking: the widths, ReportLab's result and the frag words then."""

    def breakLines(self, width: Any) -> Any:
        widths = tuple(width) if isinstance(width, list | tuple) else (width,)
        broken = self._broken
        if broken is not None and broken[0] == widths:
            # Tables wrap each cell several times at the same width.
            self.frags = broken[2]
            return broken[1]
        if self._pieces is None:
            self._pieces = _pieces_of(self.frags)
        self.frags = _fitted(self._pieces, min(widths) if widths else 0.0)
        result = super().breakLines(width)
        self._broken = (widths, result, self.frags)
        return result

    def minWidth(self) -> float:
        """The widest piece: the narrowest width the paragraph wraps in without splitting
        a word between clusters."""
        if self._pieces is None:
            self._pieces = _pieces_of(self.frags)
        return max((float(piece[0]) for piece in self._pieces), default=0.0)


def _plain(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without shaping (made once per style)."""
    with _plain_lock:
        plain = _plain_styles.get(style)
        if plain is None:
            plain = copy(style)
            plain.shaping = 0
            _plain_styles[style] = plain
    return plain


def _pieces_of(frags: list[Any]) -> list[Any]:
    """The paragraph's frag words cut at Thai word boundaries and shaped."""
    if _processed_frags(frags):
        # The second half of a paragraph split across pages: already pieces.
        return _rejoined(_getFragWords(frags))
    single = _single_text(frags)
    if single is not None:
        return _text_pieces(*single)
    pieces: list[Any] = []
    for word in _with_repeat_marks_joined(_getFragWords(frags)):
        pieces.extend(_cut(word))
    return pieces


def _single_text(frags: list[Any]) -> tuple[Any, str] | None:
    """The one frag and its text, for a paragraph of plain text in one style."""
    if len(frags) != 1:
        return None
    frag = frags[0]
    text = getattr(frag, "text", None)
    if not text or hasattr(frag, "cbDefn") or hasattr(frag, "lineBreak") or _SHY in text:
        return None
    return frag, text


def _text_pieces(frag: Any, text: str) -> list[Any]:
    """What ReportLab's ``_getFragWords`` and :func:`_cut` make of one frag of plain text,
    without measuring each whole word first (the pieces are measured when shaped)."""
    frag._fkind = _FK_TEXT
    text = lstrip(text)
    words = split_words(text)
    if not words:
        return [_piece(frag, "", False)]
    merged: list[str] = []
    for word in words:
        if merged and word.startswith("ๆ"):
            merged[-1] += " " + word
        else:
            merged.append(word)
    trailing = text[-1] in whitespace
    last = len(merged) - 1
    pieces: list[Any] = []
    for index, word in enumerate(merged):
        spaced = index < last or trailing
        bounds = [0, *thai_breaks.break_offsets(word), len(word)]
        pieces.extend(
            _piece(frag, word[start:end], spaced and end == len(word))
            for start, end in pairwise(bounds)
        )
    return pieces


def _with_repeat_marks_joined(words: list[Any]) -> list[Any]:
    """Words with ``ๆ`` after a space joined to the word before (``ต่าง ๆ`` stays whole)."""
    merged: list[Any] = []
    for word in words:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and isinstance(previous, _HSFrag)
            and len(previous) == 2
            and len(word) == 2
            and _plain_text_word(previous)
            and _plain_text_word(word)
            and previous[1][0] is word[1][0]
            and word[1][1].startswith("ๆ")
        ):
            frag = word[1][0]
            text = previous[1][1] + " " + word[1][1]
            width = pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
            merged[-1] = (_HSFrag if isinstance(word, _HSFrag) else list)([width, (frag, text)])
        else:
            merged.append(word)
    return merged


def _plain_text_word(word: Any) -> bool:
    """A word of text only (no image, link anchor or line break, no soft hyphen)."""
    if isinstance(word, _SHYWord) or len(word) < 2:
        return False
    return all(
        not hasattr(frag, "cbDefn") and not hasattr(frag, "lineBreak") and text
        for frag, text in word[1:]
    )


def _cut(word: Any) -> list[Any]:
    """One frag word as shaped pieces, cut where a line may break."""
    spaced = isinstance(word, _HSFrag)
    if not _plain_text_word(word):
        return [word]
    if len(word) == 2:
        frag, text = word[1]
        offsets = thai_breaks.break_offsets(text)
        bounds = [0, *offsets, len(text)]
        pieces = [
            _piece(frag, text[start:end], spaced and end == len(text))
            for start, end in pairwise(bounds)
        ]
        return pieces
    return _cut_styled(word, spaced)


def _cut_styled(word: Any, spaced: bool) -> list[Any]:
    """A word in several styles (markup inside a word) cut at its breaks."""
    text = "".join(t for _, t in word[1:])
    return _split_entries(word[1:], thai_breaks.break_offsets(text), spaced)


def _split_entries(
    entries: Sequence[tuple[Any, str]], offsets: Sequence[int], spaced: bool
) -> list[Any]:
    """Text in one or more styles (``(frag, text)`` entries) cut at ``offsets`` of the whole
    text into pieces, each part shaped in its own style (a piece may hold several)."""
    cut = set(offsets)
    pieces: list[Any] = []
    current: list[tuple[Any, str]] = []
    position = 0
    for frag, part in entries:
        start = 0
        for index in range(1, len(part) + 1):
            at = position + index
            if at in cut or index == len(part):
                if index > start:
                    current.append((frag, part[start:index]))
                start = index
                if at in cut and current:
                    pieces.append(_styled_piece(current, spaced=False))
                    current = []
        position += len(part)
    if current:
        pieces.append(_styled_piece(current, spaced=spaced))
    return pieces


def _piece(frag: Any, text: str, spaced: bool) -> Any:
    width, glyphs = shape(text, frag.fontName, frag.fontSize)
    piece = (_SpacedPiece if spaced else _Piece)([width, (frag, glyphs)])
    piece.source = text
    return piece


def _styled_piece(parts: list[tuple[Any, str]], *, spaced: bool) -> Any:
    entries: list[Any] = [0.0]
    for frag, text in parts:
        width, glyphs = shape(text, frag.fontName, frag.fontSize)
        entries[0] += width
        entries.append((frag, glyphs))
    piece = (_SpacedPiece if spaced else _Piece)(entries)
    piece.source = "".join(text for _, text in parts)
    return piece


def _fitted(pieces: list[Any], width: float) -> list[Any]:
    """``pieces`` with each piece wider than ``width`` cut into parts that fit (if any can)."""
    if width <= 0 or all(piece[0] <= width for piece in pieces):
        return pieces
    fitted: list[Any] = []
    for piece in pieces:
        if piece[0] > width and isinstance(piece, _Piece):
            fitted.extend(_parts(piece, width))
        else:
            fitted.append(piece)
    return fitted


def _parts(piece: Any, width: float) -> list[Any]:
    """An over-wide piece cut at the word boundaries left out for it, and any part still
    wider than ``width`` between its clusters (made once per piece and width)."""
    key = round(width, 2)
    if piece.parts is None:
        piece.parts = {}
    parts = piece.parts.get(key)
    if parts is None:
        parts = []
        for part in _cut_at(piece, thai_breaks.fallback_offsets(piece.source)):
            if part[0] > width:
                frag = part[1][0]
                cuts = _even_cuts(part.source, frag.fontName, frag.fontSize, width)
                parts.extend(_cut_at(part, cuts))
            else:
                parts.append(part)
        for part in parts:
            part.whole = piece
            part.key = key
        piece.parts[key] = parts
    return list(parts)


def _even_cuts(text: str, font_name: str, font_size: float, width: float) -> tuple[int, ...]:
    """Where to cut a word wider than ``width``, between clusters: into as few parts as fit
    the line, of about even widths, preferably where a shorter dictionary word ends
    (``สถาน|ประกอบการ`` rather than one letter left at the end of a line)."""
    clusters = thai_breaks.cluster_offsets(text)
    if not clusters:
        return ()
    good = thai_breaks.inner_word_offsets(text)
    at = {o: pdfmetrics.stringWidth(text[:o], font_name, font_size) for o in clusters}
    total = pdfmetrics.stringWidth(text, font_name, font_size)
    penalty = 0.5 * width
    for count in range(max(2, ceil(total / width)), len(clusters) + 2):
        cuts: list[int] = []
        previous = 0.0
        for step in range(1, count):
            ideal = total * step / count
            candidates = [
                offset
                for offset in clusters
                if (not cuts or offset > cuts[-1]) and at[offset] - previous <= width
            ]
            if not candidates:
                break
            best = min(
                candidates, key=lambda o: abs(at[o] - ideal) + (0.0 if o in good else penalty)
            )
            cuts.append(best)
            previous = at[best]
        else:
            if total - previous <= width:
                return tuple(cuts)
    return clusters


def _cut_at(piece: Any, offsets: tuple[int, ...]) -> list[Any]:
    if not offsets:
        return [piece]
    spaced = isinstance(piece, _HSFrag)
    if len(piece) == 2:
        frag = piece[1][0]
        text = piece.source
        bounds = [0, *offsets, len(text)]
        return [
            _piece(frag, text[start:end], spaced and end == len(text))
            for start, end in pairwise(bounds)
        ]
    entries = [(frag, getattr(glyphs, "source", glyphs)) for frag, glyphs in piece[1:]]
    return _split_entries(entries, offsets, spaced)


def _rejoined(words: list[Any]) -> list[Any]:
    """The parts of an over-wide piece put back together when all of them are there."""
    result: list[Any] = []
    index = 0
    while index < len(words):
        word = words[index]
        whole = getattr(word, "whole", None)
        if whole is not None and whole.parts:
            parts = whole.parts.get(word.key, ())
            candidates = words[index : index + len(parts)]
            if (
                parts
                and len(candidates) == len(parts)
                and all(a is b for a, b in zip(candidates, parts, strict=True))
            ):
                result.append(whole)
                index += len(parts)
                continue
        result.append(word)
        index += 1
    return result
