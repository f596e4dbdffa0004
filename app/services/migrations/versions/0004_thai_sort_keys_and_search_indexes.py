"""Thai sort keys and search indexes for the list screens

Sort keys: a column ``<name>_sort = thai_sort_text(<name>)`` (plain binary order is Thai
dictionary order), filled here for the rows already stored and afterwards by the sync stamp
(ORM flush hook and ``stamp_new_row``), with an index ``(deleted, <name>_sort)`` so a list of
live rows in Thai order is an index walk.

Search: FTS5 ``trigram`` tables over the big lists (enterprises, colleges), as external-content
tables (``content=<table>``, ``content_rowid=id``: the text is not stored twice) kept in step
by SQL triggers, so every write path (ORM, bulk insert, sync import) updates them. Two rules
for whoever writes these tables with SQL:

* use ``INSERT ... ON CONFLICT DO UPDATE`` (an upsert), never ``INSERT OR REPLACE``: the
  delete a REPLACE does fires no trigger, and the search index would keep the old text;
* a later migration that rebuilds ``enterprise`` or ``college`` (Alembic batch "move and
  copy") drops their triggers with the old table: create them again and ``rebuild``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from alembic import op

from app.services.thai.collation import thai_sort_text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# table -> (sort key column, text column it is made from, length of the key column)
SORT_KEYS: dict[str, tuple[str, str, int]] = {
    "college": ("name_sort", "name_th", 801),
    "enterprise": ("name_sort", "name_th", 1001),
    "committee": ("name_sort", "name", 1001),
    "committee_member": ("full_name_sort", "full_name", 801),
    "meeting": ("title_sort", "title", 1001),
}
# table -> the columns its "<table>_fts" search index holds
SEARCHED: dict[str, tuple[str, ...]] = {
    "enterprise": ("name_th", "name_en", "industry", "contact_name"),
    "college": ("name_th", "name_en", "code"),
}
BATCH = 5_000
FTS5_TRIGRAM_SINCE = (3, 34, 0)


def _backfill_sort_keys(table: str, column: str, source: str) -> None:
    """Compute the sort key of every stored row in Python, a batch of ids at a time."""
    bind = op.get_bind()
    read = sa.text(f"SELECT id, {source} FROM {table} WHERE id > :after ORDER BY id LIMIT {BATCH}")
    write = sa.text(f"UPDATE {table} SET {column} = :key WHERE id = :id")
    after = 0
    while rows := bind.execute(read, {"after": after}).all():
        bind.execute(write, [{"id": row[0], "key": thai_sort_text(row[1] or "")} for row in rows])
        after = rows[-1][0]


def _create_search_index(table: str, columns: tuple[str, ...]) -> None:
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


def upgrade() -> None:
    if sqlite3.sqlite_version_info < FTS5_TRIGRAM_SINCE:
        raise RuntimeError(
            f"SQLite {sqlite3.sqlite_version} is too old: Thai search needs 3.34 or newer"
        )
    for table, (column, source, length) in SORT_KEYS.items():
        # ALTER TABLE ADD COLUMN (no copy of the table); NOT NULL needs the default.
        op.add_column(
            table,
            sa.Column(
                column, sa.String(length=length), server_default=sa.text("''"), nullable=False
            ),
        )
        _backfill_sort_keys(table, column, source)
        op.create_index(f"ix_{table}_deleted_{column}", table, ["deleted", column], unique=False)
    for table, columns in SEARCHED.items():
        _create_search_index(table, columns)


def downgrade() -> None:
    for table in SEARCHED:
        fts = f"{table}_fts"
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_after_{event}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    for table, (column, _source, _length) in SORT_KEYS.items():
        op.drop_index(f"ix_{table}_deleted_{column}", table_name=table)
        # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch copy of the table: the copy
        # would drop tables other rows refer to.
        op.drop_column(table, column)
