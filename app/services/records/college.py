"""The form of a network college."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import College
from app.services.listing import labels
from app.services.records.common import (
    CENTER_FIELD,
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    site_center_id,
)
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.tabular.values import name_key
from app.services.thai.identity import format_thai_phone, validate_thai_phone
from app.services.thai.provinces import find_province, province_by_code
from app.services.validation import FieldError


# -- colleges ---------------------------------------------------------------------------------
@dataclass
class CollegeInput:
    """A network college as typed; ``province`` is a province name (or code) as written."""

    name_th: str = ""
    name_en: str = ""
    code: str = ""
    ownership: str = Ownership.PUBLIC.value
    group: str = CollegeGroupCode.STANDARD.value
    province: str = ""
    address: str = ""
    phone: str = ""
    teaches_pvc: bool = True
    teaches_pvs: bool = True
    teaches_btech: bool = False
    teaches_short: bool = True
    offers_formal: bool = True
    offers_nonformal: bool = False
    offers_dual: bool = True


_LIMITS = {
    "name_th": column_length(College, "name_th", 200),
    "name_en": column_length(College, "name_en", 200),
    "code": column_length(College, "code", 20),
}
_PHONE_LENGTH = column_length(College, "phone", 20)
_FLAGS = (
    "teaches_pvc",
    "teaches_pvs",
    "teaches_btech",
    "teaches_short",
    "offers_formal",
    "offers_nonformal",
    "offers_dual",
)


def college_label(field: str) -> str:
    """The translated label of a field of the college form."""
    texts = {
        "name_th": QCoreApplication.translate("Records", "Name (Thai)"),
        "name_en": QCoreApplication.translate("Records", "Name (English)"),
        "code": QCoreApplication.translate("Records", "College code"),
        "ownership": QCoreApplication.translate("Records", "Public or private"),
        "group": QCoreApplication.translate("Records", "College group"),
        "province": QCoreApplication.translate("Records", "Province"),
        "address": QCoreApplication.translate("Records", "Address"),
        "phone": QCoreApplication.translate("Records", "Phone number"),
        "teaches_pvc": QCoreApplication.translate("Records", "Teaches the Vocational Certificate"),
        "teaches_pvs": QCoreApplication.translate(
            "Records", "Teaches the Higher Vocational Certificate"
        ),
        "teaches_btech": QCoreApplication.translate(
            "Records", "Teaches the Bachelor of Technology"
        ),
        "teaches_short": QCoreApplication.translate("Records", "Runs short courses"),
        "offers_formal": QCoreApplication.translate("Records", "Offers formal study"),
        "offers_nonformal": QCoreApplication.translate("Records", "Offers non-formal study"),
        "offers_dual": QCoreApplication.translate("Records", "Offers dual vocational training"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def _others(session: Session, record_id: int | None) -> list[tuple[str, str | None]]:
    """Names and codes of the live colleges other than the edited one."""
    rows = session.execute(
        select(College.id, College.name_th, College.code).where(College.deleted.is_(False))
    )
    return [(name, code) for row_id, name, code in rows if row_id != record_id]


def validate_college(
    session: Session, data: CollegeInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _LIMITS, college_label)
    too_long = {error.field for error in errors}
    others = _others(session, record_id)
    if not data.name_th.strip():
        errors.append(required("name_th", college_label))
    elif "name_th" not in too_long and name_key(data.name_th) in {
        name_key(name) for name, _code in others
    }:
        message = QCoreApplication.translate(
            "Records", "{label}: a college with this name is already recorded."
        )
        errors.append(field_error("name_th", message, college_label))
    codes = {name_key(code) for _name, code in others if code}
    if data.code.strip() and "code" not in too_long and name_key(data.code) in codes:
        message = QCoreApplication.translate(
            "Records", "{label}: another college already has this code."
        )
        errors.append(field_error("code", message, college_label))
    if data.ownership not in {value.value for value in Ownership}:
        message = QCoreApplication.translate("Records", "{label}: choose public or private.")
        errors.append(field_error("ownership", message, college_label))
    if data.group not in {value.value for value in CollegeGroupCode}:
        message = QCoreApplication.translate("Records", "{label}: choose one of the groups.")
        errors.append(field_error("group", message, college_label))
    if not data.province.strip():
        errors.append(required("province", college_label))
    elif find_province(data.province) is None:
        message = QCoreApplication.translate("Records", "{label}: no Thai province has this name.")
        errors.append(field_error("province", message, college_label))
    if data.phone.strip():
        try:
            validate_thai_phone(data.phone, "phone")
        except FieldError as error:
            errors.append(error)
    return errors


def _fill_college(session: Session, row: Any, data: CollegeInput) -> None:
    province = find_province(data.province)
    row.name_th = data.name_th.strip()
    row.name_en = optional(data.name_en)
    row.code = optional(data.code)
    row.ownership = Ownership(data.ownership)
    row.group = CollegeGroupCode(data.group)
    row.province_code = province.code if province is not None else None
    row.address = optional(data.address)
    row.phone = validate_thai_phone(data.phone) if data.phone.strip() else None
    for flag in _FLAGS:
        setattr(row, flag, bool(getattr(data, flag)))
    if row.id is None:  # a new college joins this installation's center; an edit keeps its own
        row.center_id = site_center_id(session)


def _load_college(_session: Session, row: Any) -> CollegeInput:
    province = province_by_code(row.province_code) if row.province_code else None
    return CollegeInput(
        name_th=row.name_th,
        name_en=row.name_en or "",
        code=row.code or "",
        ownership=Ownership(row.ownership).value,
        group=CollegeGroupCode(row.group).value,
        province=province.name_th if province is not None else "",
        address=row.address or "",
        phone=format_thai_phone(row.phone) if row.phone else "",
        **{flag: bool(getattr(row, flag)) for flag in _FLAGS},
    )


def _phone_hint() -> str:
    return QCoreApplication.translate("Records", "for example 081 234 5678")


COLLEGE = RecordSpec(
    kind=RecordKind.COLLEGE,
    model=College,
    columns=(
        "name_th",
        "name_en",
        "code",
        "ownership",
        "group",
        "province_code",
        "center_id",
        "address",
        "phone",
        *_FLAGS,
    ),
    fields=(
        FieldSpec("name_th", max_length=_LIMITS["name_th"]),
        FieldSpec("name_en", max_length=_LIMITS["name_en"]),
        FieldSpec("code", max_length=_LIMITS["code"]),
        FieldSpec("ownership", FieldWidget.CHOICE, options=labels.ownership),
        FieldSpec("group", FieldWidget.CHOICE, options=labels.college_group),
        FieldSpec("province"),
        FieldSpec("address", FieldWidget.LONG_TEXT),
        FieldSpec("phone", max_length=_PHONE_LENGTH, hint=_phone_hint),
        *(FieldSpec(flag, FieldWidget.CHECK) for flag in _FLAGS),
    ),
    label=college_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New network college"),
        QCoreApplication.translate("Records", "Edit network college"),
    ),
    blank=lambda _session: CollegeInput(),
    load=_load_college,
    validate=validate_college,
    fill=_fill_college,
)

SPECS: dict[RecordKind, RecordSpec] = {RecordKind.COLLEGE: COLLEGE}
