"""Which college or center owns a row, from rows seen so far and, failing that, the database.

A college station may send only its own college's rows and shared rows; a center only rows
of its own network; the recipient refuses a package with any other row.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from app.services.sync.tables import CENTER, COLLEGE, OWNER_RULES, Owner, sync_table
from app.services.sync.wire import Row, read_by_uuid


class Owners:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._owner: dict[str, Owner] = {}
        self._college_center: dict[str, str | None] = {}

    def remember(self, table: str, row: Row) -> Owner:
        """Work out and remember the owner of ``row`` (its parents known or in the database)."""
        owner = self._owner_of(table, row)
        self._owner[row["uuid"]] = owner
        if table == "college":
            self._college_center[row["uuid"]] = row.get("center_id")
        return owner

    def center_of_college(self, college_uuid: str) -> str | None:
        if college_uuid not in self._college_center:
            self._load("college", [college_uuid])
        return self._college_center.get(college_uuid)

    def prefetch(self, table: str, rows: Iterable[Row]) -> None:
        """Load the owners of the parents of ``rows`` not seen yet, a chunk at a time."""
        missing: dict[str, set[str]] = {}
        entry = sync_table(table)
        for rule in OWNER_RULES.get(table, ()):
            for column in rule.parents:
                parent = entry.references[column]
                for row in rows:
                    value = row.get(column)
                    if value and value not in self._owner:
                        missing.setdefault(parent, set()).add(value)
        for parent, uuids in missing.items():
            self._load(parent, uuids)

    def _load(self, table: str, uuids: Iterable[str]) -> None:
        rows = [row for _id, _seq, row in read_by_uuid(self._connection, sync_table(table), uuids)]
        self.prefetch(table, rows)
        for row in rows:
            self.remember(table, row)

    def _parent_owner(self, table: str, column: str, value: str) -> Owner:
        if value not in self._owner:
            self._load(sync_table(table).references[column], [value])
        return self._owner.get(value)

    def _owner_of(self, table: str, row: Row) -> Owner:
        for rule in OWNER_RULES.get(table, ()):
            if rule.self_kind is not None:
                return (rule.self_kind, row["uuid"])
            if rule.column is not None:
                value = row.get(rule.column)
                if value:
                    return (COLLEGE if rule.column == "college_id" else CENTER, value)
                continue
            for column in rule.parents:
                value = row.get(column)
                if value:
                    owner = self._parent_owner(table, column, value)
                    if owner is not None:
                        return owner
        return None
