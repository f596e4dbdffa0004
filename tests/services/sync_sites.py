"""Helpers for the package exchange tests: sites that trust each other, states to compare,
and packages taken apart, altered and signed again with the real sender's key."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models.network import College
from app.services.site_identity import load_private_key, local_site
from app.services.site_setup import init_center_site, init_central_site, init_college_site
from app.services.store import Store, open_store
from app.services.sync import trust
from app.services.sync.exporter import ExportResult, export_package
from app.services.sync.importer import ImportSummary, check_package, import_package
from app.services.sync.package_file import MANIFEST, SIGNATURE
from app.services.sync.tables import sync_tables
from app.services.sync.wire import Row, read_rows

CENTER_LINE = 11
COLLEGE_A = "วิทยาลัยเทคนิคทดสอบเอ"
COLLEGE_B = "วิทยาลัยการอาชีพทดสอบบี"


@dataclass
class Site:
    """One installation under test: its database, identity and private key folder."""

    store: Store
    uuid: str
    keys_dir: Path
    label: str
    college_uuid: str | None = None

    @property
    def path(self) -> Path:
        return self.store.path

    def college_id(self) -> int:
        """Local id of this college station's own college."""
        with self.store.session() as session:
            college = session.scalars(
                select(College).where(College.uuid == self.college_uuid)
            ).one()
            return college.id

    def close(self) -> None:
        self.store.close()


def _site(store: Store, keys_dir: Path, label: str) -> Site:
    with store.session() as session:
        local = local_site(session)
        assert local is not None
        return Site(store, local.uuid, keys_dir, label, local.college_uuid)


def new_center(folder: Path, label: str = "center") -> Site:
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / f"{label}.db", create=True)
    init_center_site(store, CENTER_LINE, keys_dir=folder)
    return _site(store, folder, label)


def new_college(folder: Path, college_name: str, label: str) -> Site:
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / f"{label}.db", create=True)
    init_college_site(store, CENTER_LINE, college_name, keys_dir=folder)
    return _site(store, folder, label)


def new_central(folder: Path, label: str = "central") -> Site:
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / f"{label}.db", create=True)
    init_central_site(store, keys_dir=folder)
    return _site(store, folder, label)


def enrol(at: Site, peer: Site) -> None:
    """``at`` trusts ``peer``'s key (as a person would, from its key file)."""
    key_file = peer.keys_dir / f"{peer.label}-{peer.uuid}.cvmkey"
    with peer.store.session() as session:
        trust.write_key_file(session, key_file)
    with at.store.transaction() as session:
        trust.trust_key(session, trust.read_key_file(key_file))


def pair(first: Site, second: Site) -> None:
    enrol(first, second)
    enrol(second, first)


def reopen(path: Path, keys_dir: Path, label: str) -> Site:
    return _site(open_store(path), keys_dir, label)


def copy_site(site: Site, folder: Path, label: str | None = None) -> Site:
    """A private copy of a closed site's database (the private key stays where it is)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / site.path.name
    shutil.copyfile(site.path, target)
    return reopen(target, site.keys_dir, label or site.label)


def export(sender: Site, recipient: Site | str, out: Path, **options: Any) -> ExportResult:
    recipient_uuid = recipient if isinstance(recipient, str) else recipient.uuid
    with sender.store.session() as session:
        return export_package(session, recipient_uuid, out, keys_dir=sender.keys_dir, **options)


def apply(site: Site, package: Path) -> ImportSummary:
    with site.store.session() as session:
        return import_package(session, package)


def preview(site: Site, package: Path) -> ImportSummary:
    with site.store.session() as session:
        return check_package(session, package)


# -- states --------------------------------------------------------------------------------
State = dict[str, dict[str, Row]]


def synced_state(store: Store, tables: Iterable[str] | None = None) -> State:
    """Every synced row by table and uuid, in wire form (references as uuids, no local
    ``id``, ``pending_send`` or ``sync_seq``): what must agree between sites."""
    wanted = None if tables is None else set(tables)
    state: State = {}
    with store.session() as session:
        connection = session.connection()
        for table in sync_tables():
            if wanted is not None and table.name not in wanted:
                continue
            state[table.name] = {
                row["uuid"]: row for _id, _seq, row in read_rows(connection, table)
            }
    return state


def sqlite_dump(path: Path) -> list[str]:
    """The whole database as SQL text (every table, every column), read without SQLAlchemy."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


# -- packages taken apart --------------------------------------------------------------------
@dataclass
class Parts:
    """A package's members, its manifest as an object and its signature, to alter."""

    manifest: dict[str, Any]
    data: dict[str, bytes] = field(default_factory=dict)
    signature: bytes = b""

    @classmethod
    def read(cls, path: Path) -> Parts:
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        manifest = json.loads(members.pop(MANIFEST))
        signature = members.pop(SIGNATURE)
        return cls(manifest, members, signature)

    def entry(self, name: str) -> dict[str, Any]:
        return next(item for item in self.manifest["files"] if item["name"] == name)

    def lines(self, name: str) -> list[bytes]:
        return self.data[name].splitlines(keepends=True)

    def set_lines(self, name: str, lines: list[bytes], *, count_rows: bool = True) -> None:
        """Replace a member and update its hash and size (and row count) in the manifest."""
        self.data[name] = b"".join(lines)
        entry = self.entry(name)
        entry["sha256"] = hashlib.sha256(self.data[name]).hexdigest()
        entry["bytes"] = len(self.data[name])
        if count_rows:
            entry["rows"] = len(lines)

    def manifest_bytes(self) -> bytes:
        return json.dumps(self.manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()

    def sign_with(self, site: Site) -> None:
        """Sign the manifest again with ``site``'s real private key."""
        key = load_private_key(site.uuid, site.keys_dir)
        self.signature = key.sign(self.manifest_bytes()).hex().encode()

    def write(self, path: Path, *, manifest: bytes | None = None) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.data.items():
                archive.writestr(name, data)
            archive.writestr(MANIFEST, self.manifest_bytes() if manifest is None else manifest)
            archive.writestr(SIGNATURE, self.signature)
        return path


def rows_of(parts: Parts, table: str) -> list[Row]:
    return [json.loads(line) for line in parts.lines(f"data/{table}.jsonl")]


def dump_row(row: Row) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
