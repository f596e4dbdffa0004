"""Display texts that depend on the language: numbers, years, dates, the manual's titles,
site kinds and table names. Call these when a view (re)translates, never cache the result."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import SiteKind
from app.services.reference_data import activities, cvm_centers
from app.services.site_identity import SiteInfo
from app.services.thai.dates import format_thai_date
from app.services.thai.digits import to_thai_digits
from app.services.thai.fiscal import fiscal_year_range
from app.views.i18n import is_thai
from app.views.thai_wrap import for_display

_ENGLISH_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip

_thai_digits = False


def set_thai_digits(enabled: bool) -> None:
    """Show numbers with Thai digits (๐-๙) in the Thai interface."""
    global _thai_digits
    _thai_digits = enabled


def thai_digits() -> bool:
    return _thai_digits


def _digits(text: str) -> str:
    return to_thai_digits(text) if _thai_digits and is_thai() else text


def number(value: int) -> str:
    """1234567 -> "1,234,567" (Thai digits when chosen)."""
    return _digits(f"{value:,}")


def percent(value: float) -> str:
    """A share in percent: whole above 10, one decimal below; a share short of 100 never
    reads "100%" (a 100% target would look met): 99.96 reads 99.9."""
    if 99.5 <= value < 100:
        shown = f"{math.floor(value * 10) / 10:.1f}"
    elif value >= 10 or value == int(value):
        shown = f"{value:,.0f}"
    else:
        shown = f"{value:,.1f}"
    return QCoreApplication.translate("Texts", "{value}%").format(value=_digits(shown))


def year(value: int) -> str:
    """A B.E. year, never with thousands separators."""
    return _digits(str(value))


def fiscal_year_title(fiscal_year: int) -> str:
    return QCoreApplication.translate("Texts", "Fiscal year {year}").format(year=year(fiscal_year))


def date_text(day: date) -> str:
    if is_thai():
        return format_thai_date(day, "full", thai_digits=_thai_digits)
    return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"


def fiscal_year_span(fiscal_year: int) -> str:
    first, last = fiscal_year_range(fiscal_year)
    return QCoreApplication.translate("Texts", "{first} to {last}").format(
        first=date_text(first), last=date_text(last)
    )


def value_of_total(value: int, total: int | None) -> str:
    if total is None:
        return number(value)
    return QCoreApplication.translate("Texts", "{value} of {total}").format(
        value=number(value), total=number(total)
    )


# -- the manual's areas, activities and targets (activities.json) -------------------------
def _pick(entry: dict[str, Any]) -> str:
    text = entry.get("th") if is_thai() else entry.get("en")
    return for_display(str(text or entry.get("en") or entry.get("th") or ""))


def areas() -> list[dict[str, Any]]:
    return list(activities()["areas"])


def area(code: str) -> dict[str, Any]:
    return next(a for a in areas() if a["code"] == code)


def area_title(code: str) -> str:
    return _pick(area(code))


def activity(code: str) -> dict[str, Any]:
    return next(act for a in areas() for act in a["activities"] if act["code"] == code)


def activity_title(code: str) -> str:
    return _pick(activity(code))


def target_text(target: dict[str, Any]) -> str:
    return _pick(target)


def targets_by_id() -> dict[str, dict[str, Any]]:
    return {t["id"]: t for a in areas() for act in a["activities"] for t in act.get("targets", [])}


# -- sites and tables ---------------------------------------------------------------------
def site_kind_name(kind: SiteKind | str) -> str:
    names = {
        SiteKind.CENTER: QCoreApplication.translate("Texts", "CVM center"),
        SiteKind.COLLEGE: QCoreApplication.translate("Texts", "Network college station"),
        SiteKind.CENTRAL: QCoreApplication.translate("Texts", "Central office (OVEC)"),
    }
    return names.get(SiteKind(kind), str(kind))


def site_name(site: SiteInfo | None) -> str:
    """The name of this installation in the current language.

    A center is named by its subject and the central office by its office name (both in the
    interface language); a college station by the college's own name as it was entered.
    """
    if site is None:
        return ""
    if site.kind == SiteKind.CENTER:
        subject = next((c.subject_th for c in cvm_centers() if c.uuid == site.center_uuid), "")
        if subject:
            return QCoreApplication.translate("Texts", "CVM center: {subject}").format(
                subject=for_display(subject)
            )
    if site.kind == SiteKind.CENTRAL:
        return QCoreApplication.translate(
            "Texts", "Office of the Vocational Education Commission (central office)"
        )
    return site.name


def table_label(table: str) -> str:
    """What a database table holds (the installation page, the data exchange screens)."""
    from app.services.sync import labels

    return labels.table_label(table)
