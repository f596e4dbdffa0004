"""Migration 0004 on a database that already holds rows: sort keys and search index backfilled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from app.services.listing import ListKind, ListQuery, count, page
from app.services.store import current_revision, head_revision, make_engine, open_store, upgrade
from app.services.thai.collation import thai_sort_text

SYNC = "uuid, hlc, modified_by_site"
ENTERPRISES = ("แกลงออโตเมชั่น", "ไทยออโตพาร์ท", "กรุงเทพค่าขนส่ง", "Chon Buri Metal")


def _sync(number: int) -> str:
    return f"'00000000-0000-4000-8000-{number:012d}', '0000', 'site'"


def _old_database(path: Path, enterprises: int) -> None:
    """A database at revision 0003 with rows in every table 0004 gives a sort key."""
    engine = make_engine(path)
    upgrade(engine, "0003")
    statements = [
        *(
            f"INSERT INTO enterprise (name_th, name_en, location, {SYNC}) "
            f"VALUES ('{name}', 'E{number}', 'domestic', {_sync(number)})"
            for number, name in enumerate(ENTERPRISES * (enterprises // len(ENTERPRISES)))
        ),
        'INSERT INTO college (name_th, code, ownership, "group", '
        f"{SYNC}) VALUES ('วิทยาลัยเทคนิคแกลง', 'C1', 'public', 'standard', {_sync(90001)})",
        "INSERT INTO committee (center_id, kind, name, "
        f"{SYNC}) VALUES (11, 'executive', 'คณะกรรมการบริหาร', {_sync(90002)})",
        "INSERT INTO committee_member (committee_id, full_name, role, "
        f"{SYNC}) VALUES (1, 'เอกชัย ใจดี', 'chair', {_sync(90003)})",
        "INSERT INTO meeting (center_id, kind, held_on, title, "
        f"{SYNC}) VALUES (11, 'advisory', '2026-01-05', 'ไตรมาสแรก', {_sync(90004)})",
    ]
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_upgrade_fills_sort_keys_and_the_search_index_of_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path, enterprises=12_000)  # more than one backfill batch
    store = open_store(path, backups=tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as connection:
            for table, key, source in (
                ("enterprise", "name_sort", "name_th"),
                ("college", "name_sort", "name_th"),
                ("committee", "name_sort", "name"),
                ("committee_member", "full_name_sort", "full_name"),
                ("meeting", "title_sort", "title"),
            ):
                rows = connection.execute(text(f"SELECT {source}, {key} FROM {table}")).all()
                assert rows, table
                assert all(stored == thai_sort_text(name) for name, stored in rows), table
            for fts in ("enterprise_fts", "college_fts"):
                connection.exec_driver_sql(
                    f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
                )
        with store.session() as session:
            assert count(session, ListQuery(ListKind.ENTERPRISES)) == 12_000
            assert count(session, ListQuery(ListKind.ENTERPRISES, search="ออโต")) == 6_000
            assert count(session, ListQuery(ListKind.ENTERPRISES, search="ค่")) == 3_000
            assert count(session, ListQuery(ListKind.COLLEGES, search="แกลง")) == 1
            first = page(session, ListQuery(ListKind.ENTERPRISES), 0, 1)[0]
        assert first.values[0] == "Chon Buri Metal"  # Latin before Thai, then ก ...
    finally:
        store.close()


def test_triggers_keep_the_index_right_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path, enterprises=4)
    open_store(path, backups=tmp_path / "backups").close()
    # Any program writing plain SQL keeps the search index right.
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            f"INSERT INTO enterprise (name_th, location, {SYNC}) "
            f"VALUES ('ใหม่ไฮดรอลิก', 'domestic', {_sync(99)})"
        )
        connection.execute("UPDATE enterprise SET name_th = 'แก้ชื่อแล้ว' WHERE name_en = 'E1'")
        connection.execute("DELETE FROM enterprise WHERE name_en = 'E2'")
        connection.execute(
            "INSERT INTO enterprise_fts(enterprise_fts, rank) VALUES ('integrity-check', 1)"
        )

    def matches(word: str) -> int:
        query = "SELECT count(*) FROM enterprise_fts WHERE enterprise_fts MATCH ?"
        return int(connection.execute(query, (f'"{word}"',)).fetchone()[0])

    assert matches("ไฮดรอลิก") == 1
    assert matches("ไทยออโต") == 0
    assert matches("แก้ชื่อ") == 1
    assert matches("ค่าขนส่ง") == 0
    connection.close()


def test_downgrade_removes_what_0004_added(tmp_path: Path) -> None:
    path = tmp_path / "db.db"
    _old_database(path, enterprises=4)
    engine = make_engine(path)
    upgrade(engine)
    from alembic import command

    from app.services.store import _alembic_config

    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0003")
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(enterprise)")}
    assert not {name for name in names if "_fts" in name or "_sort" in name}
    assert "name_sort" not in columns
    upgrade(engine)  # and up again
    assert current_revision(engine) == head_revision()
    engine.dispose()
