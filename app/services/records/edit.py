"""Saving, deleting and undoing single records through the ORM (the sync hook stamps them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.services.records.registry import record_spec
from app.services.records.spec import FormData, InvalidRecord, RecordKind, RecordSpec
from app.services.store import Store
from app.services.sync.stations import check_station_scope
from app.services.validation import FieldError


@dataclass(frozen=True)
class UndoStep:
    """How to take back one save or delete: the values before it, or None (did not exist)."""

    kind: RecordKind
    record_id: int
    before: dict[str, Any] | None


def _snapshot(spec: RecordSpec, row: SyncedBase) -> dict[str, Any]:
    values = {column: getattr(row, column) for column in spec.columns}
    values["deleted"] = bool(row.deleted)
    return values


def _gone() -> FieldError:
    return FieldError(
        "record", QCoreApplication.translate("Records", "This record no longer exists.")
    )


def live_row(session: Session, kind: RecordKind, record_id: int) -> Any:
    """The stored, not deleted row of ``kind``; raises FieldError("record") otherwise."""
    row = session.get(record_spec(kind).model, record_id)
    if row is None or row.deleted:
        raise _gone()
    return row


def open_form(
    session: Session,
    kind: RecordKind,
    record_id: int | None = None,
    *,
    preset: dict[str, Any] | None = None,
) -> FormData:
    """What a form for a new (``record_id`` None) or a stored record opens with.

    ``preset`` gives a new record values of its own fields (e.g. ``{"run_id": 7}``); names the
    record does not have are ignored.
    """
    spec = record_spec(kind)
    if record_id is None:
        data = spec.blank(session)
        for name, value in (preset or {}).items():
            if hasattr(data, name):
                setattr(data, name, value)
    else:
        data = spec.load(session, live_row(session, kind, record_id))
    choices = spec.choices(session)
    for field in spec.fields:
        stored = getattr(data, field.name)
        if field.lookup is None or not isinstance(stored, int):
            continue
        offered = choices.get(field.name, [])
        if all(choice.record_id != stored for choice in offered):
            named = field.lookup.by_id(session, stored)
            if named is not None:
                choices[field.name] = [named, *offered]
    return FormData(data, choices)


def save_record(
    store: Store, kind: RecordKind, data: Any, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) a record of ``kind``; raises InvalidRecord."""
    spec = record_spec(kind)
    with store.transaction() as session:
        errors = spec.validate(session, data, record_id)
        if errors:
            raise InvalidRecord(errors)
        if record_id is None:
            row: Any = spec.model()
            before = None
        else:
            row = live_row(session, kind, record_id)
            before = _snapshot(spec, row)
        spec.fill(session, row, data)
        session.add(row)
        session.flush()
        check_station_scope(session, row)
        return row.id, UndoStep(kind, row.id, before)


def delete_record(store: Store, kind: RecordKind, record_id: int) -> UndoStep:
    """Delete a record (it becomes a tombstone that syncs)."""
    spec = record_spec(kind)
    with store.transaction() as session:
        row = live_row(session, kind, record_id)
        before = _snapshot(spec, row)
        check_station_scope(session, row)
        session.delete(row)
    return UndoStep(kind, record_id, before)


def undo(store: Store, step: UndoStep) -> None:
    """Put the record back as it was before ``step``'s save or delete."""
    with store.transaction() as session:
        row = session.get(record_spec(step.kind).model, step.record_id)
        if row is None:
            raise _gone()
        if step.before is None:
            if not row.deleted:
                session.delete(row)
            return
        for column, value in step.before.items():
            setattr(row, column, value)
