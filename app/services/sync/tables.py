"""What travels in a package: the synced tables in dependency order, their columns on the
wire, the references between them, and which college or center owns each row."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table

SYNC_COLUMNS = ("uuid", "version_vector", "hlc", "modified_by_site", "deleted")
LOCAL_COLUMNS = frozenset({"id", "pending_send", "sync_seq"})
"""Never on the wire: local keys and local bookkeeping."""

COLLEGE, CENTER = "college", "center"
Owner = tuple[str, str] | None
"""``("college", uuid)``, ``("center", uuid)`` or None for rows every site shares."""


@dataclass(frozen=True)
class OwnerRule:
    """How a row's owner is found: itself (``self_kind``), a column naming a college or
    center, or the owner of a parent row; the first rule that gives one wins."""

    self_kind: str | None = None
    column: str | None = None
    parents: tuple[str, ...] = ()


OWNER_RULES: dict[str, tuple[OwnerRule, ...]] = {
    "college": (OwnerRule(self_kind=COLLEGE),),
    **{
        table: (OwnerRule(column="college_id"),)
        for table in (
            "agreement",
            "knowledge_bank_component",
            "student",
            "supply_plan",
            "teacher",
            "media_contest_entry",
            "placement_capacity",
            "self_assessment",
            "placement",
            "short_course_run",
        )
    },
    **{
        table: (OwnerRule(column="center_id"),)
        for table in (
            "committee",
            "meeting",
            "plan",
            "indicator",
            "policy_recommendation",
            "report_dispatch",
            "training_course",
        )
    },
    "short_course": (OwnerRule(column="college_id"), OwnerRule(column="center_id")),
    "skill_gap": (OwnerRule(parents=("teacher_id",)),),
    "teacher_internship": (OwnerRule(parents=("teacher_id",)),),
    "enrollment": (OwnerRule(parents=("teacher_id",)),),
    "daily_log": (OwnerRule(parents=("internship_id",)),),
    "internship_visit": (OwnerRule(parents=("internship_id",)),),
    "incident": (OwnerRule(parents=("placement_id", "internship_id")),),
    "safety_briefing": (OwnerRule(parents=("student_id",)),),
    "short_course_trainee": (OwnerRule(parents=("run_id",)),),
    "certification": (OwnerRule(parents=("teacher_id", "student_id")),),
    "indicator_score": (OwnerRule(parents=("self_assessment_id",)),),
    "supervision_visit": (OwnerRule(parents=("placement_id",)),),
    "committee_member": (OwnerRule(parents=("committee_id",)),),
    "project": (OwnerRule(parents=("plan_id",)),),
    "plan_activity": (OwnerRule(parents=("project_id",)),),
    "training_run": (OwnerRule(parents=("course_id",)),),
}
"""Tables not named here (subjects, the 101 centers, enterprises, competency units,
curricula, certification centers and their rounds, workforce demand) are shared by every
site of a network."""

PERSONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "teacher": ("first_name", "last_name", "national_id", "phone"),
    "student": ("first_name", "last_name", "national_id"),
    "committee_member": ("full_name",),
    "short_course_trainee": ("full_name",),
    # Enterprise staff are people too.
    "enterprise": ("contact_name", "phone"),
    "placement": ("trainer_name",),
    "teacher_internship": ("mentor_name",),
    "internship_visit": ("visitor_name",),
}
"""Names, national ids and phone numbers of people: what a pseudonymised package replaces."""

SENSITIVE_COLUMNS: dict[str, tuple[str, ...]] = {
    "student": ("special_needs", "equity_scholarship", "sensitive_basis"),
}
"""Sensitive data (PDPA s.26): left out of every package but a full one."""


@dataclass(frozen=True)
class SyncTable:
    name: str
    order: int
    columns: tuple[str, ...]
    """Wire columns, in table order (sync columns included)."""
    references: dict[str, str]
    """Column -> synced table it refers to (sent as the referenced row's uuid)."""
    table: Table
    sort_keys: dict[str, str]
    """Derived sort-key column -> the text column it is made from."""


@cache
def sync_tables() -> tuple[SyncTable, ...]:
    """Every synced table, parents first (the order packages are written and applied)."""
    from app.models import load_all
    from app.models.base import SyncedBase

    load_all()
    models = sorted(_subclasses(SyncedBase), key=lambda m: (m.sync_order, m.__tablename__))
    names = {model.__tablename__ for model in models}
    result = []
    for model in models:
        table: Table = model.__table__
        references = {}
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name in names:
                    references[column.name] = key.column.table.name
        columns = tuple(c.name for c in table.columns if c.name not in LOCAL_COLUMNS)
        sort_keys = dict(getattr(model, "__sort_keys__", {}))
        result.append(
            SyncTable(table.name, model.sync_order, columns, references, table, sort_keys)
        )
    return tuple(result)


@cache
def sync_table(name: str) -> SyncTable:
    for entry in sync_tables():
        if entry.name == name:
            return entry
    raise KeyError(name)


def table_names() -> frozenset[str]:
    return frozenset(entry.name for entry in sync_tables())


def _subclasses(cls: type[Any]) -> list[type[Any]]:
    found: list[type[Any]] = []
    sub: type[Any]
    for sub in cls.__subclasses__():
        if getattr(sub, "__tablename__", None):
            found.append(sub)
        found.extend(_subclasses(sub))
    return found
