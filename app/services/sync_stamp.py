"""The one place where synced rows get their change-tracking columns.

A ``before_flush`` hook stamps every inserted, updated or deleted synced row: it bumps
this site's entry in the row's version vector, gives it a fresh hybrid-logical-clock
stamp, records this site as the last modifier and marks it "not yet sent". Deleting a
synced row turns it into a tombstone instead of removing it.

Bulk writers that bypass the ORM flush (the demo generator) must call
:func:`stamp_new_row` so the stamp is made by the same code.

The same hook fills the derived sort-key columns a model declares in ``__sort_keys__``
(``{"name_sort": "name_th"}``: ``name_sort = thai_sort_text(name_th)``), and
``stamp_new_row(values, clock, model)`` fills them for bulk rows: see :func:`sort_key_values`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session, UOWTransaction

from app.models.base import SyncedBase, new_uuid
from app.models.site import Site
from app.services.hlc import HybridLogicalClock
from app.services.thai.collation import thai_sort_text

SESSION_KEY = "cvm_site_clock"


class MissingSiteError(RuntimeError):
    """Synced rows were written on a database that has no site identity yet."""


@dataclass
class SiteClock:
    """This installation's identity and clock, shared by every session of one store."""

    site_uuid: str
    clock: HybridLogicalClock = field(default_factory=HybridLogicalClock)

    def stamp(self) -> str:
        return self.clock.tick()


def attach_clock(session: Session, site_clock: SiteClock | None) -> None:
    session.info[SESSION_KEY] = site_clock


def _site_clock(session: Session) -> SiteClock:
    site_clock = session.info.get(SESSION_KEY)
    if site_clock is None:
        raise MissingSiteError(
            "this database has no site identity yet: initialise the site before writing records"
        )
    return site_clock  # type: ignore[no-any-return]


def _bump(row: SyncedBase, site_clock: SiteClock, stamp: str, seq: int) -> None:
    vector = dict(row.version_vector or {})
    vector[site_clock.site_uuid] = vector.get(site_clock.site_uuid, 0) + 1
    row.version_vector = vector
    row.hlc = stamp
    row.modified_by_site = site_clock.site_uuid
    row.pending_send = True
    row.sync_seq = seq


def next_change_number(session: Session, site_uuid: str) -> int:
    """A new change number of this site (one per flush or applied package), in the
    transaction that uses it, so numbers follow commit order."""
    seq = (
        session.connection()
        .execute(
            update(Site)
            .where(Site.uuid == site_uuid)
            .values(counter=Site.counter + 1)
            .returning(Site.counter)
        )
        .scalar_one()
    )
    return int(seq)


def sort_key_values(model: type[Any], get: Callable[[str], Any]) -> dict[str, str]:
    """The derived sort keys of a row of ``model``: ``{column: thai_sort_text(source text)}``.

    ``model.__sort_keys__`` maps each sort-key column to the text column it is made from;
    ``get(name)`` reads a column of the row. The one place these keys are computed.
    """
    keys: dict[str, str] = getattr(model, "__sort_keys__", {})
    return {column: thai_sort_text(get(source) or "") for column, source in keys.items()}


def stamp_new_row(
    values: dict[str, Any], site_clock: SiteClock, model: type[Any] | None = None
) -> dict[str, Any]:
    """Fill the sync columns of a plain row dict for a bulk insert (same rules as the hook).

    With ``model``, also fill the row's derived sort keys (``model.__sort_keys__``).
    """
    if model is not None:
        values.update(sort_key_values(model, values.get))
    if not values.get("uuid"):
        values["uuid"] = new_uuid()
    values["version_vector"] = {site_clock.site_uuid: 1}
    values["hlc"] = site_clock.stamp()
    values["modified_by_site"] = site_clock.site_uuid
    values["deleted"] = False
    values["pending_send"] = True
    values["sync_seq"] = 0
    return values


def save_clock(session: Session, site_clock: SiteClock) -> None:
    """Persist the clock's last stamp so it never runs backwards after a restart."""
    session.execute(
        update(Site).where(Site.uuid == site_clock.site_uuid).values(hlc_last=site_clock.clock.last)
    )


def _before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    stamped: set[int] = set()
    pending_deletes = [row for row in session.deleted if isinstance(row, SyncedBase)]
    for row in pending_deletes:
        row.deleted = True
        session.add(row)
    changed = [
        *pending_deletes,
        *(row for row in session.new if isinstance(row, SyncedBase)),
        *(
            row
            for row in session.dirty
            if isinstance(row, SyncedBase) and session.is_modified(row, include_collections=False)
        ),
    ]
    seq: int | None = None
    for row in changed:
        if id(row) in stamped:
            continue
        stamped.add(id(row))
        site_clock = _site_clock(session)
        if seq is None:
            seq = next_change_number(session, site_clock.site_uuid)
        if row.id is None:
            if not row.uuid:
                row.uuid = new_uuid()
            row.version_vector = {}
            row.deleted = bool(row.deleted)
        if not row.deleted:
            for column, value in sort_key_values(type(row), partial(getattr, row)).items():
                if getattr(row, column) != value:
                    setattr(row, column, value)
        _bump(row, site_clock, site_clock.stamp(), seq)
    if stamped:
        site_clock = _site_clock(session)
        session.connection().execute(
            update(Site)
            .where(Site.uuid == site_clock.site_uuid)
            .values(hlc_last=site_clock.clock.last)
        )


def install(session_class: type[Session]) -> None:
    """Register the hook on a Session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
