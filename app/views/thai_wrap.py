"""Thai line breaking where Qt cannot do it itself.

Thai has no spaces between words. Qt finds Thai line-break positions only through libthai,
loaded at run time (Linux desktops have it, Windows does not); without it a long Thai label
breaks only at spaces, so it overflows or is cut. There, the texts the views show get a zero-
width space (U+200B, a line-break opportunity in Unicode's own rules) between Thai words,
found with PyThaiNLP's dictionary segmenter. Nothing changes where Qt breaks Thai by itself.

Only texts on screen are changed: translations of the contexts in :data:`WRAPPED_CONTEXTS`
and the manual's titles shown by the views; never what is stored, printed or logged.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from PySide6.QtCore import QTextBoundaryFinder

ZWSP = "\u200b"
_THAI = re.compile("[\u0e00-\u0e7f]")
_NO_BREAK_BEFORE = ("ๆ", "ฯ", "\u0e31", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e38")
_SAMPLE = "การบริหารจัดการศูนย์"

WRAPPED_CONTEXTS = frozenset(
    {
        "ActivitySection",
        "App",
        "AreaCard",
        "AreaPage",
        "FieldLabel",
        "FirstRunDialog",
        "HomePage",
        "InstallationPage",
        "MainWindow",
        "Messages",
        "Overview",
        "Runner",
        "Store",
        "Tables",
        "Texts",
        "Validation",
    }
)
"""Translation contexts whose texts are only ever shown in widgets."""

DOMAIN_WORDS = frozenset(
    {
        "ปีงบประมาณ",
        "ปีการศึกษา",
        "สถานประกอบการ",
        "สถานศึกษา",
        "อาชีวศึกษา",
        "คุณวุฒิวิชาชีพ",
        "ฝีมือแรงงาน",
        "มาตรฐานอาชีพ",
        "ทวิภาคี",
        "ผู้อำนวยการ",
        "แม่ข่าย",
    }
)
"""Words kept whole although the general dictionary would split them."""

_forced: bool | None = None


@cache
def qt_breaks_thai() -> bool:
    """Whether Qt finds line-break positions inside Thai text on this machine."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, _SAMPLE)
    while (position := finder.toNextBoundary()) != -1:
        if 0 < position < len(_SAMPLE):
            return True
    return False


def needed() -> bool:
    return (not qt_breaks_thai()) if _forced is None else _forced


def force(enabled: bool | None) -> None:
    """Tests: pretend Qt can (False) or cannot (True) break Thai; None to detect again."""
    global _forced
    _forced = enabled


@cache
def _dictionary() -> Any:
    from pythainlp.corpus import thai_words
    from pythainlp.util import dict_trie

    return dict_trie(set(thai_words()) | DOMAIN_WORDS)


@lru_cache(maxsize=4096)
def breakable(text: str) -> str:
    """``text`` with a zero-width space between Thai words (``{fields}`` left whole)."""
    if not _THAI.search(text):
        return text
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, custom_dict=_dictionary(), engine="newmm", keep_whitespace=True)
    out: list[str] = []
    for token in tokens:
        if (
            out
            and _THAI.search(out[-1])
            and _THAI.search(token)
            and not token.startswith(_NO_BREAK_BEFORE)
        ):
            out.append(ZWSP)
        out.append(token)
    return "".join(out)


def for_display(text: str) -> str:
    """What a widget should show for ``text`` on this machine."""
    return breakable(text) if needed() else text
