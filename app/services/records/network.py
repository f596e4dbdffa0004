"""The forms of the network lists: enterprises, workforce demand and agreements (MOU/MOA)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models.enums import AgreementKind, EnterpriseLocation, Level
from app.models.network import Agreement, Enterprise, WorkforceDemand
from app.services.listing import ListKind, ListQuery, labels, page
from app.services.records.edit import UndoStep, live_row, save_record
from app.services.records.inputs import (
    THAILAND,
    AgreementInput,
    DemandInput,
    EnterpriseInput,
    college_choices,
    enterprise_choices,
    field_label,
    read_date,
    subject_choices,
    validate_agreement,
    validate_demand,
    validate_enterprise,
)
from app.services.records.spec import (
    Choice,
    FieldSpec,
    FieldWidget,
    RecordKind,
    RecordLookup,
    RecordSpec,
)
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import current_fiscal_year
from app.services.thai.identity import validate_thai_phone
from app.services.thai.provinces import find_province, province_by_code


def _optional(text: str) -> str | None:
    return text.strip() or None


def date_hint() -> str:
    """The hint in an empty date field."""
    return QCoreApplication.translate("Records", "day/month/B.E. year, for example 1/10/2568")


# -- choosing an enterprise among many ------------------------------------------------------
ENTERPRISES_OFFERED = 200
"""Enterprises a form lists before anything is typed; typing searches them all."""


def _search_enterprises(session: Session, text: str, limit: int) -> list[Choice]:
    rows = page(session, ListQuery(ListKind.ENTERPRISES, search=text), 0, limit)
    return [Choice(row.id, str(row.values[0])) for row in rows]


def _enterprise_by_id(session: Session, record_id: int) -> Choice | None:
    row = session.get(Enterprise, record_id)
    return None if row is None or row.deleted else Choice(row.id, row.name_th)


ENTERPRISE_LOOKUP = RecordLookup(_search_enterprises, _enterprise_by_id)
"""Shared by every form field that picks an enterprise."""


def enterprise_field() -> FieldSpec:
    """The field that picks an enterprise by any part of its name."""
    return FieldSpec("enterprise_id", FieldWidget.RECORD, lookup=ENTERPRISE_LOOKUP)


# -- enterprises ------------------------------------------------------------------------------
def _fill_enterprise(_session: Session, row: Any, data: EnterpriseInput) -> None:
    location = EnterpriseLocation(data.location)
    province = find_province(data.province) if data.province.strip() else None
    row.name_th = data.name_th.strip()
    row.name_en = _optional(data.name_en)
    row.location = location
    row.country_code = (
        THAILAND if location is EnterpriseLocation.DOMESTIC else data.country_code.strip().upper()
    )
    row.province_code = province.code if province is not None else None
    row.contact_name = _optional(data.contact_name)
    row.phone = validate_thai_phone(data.phone) if data.phone.strip() else None
    row.email = _optional(data.email)


def _load_enterprise(_session: Session, row: Any) -> EnterpriseInput:
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


ENTERPRISE = RecordSpec(
    kind=RecordKind.ENTERPRISE,
    model=Enterprise,
    columns=(
        "name_th",
        "name_en",
        "location",
        "country_code",
        "province_code",
        "contact_name",
        "phone",
        "email",
    ),
    fields=(
        FieldSpec("name_th"),
        FieldSpec("name_en"),
        FieldSpec("location", FieldWidget.CHOICE, options=labels.location),
        FieldSpec("province"),
        FieldSpec(
            "country_code",
            max_length=2,
            hint=lambda: QCoreApplication.translate("Records", "two letters, for example TH or JP"),
        ),
        FieldSpec("contact_name"),
        FieldSpec(
            "phone",
            max_length=20,
            hint=lambda: QCoreApplication.translate("Records", "for example 081 234 5678"),
        ),
        FieldSpec("email"),
    ),
    label=field_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New enterprise"),
        QCoreApplication.translate("Records", "Edit enterprise"),
    ),
    blank=lambda _session: EnterpriseInput(),
    load=_load_enterprise,
    validate=validate_enterprise,
    fill=_fill_enterprise,
)


# -- workforce demand -------------------------------------------------------------------------
def _fill_demand(_session: Session, row: Any, data: DemandInput) -> None:
    row.enterprise_id = data.enterprise_id
    row.subject_id = data.subject_id
    row.level = Level(data.level)
    row.fiscal_year = data.fiscal_year
    row.positions = data.positions
    row.note = _optional(data.note)


def _load_demand(_session: Session, row: Any) -> DemandInput:
    return DemandInput(
        enterprise_id=row.enterprise_id,
        subject_id=row.subject_id,
        level=Level(row.level).value,
        fiscal_year=row.fiscal_year,
        positions=row.positions,
        note=row.note or "",
    )


DEMAND = RecordSpec(
    kind=RecordKind.DEMAND,
    model=WorkforceDemand,
    columns=("enterprise_id", "subject_id", "level", "fiscal_year", "positions", "note"),
    fields=(
        enterprise_field(),
        FieldSpec("subject_id", FieldWidget.RECORD),
        FieldSpec("level", FieldWidget.CHOICE, options=labels.level),
        FieldSpec("fiscal_year", FieldWidget.NUMBER, maximum=9999),
        FieldSpec("positions", FieldWidget.NUMBER),
        FieldSpec("note"),
    ),
    label=field_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New workforce demand"),
        QCoreApplication.translate("Records", "Edit workforce demand"),
    ),
    blank=lambda _session: DemandInput(fiscal_year=current_fiscal_year(), positions=1),
    load=_load_demand,
    validate=validate_demand,
    fill=_fill_demand,
    choices=lambda session: {
        "enterprise_id": enterprise_choices(session, ENTERPRISES_OFFERED),
        "subject_id": subject_choices(session),
    },
)


# -- agreements -------------------------------------------------------------------------------
def _fill_agreement(_session: Session, row: Any, data: AgreementInput) -> None:
    row.kind = AgreementKind(data.kind)
    row.college_id = data.college_id
    row.enterprise_id = data.enterprise_id
    row.signed_on = read_date(data.signed_on, "signed_on")
    row.expires_on = read_date(data.expires_on, "expires_on") if data.expires_on.strip() else None
    row.scope = _optional(data.scope)
    row.dual_system = data.dual_system


def _load_agreement(_session: Session, row: Any) -> AgreementInput:
    return AgreementInput(
        kind=AgreementKind(row.kind).value,
        college_id=row.college_id,
        enterprise_id=row.enterprise_id,
        signed_on=format_thai_date(row.signed_on, "numeric"),
        expires_on=format_thai_date(row.expires_on, "numeric") if row.expires_on else "",
        scope=row.scope or "",
        dual_system=bool(row.dual_system),
    )


AGREEMENT = RecordSpec(
    kind=RecordKind.AGREEMENT,
    model=Agreement,
    columns=(
        "kind",
        "college_id",
        "enterprise_id",
        "signed_on",
        "expires_on",
        "scope",
        "dual_system",
    ),
    fields=(
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.agreement_kind),
        FieldSpec("college_id", FieldWidget.RECORD),
        enterprise_field(),
        FieldSpec("signed_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("expires_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("scope", FieldWidget.LONG_TEXT),
        FieldSpec("dual_system", FieldWidget.CHECK),
    ),
    label=field_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New agreement"),
        QCoreApplication.translate("Records", "Edit agreement"),
    ),
    blank=lambda _session: AgreementInput(),
    load=_load_agreement,
    validate=validate_agreement,
    fill=_fill_agreement,
    choices=lambda session: {
        "college_id": college_choices(session),
        "enterprise_id": enterprise_choices(session, ENTERPRISES_OFFERED),
    },
)

SPECS: dict[RecordKind, RecordSpec] = {spec.kind: spec for spec in (ENTERPRISE, DEMAND, AGREEMENT)}


# -- shorthands ---------------------------------------------------------------------------------
def save_enterprise(
    store: Store, data: EnterpriseInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) an enterprise; raises InvalidRecord."""
    return save_record(store, RecordKind.ENTERPRISE, data, record_id)


def save_demand(
    store: Store, data: DemandInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) a workforce demand; raises InvalidRecord."""
    return save_record(store, RecordKind.DEMAND, data, record_id)


def save_agreement(
    store: Store, data: AgreementInput, record_id: int | None = None
) -> tuple[int, UndoStep]:
    """Add (or with ``record_id`` change) an MOU or MOA; raises InvalidRecord."""
    return save_record(store, RecordKind.AGREEMENT, data, record_id)


def load_enterprise(session: Session, record_id: int) -> EnterpriseInput:
    """The stored enterprise as a form shows it."""
    return _load_enterprise(session, live_row(session, RecordKind.ENTERPRISE, record_id))


def load_demand(session: Session, record_id: int) -> DemandInput:
    """The stored workforce demand as a form shows it."""
    return _load_demand(session, live_row(session, RecordKind.DEMAND, record_id))


def load_agreement(session: Session, record_id: int) -> AgreementInput:
    """The stored agreement as a form shows it (dates day/month/B.E. year)."""
    return _load_agreement(session, live_row(session, RecordKind.AGREEMENT, record_id))
