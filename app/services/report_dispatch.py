"""The reports a center sent to the central office (manual 1.2 and 1.3): one record per kind
and fiscal year, with the day it was sent and the letter number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import SentReportKind
from app.models.governance import ReportDispatch
from app.services.kpi.catalogue import check_fiscal_year
from app.services.reports.common import issuer
from app.services.store import Store
from app.services.sync.stations import check_station_scope
from app.services.thai.fiscal import fiscal_year_range
from app.services.validation import FieldError

MAX_REFERENCE = 120


@dataclass(frozen=True)
class Dispatch:
    kind: SentReportKind
    fiscal_year: int
    sent_on: date
    reference: str | None


def dispatches(session: Session, fiscal_year: int) -> dict[SentReportKind, Dispatch]:
    """The reports of ``fiscal_year`` sent so far, by kind."""
    rows = session.scalars(
        select(ReportDispatch).where(
            ReportDispatch.fiscal_year == fiscal_year, ReportDispatch.deleted.is_(False)
        )
    )
    return {
        row.kind: Dispatch(row.kind, row.fiscal_year, row.sent_on, row.reference) for row in rows
    }


def _check(fiscal_year: int, sent_on: date, today: date) -> None:
    first, _last = fiscal_year_range(fiscal_year)
    if sent_on < first:
        raise FieldError(
            "sent_on",
            QCoreApplication.translate(
                "ReportDispatch",
                "A report of a fiscal year cannot be sent before the year begins.",
            ),
        )
    if sent_on > today:
        raise FieldError(
            "sent_on",
            QCoreApplication.translate("ReportDispatch", "The day sent cannot be in the future."),
        )


def record_dispatch(
    store: Store,
    kind: SentReportKind,
    fiscal_year: int,
    sent_on: date,
    reference: str | None = None,
    *,
    today: date | None = None,
) -> None:
    """Record (or correct) that the report ``kind`` of ``fiscal_year`` was sent on ``sent_on``."""
    save_dispatches(store, fiscal_year, {kind: (sent_on, reference)}, today=today)


def remove_dispatch(store: Store, kind: SentReportKind, fiscal_year: int) -> None:
    """Undo the record that ``kind`` of ``fiscal_year`` was sent (nothing when there is none)."""
    save_dispatches(store, fiscal_year, {kind: None})


def save_dispatches(
    store: Store,
    fiscal_year: int,
    entries: dict[SentReportKind, tuple[date, str | None] | None],
    *,
    today: date | None = None,
) -> None:
    """Set the reports of ``fiscal_year``: kind -> (day sent, letter number), or None for
    "not sent". Every entry is checked before anything is written; all in one transaction."""
    check_fiscal_year(fiscal_year)
    cleaned: dict[SentReportKind, tuple[date, str | None] | None] = {}
    for kind, entry in entries.items():
        if entry is None:
            cleaned[SentReportKind(kind)] = None
            continue
        sent_on, reference = entry
        _check(fiscal_year, sent_on, today or date.today())
        cleaned[SentReportKind(kind)] = (sent_on, _letter(reference))
    with store.transaction() as session:
        existing = {
            row.kind: row
            for row in session.scalars(
                select(ReportDispatch).where(
                    ReportDispatch.fiscal_year == fiscal_year, ReportDispatch.deleted.is_(False)
                )
            )
        }
        for kind, entry in cleaned.items():
            row = existing.get(kind)
            if entry is None:
                if row is not None:
                    row.deleted = True
                    check_station_scope(session, row)
                continue
            if row is None:
                row = ReportDispatch(
                    center_id=_center_id(session), kind=kind, fiscal_year=fiscal_year
                )
                session.add(row)
            row.sent_on, row.reference = entry
            check_station_scope(session, row)


def _letter(reference: str | None) -> str | None:
    letter = (reference or "").strip() or None
    if letter is not None and len(letter) > MAX_REFERENCE:
        raise FieldError(
            "reference",
            QCoreApplication.translate(
                "ReportDispatch", "The letter number can have at most {count} characters."
            ).format(count=MAX_REFERENCE),
        )
    return letter


def _center_id(session: Session) -> int:
    center_id = issuer(session).center_id
    if center_id is None:
        raise FieldError(
            "center",
            QCoreApplication.translate(
                "ReportDispatch", "This database has no center to send reports for."
            ),
        )
    return center_id
