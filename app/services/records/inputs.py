"""What a person types for an enterprise, a workforce demand or an agreement, and its checks.

Messages are literal ``QCoreApplication.translate("Records", ...)`` calls that name the
field; they never repeat the rejected value (it may be personal data).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import AgreementKind, EnterpriseLocation, Level
from app.models.network import Agreement, College, Enterprise, Subject, WorkforceDemand
from app.services.records.common import written_date
from app.services.records.spec import Choice
from app.services.tabular.values import name_key
from app.services.thai.identity import validate_thai_phone
from app.services.thai.provinces import find_province
from app.services.validation import FieldError

THAILAND = "TH"
FIRST_FISCAL_YEAR = 2500
LAST_FISCAL_YEAR = 2700
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass
class EnterpriseInput:
    """An enterprise as typed; ``province`` is a province name (or code) as written."""

    name_th: str = ""
    name_en: str = ""
    location: str = EnterpriseLocation.DOMESTIC.value
    province: str = ""
    country_code: str = THAILAND
    contact_name: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class DemandInput:
    """A workforce demand as chosen and typed."""

    enterprise_id: int | None = None
    subject_id: int | None = None
    level: str = Level.PVC.value
    fiscal_year: int = 0
    positions: int = 0
    note: str = ""


@dataclass
class AgreementInput:
    """An MOU or MOA as chosen and typed; the dates are written day/month/B.E. year."""

    kind: str = AgreementKind.MOU.value
    college_id: int | None = None
    enterprise_id: int | None = None
    signed_on: str = ""
    expires_on: str = ""
    scope: str = ""
    dual_system: bool = False


def field_label(field: str) -> str:
    """The translated label of a field of these forms."""
    labels = {
        "name_th": QCoreApplication.translate("Records", "Name (Thai)"),
        "name_en": QCoreApplication.translate("Records", "Name (English)"),
        "location": QCoreApplication.translate("Records", "Location"),
        "province": QCoreApplication.translate("Records", "Province"),
        "country_code": QCoreApplication.translate("Records", "Country code"),
        "contact_name": QCoreApplication.translate("Records", "Contact person"),
        "phone": QCoreApplication.translate("Records", "Phone number"),
        "email": QCoreApplication.translate("Records", "Email"),
        "enterprise_id": QCoreApplication.translate("Records", "Enterprise"),
        "subject_id": QCoreApplication.translate("Records", "Excellent subject"),
        "level": QCoreApplication.translate("Records", "Level"),
        "fiscal_year": QCoreApplication.translate("Records", "Fiscal year"),
        "positions": QCoreApplication.translate("Records", "Positions"),
        "note": QCoreApplication.translate("Records", "Note"),
        "kind": QCoreApplication.translate("Records", "Agreement type"),
        "college_id": QCoreApplication.translate("Records", "College"),
        "signed_on": QCoreApplication.translate("Records", "Signed on"),
        "expires_on": QCoreApplication.translate("Records", "Expires on"),
        "scope": QCoreApplication.translate("Records", "Scope"),
        "dual_system": QCoreApplication.translate("Records", "Dual vocational training"),
    }
    return labels[field]


def _error(field: str, message: str) -> FieldError:
    return FieldError(field, message.format(label=field_label(field)))


def _required(field: str) -> FieldError:
    return _error(field, QCoreApplication.translate("Records", "{label} is required."))


def validate_enterprise(
    session: Session, data: EnterpriseInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors: list[FieldError] = []
    name = data.name_th.strip()
    if not name:
        errors.append(_required("name_th"))
    else:
        others = session.execute(
            select(Enterprise.id, Enterprise.name_th).where(Enterprise.deleted.is_(False))
        )
        key = name_key(name)
        if any(name_key(text) == key and row_id != record_id for row_id, text in others):
            message = QCoreApplication.translate(
                "Records", "{label}: an enterprise with this name is already recorded."
            )
            errors.append(_error("name_th", message))
    country = data.country_code.strip().upper()
    if data.location == EnterpriseLocation.DOMESTIC.value:
        if not data.province.strip():
            errors.append(_required("province"))
        elif find_province(data.province) is None:
            message = QCoreApplication.translate(
                "Records", "{label}: no Thai province has this name."
            )
            errors.append(_error("province", message))
        if country not in ("", THAILAND):
            message = QCoreApplication.translate(
                "Records", "{label} of an enterprise in Thailand must be TH."
            )
            errors.append(_error("country_code", message))
    elif data.location == EnterpriseLocation.ABROAD.value:
        if not _COUNTRY.match(country) or country == THAILAND:
            message = QCoreApplication.translate(
                "Records",
                "{label}: write the two-letter code of the country abroad, for example JP.",
            )
            errors.append(_error("country_code", message))
        if data.province.strip():
            message = QCoreApplication.translate(
                "Records", "{label} is only for an enterprise in Thailand; leave it empty."
            )
            errors.append(_error("province", message))
    else:
        message = QCoreApplication.translate("Records", "{label}: choose in Thailand or abroad.")
        errors.append(_error("location", message))
    if data.phone.strip():
        try:
            validate_thai_phone(data.phone, "phone")
        except FieldError as error:
            errors.append(error)
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        message = QCoreApplication.translate(
            "Records", "{label} is not a valid email address, for example name@example.com."
        )
        errors.append(_error("email", message))
    return errors


def _is_live(session: Session, model: Any, record_id: int | None) -> bool:
    row = None if record_id is None else session.get(model, record_id)
    return row is not None and not row.deleted


def demand_target_errors(
    session: Session, data: Any, label: Callable[[str], str]
) -> list[FieldError]:
    """Problems of what a demand (or a capacity answering one) is about: enterprise, college
    (when ``data`` has one), subject, level and fiscal year."""
    errors: list[FieldError] = []

    def add(field: str, message: str, **values: object) -> None:
        errors.append(FieldError(field, message.format(label=label(field), **values)))

    if not _is_live(session, Enterprise, data.enterprise_id):
        add(
            "enterprise_id",
            QCoreApplication.translate("Records", "{label}: choose a recorded enterprise."),
        )
    if hasattr(data, "college_id") and not _is_live(session, College, data.college_id):
        add(
            "college_id",
            QCoreApplication.translate("Records", "{label}: choose a recorded college."),
        )
    if not _is_live(session, Subject, data.subject_id):
        add(
            "subject_id",
            QCoreApplication.translate("Records", "{label}: choose a recorded excellent subject."),
        )
    if data.level not in {level.value for level in Level}:
        add("level", QCoreApplication.translate("Records", "{label}: choose one of the levels."))
    if not FIRST_FISCAL_YEAR <= data.fiscal_year <= LAST_FISCAL_YEAR:
        message = QCoreApplication.translate(
            "Records", "{label} must be a Buddhist Era year from {first} to {last}."
        )
        add("fiscal_year", message, first=FIRST_FISCAL_YEAR, last=LAST_FISCAL_YEAR)
    return errors


def validate_demand(
    session: Session, data: DemandInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = demand_target_errors(session, data, field_label)
    if data.positions < 1:
        message = QCoreApplication.translate("Records", "{label} must be at least 1.")
        errors.append(_error("positions", message))
    if not errors:
        same = session.scalars(
            select(WorkforceDemand.id).where(
                WorkforceDemand.deleted.is_(False),
                WorkforceDemand.enterprise_id == data.enterprise_id,
                WorkforceDemand.subject_id == data.subject_id,
                WorkforceDemand.level == Level(data.level),
                WorkforceDemand.fiscal_year == data.fiscal_year,
            )
        )
        if any(row_id != record_id for row_id in same):
            message = QCoreApplication.translate(
                "Records",
                "{label}: this enterprise already has a demand for this subject and level "
                "in this fiscal year.",
            )
            errors.append(_error("fiscal_year", message))
    return errors


def read_date(text: str, field: str) -> date:
    """A date written day/month/year (B.E.) in a form; raises FieldError naming ``field``."""
    return written_date(text, field, field_label)


def validate_agreement(
    session: Session, data: AgreementInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors: list[FieldError] = []
    if data.kind not in {kind.value for kind in AgreementKind}:
        message = QCoreApplication.translate("Records", "{label}: choose MOU or MOA.")
        errors.append(_error("kind", message))
    college = None if data.college_id is None else session.get(College, data.college_id)
    if college is None or college.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded college.")
        errors.append(_error("college_id", message))
    enterprise = None if data.enterprise_id is None else session.get(Enterprise, data.enterprise_id)
    if enterprise is None or enterprise.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded enterprise.")
        errors.append(_error("enterprise_id", message))
    signed: date | None = None
    if not data.signed_on.strip():
        errors.append(_required("signed_on"))
    else:
        try:
            signed = read_date(data.signed_on, "signed_on")
        except FieldError as error:
            errors.append(error)
    if data.expires_on.strip():
        try:
            expires = read_date(data.expires_on, "expires_on")
        except FieldError as error:
            errors.append(error)
        else:
            if signed is not None and expires < signed:
                message = QCoreApplication.translate(
                    "Records", "{label} cannot be before the signing date."
                )
                errors.append(_error("expires_on", message))
    if not errors:
        same = session.scalars(
            select(Agreement.id).where(
                Agreement.deleted.is_(False),
                Agreement.kind == AgreementKind(data.kind),
                Agreement.college_id == data.college_id,
                Agreement.enterprise_id == data.enterprise_id,
                Agreement.signed_on == signed,
            )
        )
        if any(row_id != record_id for row_id in same):
            message = QCoreApplication.translate(
                "Records",
                "{label}: this college already has an agreement of this type with this "
                "enterprise signed on this date.",
            )
            errors.append(_error("signed_on", message))
    return errors


def college_choices(session: Session) -> list[Choice]:
    """The live colleges an agreement can belong to, by name."""
    rows = session.execute(
        select(College.id, College.name_th)
        .where(College.deleted.is_(False))
        .order_by(College.name_sort)
    )
    return [Choice(row_id, name) for row_id, name in rows]


def enterprise_choices(session: Session, limit: int | None = None) -> list[Choice]:
    """The live enterprises a demand can belong to, by name (the first ``limit`` of them)."""
    rows = session.execute(
        select(Enterprise.id, Enterprise.name_th)
        .where(Enterprise.deleted.is_(False))
        .order_by(Enterprise.name_sort)
        .limit(limit)
    )
    return [Choice(row_id, name) for row_id, name in rows]


def subject_choices(session: Session) -> list[Choice]:
    """The live excellent subjects, by name."""
    rows = session.execute(
        select(Subject.id, Subject.name_th)
        .where(Subject.deleted.is_(False))
        .order_by(Subject.name_th)
    )
    return [Choice(row_id, name) for row_id, name in rows]
