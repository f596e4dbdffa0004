"""Making a package for a peer: the rows it has not acknowledged yet (or all of them), in the
chosen personal-data profile, signed with this site's key.

A center's package to a college station carries the shared rows and that college's own
rows only; to the central office it forwards every row unchanged (author, clock stamp and
version vector as received), with names and national ids replaced by pseudonyms, or only
counts, when the profile says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from app.models.base import new_uuid
from app.models.enums import SiteKind
from app.models.site import Site
from app.models.sync import SyncPackage
from app.services.site_identity import load_private_key, local_site
from app.services.sync.errors import Cancelled, PackageError
from app.services.sync.labels import table_label
from app.services.sync.owners import Owners
from app.services.sync.package_file import COUNTS_MEMBER, Manifest, PackageWriter
from app.services.sync.tables import (
    CENTER,
    COLLEGE,
    PERSONAL_COLUMNS,
    SENSITIVE_COLUMNS,
    Owner,
    SyncTable,
    sync_table,
    sync_tables,
)
from app.services.sync.wire import Row, read_rows
from app.services.thai.collation import thai_sort_text

Progress = Callable[[int, str], None]


@dataclass
class ExportResult:
    path: Path
    package_uuid: str
    profile: str
    rows: int
    tables: dict[str, int] = field(default_factory=dict)


def default_profile(recipient: Site) -> str:
    """Pseudonymised for the central office (PDPA: only what a report needs), else full."""
    return "pseudonymised" if recipient.kind is SiteKind.CENTRAL else "full"


def _recipient(session: Session, site_uuid: str) -> Site:
    peer = session.scalars(
        select(Site).where(Site.uuid == site_uuid, Site.is_local.is_(False))
    ).one_or_none()
    if peer is None:
        raise PackageError(
            QCoreApplication.translate(
                "Package",
                "The recipient is not an enrolled site. Enrol its key first (Sites and keys).",
            )
        )
    if peer.revoked_at is not None:
        raise PackageError(
            QCoreApplication.translate(
                "Package", "The key of the recipient was revoked: no package is made for it."
            )
        )
    return peer


class _Pseudonyms:
    """Keyed pseudonyms: the same person gets the same pseudonym in every package of this
    site, and nobody without this site's private key can go back to the name."""

    def __init__(self, secret: bytes) -> None:
        self._key = hashlib.sha256(b"cvm-pseudonym\0" + secret).digest()

    def code(self, text: str, length: int) -> str:
        return hmac.new(self._key, text.encode(), hashlib.sha256).hexdigest()[:length].upper()

    def apply(self, table: str, row: Row) -> None:
        for column in PERSONAL_COLUMNS.get(table, ()):
            value = row.get(column)
            if value in (None, ""):
                continue
            if column == "national_id":
                # Keyed on the number, so one person in two colleges stays one person.
                row[column] = "PS" + self.code(str(value), 11)
            elif column == "phone":
                row[column] = None
            elif column == "last_name":
                row[column] = "-"
            else:
                row[column] = "PSN-" + self.code(f"{row['uuid']}:{column}", 10)
        for sort_column, source in sync_table(table).sort_keys.items():
            row[sort_column] = thai_sort_text(row.get(source) or "")


def _allowed_owners(local: Site, recipient: Site) -> Callable[[Owner], bool] | None:
    """Which rows a recipient gets: None means all of them."""
    if local.kind is SiteKind.CENTER and recipient.kind is SiteKind.COLLEGE:
        own_center, college = local.center_uuid, recipient.college_uuid

        def allowed(owner: Owner) -> bool:
            return (
                owner is None
                or owner == (CENTER, own_center)
                or (college is not None and owner == (COLLEGE, college))
            )

        return allowed
    return None


def _dump(row: Row) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def export_package(
    session: Session,
    recipient_uuid: str,
    out: Path,
    *,
    everything: bool = False,
    profile: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    keys_dir: Path | None = None,
    schema: str | None = None,
) -> ExportResult:
    """Write the package for ``recipient_uuid`` to ``out``; on success the rows sent are
    marked sent and the package is recorded. ``session`` must not be in a transaction."""
    from app.services.store import head_revision

    local = local_site(session)
    if local is None:
        raise PackageError(
            QCoreApplication.translate("Package", "This database has no site identity yet.")
        )
    recipient = _recipient(session, recipient_uuid)
    chosen = profile or default_profile(recipient)
    if chosen != "full" and recipient.kind is not SiteKind.CENTRAL:
        raise PackageError(
            QCoreApplication.translate(
                "Package",
                "Pseudonymised and counts-only packages are for the central office; "
                "college stations and centers need the full data.",
            )
        )
    key = load_private_key(local.uuid, keys_dir)
    from cryptography.hazmat.primitives import serialization

    secret = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    since = -1 if everything else recipient.acked_seq
    through = local.counter
    allowed = _allowed_owners(local, recipient)
    writer = PackageWriter(out)
    sent: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    try:
        connection = session.connection()
        tables = sync_tables()
        if chosen == "counts":
            writer.write_lines(COUNTS_MEMBER, _count_lines(connection, progress, cancelled))
        else:
            pseudonyms = _Pseudonyms(secret) if chosen == "pseudonymised" else None
            for index, table in enumerate(tables):
                if cancelled is not None and cancelled():
                    raise Cancelled
                if progress is not None:
                    progress(
                        index * 100 // len(tables),
                        QCoreApplication.translate("Package", "Packing {table}…").format(
                            table=table_label(table.name)
                        ),
                    )
                rows = _changed_rows(connection, table, since, through, allowed)
                if not rows:
                    continue
                ids = [row_id for row_id, _row in rows]
                sent[table.name] = ids
                counts[table.name] = len(ids)
                writer.write_lines(
                    f"data/{table.name}.jsonl",
                    _lines(table.name, [row for _id, row in rows], pseudonyms),
                )
        stamp = session.info["cvm_site_clock"].stamp() if "cvm_site_clock" in session.info else ""
        manifest = Manifest(
            package_uuid=new_uuid(),
            schema=schema or head_revision(),
            sender={
                "uuid": local.uuid,
                "kind": local.kind.value,
                "name": local.name,
                "key_id": local.key_id,
                "center_uuid": local.center_uuid,
                "college_uuid": local.college_uuid,
            },
            recipient=recipient.uuid,
            created_at=datetime.now().isoformat(timespec="seconds"),
            created_hlc=stamp,
            profile=chosen,
            since_seq=since,
            through_seq=through,
            ack_seq=recipient.received_seq,
        )
        session.rollback()  # end the read before writing the bookkeeping
        writer.finish(manifest, key.sign)
    except BaseException:
        writer.abandon()
        raise
    _record(session, manifest, manifest.recipient, out, sent, counts)
    if progress is not None:
        progress(100, "")
    return ExportResult(out, manifest.package_uuid, chosen, sum(counts.values()), counts)


def _changed_rows(
    connection: Connection,
    table: SyncTable,
    since: int,
    through: int,
    allowed: Callable[[Owner], bool] | None,
) -> list[tuple[int, Row]]:
    found = [
        (row_id, row)
        for row_id, _seq, row in read_rows(
            # Rows never changed since the reference data made them ({}) are the same at
            # every site and are not sent.
            connection,
            table,
            "t.sync_seq > ? AND t.sync_seq <= ? AND t.version_vector != '{}'",
            (since, through),
        )
    ]
    if allowed is None:
        return found
    owners = Owners(connection)
    owners.prefetch(table.name, [row for _id, row in found])
    return [(row_id, row) for row_id, row in found if allowed(owners.remember(table.name, row))]


def _lines(table: str, rows: list[Row], pseudonyms: _Pseudonyms | None) -> Iterator[bytes]:
    for row in rows:
        if pseudonyms is not None:
            pseudonyms.apply(table, row)
            for column in SENSITIVE_COLUMNS.get(table, ()):
                row[column] = None
        yield _dump(row)


def _count_lines(
    connection: Connection, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Iterator[bytes]:
    """Rows in use per table and owning college (counts-only profile)."""
    owners = Owners(connection)
    tables = sync_tables()
    for index, table in enumerate(tables):
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(index * 100 // len(tables), "")
        rows = [row for _id, _seq, row in read_rows(connection, table, "t.deleted = 0")]
        owners.prefetch(table.name, rows)
        per_college: dict[str, int] = {}
        for row in rows:
            owner = owners.remember(table.name, row)
            college = owner[1] if owner is not None and owner[0] == COLLEGE else ""
            per_college[college] = per_college.get(college, 0) + 1
        for college, number in sorted(per_college.items()):
            yield _dump({"table": table.name, "college_uuid": college, "rows": number})


def _record(
    session: Session,
    manifest: Manifest,
    recipient_uuid: str,
    out: Path,
    sent: dict[str, list[int]],
    counts: dict[str, int],
) -> None:
    with session.begin():
        connection = session.connection()
        for name, ids in sent.items():
            table = sync_table(name).table
            for start in range(0, len(ids), 500):
                connection.execute(
                    update(table)
                    .where(table.c.id.in_(ids[start : start + 500]))
                    .values(pending_send=False)
                )
        session.add(
            SyncPackage(
                package_uuid=manifest.package_uuid,
                direction="out",
                peer_uuid=recipient_uuid,
                profile=manifest.profile,
                since_seq=manifest.since_seq,
                through_seq=manifest.through_seq,
                rows=sum(counts.values()),
                file_name=out.name,
                summary=dict(counts),
                at=datetime.now(),
            )
        )


def package_file_name(local: Site, recipient: Site) -> str:
    """A file name that says who sent it to whom and when (no personal data)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"cvm-{local.kind.value}-to-{recipient.kind.value}-{stamp}.cvmpkg"
