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

from app.services.migrations.search_index import (
    add_sort_key,
    create_search_index,
    drop_search_index,
    drop_sort_key,
)

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
FTS5_TRIGRAM_SINCE = (3, 34, 0)


def upgrade() -> None:
    if sqlite3.sqlite_version_info < FTS5_TRIGRAM_SINCE:
        raise RuntimeError(
            f"SQLite {sqlite3.sqlite_version} is too old: Thai search needs 3.34 or newer"
        )
    for table, (column, source, length) in SORT_KEYS.items():
        add_sort_key(table, column, source, length)
    for table, columns in SEARCHED.items():
        create_search_index(table, columns)


def downgrade() -> None:
    for table in SEARCHED:
        drop_search_index(table)
    for table, (column, _source, _length) in SORT_KEYS.items():
        drop_sort_key(table, column)
