"""Entering, editing and deleting single records by hand, with validation and one-step undo."""

from app.services.records.edit import (
    UndoStep,
    delete_record,
    live_row,
    open_form,
    save_record,
    undo,
)
from app.services.records.inputs import (
    AgreementInput,
    DemandInput,
    EnterpriseInput,
    college_choices,
    enterprise_choices,
    field_label,
    subject_choices,
    validate_agreement,
    validate_demand,
    validate_enterprise,
)
from app.services.records.network import (
    load_agreement,
    load_demand,
    load_enterprise,
    save_agreement,
    save_demand,
    save_enterprise,
)
from app.services.records.registry import record_spec
from app.services.records.spec import (
    Choice,
    FieldSpec,
    FieldWidget,
    FormData,
    InvalidRecord,
    RecordKind,
    RecordSpec,
)

__all__ = [
    "AgreementInput",
    "Choice",
    "DemandInput",
    "EnterpriseInput",
    "FieldSpec",
    "FieldWidget",
    "FormData",
    "InvalidRecord",
    "RecordKind",
    "RecordSpec",
    "UndoStep",
    "college_choices",
    "delete_record",
    "enterprise_choices",
    "field_label",
    "live_row",
    "load_agreement",
    "load_demand",
    "load_enterprise",
    "open_form",
    "record_spec",
    "save_agreement",
    "save_demand",
    "save_enterprise",
    "save_record",
    "subject_choices",
    "undo",
    "validate_agreement",
    "validate_demand",
    "validate_enterprise",
]
