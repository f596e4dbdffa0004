"""Schema migrations: empty to head, older to head (after a backup), models match head."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, select, text

from app.models import Base, Center, Province
from app.services.migrations import include_name
from app.services.store import current_revision, head_revision, make_engine, open_store, upgrade


def test_empty_database_upgrades_to_head_with_reference_data(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fresh.db", create=True)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Province)) == 77
            assert session.scalar(select(func.count()).select_from(Center)) == 101
    finally:
        store.close()


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fresh.db", create=True)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": include_name})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        store.close()


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO province (code, name_th, name_en, region) VALUES ('99', 'x', 'x', 'x')"
            )
        )
    engine.dispose()
    backups = tmp_path / "backups"

    store = open_store(path, backups=backups)
    try:
        assert current_revision(store.engine) == head_revision()
        assert store.backup_path is not None and store.backup_path.parent == backups
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(Center)) == 101
            assert session.get(Province, "99") is not None
    finally:
        store.close()
    with sqlite3.connect(store.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM center").fetchone() == (0,)
    backup.close()


def test_database_at_head_is_opened_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    open_store(path, create=True).close()
    store = open_store(path, backups=tmp_path / "backups")
    store.close()
    assert store.backup_path is None
    assert not (tmp_path / "backups").exists()


def test_revision_list_from_file_names_matches_alembic_history() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.services.store import MIGRATIONS_DIR, schema_revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert schema_revisions() == history
    assert head_revision() == script.get_current_head()


def test_0005_adds_placement_capacity_and_its_downgrade_removes_it(tmp_path: Path) -> None:
    from alembic import command

    from app.services.store import _alembic_config

    def tables(engine: Engine) -> set[str]:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            return {row[0] for row in rows}

    engine = make_engine(tmp_path / "db.db")
    upgrade(engine, "0004")
    assert "placement_capacity" not in tables(engine)
    upgrade(engine)
    assert "placement_capacity" in tables(engine)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0004")
    assert "placement_capacity" not in tables(engine)
    assert current_revision(engine) == "0004"
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
