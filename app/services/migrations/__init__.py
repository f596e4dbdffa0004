"""Alembic migrations of the CVM Director database (run through app.services.store)."""

from __future__ import annotations

SEARCH_TABLE_SUFFIX = "_fts"


def is_search_table(name: str | None) -> bool:
    """An FTS5 search index (``<table>_fts``) or one of its shadow tables (``<table>_fts_*``).

    They are made by migration 0004 with plain SQL and are not in the models' metadata.
    """
    return name is not None and (
        name.endswith(SEARCH_TABLE_SUFFIX) or f"{SEARCH_TABLE_SUFFIX}_" in name
    )


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic ``include_name`` filter: autogenerate and compare skip the search tables."""
    return not (type_ == "table" and is_search_table(name))
