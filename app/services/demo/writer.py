"""Batched bulk writing of demo rows: explicit ids, seeded uuids, one stamp per row.

Rows are buffered per model and written with ``session.execute(insert(Model.__table__), rows)``
(a Core executemany, no RETURNING). Ids are given here, counting on from the
largest id already in each table, so children can refer to parents without reading
anything back. Every flush writes the buffers in the models' ``sync_order`` (parents
first), so a child row is never written before its parent.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.services.sync_stamp import SiteClock, save_clock, stamp_new_row

DEFAULT_BATCH_SIZE = 10_000

Row = dict[str, Any]


class BatchWriter:
    """Buffers stamped rows per model and writes them in dependency order."""

    def __init__(
        self,
        session: Session,
        site_clock: SiteClock,
        rng: random.Random,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self._session = session
        self._clock = site_clock
        self._rng = rng
        self._batch_size = batch_size
        self._buffers: dict[type[SyncedBase], list[Row]] = {}
        self._next_id: dict[type[SyncedBase], int] = {}
        self.counts: Counter[str] = Counter()
        self.rows_since_commit = 0

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _allocate(self, model: type[SyncedBase]) -> int:
        next_id = self._next_id.get(model)
        if next_id is None:
            largest = self._session.scalar(select(func.max(model.id)))
            next_id = (largest or 0) + 1
        self._next_id[model] = next_id + 1
        return next_id

    def add(self, model: type[SyncedBase], values: Row) -> int:
        """Queue one new row of ``model``; returns the id it will have."""
        row_id = self._allocate(model)
        values["id"] = row_id
        values["uuid"] = self.new_uuid()
        buffer = self._buffers.get(model)
        if buffer is None:
            buffer = self._buffers[model] = []
        buffer.append(stamp_new_row(values, self._clock, model))
        self.counts[model.__tablename__] += 1
        self.rows_since_commit += 1
        if len(buffer) >= self._batch_size:
            self.flush()
        return row_id

    def flush(self) -> None:
        """Write every buffered row, parents before children."""
        for model in sorted(self._buffers, key=lambda m: m.sync_order):
            rows = self._buffers[model]
            if rows:
                # A Core insert of the table: one executemany per buffer, without the ORM's
                # per-row bookkeeping (a third of the build time at large scales).
                self._session.execute(insert(cast(Table, model.__table__)), rows)
                rows.clear()

    def commit(self) -> None:
        """Write everything buffered, keep the site clock's last stamp, and commit."""
        self.flush()
        save_clock(self._session, self._clock)
        self._session.commit()
        self.rows_since_commit = 0
