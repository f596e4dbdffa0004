"""What a database holds: its site, schema revision and the number of rows per table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.models import load_all
from app.models.base import Base, SyncedBase
from app.services.site_identity import SiteInfo, local_site, site_info
from app.services.store import Store, current_revision


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    schema_revision: str | None
    site: SiteInfo | None
    row_counts: dict[str, int]
    """Live rows per table (tombstones of synced tables not counted)."""


def synced_tables() -> list[str]:
    """Names of the tables whose rows travel between sites."""
    load_all()
    return sorted(
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedBase)
    )


def database_info(store: Store) -> DatabaseInfo:
    synced = set(synced_tables())  # loads every model: all tables are counted
    counts: dict[str, int] = {}
    with store.session() as session:
        site = local_site(session)
        for name, table in sorted(Base.metadata.tables.items()):
            query = select(func.count()).select_from(table)
            if name in synced:
                query = query.where(table.c.deleted.is_(False))
            counts[name] = session.scalar(query) or 0
        info = site_info(site) if site else None
    return DatabaseInfo(
        path=store.path,
        schema_revision=current_revision(store.engine),
        site=info,
        row_counts=counts,
    )
