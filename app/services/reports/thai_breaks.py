"""Where a line of Thai text may break.

Thai writes the words of a sentence without spaces, and ReportLab breaks lines only at
spaces. :func:`break_offsets` gives the positions inside a space-free run of text where a
line may break: the word boundaries of PyThaiNLP's dictionary segmenter (``newmm``, with
the words of vocational education added, :data:`DOMAIN_WORDS`), except

* inside a cluster (a letter with its vowels and tone marks; newmm never cuts one);
* before ``ๆ``, ``ฯ``, ``ๅ``, a closing bracket or quote, ``.``, ``,``, ``:``, ``;``, ``%``...
  and after an opening bracket or quote (``กรุงเทพฯ``, ``ต่างๆ``, ``(ปวช.)`` stay whole);
* inside a number (``1,234.50``, ``๒๕๖๙``, ``30/09/2569``), an abbreviation with dots
  (``พ.ศ.``, ``ทล.บ.``, ``ร.ต.``), ``ฯลฯ``, or a run of Latin letters and digits;
* between pieces of a word the dictionary does not know (a name such as ``นวมินทราชูทิศ``
  comes out of newmm as fragments ``นว|มิ|นท|ร|รา``: they are kept together) and before a
  lone letter the dictionary does not know.

Every rule only removes break positions from newmm's, so a line breaks only where newmm
finds a word boundary. A piece wider than a whole line is first cut at the boundaries the
rules left out (:func:`fallback_offsets`: ``(องค์การมหาชน)`` in a narrow column becomes
``(องค์การมหาชน`` + ``)`` rather than a word cut in two), and a word still wider than the line
between clusters (:func:`cluster_offsets`), never inside one.

Results are cached: reports repeat the same cells and labels many times. The dictionary is
loaded once per process (:func:`load`), the engine's start-up cost with the fonts.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

DOMAIN_WORDS = frozenset(
    {
        "อาชีวศึกษา",
        "ทวิภาคี",
        "สถานประกอบการ",
        "สถานศึกษา",
        "ปีงบประมาณ",
        "ปีการศึกษา",
        "ผู้อำนวยการ",
        "สมรรถนะ",
        "ประกาศนียบัตร",
        "วุฒิบัตร",
        "ครูนิเทศก์",
        "ครูฝึก",
        "แม่ข่าย",
        "เครือข่าย",
        "กำลังคน",
        "ตัวชี้วัด",
        "คลังปัญญา",
        "เมคคาทรอนิกส์",
        "แมคคาทรอนิกส์",
        "พณิชยการ",
        "ปวช",
        "ปวส",
        "สอศ",
        "ปิโตรเคมี",
        "โลจิสติกส์",
        "ซัพพลายเชน",
        "มาบตาพุด",
        "นวมินทราชูทิศ",
        "ติณสูลานนท์",
        "กาญจนาภิเษก",
    }
)
"""Words of vocational education kept whole that the general dictionary would cut."""

_THAI = re.compile("[\u0e01-\u0e5b]")
_THAI_LETTER = re.compile("^[\u0e01-\u0e2e]$")
_THAI_WORD = re.compile("^[\u0e01-\u0e4e]+$")
_NO_BREAK_BEFORE = frozenset("ๆฯๅ.,;:!?)]}>%…’”\"'-–—/\u00a0")
_NO_BREAK_AFTER = frozenset("([{<‘“\"'\u00a0")
_ATOMIC = re.compile(
    "|".join(
        (
            # numbers: 1,234.50  ๒๕๖๙  30/09/2569  08:30  2566-2570
            r"[0-9๐-๙]+(?:[.,:/\-][0-9๐-๙]+)*",
            # abbreviations with dots: พ.ศ.  ทล.บ.  ร.ต.  ม.ค.
            r"(?:[\u0e01-\u0e2e\u0e40-\u0e44][\u0e30-\u0e3a\u0e47-\u0e4e]*){1,4}\."
            r"(?:(?:[\u0e01-\u0e2e\u0e40-\u0e44][\u0e30-\u0e3a\u0e47-\u0e4e]*){1,4}\.)+",
            "ฯลฯ",
            # Latin words, codes and numbers: they break at spaces only
            r"[A-Za-z0-9][A-Za-z0-9_@&.'\-]*[A-Za-z0-9]",
        )
    )
)
_lock = threading.Lock()
_trie: Any = None
_words: frozenset[str] = frozenset()


def load() -> None:
    """Load the dictionary (once per process; about half a second)."""
    global _trie, _words
    if _trie is not None:
        return
    with _lock:
        if _trie is not None:
            return
        from pythainlp.corpus import thai_words
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import dict_trie

        words = frozenset(thai_words()) | DOMAIN_WORDS
        trie = dict_trie(words)
        word_tokenize("ก", custom_dict=trie, engine="newmm")  # pythainlp's own lazy set-up
        _words = words
        _trie = trie


def has_thai(text: str) -> bool:
    return _THAI.search(text) is not None


@lru_cache(maxsize=65536)
def break_offsets(text: str) -> tuple[int, ...]:
    """The offsets ``0 < i < len(text)`` where a line may break inside ``text`` (a run
    without breaking spaces), in increasing order; () for text without Thai."""
    if not has_thai(text):
        return ()
    load()
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, custom_dict=_trie, engine="newmm", keep_whitespace=True)
    if "".join(tokens) != text:
        return ()
    tokens = _join_unknown(tokens)
    closed = _atomic_inside(text)
    offsets: list[int] = []
    position = 0
    for token in tokens[:-1]:
        position += len(token)
        if position not in closed and _may_break(text, position):
            offsets.append(position)
    return tuple(offsets)


@lru_cache(maxsize=16384)
def fallback_offsets(text: str) -> tuple[int, ...]:
    """For a piece wider than a whole line: every word boundary newmm finds in it, also
    those :func:`break_offsets` leaves out (next to brackets and punctuation, between the
    fragments of an unknown word), still never inside a number or an abbreviation."""
    if not has_thai(text):
        return ()
    load()
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, custom_dict=_trie, engine="newmm", keep_whitespace=True)
    if "".join(tokens) != text:
        return ()
    closed = _atomic_inside(text)
    offsets: list[int] = []
    position = 0
    for token in tokens[:-1]:
        position += len(token)
        if position not in closed and not text[position].isspace():
            offsets.append(position)
    return tuple(offsets)


@lru_cache(maxsize=16384)
def inner_word_offsets(text: str) -> frozenset[int]:
    """The boundaries of ``text`` cut into as few shorter dictionary words as possible
    (``สถาน|ประกอบการ``, not ``สถาน|ประ|กอบ|การ``): the better places to split a word wider
    than a line. Empty when no such cut covers the whole text."""
    if not has_thai(text):
        return frozenset()
    load()
    length = len(text)
    fewest: dict[int, tuple[int, int]] = {0: (0, 0)}  # end -> (words, previous end)
    for start in range(length):
        if start not in fewest:
            continue
        count = fewest[start][0] + 1
        for word in _trie.prefixes(text[start:]):
            end = start + len(word)
            if len(word) < length and (end not in fewest or fewest[end][0] > count):
                fewest[end] = (count, start)
    if length not in fewest:
        return frozenset()
    offsets: set[int] = set()
    end = fewest[length][1]
    while end > 0:
        offsets.add(end)
        end = fewest[end][1]
    return frozenset(offsets)


@lru_cache(maxsize=16384)
def cluster_offsets(text: str) -> tuple[int, ...]:
    """The offsets between Thai character clusters (and between other characters) where
    an over-wide word may be split; never inside a cluster nor before ``ๆ``, ``ฯ``, ``.``."""
    from pythainlp.tokenize import subword_tokenize

    pieces = subword_tokenize(text, engine="tcc")
    if "".join(pieces) != text:
        return ()
    offsets: list[int] = []
    position = 0
    for piece in pieces[:-1]:
        position += len(piece)
        if _may_break(text, position) and not (
            _latin(text[position - 1]) and _latin(text[position])
        ):
            offsets.append(position)
    return tuple(offsets)


def _join_unknown(tokens: list[str]) -> list[str]:
    """Fragments of a word the dictionary does not know joined back together."""
    joined: list[str] = []
    previous_unknown = False
    for token in tokens:
        unknown = _THAI_WORD.match(token) is not None and token not in _words
        lone = _THAI_LETTER.match(token) is not None and token not in _words
        if joined and has_thai(joined[-1]) and ((unknown and previous_unknown) or lone):
            joined[-1] += token
        else:
            joined.append(token)
        previous_unknown = unknown
    return joined


def _atomic_inside(text: str) -> frozenset[int]:
    """Offsets strictly inside a number, an abbreviation, ``ฯลฯ`` or a Latin word."""
    inside: set[int] = set()
    for match in _ATOMIC.finditer(text):
        inside.update(range(match.start() + 1, match.end()))
    return frozenset(inside)


def _may_break(text: str, position: int) -> bool:
    before, after = text[position - 1], text[position]
    if after in _NO_BREAK_BEFORE or before in _NO_BREAK_AFTER:
        return False
    if after.isspace() or before.isspace():
        return False
    return unicodedata.category(after) not in ("Mn", "Mc", "Me")


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
