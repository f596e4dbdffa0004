"""Entering, editing and deleting single records by hand, with validation and one-step undo."""

from app.services.records.edit import (
    RecordKind,
    UndoStep,
    delete_record,
    load_demand,
    load_enterprise,
    save_demand,
    save_enterprise,
    undo,
)
from app.services.records.inputs import (
    Choice,
    DemandInput,
    EnterpriseInput,
    InvalidRecord,
    enterprise_choices,
    field_label,
    subject_choices,
    validate_demand,
    validate_enterprise,
)

__all__ = [
    "Choice",
    "DemandInput",
    "EnterpriseInput",
    "InvalidRecord",
    "RecordKind",
    "UndoStep",
    "delete_record",
    "enterprise_choices",
    "field_label",
    "load_demand",
    "load_enterprise",
    "save_demand",
    "save_enterprise",
    "subject_choices",
    "undo",
    "validate_demand",
    "validate_enterprise",
]
