"""Countries by ISO 3166 code, Thai name or English name (names from phonenumbers' data).

The name table is large, so it is loaded the first time a country is looked up.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from app.services.tabular.values import CellError, CellValue, choice_key, clean_text

THAILAND = "TH"
_PREFIXES = ("ประเทศ",)
# Common spellings that the reference names do not cover.
_EXTRA: dict[str, tuple[str, ...]] = {
    "TH": ("ไทย", "thai", "siam"),
    "KR": ("เกาหลี", "korea", "republic of korea"),
    "US": ("อเมริกา", "usa", "united states of america", "america"),
    "GB": ("อังกฤษ", "uk", "england", "great britain"),
    "MM": ("พม่า", "เมียนมา", "เมียนมาร์", "burma"),
    "DE": ("เยอรมัน",),
    "CN": ("จีนแผ่นดินใหญ่", "prc"),
    "AE": ("uae", "ดูไบ"),
}


def _resolved(names: dict[str, str], language: str) -> str | None:
    value = names.get(language)
    while value and value.startswith("*"):
        value = names.get(value[1:])
    return value


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(lookup key -> code, code -> Thai name)."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    index: dict[str, str] = {}
    thai: dict[str, str] = {}
    ambiguous: set[str] = set()

    def add(spelling: str, code: str) -> None:
        key = _key(spelling)
        if key and index.setdefault(key, code) != code:
            ambiguous.add(key)

    for code, names in LOCALE_DATA.items():
        add(code, code)
        for language in ("aa", "th"):
            name = _resolved(names, language)
            if name:
                add(name, code)
        name_th = _resolved(names, "th")
        if name_th:
            thai[code] = name_th
    for code, spellings in _EXTRA.items():
        for spelling in spellings:
            add(spelling, code)
    for key in ambiguous:
        index.pop(key, None)
    return index, thai


def _key(text: str) -> str:
    key = choice_key(text)
    for prefix in _PREFIXES:
        key = key.removeprefix(prefix)
    return key


_HOME = frozenset(_key(spelling) for spelling in ("TH", "Thailand", "ประเทศไทย", *_EXTRA["TH"]))


def find_country(text: str) -> str | None:
    """The ISO code of the country named by ``text`` ("ญี่ปุ่น", "Japan", "jp"), or None."""
    key = _key(text)
    if key in _HOME:  # the common case, without loading the table of every country
        return THAILAND
    return _tables()[0].get(key)


def country_name_th(code: str) -> str:
    """The Thai name of a country ("ไทย" for TH); the code itself when unknown."""
    if code == THAILAND:
        return "ไทย"
    name = _tables()[1].get(code)
    return name if name and find_country(name) == code else code


def parse_country(value: CellValue) -> str:
    """The ISO code of a country cell; raises CellError when no country has that name."""
    code = find_country(clean_text(value))
    if code is None:
        raise CellError(
            QCoreApplication.translate(
                "Import", "Unknown country; write its name or its two-letter code, for example JP."
            )
        )
    return code
