"""Thai dictionary order (as in the Royal Institute dictionary) for sorting and for SQLite.

Rules of the key:

* primary: the text with each leading vowel (เ แ โ ใ ไ) moved after the consonant it
  precedes, tone and other marks removed, Thai digits read as Arabic digits and Latin letters
  case-folded. Thai code points are then already in dictionary order (consonants ก…ฮ, with ฤ
  after ร and ฦ after ล, before the vowels ะ ั า ำ ิ ี ึ ื ุ ู เ แ โ ใ ไ), and every Latin
  letter or digit comes before any Thai letter;
* secondary: the marks (่ ้ ๊ ๋ ็ ์ ...) carried by each character, so ขา < ข่า < ข้า;
* tertiary: the original text, so different texts never compare equal.

To sort by it in SQLAlchemy, register the collation on every new SQLite connection::

    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _thai_collation(dbapi_connection, _record):
        register_sqlite_collation(dbapi_connection)

    select(Student).order_by(Student.first_name.collate(THAI_COLLATION))

SQLite calls back into Python for each comparison (about 2 s to sort 100k distinct names);
for big tables store ``thai_sort_text(name)`` in an indexed column and order by that instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from app.services.thai.digits import to_arabic_digits

THAI_COLLATION = "THAI"

SortKey = tuple[str, tuple[str, ...], str]

_LEADING_VOWELS = frozenset("เแโใไ")
# Marks with no primary weight: mai han-akat is a vowel and keeps its weight, these do not.
_MARKS = frozenset("็่้๊๋์ํ๎ฺ")
_FIRST_CONSONANT, _LAST_CONSONANT = "ก", "ฮ"


def _is_consonant(char: str) -> bool:
    return _FIRST_CONSONANT <= char <= _LAST_CONSONANT


def _normalise(text: str) -> str:
    """Fix common typing variants: two sara e for sara ae, nikhahit + sara aa for sara am."""
    return to_arabic_digits(text).replace("เเ", "แ").replace("ํา", "ำ").casefold()


def thai_sort_key(text: str) -> SortKey:
    """Return a key that sorts Thai text in dictionary order (see the module docstring)."""
    chars = list(_normalise(text))
    i = 0
    while i < len(chars) - 1:
        if chars[i] in _LEADING_VOWELS and _is_consonant(chars[i + 1]):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 2
        else:
            i += 1
    primary: list[str] = []
    marks: list[str] = []
    for char in chars:
        if char in _MARKS:
            if marks:
                marks[-1] += char
            else:  # a mark with nothing before it: weigh it as a base character
                primary.append(char)
                marks.append("")
        else:
            primary.append(char)
            marks.append("")
    return "".join(primary), tuple(marks), text


_LEVEL_SEPARATOR, _MARK_SEPARATOR = "\x01", "\x02"
_SEPARATORS = dict.fromkeys(map(ord, "\x00\x01\x02"))


def thai_sort_text(text: str) -> str:
    """Return a string whose plain (binary) order is Thai dictionary order.

    For big tables, store it in an indexed column and ``ORDER BY`` that column: it avoids
    calling Python for every comparison the way the ``THAI`` collation does.
    """
    primary, marks, original = thai_sort_key(text.translate(_SEPARATORS))
    return _LEVEL_SEPARATOR.join((primary, _MARK_SEPARATOR.join(marks), original))


def thai_sorted(texts: Iterable[str], reverse: bool = False) -> list[str]:
    """Return ``texts`` sorted in Thai dictionary order."""
    return sorted(texts, key=thai_sort_key, reverse=reverse)


# SQLite calls the collation for every comparison (n log n times per ORDER BY), so keys are
# cached: without the cache sorting 100k names took ~15 s, with it ~1 s.
_cached_key = lru_cache(maxsize=1 << 17)(thai_sort_key)


def compare_thai(a: str, b: str) -> int:
    """Compare two texts in Thai dictionary order: negative, zero or positive."""
    if a == b:
        return 0
    key_a, key_b = _cached_key(a), _cached_key(b)
    return (key_a > key_b) - (key_a < key_b)


def register_sqlite_collation(connection: sqlite3.Connection) -> None:
    """Register the collation ``THAI`` (Thai dictionary order) on a raw sqlite3 connection."""
    connection.create_collation(THAI_COLLATION, compare_thai)
