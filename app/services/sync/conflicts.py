"""Conflicts kept for review, and each record's sync state.

An import that meets two concurrent versions of a record applies one of them (the same one
at every site) and keeps the other in ``sync_conflict``. Here a person sees both versions
field by field and settles the record: the chosen values are written through the ORM, so
the change-tracking hook stamps a new version that dominates both and travels to the other
sites like any edit.

A conflict whose record has since received, from another site, a version made after both
versions were known there (the other site settled it, or edited the record again) needs no
review here any more: it no longer counts as open.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Boolean, Connection, select
from sqlalchemy import inspect as inspect_model
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models.base import SyncedBase
from app.models.site import Site
from app.models.sync import SyncConflict
from app.services.hlc import Stamp
from app.services.listing import labels
from app.services.site_identity import local_site
from app.services.sync.tables import SyncTable, sync_table, table_names
from app.services.sync.vectors import Order, compare, merge
from app.services.sync.wire import Row, read_by_uuid
from app.services.thai.dates import format_thai_date
from app.services.thai.titles import title_by_code
from app.services.validation import FieldError

Choice = Literal["kept", "lost"]
TRACKING_COLUMNS = frozenset({"uuid", "version_vector", "hlc", "modified_by_site"})
EMPTY = "—"


class SyncState(StrEnum):
    NOT_SENT = "not_sent"
    """Changed here since the last package that carried it."""
    SENT = "sent"
    CONFLICT = "conflict"
    """Two sites changed it at once; a person has not settled it yet."""


def sync_state_label(state: SyncState) -> str:
    names = {
        SyncState.NOT_SENT: QCoreApplication.translate("SyncState", "Local changes not sent yet"),
        SyncState.SENT: QCoreApplication.translate("SyncState", "Sent"),
        SyncState.CONFLICT: QCoreApplication.translate(
            "SyncState", "In conflict: waiting for review"
        ),
    }
    return names[state]


@dataclass(frozen=True)
class ConflictItem:
    id: int
    table: str
    label: str
    """The record's name or title (never a national id)."""
    detected_at: datetime
    differing: int
    """How many fields differ between the two versions."""


@dataclass(frozen=True)
class FieldDifference:
    name: str
    label: str
    kept: str
    """The applied version's value, as shown to a person."""
    lost: str
    differs: bool


@dataclass(frozen=True)
class VersionInfo:
    site_uuid: str
    site_name: str
    """The site's name when it is known here, else "another site"."""
    stamped_at: datetime | None
    """The clock time of the site that made the version."""
    deleted: bool


@dataclass(frozen=True)
class ConflictDetail:
    id: int
    table: str
    label: str
    detected_at: datetime
    kept: VersionInfo
    """The version applied."""
    lost: VersionInfo
    """The version kept for review."""
    fields: tuple[FieldDifference, ...]

    @property
    def differing(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields if field.differs)


# -- which conflicts are open -------------------------------------------------------------------
def _vector_of(connection: Connection, table: str, row_uuid: str) -> dict[str, int] | None:
    text = connection.exec_driver_sql(
        f'SELECT version_vector FROM "{table}" WHERE uuid = ?', (row_uuid,)
    ).scalar_one_or_none()
    return None if text is None else dict(json.loads(text or "{}"))


def _superseded(conflict: SyncConflict, current: dict[str, int] | None, local_uuid: str) -> bool:
    """Whether another site made a version after it knew both versions of the conflict."""
    if current is None:
        return False
    both = merge(conflict.kept.get("version_vector", {}), conflict.lost.get("version_vector", {}))
    return compare(current, both) is Order.FIRST_NEWER and any(
        counter > both.get(site, 0) for site, counter in current.items() if site != local_uuid
    )


def _open(session: Session, conflicts: Iterable[SyncConflict]) -> list[SyncConflict]:
    local = local_site(session)
    local_uuid = local.uuid if local is not None else ""
    connection = session.connection()
    return [
        conflict
        for conflict in conflicts
        if conflict.table_name in table_names()
        and not _superseded(
            conflict, _vector_of(connection, conflict.table_name, conflict.row_uuid), local_uuid
        )
    ]


def _unresolved(session: Session) -> list[SyncConflict]:
    return list(
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc())
        )
    )


def conflict_count(session: Session) -> int:
    return len(_open(session, _unresolved(session)))


def open_conflicts(session: Session) -> list[ConflictItem]:
    """The conflicts waiting for review, newest first."""
    namer = _Namer(session.connection())
    items = []
    for conflict in _open(session, _unresolved(session)):
        table = sync_table(conflict.table_name)
        items.append(
            ConflictItem(
                id=conflict.id,
                table=table.name,
                label=namer.label(table.name, conflict.kept),
                detected_at=conflict.detected_at,
                differing=len(_differing(table, conflict.kept, conflict.lost)),
            )
        )
    return items


def _open_conflict(session: Session, conflict_id: int) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None or not _open(session, [conflict]):
        raise FieldError(
            "conflict",
            QCoreApplication.translate(
                "SyncConflicts",
                "This conflict was already settled or no longer exists. Refresh the list.",
            ),
        )
    return conflict


# -- the fields of two versions -----------------------------------------------------------------
def data_columns(table: SyncTable) -> tuple[str, ...]:
    """The fields a person edits (the tombstone flag last), without change tracking and
    derived sort keys."""
    columns = [
        column
        for column in table.columns
        if column not in TRACKING_COLUMNS and column not in table.sort_keys and column != "deleted"
    ]
    return (*columns, "deleted")


def _differing(table: SyncTable, kept: Row, lost: Row) -> tuple[str, ...]:
    return tuple(column for column in data_columns(table) if kept.get(column) != lost.get(column))


def differences(session: Session, conflict_id: int) -> ConflictDetail:
    """Both versions of a conflict, field by field, as a person reads them."""
    conflict = _open_conflict(session, conflict_id)
    table = sync_table(conflict.table_name)
    connection = session.connection()
    namer = _Namer(connection)
    fields = tuple(
        FieldDifference(
            name=column,
            label=_field_label(table.name, column),
            kept=namer.value(table, column, conflict.kept.get(column)),
            lost=namer.value(table, column, conflict.lost.get(column)),
            differs=conflict.kept.get(column) != conflict.lost.get(column),
        )
        for column in data_columns(table)
    )
    return ConflictDetail(
        id=conflict.id,
        table=table.name,
        label=namer.label(table.name, conflict.kept),
        detected_at=conflict.detected_at,
        kept=_version(session, conflict.kept),
        lost=_version(session, conflict.lost),
        fields=fields,
    )


def _version(session: Session, row: Row) -> VersionInfo:
    site_uuid = str(row.get("modified_by_site") or "")
    name = session.scalars(select(Site.name).where(Site.uuid == site_uuid)).first()
    try:
        stamped_at: datetime | None = datetime.fromtimestamp(
            Stamp.parse(str(row.get("hlc"))).physical_ms / 1000
        )
    except (ValueError, OverflowError, OSError):
        stamped_at = None
    return VersionInfo(
        site_uuid=site_uuid,
        site_name=name or QCoreApplication.translate("SyncConflicts", "another site"),
        stamped_at=stamped_at,
        deleted=bool(row.get("deleted")),
    )


# -- settling -----------------------------------------------------------------------------------
def resolve(session: Session, conflict_id: int, choices: dict[str, Choice]) -> str:
    """Settle a conflict: each differing field named ``"lost"`` in ``choices`` takes the
    other version's value, every other field keeps the applied one. The record is written
    through the ORM (a new version that dominates both). Returns the resolution text.

    The caller commits (``with session.begin():``)."""
    conflict = _open_conflict(session, conflict_id)
    table = sync_table(conflict.table_name)
    model = _model(table.name)
    row = session.scalars(select(model).where(model.uuid == conflict.row_uuid)).one_or_none()
    if row is None:
        raise _missing_record()
    differing = _differing(table, conflict.kept, conflict.lost)
    taken = [column for column in differing if choices.get(column, "kept") == "lost"]
    mapper = inspect_model(model)
    for column in taken:
        key = mapper.get_property_by_column(table.table.c[column]).key
        setattr(row, key, _python_value(session, table, column, conflict.lost.get(column)))
    if not session.is_modified(row, include_collections=False):
        # Keeping the applied version as it is still makes a new version: it tells the
        # other sites that the conflict is settled.
        flag_modified(row, "deleted")
    if not taken:
        resolution = "kept applied"
    elif len(taken) == len(differing):
        resolution = "kept other"
    else:
        resolution = "merged: " + ", ".join(taken)
    conflict.resolved_at = datetime.now()
    conflict.resolution = resolution
    session.flush()
    return resolution


def _missing_record() -> FieldError:
    return FieldError(
        "conflict",
        QCoreApplication.translate(
            "SyncConflicts", "The record of this conflict is no longer in the database."
        ),
    )


@cache
def _model(table: str) -> type[SyncedBase]:
    for mapper in SyncedBase.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            model: type[SyncedBase] = mapper.class_
            return model
    raise KeyError(table)


def _python_value(session: Session, table: SyncTable, column: str, raw: Any) -> Any:
    """A stored (wire) value as the ORM attribute holds it; a reference becomes the local
    id of the referenced record."""
    if raw is None:
        return None
    parent = table.references.get(column)
    if parent is not None:
        row_id = (
            session.connection()
            .exec_driver_sql(f'SELECT id FROM "{parent}" WHERE uuid = ?', (raw,))
            .scalar_one_or_none()
        )
        if row_id is None:
            raise _missing_record()
        return row_id
    return _converter(session.connection(), table.name, column)(raw)


def _converter(connection: Connection, table: str, column: str) -> Callable[[Any], Any]:
    dialect = connection.dialect
    column_type = sync_table(table).table.c[column].type.dialect_impl(dialect)
    processor = column_type.result_processor(dialect, None)
    return processor if processor is not None else (lambda value: value)


# -- sync state ---------------------------------------------------------------------------------
def sync_state(session: Session, table: str, row_uuid: str) -> SyncState:
    """Whether a record has an open conflict, local changes not sent yet, or neither."""
    if table not in table_names():
        raise KeyError(table)
    unresolved = session.scalars(
        select(SyncConflict).where(
            SyncConflict.table_name == table,
            SyncConflict.row_uuid == row_uuid,
            SyncConflict.resolved_at.is_(None),
        )
    ).all()
    if _open(session, unresolved):
        return SyncState.CONFLICT
    pending = (
        session.connection()
        .exec_driver_sql(f'SELECT pending_send FROM "{table}" WHERE uuid = ?', (row_uuid,))
        .scalar_one_or_none()
    )
    if pending is None:
        raise _missing_record()
    return SyncState.NOT_SENT if pending else SyncState.SENT


def record_sync_state(session: Session, table: str, row_id: int) -> SyncState:
    """:func:`sync_state` of the record with the local id ``row_id``."""
    if table not in table_names():
        raise KeyError(table)
    row_uuid = (
        session.connection()
        .exec_driver_sql(f'SELECT uuid FROM "{table}" WHERE id = ?', (row_id,))
        .scalar_one_or_none()
    )
    if row_uuid is None:
        raise _missing_record()
    return sync_state(session, table, str(row_uuid))


# -- showing records and values -----------------------------------------------------------------
_NAME_COLUMNS: tuple[tuple[str, ...], ...] = (
    ("first_name", "last_name"),
    ("name_th",),
    ("name",),
    ("full_name",),
    ("title",),
    ("course_title",),
)
_NAMED_BY_PARENT: dict[str, tuple[str, ...]] = {
    "center": ("subject_id",),
    "agreement": ("enterprise_id",),
    "knowledge_bank_component": ("college_id",),
    "supply_plan": ("college_id",),
    "self_assessment": ("college_id",),
    "placement": ("student_id",),
    "short_course_run": ("short_course_id",),
    "skill_gap": ("teacher_id",),
    "teacher_internship": ("teacher_id",),
    "training_run": ("course_id",),
    "daily_log": ("internship_id",),
    "enrollment": ("teacher_id",),
    "indicator_score": ("indicator_id",),
    "internship_visit": ("internship_id",),
    "incident": ("placement_id", "internship_id"),
    "safety_briefing": ("student_id",),
    "certification": ("teacher_id", "student_id"),
    "supervision_visit": ("placement_id",),
    "placement_capacity": ("enterprise_id",),
    "workforce_demand": ("enterprise_id",),
    "assessment_round": ("certification_center_id",),
    "short_course_trainee": ("student_id",),
}
"""Records without a name of their own are named after a parent (a placement after its
student) and told apart by a date, a year or a short text (:data:`_DETAIL_COLUMNS`)."""
_DETAIL_COLUMNS = (
    "log_date",
    "starts_on",
    "held_on",
    "occurred_on",
    "assessed_on",
    "visited_on",
    "planned_on",
    "signed_on",
    "fiscal_year",
    "competency",
    "component",
    "standard",
)


class _Namer:
    """Readable names of records and values, reading referenced records as needed."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._rows: dict[tuple[str, str], Row | None] = {}

    def _row(self, table: str, row_uuid: str) -> Row | None:
        key = (table, row_uuid)
        if key not in self._rows:
            found = list(read_by_uuid(self._connection, sync_table(table), [row_uuid]))
            self._rows[key] = found[0][2] if found else None
        return self._rows[key]

    def name(self, table: str, row: Row, depth: int = 0) -> str:
        """The record's own name, or its parent's."""
        for columns in _NAME_COLUMNS:
            if all(column in row for column in columns):
                text = " ".join(str(row[c]).strip() for c in columns if row.get(c))
                if text:
                    return text
        if depth < 4:
            for column in _NAMED_BY_PARENT.get(table, ()):
                parent_uuid = row.get(column)
                parent_table = sync_table(table).references.get(column)
                if parent_uuid and parent_table:
                    parent = self._row(parent_table, str(parent_uuid))
                    if parent is not None:
                        return self.name(parent_table, parent, depth + 1)
        code = row.get("code") or row.get("student_code")
        if code:
            return str(code)
        return QCoreApplication.translate("SyncConflicts", "Record {code}").format(
            code=str(row.get("uuid", ""))[:8]
        )

    def label(self, table: str, row: Row) -> str:
        """The name, with a date or year that tells records of one parent apart."""
        name = self.name(table, row)
        if table not in _NAMED_BY_PARENT:
            return name
        for column in _DETAIL_COLUMNS:
            value = row.get(column)
            if value not in (None, ""):
                detail = self.value(sync_table(table), column, value)
                return QCoreApplication.translate("SyncConflicts", "{record}, {detail}").format(
                    record=name, detail=detail
                )
        return name

    def value(self, table: SyncTable, column: str, raw: Any) -> str:
        """A stored value as a person reads it."""
        if raw is None or raw == "":
            return EMPTY
        parent = table.references.get(column)
        if parent is not None:
            row = self._row(parent, str(raw))
            if row is None:
                return QCoreApplication.translate("SyncConflicts", "(a record not held here)")
            return self.label(parent, row)
        if column == "national_id":
            return mask_national_id(str(raw))
        if column == "title_code":
            title = title_by_code(str(raw))
            return title.th if title is not None else str(raw)
        if column == "fiscal_year":
            return QCoreApplication.translate("SyncConflicts", "Fiscal year {year}").format(
                year=raw
            )
        if isinstance(table.table.c[column].type, Boolean):
            return labels.flag()["1" if raw else "0"]
        value = _converter(self._connection, table.name, column)(raw)
        if isinstance(value, date):
            return format_thai_date(value)
        if isinstance(value, Decimal):
            return f"{value.normalize():f}"
        code = str(getattr(value, "value", value))
        return _code_labels(table.name, column).get(code, code)


def mask_national_id(number: str) -> str:
    """Only the last three digits of a national id (1-2345-67890-12-3 reads
    x-xxxx-xxxxx-12-3): often enough to tell two apart, too little to find the person."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) < 13:
        return "x" * len(digits)
    return f"x-xxxx-xxxxx-{digits[-3:-1]}-{digits[-1]}"


_CODE_LABELS: dict[str, Callable[[], dict[str, str]]] = {
    "ownership": labels.ownership,
    "group": labels.college_group,
    "location": labels.location,
    "size": labels.size,
    "level": labels.level,
    "mode": labels.placement_mode,
    "role": labels.member_role,
    "revision_status": labels.revision_status,
    "track": labels.skill_track,
    "category": labels.trainee_category,
    "person_kind": labels.person_kind,
    "result": labels.certification_result,
    "severity": labels.severity,
    "study_mode": labels.study_mode,
    "agreement.kind": labels.agreement_kind,
    "committee.kind": labels.committee_kind,
    "meeting.kind": labels.meeting_kind,
    "incident.kind": labels.incident_kind,
    "certification_center.kind": labels.certification_center_kind,
    "safety_briefing.kind": labels.briefing_kind,
    "certification_center.status": labels.certification_center_status,
    "incident.status": labels.incident_status,
    "placement.status": labels.placement_status,
}


def _code_labels(table: str, column: str) -> dict[str, str]:
    for spec in _specs(table):
        for field in spec.fields:
            if field.name == column and field.options is not None:
                return {str(code): text for code, text in field.options().items()}
    found = _CODE_LABELS.get(f"{table}.{column}") or _CODE_LABELS.get(column)
    return {} if found is None else {str(code): text for code, text in found().items()}


@cache
def _all_specs() -> tuple[Any, ...]:
    from app.services.records import RecordKind, record_spec

    return tuple(record_spec(kind) for kind in RecordKind)


def _specs(table: str) -> list[Any]:
    return [spec for spec in _all_specs() if spec.model.__tablename__ == table]


def _field_label(table: str, column: str) -> str:
    """The field's name on its record form, else a name of its own."""
    for spec in _specs(table):
        if column in spec.field_names:
            try:
                return str(spec.label(column))
            except KeyError:
                continue
    own = _own_field_labels()
    if column in own:
        return own[column]
    for spec in _all_specs():
        if column in spec.field_names:
            try:
                return str(spec.label(column))
            except KeyError:
                continue
    return column.replace("_", " ").capitalize()


def _own_field_labels() -> dict[str, str]:
    return {
        "deleted": QCoreApplication.translate("SyncFields", "Deleted"),
        "activity_code": QCoreApplication.translate("SyncFields", "Activity code"),
        "approved_on": QCoreApplication.translate("SyncFields", "Approved on"),
        "body": QCoreApplication.translate("SyncFields", "Recommendation"),
        "budget": QCoreApplication.translate("SyncFields", "Budget (baht)"),
        "scoring_rule": QCoreApplication.translate("SyncFields", "Scoring rule"),
        "category": QCoreApplication.translate("SyncFields", "Trainee category"),
        "center_id": QCoreApplication.translate("SyncFields", "CVM center"),
        "code": QCoreApplication.translate("SyncFields", "Code"),
        "college_id": QCoreApplication.translate("SyncFields", "College"),
        "component": QCoreApplication.translate("SyncFields", "Component"),
        "demand_id": QCoreApplication.translate("SyncFields", "Workforce demand"),
        "done_on": QCoreApplication.translate("SyncFields", "Done on"),
        "due_on": QCoreApplication.translate("SyncFields", "Due on"),
        "starts_on": QCoreApplication.translate("SyncFields", "Start date"),
        "ends_on": QCoreApplication.translate("SyncFields", "End date"),
        "established_fy": QCoreApplication.translate("SyncFields", "Established in fiscal year"),
        "evidence": QCoreApplication.translate("SyncFields", "Evidence"),
        "expected_graduates": QCoreApplication.translate("SyncFields", "Expected graduates"),
        "first_fy": QCoreApplication.translate("SyncFields", "First fiscal year"),
        "last_fy": QCoreApplication.translate("SyncFields", "Last fiscal year"),
        "fiscal_year": QCoreApplication.translate("SyncFields", "Fiscal year"),
        "five_year_project_id": QCoreApplication.translate(
            "SyncFields", "Project of the five-year plan"
        ),
        "host_college_name": QCoreApplication.translate("SyncFields", "Host college"),
        "indicator_id": QCoreApplication.translate("SyncFields", "Indicator"),
        "industry": QCoreApplication.translate("SyncFields", "Industry"),
        "kind": QCoreApplication.translate("SyncFields", "Type"),
        "level": QCoreApplication.translate("SyncFields", "Level"),
        "max_score": QCoreApplication.translate("SyncFields", "Highest score"),
        "name_th": QCoreApplication.translate("SyncFields", "Name (Thai)"),
        "name_en": QCoreApplication.translate("SyncFields", "Name (English)"),
        "output": QCoreApplication.translate("SyncFields", "Output"),
        "partner_enterprise_id": QCoreApplication.translate("SyncFields", "Partner enterprise"),
        "plan_id": QCoreApplication.translate("SyncFields", "Plan"),
        "planned_intake": QCoreApplication.translate("SyncFields", "Planned intake"),
        "project_id": QCoreApplication.translate("SyncFields", "Project"),
        "province_code": QCoreApplication.translate("SyncFields", "Province"),
        "received_on": QCoreApplication.translate("SyncFields", "Received on"),
        "responsible_college_id": QCoreApplication.translate("SyncFields", "Responsible college"),
        "run_id": QCoreApplication.translate("SyncFields", "Course run"),
        "score": QCoreApplication.translate("SyncFields", "Score"),
        "self_assessment_id": QCoreApplication.translate("SyncFields", "Self-assessment report"),
        "sent_on": QCoreApplication.translate("SyncFields", "Sent on"),
        "seq": QCoreApplication.translate("SyncFields", "Center number"),
        "size": QCoreApplication.translate("SyncFields", "Size"),
        "standard": QCoreApplication.translate("SyncFields", "Standard"),
        "status": QCoreApplication.translate("SyncFields", "Status"),
        "subject_id": QCoreApplication.translate("SyncFields", "Excellent subject"),
        "target": QCoreApplication.translate("SyncFields", "Target"),
        "title": QCoreApplication.translate("SyncFields", "Title"),
        "track": QCoreApplication.translate("SyncFields", "Skill track"),
        "updated_on": QCoreApplication.translate("SyncFields", "Updated on"),
        "weight": QCoreApplication.translate("SyncFields", "Weight"),
    }
