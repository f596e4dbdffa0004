"""Building blocks of migrations that add Thai sort keys and FTS5 search indexes.

Migrations import these instead of repeating the SQL; a change here must keep the SQL each
existing migration ran (a database migrated earlier and one migrated now must be alike).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.services.thai.collation import thai_sort_text

BATCH = 5_000


def add_sort_key(table: str, column: str, source: str, length: int) -> None:
    """Add ``column = thai_sort_text(source)`` to ``table``, fill it, index it with ``deleted``."""
    # ALTER TABLE ADD COLUMN (no copy of the table); NOT NULL needs the default.
    op.add_column(
        table,
        sa.Column(column, sa.String(length=length), server_default=sa.text("''"), nullable=False),
    )
    backfill_sort_keys(table, column, source)
    op.create_index(f"ix_{table}_deleted_{column}", table, ["deleted", column], unique=False)


def drop_sort_key(table: str, column: str) -> None:
    op.drop_index(f"ix_{table}_deleted_{column}", table_name=table)
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch copy of the table: the copy
    # would drop tables other rows refer to.
    op.drop_column(table, column)


def backfill_sort_keys(table: str, column: str, source: str) -> None:
    """Compute the sort key of every stored row in Python, a batch of ids at a time."""
    bind = op.get_bind()
    read = sa.text(f"SELECT id, {source} FROM {table} WHERE id > :after ORDER BY id LIMIT {BATCH}")
    write = sa.text(f"UPDATE {table} SET {column} = :key WHERE id = :id")
    after = 0
    while rows := bind.execute(read, {"after": after}).all():
        bind.execute(write, [{"id": row[0], "key": thai_sort_text(row[1] or "")} for row in rows])
        after = rows[-1][0]


def create_search_index(table: str, columns: tuple[str, ...]) -> None:
    """An FTS5 trigram table ``<table>_fts`` over ``columns`` (external content, no copy of
    the text), kept in step by triggers, filled from the rows already stored."""
    fts = f"{table}_fts"
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, "
        f"content='{table}', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_after_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_after_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_after_update AFTER UPDATE OF id, {names} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
    )
    # Index the rows already stored.
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def drop_search_index(table: str) -> None:
    fts = f"{table}_fts"
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_after_{event}")
    op.execute(f"DROP TABLE IF EXISTS {fts}")
