"""The form of planned placement capacity: seats an enterprise plans for a college (1.3).

``demand_id`` is an input attribute but not a form field: the matching screen fills it with
the demand a person answers; when it does not fit what was chosen, the row is linked to the
enterprise's demand of the same subject, level and year (or to none).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import Level, PlacementMode
from app.models.matching import PlacementCapacity
from app.models.network import WorkforceDemand
from app.services.listing import labels
from app.services.records.edit import UndoStep, save_record
from app.services.records.inputs import (
    college_choices,
    demand_target_errors,
    enterprise_choices,
    field_label,
    subject_choices,
)
from app.services.records.network import ENTERPRISES_OFFERED, enterprise_field
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year
from app.services.validation import FieldError

MAX_SEATS = 100_000


@dataclass
class CapacityInput:
    """Planned placement capacity as chosen and typed."""

    enterprise_id: int | None = None
    college_id: int | None = None
    subject_id: int | None = None
    level: str = Level.PVC.value
    fiscal_year: int = 0
    mode: str = PlacementMode.INTERNSHIP.value
    seats: int = 1
    demand_id: int | None = None
    note: str = ""


def capacity_label(field: str) -> str:
    """The translated label of a field of the placement capacity form."""
    if field == "mode":
        return QCoreApplication.translate("Records", "Placement mode")
    if field == "seats":
        return QCoreApplication.translate("Records", "Seats")
    return field_label(field)


def _error(field: str, message: str) -> FieldError:
    return FieldError(field, message.format(label=capacity_label(field)))


def validate_capacity(
    session: Session, data: CapacityInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = demand_target_errors(session, data, capacity_label)
    if data.mode not in {mode.value for mode in PlacementMode}:
        message = QCoreApplication.translate(
            "Records",
            "{label}: choose internship, dual vocational training or work-based learning.",
        )
        errors.append(_error("mode", message))
    if not 1 <= data.seats <= MAX_SEATS:
        message = QCoreApplication.translate(
            "Records", "{label} must be a whole number from 1 to {last}."
        )
        errors.append(
            FieldError("seats", message.format(label=capacity_label("seats"), last=MAX_SEATS))
        )
    if not errors:
        same = session.scalars(
            select(PlacementCapacity.id).where(
                PlacementCapacity.deleted.is_(False),
                PlacementCapacity.enterprise_id == data.enterprise_id,
                PlacementCapacity.college_id == data.college_id,
                PlacementCapacity.subject_id == data.subject_id,
                PlacementCapacity.level == Level(data.level),
                PlacementCapacity.fiscal_year == data.fiscal_year,
                PlacementCapacity.mode == PlacementMode(data.mode),
            )
        )
        if any(row_id != record_id for row_id in same):
            message = QCoreApplication.translate(
                "Records",
                "{label}: seats of this mode are already recorded for this enterprise, college, "
                "subject and level in this fiscal year; edit that record instead.",
            )
            errors.append(_error("mode", message))
    return errors


def answered_demand(session: Session, data: CapacityInput) -> int | None:
    """The live workforce demand ``data`` answers: its own ``demand_id`` when that demand is
    the enterprise's for the same subject, level and year, else the one that is, else None."""
    query = select(WorkforceDemand.id).where(
        WorkforceDemand.deleted.is_(False),
        WorkforceDemand.enterprise_id == data.enterprise_id,
        WorkforceDemand.subject_id == data.subject_id,
        WorkforceDemand.level == Level(data.level),
        WorkforceDemand.fiscal_year == data.fiscal_year,
    )
    found = list(session.scalars(query.order_by(WorkforceDemand.id)))
    if data.demand_id in found:
        return data.demand_id
    return found[0] if found else None


def _fill(session: Session, row: Any, data: CapacityInput) -> None:
    row.enterprise_id = data.enterprise_id
    row.college_id = data.college_id
    row.subject_id = data.subject_id
    row.level = Level(data.level)
    row.fiscal_year = data.fiscal_year
    row.mode = PlacementMode(data.mode)
    row.seats = data.seats
    row.demand_id = answered_demand(session, data)
    row.note = data.note.strip() or None


def _load(_session: Session, row: Any) -> CapacityInput:
    return CapacityInput(
        enterprise_id=row.enterprise_id,
        college_id=row.college_id,
        subject_id=row.subject_id,
        level=Level(row.level).value,
        fiscal_year=row.fiscal_year,
        mode=PlacementMode(row.mode).value,
        seats=row.seats,
        demand_id=row.demand_id,
        note=row.note or "",
    )


PLACEMENT_CAPACITY = RecordSpec(
    kind=RecordKind.PLACEMENT_CAPACITY,
    model=PlacementCapacity,
    columns=(
        "enterprise_id",
        "college_id",
        "subject_id",
        "level",
        "fiscal_year",
        "mode",
        "seats",
        "demand_id",
        "note",
    ),
    fields=(
        enterprise_field(),
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("subject_id", FieldWidget.RECORD),
        FieldSpec("level", FieldWidget.CHOICE, options=labels.level),
        FieldSpec("fiscal_year", FieldWidget.NUMBER, maximum=9999),
        FieldSpec("mode", FieldWidget.CHOICE, options=labels.placement_mode),
        FieldSpec("seats", FieldWidget.NUMBER, minimum=1, maximum=MAX_SEATS),
        FieldSpec("note"),
    ),
    label=capacity_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New placement capacity"),
        QCoreApplication.translate("Records", "Edit placement capacity"),
    ),
    blank=lambda _session: CapacityInput(fiscal_year=current_fiscal_year()),
    load=_load,
    validate=validate_capacity,
    fill=_fill,
    choices=lambda session: {
        "enterprise_id": enterprise_choices(session, ENTERPRISES_OFFERED),
        "college_id": college_choices(session),
        "subject_id": subject_choices(session),
    },
)

SPECS: dict[RecordKind, RecordSpec] = {PLACEMENT_CAPACITY.kind: PLACEMENT_CAPACITY}


def save_capacity(
    store: Store, data: CapacityInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) planned placement capacity; raises InvalidRecord."""
    return save_record(store, RecordKind.PLACEMENT_CAPACITY, data, record_id)
