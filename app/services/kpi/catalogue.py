"""The target catalogue: every target of activities.json, and this center's per-year values.

A target's value comes from the manual (``source == "manual"``) or is a proposed default
(``"default"``) the director may change for a fiscal year. A change is an override row for
that target and year; restoring the default deletes it. Every change and every restore is
also written to ``kpi_target_change``, so the record of changes survives a restore.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models.kpi import KpiTargetChange, KpiTargetOverride
from app.services.reference_data import activities
from app.services.validation import FieldError

UNIT_COUNT = "count"
UNIT_PERCENT = "percent"
UNIT_FLAG = "flag"

OP_EXISTS = "exists"

FISCAL_YEAR_MIN = 2500
FISCAL_YEAR_MAX = 2700


def thai_ui() -> bool:
    """Whether the installed translation is Thai (the marker text is translated)."""
    marker = "Target titles in English"
    return QCoreApplication.translate("KpiCatalogue", "Target titles in English") != marker


@dataclass(frozen=True)
class CatalogueTarget:
    """One target of activities.json as the manual (or the default) states it."""

    id: str
    area: str
    activity: str
    title_th: str
    title_en: str
    op: str
    default: float | None
    """The catalogue's value (None for an ``exists`` target: met when the record exists)."""
    source: str
    unit: str
    per: str | None

    @property
    def title(self) -> str:
        """The title in the current language."""
        return self.title_th if thai_ui() and self.title_th else self.title_en

    @property
    def adjustable(self) -> bool:
        """Whether the target has a value a director can change (``exists`` targets do not)."""
        return self.default is not None


@dataclass(frozen=True)
class EffectiveTarget:
    """A target with the value that applies in one fiscal year."""

    target: CatalogueTarget
    fiscal_year: int
    value: float | None
    overridden: bool
    note: str | None = None


@dataclass(frozen=True)
class TargetChange:
    """One line of the record of changes."""

    target_id: str
    fiscal_year: int
    value: float | None
    restored: bool
    changed_at: datetime
    changed_by_site: str | None
    note: str | None


def _unit(raw: dict[str, object]) -> str:
    if raw["op"] == OP_EXISTS:
        return UNIT_FLAG
    return UNIT_PERCENT if raw.get("unit") == "%" else UNIT_COUNT


@cache
def catalogue() -> tuple[CatalogueTarget, ...]:
    """Every target of activities.json, in the manual's order."""
    targets: list[CatalogueTarget] = []
    for area in activities()["areas"]:
        for activity in area["activities"]:
            for raw in activity.get("targets", []):
                value = raw.get("value")
                targets.append(
                    CatalogueTarget(
                        id=raw["id"],
                        area=area["code"],
                        activity=activity["code"],
                        title_th=raw.get("th") or "",
                        title_en=raw["en"],
                        op=raw["op"],
                        default=None if value is None else float(value),
                        source=raw["source"],
                        unit=_unit(raw),
                        per=raw.get("per"),
                    )
                )
    return tuple(targets)


def find_target(target_id: str) -> CatalogueTarget:
    """The catalogue's target ``target_id``; a FieldError when there is none."""
    for candidate in catalogue():
        if candidate.id == target_id:
            return candidate
    raise FieldError(
        "target_id",
        QCoreApplication.translate("KpiCatalogue", "This target is not in the catalogue."),
    )


def check_fiscal_year(fiscal_year: int) -> int:
    if not FISCAL_YEAR_MIN <= int(fiscal_year) <= FISCAL_YEAR_MAX:
        raise FieldError(
            "fiscal_year",
            QCoreApplication.translate(
                "KpiCatalogue",
                "The fiscal year must be a Buddhist Era year between {first} and {last}.",
            ).format(first=FISCAL_YEAR_MIN, last=FISCAL_YEAR_MAX),
        )
    return int(fiscal_year)


def check_value(target: CatalogueTarget, value: float | int | str) -> float:
    """The value as a number, or a Thai FieldError when it cannot be the target's value."""
    if not target.adjustable:
        raise FieldError(
            "value",
            QCoreApplication.translate(
                "KpiCatalogue",
                "This target is met when its record exists; it has no value to change.",
            ),
        )
    try:
        number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else value
        number = float(number)
    except (TypeError, ValueError):
        number = math.nan
    if math.isnan(number) or math.isinf(number):
        raise FieldError(
            "value", QCoreApplication.translate("KpiCatalogue", "The target must be a number.")
        )
    if number < 0:
        raise FieldError(
            "value", QCoreApplication.translate("KpiCatalogue", "A target cannot be negative.")
        )
    if target.unit == UNIT_PERCENT and number > 100:
        raise FieldError(
            "value",
            QCoreApplication.translate(
                "KpiCatalogue", "A percentage target cannot be more than 100."
            ),
        )
    if target.unit == UNIT_COUNT and not number.is_integer():
        raise FieldError(
            "value",
            QCoreApplication.translate(
                "KpiCatalogue", "This target is a count: it must be a whole number."
            ),
        )
    return number


def _site_uuid(session: Session) -> str | None:
    from app.services.site_identity import local_site

    site = local_site(session)
    return None if site is None else site.uuid


def _override(session: Session, target_id: str, fiscal_year: int) -> KpiTargetOverride | None:
    return session.scalars(
        select(KpiTargetOverride).where(
            KpiTargetOverride.target_id == target_id,
            KpiTargetOverride.fiscal_year == fiscal_year,
        )
    ).one_or_none()


def set_override(
    session: Session,
    target_id: str,
    fiscal_year: int,
    value: float | int | str,
    *,
    note: str | None = None,
    now: datetime | None = None,
) -> EffectiveTarget:
    """Give target ``target_id`` the value ``value`` in B.E. fiscal year ``fiscal_year``.

    Refused with a Thai FieldError: an unknown target, a target without a value (``exists``),
    a negative value, a percentage above 100, a count that is not a whole number.
    The caller commits.
    """
    target = find_target(target_id)
    year = check_fiscal_year(fiscal_year)
    number = check_value(target, value)
    at = now or datetime.now()
    site = _site_uuid(session)
    note = (note or "").strip() or None
    row = _override(session, target.id, year)
    if row is None:
        row = KpiTargetOverride(target_id=target.id, fiscal_year=year)
        session.add(row)
    row.value, row.changed_at, row.changed_by_site, row.note = number, at, site, note
    session.add(
        KpiTargetChange(
            target_id=target.id,
            fiscal_year=year,
            value=number,
            restored=False,
            changed_at=at,
            changed_by_site=site,
            note=note,
        )
    )
    session.flush()
    return EffectiveTarget(target, year, number, True, note)


def restore_default(
    session: Session, target_id: str, fiscal_year: int, *, now: datetime | None = None
) -> bool:
    """Give the target its catalogue value again in that year (False: it already had it).
    The restore is recorded. The caller commits."""
    target = find_target(target_id)
    year = check_fiscal_year(fiscal_year)
    removed = session.execute(
        delete(KpiTargetOverride).where(
            KpiTargetOverride.target_id == target.id, KpiTargetOverride.fiscal_year == year
        )
    )
    if not removed.rowcount:  # type: ignore[attr-defined]
        return False
    session.add(
        KpiTargetChange(
            target_id=target.id,
            fiscal_year=year,
            value=None,
            restored=True,
            changed_at=now or datetime.now(),
            changed_by_site=_site_uuid(session),
        )
    )
    session.flush()
    return True


def targets_for(session: Session, fiscal_year: int) -> list[EffectiveTarget]:
    """Every target with the value that applies in B.E. fiscal year ``fiscal_year``."""
    overrides = {
        row.target_id: row
        for row in session.scalars(
            select(KpiTargetOverride).where(KpiTargetOverride.fiscal_year == fiscal_year)
        )
    }
    result: list[EffectiveTarget] = []
    for target in catalogue():
        row = overrides.get(target.id)
        if row is not None and target.adjustable:
            result.append(EffectiveTarget(target, fiscal_year, row.value, True, row.note))
        else:
            result.append(EffectiveTarget(target, fiscal_year, target.default, False))
    return result


def changes(
    session: Session, target_id: str | None = None, fiscal_year: int | None = None
) -> list[TargetChange]:
    """The record of changes, oldest first (of one target and/or year when given)."""
    query = select(KpiTargetChange).order_by(KpiTargetChange.changed_at, KpiTargetChange.id)
    if target_id is not None:
        query = query.where(KpiTargetChange.target_id == target_id)
    if fiscal_year is not None:
        query = query.where(KpiTargetChange.fiscal_year == fiscal_year)
    return [
        TargetChange(
            row.target_id,
            row.fiscal_year,
            row.value,
            row.restored,
            row.changed_at,
            row.changed_by_site,
            row.note,
        )
        for row in session.scalars(query)
    ]
