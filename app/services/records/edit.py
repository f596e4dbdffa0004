"""Saving, deleting and undoing single records through the ORM (the sync hook stamps them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.enums import AgreementKind, EnterpriseLocation, Level
from app.models.network import Agreement, Enterprise, WorkforceDemand
from app.services.records.inputs import (
    THAILAND,
    AgreementInput,
    DemandInput,
    EnterpriseInput,
    InvalidRecord,
    read_date,
    validate_agreement,
    validate_demand,
    validate_enterprise,
)
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.services.thai.identity import validate_thai_phone
from app.services.thai.provinces import find_province, province_by_code
from app.services.validation import FieldError


class RecordKind(StrEnum):
    ENTERPRISE = "enterprise"
    DEMAND = "demand"
    AGREEMENT = "agreement"


_MODELS: dict[RecordKind, type[SyncedBase]] = {
    RecordKind.ENTERPRISE: Enterprise,
    RecordKind.DEMAND: WorkforceDemand,
    RecordKind.AGREEMENT: Agreement,
}
_COLUMNS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.ENTERPRISE: (
        "name_th",
        "name_en",
        "location",
        "country_code",
        "province_code",
        "contact_name",
        "phone",
        "email",
    ),
    RecordKind.DEMAND: (
        "enterprise_id",
        "subject_id",
        "level",
        "fiscal_year",
        "positions",
        "note",
    ),
    RecordKind.AGREEMENT: (
        "kind",
        "college_id",
        "enterprise_id",
        "signed_on",
        "expires_on",
        "scope",
        "dual_system",
    ),
}


@dataclass(frozen=True)
class UndoStep:
    """How to take back one save or delete: the values before it, or None (did not exist)."""

    kind: RecordKind
    record_id: int
    before: dict[str, Any] | None


def _snapshot(kind: RecordKind, row: SyncedBase) -> dict[str, Any]:
    values = {column: getattr(row, column) for column in _COLUMNS[kind]}
    values["deleted"] = bool(row.deleted)
    return values


def _gone() -> FieldError:
    return FieldError(
        "record", QCoreApplication.translate("Records", "This record no longer exists.")
    )


def _live_row(session: Session, kind: RecordKind, record_id: int) -> Any:
    row = session.get(_MODELS[kind], record_id)
    if row is None or row.deleted:
        raise _gone()
    return row


def _optional(text: str) -> str | None:
    return text.strip() or None


@dataclass
class _Edit:
    """A record being saved: its row (new or live) and the values before the change."""

    session: Session
    row: Any
    before: dict[str, Any] | None


@contextmanager
def _saving(
    store: Store,
    kind: RecordKind,
    record_id: int | None,
    validate: Callable[[Session], list[FieldError]],
) -> Iterator[_Edit]:
    """Validate, then hand over the row to fill; it is written when the block ends."""
    with store.transaction() as session:
        errors = validate(session)
        if errors:
            raise InvalidRecord(errors)
        if record_id is None:
            edit = _Edit(session, _MODELS[kind](), None)
        else:
            row = _live_row(session, kind, record_id)
            edit = _Edit(session, row, _snapshot(kind, row))
        yield edit
        session.add(edit.row)
        session.flush()


def save_enterprise(
    store: Store, data: EnterpriseInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) an enterprise; raises InvalidRecord."""
    with _saving(
        store, RecordKind.ENTERPRISE, record_id, lambda s: validate_enterprise(s, data, record_id)
    ) as edit:
        row = edit.row
        location = EnterpriseLocation(data.location)
        province = find_province(data.province) if data.province.strip() else None
        row.name_th = data.name_th.strip()
        row.name_en = _optional(data.name_en)
        row.location = location
        row.country_code = (
            THAILAND
            if location is EnterpriseLocation.DOMESTIC
            else data.country_code.strip().upper()
        )
        row.province_code = province.code if province is not None else None
        row.contact_name = _optional(data.contact_name)
        row.phone = validate_thai_phone(data.phone) if data.phone.strip() else None
        row.email = _optional(data.email)
    return row.id, UndoStep(RecordKind.ENTERPRISE, row.id, edit.before)


def save_demand(
    store: Store, data: DemandInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) a workforce demand; raises InvalidRecord."""
    with _saving(
        store, RecordKind.DEMAND, record_id, lambda s: validate_demand(s, data, record_id)
    ) as edit:
        row = edit.row
        assert data.enterprise_id is not None and data.subject_id is not None  # validated
        row.enterprise_id = data.enterprise_id
        row.subject_id = data.subject_id
        row.level = Level(data.level)
        row.fiscal_year = data.fiscal_year
        row.positions = data.positions
        row.note = _optional(data.note)
    return row.id, UndoStep(RecordKind.DEMAND, row.id, edit.before)


def save_agreement(
    store: Store, data: AgreementInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) an MOU or MOA; raises InvalidRecord."""
    with _saving(
        store, RecordKind.AGREEMENT, record_id, lambda s: validate_agreement(s, data, record_id)
    ) as edit:
        row = edit.row
        assert data.college_id is not None and data.enterprise_id is not None  # validated
        row.kind = AgreementKind(data.kind)
        row.college_id = data.college_id
        row.enterprise_id = data.enterprise_id
        row.signed_on = read_date(data.signed_on, "signed_on")
        row.expires_on = (
            read_date(data.expires_on, "expires_on") if data.expires_on.strip() else None
        )
        row.scope = _optional(data.scope)
        row.dual_system = data.dual_system
    return row.id, UndoStep(RecordKind.AGREEMENT, row.id, edit.before)


def delete_record(store: Store, kind: RecordKind, record_id: int) -> UndoStep:
    """Delete a record (it becomes a tombstone that syncs)."""
    with store.transaction() as session:
        row = _live_row(session, kind, record_id)
        before = _snapshot(kind, row)
        session.delete(row)
    return UndoStep(kind, record_id, before)


def undo(store: Store, step: UndoStep) -> None:
    """Put the record back as it was before ``step``'s save or delete."""
    with store.transaction() as session:
        row = session.get(_MODELS[step.kind], step.record_id)
        if row is None:
            raise _gone()
        if step.before is None:
            if not row.deleted:
                session.delete(row)
            return
        for column, value in step.before.items():
            setattr(row, column, value)


def load_enterprise(session: Session, record_id: int) -> EnterpriseInput:
    """The stored enterprise as a form shows it."""
    row = _live_row(session, RecordKind.ENTERPRISE, record_id)
    province = province_by_code(row.province_code) if row.province_code else None
    return EnterpriseInput(
        name_th=row.name_th,
        name_en=row.name_en or "",
        location=EnterpriseLocation(row.location).value,
        province=province.name_th if province is not None else "",
        country_code=row.country_code,
        contact_name=row.contact_name or "",
        phone=row.phone or "",
        email=row.email or "",
    )


def load_demand(session: Session, record_id: int) -> DemandInput:
    """The stored workforce demand as a form shows it."""
    row = _live_row(session, RecordKind.DEMAND, record_id)
    return DemandInput(
        enterprise_id=row.enterprise_id,
        subject_id=row.subject_id,
        level=Level(row.level).value,
        fiscal_year=row.fiscal_year,
        positions=row.positions,
        note=row.note or "",
    )


def load_agreement(session: Session, record_id: int) -> AgreementInput:
    """The stored agreement as a form shows it (dates day/month/B.E. year)."""
    row = _live_row(session, RecordKind.AGREEMENT, record_id)
    return AgreementInput(
        kind=AgreementKind(row.kind).value,
        college_id=row.college_id,
        enterprise_id=row.enterprise_id,
        signed_on=format_thai_date(row.signed_on, "numeric"),
        expires_on=format_thai_date(row.expires_on, "numeric") if row.expires_on else "",
        scope=row.scope or "",
        dual_system=bool(row.dual_system),
    )
