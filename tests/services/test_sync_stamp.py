"""The sync columns are stamped in exactly one place, on every insert, update and delete."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Enterprise, Site, Subject
from app.models.enums import EnterpriseLocation
from app.services.hlc import ZERO_STAMP
from app.services.store import Store, open_store
from app.services.sync_stamp import MissingSiteError

ROOT = Path(__file__).resolve().parents[2]


def _site_uuid(store: Store) -> str:
    assert store.site_clock is not None
    return store.site_clock.site_uuid


def _add_enterprise(store: Store, name: str = "บริษัท ทดสอบ จำกัด") -> int:
    with store.transaction() as session:
        row = Enterprise(name_th=name, location=EnterpriseLocation.DOMESTIC)
        session.add(row)
        session.flush()
        return row.id


def _load(store: Store, row_id: int) -> Enterprise:
    with store.session() as session:
        return session.scalars(select(Enterprise).where(Enterprise.id == row_id)).one()


def test_insert_is_stamped(center_store: Store) -> None:
    row = _load(center_store, _add_enterprise(center_store))
    site = _site_uuid(center_store)
    assert len(row.uuid) == 36
    assert row.version_vector == {site: 1}
    assert row.modified_by_site == site
    assert row.hlc > ZERO_STAMP
    assert row.pending_send is True
    assert row.deleted is False


def test_update_increments_this_sites_counter_and_clock(center_store: Store) -> None:
    row_id = _add_enterprise(center_store)
    before = _load(center_store, row_id)
    with center_store.transaction() as session:
        session.get_one(Enterprise, row_id).industry = "ยานยนต์"
    after = _load(center_store, row_id)
    assert after.version_vector == {_site_uuid(center_store): 2}
    assert after.hlc > before.hlc
    assert after.uuid == before.uuid


def test_update_keeps_other_sites_counters(center_store: Store) -> None:
    row_id = _add_enterprise(center_store)
    other = "11111111-2222-3333-4444-555555555555"
    with center_store.transaction() as session:
        row = session.get_one(Enterprise, row_id)
        row.version_vector = {**row.version_vector, other: 7}
    with center_store.transaction() as session:
        session.get_one(Enterprise, row_id).phone = "038123456"
    vector = _load(center_store, row_id).version_vector
    assert vector[other] == 7
    assert vector[_site_uuid(center_store)] == 3


def test_unchanged_row_is_not_restamped(center_store: Store) -> None:
    row_id = _add_enterprise(center_store)
    before = _load(center_store, row_id)
    with center_store.transaction() as session:
        row = session.get_one(Enterprise, row_id)
        row.name_th = row.name_th
    assert _load(center_store, row_id).hlc == before.hlc


def test_delete_makes_a_tombstone(center_store: Store) -> None:
    row_id = _add_enterprise(center_store)
    with center_store.transaction() as session:
        session.delete(session.get_one(Enterprise, row_id))
    row = _load(center_store, row_id)
    assert row.deleted is True
    assert row.version_vector == {_site_uuid(center_store): 2}
    assert row.pending_send is True


def test_sent_flag_is_raised_again_by_an_edit(center_store: Store) -> None:
    row_id = _add_enterprise(center_store)
    with center_store.engine.begin() as connection:
        connection.execute(Enterprise.__table__.update().values(pending_send=False))
    with center_store.transaction() as session:
        session.get_one(Enterprise, row_id).industry = "อิเล็กทรอนิกส์"
    assert _load(center_store, row_id).pending_send is True


def test_synced_rows_cannot_be_written_before_the_site_exists(empty_store: Store) -> None:
    with pytest.raises(MissingSiteError), empty_store.transaction() as session:
        session.add(Subject(name_th="สาขาวิชาทดสอบ"))


def test_clock_is_persisted_and_resumes_after_reopening(center_store: Store) -> None:
    _add_enterprise(center_store)
    with center_store.session() as session:
        stored = session.scalars(select(Site.hlc_last).where(Site.is_local.is_(True))).one()
    assert stored is not None
    path = center_store.path
    center_store.close()
    reopened = open_store(path)
    try:
        assert reopened.site_clock is not None
        assert reopened.site_clock.clock.last == stored
        row_id = _add_enterprise(reopened, "บริษัท ใหม่ จำกัด")
        assert _load(reopened, row_id).hlc > stored
    finally:
        reopened.close()


def _write_statements(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in {"insert", "bulk_insert_mappings", "bulk_update_mappings"}:
                lines.append(node.lineno)
    return lines


# Applies versions of rows stamped at the site that made them: it must keep their stamps.
APPLIES_REMOTE_VERSIONS = {"app/services/sync/importer.py"}


def test_nothing_writes_synced_rows_around_the_stamp() -> None:
    """Bulk inserts bypass the flush hook, so each module using one must stamp its rows."""
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "migrations" in path.parts or str(path.relative_to(ROOT)) in APPLIES_REMOTE_VERSIONS:
            continue
        text = path.read_text(encoding="utf-8")
        if _write_statements(ast.parse(text)) and "stamp_new_row" not in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
