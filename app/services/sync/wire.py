"""Rows on the wire: stored values as they are, references as the referenced row's uuid.

Both sites run the same schema version (the manifest says which), so a date, a flag or a
JSON text is sent exactly as SQLite stores it; only the version vector is sent as an object.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

from app.services.sync.tables import SyncTable

Row = dict[str, Any]
CHUNK = 500


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def select_sql(table: SyncTable) -> str:
    """``SELECT`` of a table's wire columns plus its local ``id`` and ``sync_seq``, with
    every reference read as the referenced row's uuid (alias ``t`` for the table)."""
    parts = ["t.id", "t.sync_seq"]
    joins = []
    for index, column in enumerate(table.columns):
        parent = table.references.get(column)
        if parent is None:
            parts.append(f"t.{_quote(column)}")
        else:
            alias = f"j{index}"
            parts.append(f"{alias}.uuid")
            joins.append(
                f"LEFT JOIN {_quote(parent)} AS {alias} ON {alias}.id = t.{_quote(column)}"
            )
    return f"SELECT {', '.join(parts)} FROM {_quote(table.name)} AS t {' '.join(joins)}"


def read_rows(
    connection: Connection, table: SyncTable, where: str = "", params: tuple[Any, ...] = ()
) -> Iterator[tuple[int, int, Row]]:
    """``(id, sync_seq, wire row)`` of the rows matching ``where`` (SQL over alias ``t``)."""
    sql = select_sql(table) + (f" WHERE {where}" if where else "") + " ORDER BY t.id"
    columns = table.columns
    cursor = connection.exec_driver_sql(sql, params)
    while batch := cursor.fetchmany(CHUNK):
        for record in batch:
            row = dict(zip(columns, record[2:], strict=True))
            row["version_vector"] = json.loads(row["version_vector"] or "{}")
            yield record[0], record[1], row


def read_by_uuid(
    connection: Connection, table: SyncTable, uuids: Iterable[str]
) -> Iterator[tuple[int, int, Row]]:
    pending = list(uuids)
    for start in range(0, len(pending), CHUNK):
        chunk = tuple(pending[start : start + CHUNK])
        marks = ", ".join("?" * len(chunk))
        yield from read_rows(connection, table, f"t.uuid IN ({marks})", chunk)


def data_of(row: Row) -> Row:
    """The row without its change-tracking columns (what a person edited)."""
    return {
        key: value
        for key, value in row.items()
        if key not in ("version_vector", "hlc", "modified_by_site")
    }
