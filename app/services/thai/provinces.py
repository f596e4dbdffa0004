"""The 77 provinces of Thailand with their official two-digit codes and regions.

Data: ``resources/reference/provinces.csv`` (code, name_th, name_en, region, aliases; aliases
are extra spellings separated by ``|``). Regions are the six geographic regions.
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


class Region(StrEnum):
    """The six geographic regions; the value is what the database stores."""

    NORTH = "north"
    NORTHEAST = "northeast"
    CENTRAL = "central"
    EAST = "east"
    WEST = "west"
    SOUTH = "south"

    @property
    def name_th(self) -> str:
        return _REGION_NAMES[self][0]

    @property
    def name_en(self) -> str:
        return _REGION_NAMES[self][1]


_REGION_NAMES: dict[Region, tuple[str, str]] = {
    Region.NORTH: ("ภาคเหนือ", "North"),
    Region.NORTHEAST: ("ภาคตะวันออกเฉียงเหนือ", "Northeast"),
    Region.CENTRAL: ("ภาคกลาง", "Central"),
    Region.EAST: ("ภาคตะวันออก", "East"),
    Region.WEST: ("ภาคตะวันตก", "West"),
    Region.SOUTH: ("ภาคใต้", "South"),
}


@dataclass(frozen=True)
class Province:
    code: str  # official two-digit code, "10" = Bangkok
    name_th: str
    name_en: str
    region: Region
    aliases: tuple[str, ...] = ()


_PREFIX = re.compile(r"^(?:จังหวัด|จ\s*\.|จว\s*\.|changwat\b|province of\b)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*\bprovince$", re.IGNORECASE)
_IGNORED = re.compile(r"[\s.\-ฯ]")


def _lookup_key(text: str) -> str:
    """Reduce a spelling to a comparable key: "จ. ชลบุรี" -> "ชลบุรี", "Chon Buri" -> "chonburi"."""
    text = _SUFFIX.sub("", _PREFIX.sub("", text.strip()))
    return _IGNORED.sub("", text).casefold()


@cache
def _load() -> tuple[tuple[Province, ...], dict[str, Province]]:
    with reference_path("provinces.csv").open(encoding="utf-8-sig", newline="") as handle:
        provinces = tuple(
            Province(
                code=row["code"],
                name_th=row["name_th"],
                name_en=row["name_en"],
                region=Region(row["region"]),
                aliases=tuple(a for a in (row.get("aliases") or "").split("|") if a),
            )
            for row in csv.DictReader(handle)
        )
    index: dict[str, Province] = {}
    for province in provinces:
        for spelling in (province.code, province.name_th, province.name_en, *province.aliases):
            key = _lookup_key(spelling)
            if index.setdefault(key, province) is not province:
                raise ValueError(f"provinces.csv: {spelling!r} names two provinces")
    return provinces, index


def all_provinces() -> list[Province]:
    """Return the 77 provinces in code order."""
    return sorted(_load()[0], key=lambda p: p.code)


def province_by_code(code: str) -> Province | None:
    """Return the province with the official two-digit ``code``, or None."""
    return next((p for p in _load()[0] if p.code == code.strip()), None)


def find_province(text: str) -> Province | None:
    """Find a province by Thai or English name, code or a common short form.

    Tolerates "จ."/"จังหวัด" prefixes, "ฯ", dots, spaces and case: "จ.ชลบุรี", "กทม.",
    "กรุงเทพฯ", "Chonburi", "chon buri province".
    """
    key = _lookup_key(text)
    return _load()[1].get(key) if key else None


def provinces_in_region(region: Region | str) -> list[Province]:
    """Return the provinces of a region, in code order."""
    wanted = Region(region)
    return [p for p in all_provinces() if p.region is wanted]


def validate_province(text: str, field: str = "province") -> Province:
    """Return the province named by ``text``; raise FieldError naming ``field`` if there is none."""
    if not text.strip():
        raise required_error(field)
    province = find_province(text)
    if province is None:
        message = QCoreApplication.translate(
            "Validation", "{label}: no Thai province has this name"
        )
        raise FieldError(field, message.format(label=field_label(field)))
    return province
