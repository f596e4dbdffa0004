"""The forms of the center's committees and of their members (manual activity 1.1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import CommitteeKind, MemberRole
from app.models.governance import Committee, CommitteeMember
from app.services.listing import labels
from app.services.records.common import (
    CENTER_FIELD,
    column_length,
    field_error,
    length_errors,
    no_center_error,
    optional,
    required,
    site_center_id,
    written_date,
)
from app.services.records.meeting import record_center
from app.services.records.network import date_hint
from app.services.records.spec import Choice, FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.tabular.values import name_key
from app.services.thai.dates import format_thai_date
from app.services.thai.titles import all_titles, title_by_code
from app.services.validation import FieldError

NO_TITLE = ""


# -- committees -------------------------------------------------------------------------------
@dataclass
class CommitteeInput:
    """A committee as typed; ``appointed_on`` is day/month/B.E. year or empty."""

    kind: str = CommitteeKind.EXECUTIVE.value
    name: str = ""
    appointed_on: str = ""


_COMMITTEE_LIMITS = {"name": column_length(Committee, "name", 250)}


def committee_label(field: str) -> str:
    """The translated label of a field of the committee form."""
    texts = {
        "kind": QCoreApplication.translate("Records", "Committee type"),
        "name": QCoreApplication.translate("Records", "Committee name"),
        "appointed_on": QCoreApplication.translate("Records", "Appointed on"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def validate_committee(
    session: Session, data: CommitteeInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _COMMITTEE_LIMITS, committee_label)
    center_id = record_center(session, Committee, record_id)
    if center_id is None:
        errors.append(no_center_error())
    if data.kind not in {kind.value for kind in CommitteeKind}:
        message = QCoreApplication.translate(
            "Records", "{label}: choose one of the types of committee."
        )
        errors.append(field_error("kind", message, committee_label))
    if not data.name.strip():
        errors.append(required("name", committee_label))
    if data.appointed_on.strip():
        try:
            written_date(data.appointed_on, "appointed_on", committee_label)
        except FieldError as error:
            errors.append(error)
    if not errors:
        others = session.execute(
            select(Committee.id, Committee.name).where(
                Committee.deleted.is_(False), Committee.center_id == center_id
            )
        )
        key = name_key(data.name)
        if any(name_key(name) == key and row_id != record_id for row_id, name in others):
            message = QCoreApplication.translate(
                "Records", "{label}: a committee with this name is already recorded."
            )
            errors.append(field_error("name", message, committee_label))
    return errors


def _fill_committee(session: Session, row: Any, data: CommitteeInput) -> None:
    row.kind = CommitteeKind(data.kind)
    row.name = data.name.strip()
    row.appointed_on = (
        written_date(data.appointed_on, "appointed_on", committee_label)
        if data.appointed_on.strip()
        else None
    )
    if row.id is None:  # a new committee is this installation's center's; an edit keeps its own
        row.center_id = site_center_id(session)


def _load_committee(_session: Session, row: Any) -> CommitteeInput:
    return CommitteeInput(
        kind=CommitteeKind(row.kind).value,
        name=row.name,
        appointed_on=format_thai_date(row.appointed_on, "numeric") if row.appointed_on else "",
    )


COMMITTEE = RecordSpec(
    kind=RecordKind.COMMITTEE,
    model=Committee,
    columns=("center_id", "kind", "name", "appointed_on"),
    fields=(
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.committee_kind),
        FieldSpec("name", max_length=_COMMITTEE_LIMITS["name"]),
        FieldSpec("appointed_on", FieldWidget.DATE, hint=date_hint),
    ),
    label=committee_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New committee"),
        QCoreApplication.translate("Records", "Edit committee"),
    ),
    blank=lambda _session: CommitteeInput(),
    load=_load_committee,
    validate=validate_committee,
    fill=_fill_committee,
)


# -- committee members ------------------------------------------------------------------------
@dataclass
class MemberInput:
    """A committee member as chosen and typed; ``title_code`` "" is no title."""

    committee_id: int | None = None
    title_code: str = NO_TITLE
    full_name: str = ""
    organisation: str = ""
    role: str = MemberRole.MEMBER.value


_MEMBER_LIMITS = {
    "full_name": column_length(CommitteeMember, "full_name", 200),
    "organisation": column_length(CommitteeMember, "organisation", 250),
}


def member_label(field: str) -> str:
    """The translated label of a field of the committee member form."""
    texts = {
        "committee_id": QCoreApplication.translate("Records", "Committee"),
        "title_code": QCoreApplication.translate("Records", "Name title"),
        "full_name": QCoreApplication.translate("Records", "Full name"),
        "organisation": QCoreApplication.translate("Records", "Organisation"),
        "role": QCoreApplication.translate("Records", "Role on the committee"),
    }
    return texts[field]


def title_options() -> dict[str, str]:
    """No title, then the controlled name titles (most common first), in the UI language."""
    shown = QCoreApplication.translate("Records", "{english} ({thai})")
    options = {NO_TITLE: QCoreApplication.translate("Records", "(no title)")}
    for title in all_titles():
        options[title.code] = shown.format(english=title.en, thai=title.th)
    return options


def committee_choices(session: Session) -> list[Choice]:
    """The live committees a member can sit on, by name."""
    rows = session.execute(
        select(Committee.id, Committee.name)
        .where(Committee.deleted.is_(False))
        .order_by(Committee.name_sort)
    )
    return [Choice(row_id, name) for row_id, name in rows]


def validate_member(
    session: Session, data: MemberInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _MEMBER_LIMITS, member_label)
    committee = None if data.committee_id is None else session.get(Committee, data.committee_id)
    if committee is None or committee.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded committee.")
        errors.append(field_error("committee_id", message, member_label))
    if data.title_code != NO_TITLE and title_by_code(data.title_code) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a title from the list.")
        errors.append(field_error("title_code", message, member_label))
    if not data.full_name.strip():
        errors.append(required("full_name", member_label))
    if data.role not in {role.value for role in MemberRole}:
        message = QCoreApplication.translate("Records", "{label}: choose one of the roles.")
        errors.append(field_error("role", message, member_label))
    if not errors:
        others = session.execute(
            select(CommitteeMember.id, CommitteeMember.full_name).where(
                CommitteeMember.deleted.is_(False),
                CommitteeMember.committee_id == data.committee_id,
            )
        )
        key = name_key(data.full_name)
        if any(name_key(name) == key and row_id != record_id for row_id, name in others):
            message = QCoreApplication.translate(
                "Records", "{label}: this person is already a member of this committee."
            )
            errors.append(field_error("full_name", message, member_label))
    return errors


def _blank_member(session: Session) -> MemberInput:
    """A new member sits on the first committee the form offers (as the form shows it)."""
    first = next(iter(committee_choices(session)), None)
    return MemberInput(committee_id=first.record_id if first is not None else None)


def _fill_member(_session: Session, row: Any, data: MemberInput) -> None:
    row.committee_id = data.committee_id
    row.title_code = data.title_code or None
    row.full_name = data.full_name.strip()
    row.organisation = optional(data.organisation)
    row.role = MemberRole(data.role)


def _load_member(_session: Session, row: Any) -> MemberInput:
    return MemberInput(
        committee_id=row.committee_id,
        title_code=row.title_code or NO_TITLE,
        full_name=row.full_name,
        organisation=row.organisation or "",
        role=MemberRole(row.role).value,
    )


COMMITTEE_MEMBER = RecordSpec(
    kind=RecordKind.COMMITTEE_MEMBER,
    model=CommitteeMember,
    columns=("committee_id", "title_code", "full_name", "organisation", "role"),
    fields=(
        FieldSpec("committee_id", FieldWidget.RECORD),
        FieldSpec("title_code", FieldWidget.CHOICE, options=title_options),
        FieldSpec("full_name", max_length=_MEMBER_LIMITS["full_name"]),
        FieldSpec("organisation", max_length=_MEMBER_LIMITS["organisation"]),
        FieldSpec("role", FieldWidget.CHOICE, options=labels.member_role),
    ),
    label=member_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New committee member"),
        QCoreApplication.translate("Records", "Edit committee member"),
    ),
    blank=_blank_member,
    load=_load_member,
    validate=validate_member,
    fill=_fill_member,
    choices=lambda session: {"committee_id": committee_choices(session)},
)

SPECS: dict[RecordKind, RecordSpec] = {spec.kind: spec for spec in (COMMITTEE, COMMITTEE_MEMBER)}
