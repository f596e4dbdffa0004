"""Applying a package: verify, refuse what must be refused, then one transaction.

Every row is matched by uuid. Its version vector decides: the incoming one dominates →
the row is updated; the local one dominates or they are equal → unchanged; neither →
a conflict, resolved the same way at every site (the later clock stamp, then the higher
site uuid, wins; vectors are merged) with the losing version kept for a person to review.
A tombstone is a row like any other, so a delete is never lost to an older package.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models.enums import SiteKind
from app.models.site import Site
from app.models.sync import CentralCount, SyncConflict, SyncPackage
from app.services.hlc import Stamp, wall_clock_ms
from app.services.site_identity import local_site
from app.services.sync.errors import PackageError
from app.services.sync.labels import table_label
from app.services.sync.owners import Owners
from app.services.sync.package_file import COUNTS_MEMBER, PackageReader
from app.services.sync.tables import CENTER, COLLEGE, Owner, SyncTable, sync_tables
from app.services.sync.vectors import Order, compare, merge, wins
from app.services.sync.wire import CHUNK, Row, data_of, read_by_uuid
from app.services.sync_stamp import SESSION_KEY, next_change_number, save_clock

Progress = Callable[[int, str], None]
FUTURE_LIMIT_MS = 24 * 3600 * 1000
"""A clock stamp more than a day ahead of this machine's clock is flagged, not followed."""


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts + self.rejected


@dataclass
class ImportSummary:
    package_uuid: str
    sender_uuid: str
    sender_name: str
    sender_kind: str
    profile: str
    created_at: str
    tables: dict[str, TableCounts] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    future_stamps: int = 0
    already_imported_at: datetime | None = None
    applied: bool = False
    backup: Path | None = None
    counts_rows: int = 0
    latest_stamp: str = ""
    """The latest clock stamp received that is not far in the future."""

    def totals(self) -> TableCounts:
        result = TableCounts()
        for counts in self.tables.values():
            result.new += counts.new
            result.updated += counts.updated
            result.unchanged += counts.unchanged
            result.conflicts += counts.conflicts
            result.rejected += counts.rejected
        return result

    @property
    def refused(self) -> bool:
        return bool(self.problems)


def open_verified(
    session: Session, path: Path, progress: Progress | None = None
) -> tuple[PackageReader, Site]:
    """Open ``path`` and check everything but the rows' meaning: shape, sender, signature,
    schema version, recipient and every file's bytes. Returns the reader and the sender."""
    reader, sender = _open_signed(session, path)
    try:
        _verify_bytes(reader, progress)
    except BaseException:
        reader.close()
        raise
    return reader, sender


def _verify_bytes(reader: PackageReader, progress: Progress | None) -> None:
    if progress is not None:
        progress(0, QCoreApplication.translate("Package", "Checking the package…"))
    reader.verify_data(None if progress is None else (lambda percent: progress(percent // 4, "")))


def _open_signed(session: Session, path: Path) -> tuple[PackageReader, Site]:
    """Open ``path`` and check its shape, sender, signature, schema version and recipient
    (not yet the data files' bytes: the signed manifest alone says which package it is)."""
    from app.services.store import head_revision

    reader = PackageReader(path)
    try:
        manifest = reader.manifest
        local = local_site(session)
        if local is None:
            raise PackageError(
                QCoreApplication.translate("Package", "This database has no site identity yet.")
            )
        sender = session.scalars(
            select(Site).where(
                Site.uuid == str(manifest.sender.get("uuid")), Site.is_local.is_(False)
            )
        ).one_or_none()
        if sender is None:
            raise PackageError(
                QCoreApplication.translate(
                    "Package",
                    "The package comes from a site whose key was never enrolled here. "
                    "Enrol its key first (Sites and keys), after checking its fingerprint.",
                )
            )
        if sender.revoked_at is not None:
            raise PackageError(
                QCoreApplication.translate(
                    "Package", "The key of the site that sent the package was revoked."
                )
            )
        if manifest.sender.get("key_id") != sender.key_id:
            raise PackageError(
                QCoreApplication.translate(
                    "Package",
                    "The package was signed with another key than the one enrolled for its sender.",
                )
            )
        reader.verify_signature(sender.public_key)
        if manifest.schema != head_revision():
            raise PackageError(
                QCoreApplication.translate(
                    "Package",
                    "The package was made by a program with another database version "
                    "({theirs}; here {ours}). Both sites must run the same version.",
                ).format(theirs=manifest.schema, ours=head_revision())
            )
        if manifest.recipient != local.uuid:
            raise PackageError(
                QCoreApplication.translate(
                    "Package", "The package was made for another site, not for this one."
                )
            )
        return reader, sender
    except BaseException:
        reader.close()
        raise


def _summary(reader: PackageReader, sender: Site) -> ImportSummary:
    manifest = reader.manifest
    return ImportSummary(
        package_uuid=manifest.package_uuid,
        sender_uuid=sender.uuid,
        sender_name=sender.name,
        sender_kind=sender.kind.value,
        profile=manifest.profile,
        created_at=manifest.created_at,
    )


def _already(session: Session, package_uuid: str) -> datetime | None:
    return session.scalars(
        select(SyncPackage.at).where(
            SyncPackage.package_uuid == package_uuid, SyncPackage.direction == "in"
        )
    ).first()


def check_package(session: Session, path: Path, progress: Progress | None = None) -> ImportSummary:
    """What importing ``path`` would do, table by table; nothing is written."""
    reader, sender = _open_signed(session, path)
    with reader:
        summary = _summary(reader, sender)
        summary.already_imported_at = _already(session, summary.package_uuid)
        if summary.already_imported_at is not None:
            return summary
        _verify_bytes(reader, progress)
        try:
            _apply(session, reader, sender, summary, progress)
        except (IntegrityError, sqlite3.IntegrityError) as error:
            raise _integrity_refusal(error) from error
        finally:
            session.rollback()
    return summary


def import_package(
    session: Session,
    path: Path,
    progress: Progress | None = None,
    backup: Callable[[], Path] | None = None,
) -> ImportSummary:
    """Apply ``path`` in one transaction (after ``backup()``, when given). A refused package
    raises :class:`PackageError`; an already-imported one changes nothing."""
    reader, sender = _open_signed(session, path)
    with reader:
        summary = _summary(reader, sender)
        summary.already_imported_at = _already(session, summary.package_uuid)
        if summary.already_imported_at is not None:
            session.rollback()
            return summary
        _verify_bytes(reader, progress)
        session.rollback()
        if backup is not None:
            summary.backup = backup()
        try:
            _apply(session, reader, sender, summary, progress)
            if summary.refused:
                raise PackageError("\n".join(summary.problems))
            _observe_clock(session, summary)
            session.commit()
        except (IntegrityError, sqlite3.IntegrityError) as error:
            # Rows are written through the driver's cursor: its own errors come unwrapped.
            session.rollback()
            raise _integrity_refusal(error) from error
        except BaseException:
            session.rollback()
            raise
    summary.applied = True
    return summary


def _integrity_refusal(error: Exception) -> PackageError:
    text = str(error)
    if "NOT NULL constraint" in text or "CHECK constraint" in text:
        return _damaged()
    return PackageError(
        QCoreApplication.translate(
            "Package",
            "The package holds a record that clashes with one here that must be unique (for "
            "example the same certificate number on two results) or that refers to a record "
            "missing here. Nothing was imported; correct the record at either site and send "
            "a new package.",
        )
    )


def _scope(session: Session, sender: Site, owners: Owners) -> Callable[[Owner], bool]:
    """Which rows the sender may send."""
    if sender.kind is SiteKind.COLLEGE:
        college = sender.college_uuid
        return lambda owner: owner is None or owner == (COLLEGE, college)
    if sender.kind is SiteKind.CENTER:
        center = sender.center_uuid

        def in_network(owner: Owner) -> bool:
            if owner is None:
                return True
            kind, uuid = owner
            if kind == CENTER:
                return uuid == center
            return owners.center_of_college(uuid) == center

        return in_network
    return lambda owner: True


class _Ids:
    """Local ids of rows by uuid, per table, loaded when first needed."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._ids: dict[str, dict[str, int]] = {}

    def table(self, name: str) -> dict[str, int]:
        return self._ids.setdefault(name, {})

    def load(self, name: str, uuids: set[str]) -> None:
        known = self.table(name)
        missing = [uuid for uuid in uuids if uuid not in known]
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            for uuid, row_id in self._connection.exec_driver_sql(
                f'SELECT uuid, id FROM "{name}" WHERE uuid IN ({marks})', tuple(chunk)
            ):
                known[uuid] = row_id


_WIRE_TYPES = frozenset({str, int, float, bool, type(None), dict})
"""What a value on the wire may be: a stored value, or the version vector (the one object)."""
_REFERENCE_TYPES = (str, type(None))


def _parse(line: bytes, table: SyncTable, columns: frozenset[str]) -> Row:
    try:
        row = json.loads(line)
    except ValueError as error:
        raise _damaged() from error
    if not isinstance(row, dict) or row.keys() != columns:
        raise _damaged()
    vector = row.get("version_vector")
    uuid = row.get("uuid")
    kinds = [type(value) for value in row.values()]
    if (
        not isinstance(uuid, str)
        or len(uuid) != 36
        or not isinstance(vector, dict)
        or not all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in vector.items())
        or not isinstance(row.get("modified_by_site"), str)
        or row.get("deleted") not in (0, 1)
        or kinds.count(dict) != 1
        or not _WIRE_TYPES.issuperset(kinds)
        or not all(isinstance(row[column], _REFERENCE_TYPES) for column in table.references)
    ):
        raise _damaged()
    try:
        Stamp.parse(str(row.get("hlc")))
    except ValueError as error:
        raise _damaged() from error
    return row


def _damaged() -> PackageError:
    return PackageError(
        QCoreApplication.translate(
            "Package", "A record in the package is damaged: the package cannot be used."
        )
    )


def _apply(
    session: Session,
    reader: PackageReader,
    sender: Site,
    summary: ImportSummary,
    progress: Progress | None,
) -> None:
    manifest = reader.manifest
    connection = session.connection()
    local = local_site(session)
    assert local is not None
    seq = next_change_number(session, local.uuid)
    now = datetime.now()
    if manifest.profile == "counts":
        _apply_counts(session, reader, sender, summary)
    else:
        owners = Owners(connection)
        allowed = _scope(session, sender, owners)
        ids = _Ids(connection)
        names = {entry.name for entry in manifest.files}
        tables = [table for table in sync_tables() if f"data/{table.name}.jsonl" in names]
        future_limit = wall_clock_ms() + FUTURE_LIMIT_MS
        for index, table in enumerate(tables):
            if progress is not None:
                progress(
                    25 + index * 75 // max(1, len(tables)),
                    QCoreApplication.translate("Package", "Applying {table}…").format(
                        table=table_label(table.name)
                    ),
                )
            columns = frozenset(table.columns)
            rows = [
                _parse(line, table, columns) for line in reader.lines(f"data/{table.name}.jsonl")
            ]
            counts = summary.tables.setdefault(table.name, TableCounts())
            _apply_table(
                connection,
                table,
                rows,
                seq,
                now,
                manifest.package_uuid,
                owners,
                allowed,
                ids,
                counts,
                summary,
            )
            for row in rows:
                if Stamp.parse(row["hlc"]).physical_ms > future_limit:
                    summary.future_stamps += 1
                elif row["hlc"] > summary.latest_stamp:
                    summary.latest_stamp = row["hlc"]
    peer = session.get(Site, sender.id)
    assert peer is not None
    if manifest.since_seq <= peer.received_seq:
        peer.received_seq = max(peer.received_seq, manifest.through_seq)
    peer.acked_seq = max(peer.acked_seq, min(manifest.ack_seq, local.counter))
    session.add(
        SyncPackage(
            package_uuid=manifest.package_uuid,
            direction="in",
            peer_uuid=sender.uuid,
            profile=manifest.profile,
            since_seq=manifest.since_seq,
            through_seq=manifest.through_seq,
            rows=manifest.rows,
            file_name=reader.path.name[:260],
            summary={name: vars(counts) for name, counts in summary.tables.items()},
            at=now,
        )
    )
    session.flush()


def _apply_table(
    connection: Connection,
    table: SyncTable,
    rows: list[Row],
    seq: int,
    now: datetime,
    package_uuid: str,
    owners: Owners,
    allowed: Callable[[Owner], bool],
    ids: _Ids,
    counts: TableCounts,
    summary: ImportSummary,
) -> None:
    owners.prefetch(table.name, rows)
    accepted: list[Row] = []
    for row in rows:
        if allowed(owners.remember(table.name, row)):
            accepted.append(row)
        else:
            counts.rejected += 1
    if counts.rejected:
        summary.problems.append(
            QCoreApplication.translate(
                "Package",
                "{count} records of {table} belong to a college the sending site does not "
                "hold; the package is refused.",
            ).format(count=counts.rejected, table=table_label(table.name))
        )
    existing = {
        row["uuid"]: (row_id, row)
        for row_id, _seq, row in read_by_uuid(connection, table, [r["uuid"] for r in accepted])
    }
    own_ids = ids.table(table.name)
    for uuid, (row_id, _row) in existing.items():
        own_ids[uuid] = row_id
    next_id = int(
        connection.exec_driver_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"').scalar_one()
    )
    inserts: list[Row] = []
    updates: list[tuple[int, Row]] = []
    vector_only: list[tuple[int, Row]] = []
    conflicts: list[dict[str, Any]] = []
    for row in accepted:
        current = existing.get(row["uuid"])
        if current is None:
            next_id += 1
            own_ids[row["uuid"]] = next_id
            inserts.append(row)
            counts.new += 1
            continue
        row_id, here = current
        order = compare(here["version_vector"], row["version_vector"])
        if order in (Order.EQUAL, Order.FIRST_NEWER):
            counts.unchanged += 1
            continue
        if order is Order.SECOND_NEWER:
            updates.append((row_id, row))
            counts.updated += 1
            continue
        merged = merge(here["version_vector"], row["version_vector"])
        incoming_wins = wins(row, here)
        winner = dict(row if incoming_wins else here)
        winner["version_vector"] = merged
        if data_of(here) == data_of(row):
            vector_only.append((row_id, winner))
            counts.unchanged += 1
            continue
        counts.conflicts += 1
        conflicts.append(
            {
                "table_name": table.name,
                "row_uuid": row["uuid"],
                "package_uuid": package_uuid,
                "kept": row if incoming_wins else here,
                "lost": here if incoming_wins else row,
                "detected_at": now,
            }
        )
        if incoming_wins:
            updates.append((row_id, winner))
        else:
            vector_only.append((row_id, winner))
    _resolve_references(table, [*inserts, *(r for _i, r in updates)], ids, counts, summary)
    _write(connection, table, inserts, updates, vector_only, own_ids, seq)
    if conflicts:
        connection.execute(insert(SyncConflict), conflicts)


def _resolve_references(
    table: SyncTable, rows: list[Row], ids: _Ids, counts: TableCounts, summary: ImportSummary
) -> None:
    """Turn referenced uuids into local ids; a reference to nothing known refuses the package."""
    missing = 0
    for column, parent in table.references.items():
        wanted = {row[column] for row in rows if row[column]}
        ids.load(parent, wanted)
        known = ids.table(parent)
        for row in rows:
            value = row[column]
            if value:
                if value in known:
                    row[column] = known[value]
                else:
                    missing += 1
    if missing:
        counts.rejected += missing
        summary.problems.append(
            QCoreApplication.translate(
                "Package",
                "{count} records of {table} refer to records that are neither in the package "
                "nor here; the package is refused.",
            ).format(count=missing, table=table_label(table.name))
        )


def _write(
    connection: Connection,
    table: SyncTable,
    inserts: list[Row],
    updates: list[tuple[int, Row]],
    vector_only: list[tuple[int, Row]],
    ids: dict[str, int],
    seq: int,
) -> None:
    columns = table.columns
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor = connection.connection.driver_connection
    assert cursor is not None
    if inserts:
        marks = ", ".join("?" * (len(columns) + 3))
        cursor.executemany(
            f'INSERT INTO "{table.name}" (id, {quoted}, pending_send, sync_seq) VALUES ({marks})',
            [(ids[row["uuid"]], *_values(row, columns), 0, seq) for row in inserts],
        )
    if updates:
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        cursor.executemany(
            f'UPDATE "{table.name}" SET {assignments}, pending_send = 0, sync_seq = ? WHERE id = ?',
            [(*_values(row, columns), seq, row_id) for row_id, row in updates],
        )
    if vector_only:
        cursor.executemany(
            f'UPDATE "{table.name}" SET version_vector = ?, hlc = ?, modified_by_site = ?, '
            "sync_seq = ? WHERE id = ?",
            [
                (json.dumps(row["version_vector"]), row["hlc"], row["modified_by_site"], seq, i)
                for i, row in vector_only
            ],
        )


def _values(row: Row, columns: tuple[str, ...]) -> list[Any]:
    values = [row[c] for c in columns]
    values[columns.index("version_vector")] = json.dumps(row["version_vector"])
    return values


def _apply_counts(
    session: Session, reader: PackageReader, sender: Site, summary: ImportSummary
) -> None:
    """A counts-only package replaces the counts the same center sent before."""
    if sender.kind is not SiteKind.CENTER or sender.center_uuid is None:
        summary.problems.append(
            QCoreApplication.translate("Package", "Only a center sends a counts-only package.")
        )
        return
    names = {entry.name for entry in reader.manifest.files}
    entries: list[dict[str, Any]] = []
    if COUNTS_MEMBER in names:
        for line in reader.lines(COUNTS_MEMBER):
            try:
                item = json.loads(line)
                entry = {
                    "table_name": str(item["table"]),
                    "college_uuid": str(item["college_uuid"]),
                    "rows": int(item["rows"]),
                }
            except (ValueError, KeyError, TypeError) as error:
                raise _damaged() from error
            entries.append(entry)
    session.query(CentralCount).filter(CentralCount.center_uuid == sender.center_uuid).delete()
    for entry in entries:
        session.add(
            CentralCount(
                center_uuid=sender.center_uuid,
                package_uuid=reader.manifest.package_uuid,
                **entry,
            )
        )
    summary.counts_rows = len(entries)


def _observe_clock(session: Session, summary: ImportSummary) -> None:
    """Move this site's clock past the stamps received (those far ahead were left out), in
    the transaction that applies them: a crash keeps both or neither."""
    site_clock = session.info.get(SESSION_KEY)
    if site_clock is None or not summary.latest_stamp:
        return
    site_clock.clock.observe(summary.latest_stamp)
    save_clock(session, site_clock)
