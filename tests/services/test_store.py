"""Opening databases: bad files are refused with a clear message and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.store import StoreError, StoreProblem, head_revision, open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, problem: StoreProblem) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert caught.value.problem is problem
    assert str(path) in caught.value.message
    return caught.value


def test_new_database_is_at_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db", create=True)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar() == head_revision()
    finally:
        store.close()


def test_missing_database_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    _refused(path, StoreProblem.MISSING)
    assert not path.exists()


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database\x00" * 100)
    before = _digest(path)
    _refused(path, StoreProblem.CORRUPT)
    assert _digest(path) == before


def test_damaged_pages_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    store = open_store(path, create=True)
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 40] = b"\xff" * (4096 * 38)
    path.write_bytes(bytes(data))
    _refused(path, StoreProblem.CORRUPT)


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    before = _digest(path)
    _refused(path, StoreProblem.FOREIGN)
    assert _digest(path) == before


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    error = _refused(path, StoreProblem.NEWER)
    assert "newer" in error.message
    assert _digest(path) == before


def test_locked_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    open_store(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        _refused(path, StoreProblem.LOCKED)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
