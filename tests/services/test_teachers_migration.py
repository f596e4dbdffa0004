"""Migration 0006 on a database that already holds teachers, students and certifications."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import text

from app.services.store import (
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_store,
    upgrade,
)
from app.services.thai.collation import thai_sort_text

SYNC = "uuid, hlc, modified_by_site"
TEACHERS = (("สมชาย", "ใจดี"), ("กมล", "รักงาน"), ("อรุณ", "แสงทอง"))


def _sync(number: int) -> str:
    return f"'00000000-0000-4000-8000-{number:012d}', '0000', 'site'"


def _old_database(path: Path) -> None:
    """A database at revision 0005 with teachers, a student, a center and a result."""
    engine = make_engine(path)
    upgrade(engine, "0005")
    statements = [
        'INSERT INTO college (id, name_th, ownership, "group", '
        f"{SYNC}) VALUES (1, 'วิทยาลัยเทคนิคแกลง', 'public', 'standard', {_sync(1)})",
        *(
            f"INSERT INTO teacher (college_id, first_name, last_name, {SYNC}) "
            f"VALUES (1, '{first}', '{last}', {_sync(10 + number)})"
            for number, (first, last) in enumerate(TEACHERS)
        ),
        "INSERT INTO student (college_id, student_code, first_name, last_name, level, "
        f"year_of_study, entry_academic_year, study_mode, {SYNC}) VALUES (1, '6620001', "
        f"'มานี', 'มีนา', 'pvc', 3, 2566, 'formal', {_sync(20)})",
        "INSERT INTO certification (person_kind, teacher_id, standard, result, certificate_no, "
        f"assessed_on, {SYNC}) VALUES ('teacher', 1, 'ช่างเมคคาทรอนิกส์', 'passed', 'TP-1', "
        f"'2026-01-05', {_sync(30)})",
    ]
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_upgrade_keeps_results_and_indexes_existing_teachers_and_students(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    store = open_store(path, backups=tmp_path / "backups")
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as connection:
            for table in ("teacher", "student"):
                rows = connection.execute(text(f"SELECT first_name, name_sort FROM {table}")).all()
                assert rows and all(key == thai_sort_text(name) for name, key in rows), table
            found = connection.exec_driver_sql(
                "SELECT rowid FROM teacher_fts WHERE teacher_fts MATCH '\"แสงทอง\"'"
            ).all()
            assert found == [(3,)]
            found = connection.exec_driver_sql(
                "SELECT rowid FROM student_fts WHERE student_fts MATCH '\"6620001\"'"
            ).all()
            assert found == [(1,)]
            result = connection.exec_driver_sql(
                "SELECT certificate_no, round_id FROM certification"
            ).all()
            assert result == [("TP-1", None)]
    finally:
        store.close()
    connection = sqlite3.connect(path)  # a plain SQL write keeps the search index right
    with connection:
        connection.execute("UPDATE teacher SET last_name = 'ทองคำ' WHERE id = 3")
        connection.execute(
            "INSERT INTO teacher_fts(teacher_fts, rank) VALUES ('integrity-check', 1)"
        )
    query = "SELECT count(*) FROM teacher_fts WHERE teacher_fts MATCH ?"
    assert connection.execute(query, ('"แสงทอง"',)).fetchone()[0] == 0
    assert connection.execute(query, ('"ทองคำ"',)).fetchone()[0] == 1
    connection.close()


def test_downgrade_removes_what_0006_added_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "db.db"
    _old_database(path)
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0005")
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        teacher = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(teacher)")}
        results = connection.exec_driver_sql("SELECT certificate_no FROM certification").all()
    assert not {"assessment_round", "internship_visit", "teacher_fts", "student_fts"} & names
    assert "name_sort" not in teacher
    assert results == [("TP-1",)]
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
