"""The controlled list of name titles (คำนำหน้าชื่อ): นาย, นาง, นางสาว, ว่าที่ ร.ต., ดร., ...

Data: ``resources/reference/name_titles.csv`` (code, th, en, kind, abbr_th). ``code`` is what
the database stores. Every Thai spelling (full and abbreviated) must name one title only;
abbreviations shared by two services (e.g. ร.ต. for ร้อยตรี and เรือตรี) are given to the
common one and left out for the other. English spellings may repeat (นางสาว and เด็กหญิง
are both "Miss"); a lookup by English returns the first row of the file.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication

from app.services.resources import reference_path
from app.services.validation import FieldError, field_label, required_error


class TitleKind(StrEnum):
    CIVIL = "civil"
    ACTING_MILITARY = "acting_military"
    MILITARY = "military"
    POLICE = "police"
    ACADEMIC = "academic"
    MEDICAL = "medical"
    ROYAL = "royal"
    HONORIFIC = "honorific"
    RELIGIOUS = "religious"


@dataclass(frozen=True)
class Title:
    code: str
    th: str
    en: str
    kind: TitleKind
    abbr_th: str = ""

    @property
    def short_th(self) -> str:
        """The abbreviation when there is one ("ว่าที่ ร.ต."), else the full form."""
        return self.abbr_th or self.th


_IGNORED = re.compile(r"[\s.]")


def _lookup_key(text: str) -> str:
    """Reduce a spelling to a comparable key: "ว่าที่ ร.ต." -> "ว่าที่รต", "Mr." -> "mr"."""
    return _IGNORED.sub("", text).casefold()


@cache
def _load() -> tuple[tuple[Title, ...], dict[str, Title], dict[str, Title]]:
    with reference_path("name_titles.csv").open(encoding="utf-8-sig", newline="") as handle:
        titles = tuple(
            Title(
                code=row["code"],
                th=row["th"],
                en=row["en"],
                kind=TitleKind(row["kind"]),
                abbr_th=row.get("abbr_th") or "",
            )
            for row in csv.DictReader(handle)
        )
    thai: dict[str, Title] = {}
    english: dict[str, Title] = {}
    for title in titles:
        for spelling in filter(None, (title.th, title.abbr_th)):
            if thai.setdefault(_lookup_key(spelling), title) is not title:
                raise ValueError(f"name_titles.csv: {spelling!r} names two titles")
        english.setdefault(_lookup_key(title.en), title)
    return titles, thai, english


def all_titles() -> list[Title]:
    """Return every title in the order of the reference file (most common first)."""
    return list(_load()[0])


def titles_of_kind(kind: TitleKind | str) -> list[Title]:
    """Return the titles of one kind, in file order."""
    wanted = TitleKind(kind)
    return [t for t in _load()[0] if t.kind is wanted]


def title_by_code(code: str) -> Title | None:
    """Return the title stored as ``code``, or None."""
    return next((t for t in _load()[0] if t.code == code), None)


def find_title(text: str) -> Title | None:
    """Find a title by its Thai full form or abbreviation, or its English form.

    Spaces, dots and letter case do not matter: "ว่าที่ ร.ต.", "ว่าที่ร.ต." and
    "ว่าที่ร้อยตรี" are the same title; so are "น.ส.", "นส" and "นางสาว".
    """
    key = _lookup_key(text)
    if not key:
        return None
    _, thai, english = _load()
    return thai.get(key) or english.get(key)


def validate_title(text: str, field: str = "title") -> Title:
    """Return the title named by ``text``; raise FieldError naming ``field`` if it is not listed."""
    if not text.strip():
        raise required_error(field)
    title = find_title(text)
    if title is None:
        message = QCoreApplication.translate(
            "Validation", "{label}: this name title is not in the list"
        )
        raise FieldError(field, message.format(label=field_label(field)))
    return title
