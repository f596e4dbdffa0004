"""How a kind of list is read: its columns, joins, filters and searched text.

A spec is plain data over SQLAlchemy expressions; ``app.services.listing.kinds`` declares one
per list kind and ``app.services.listing.paging`` turns a spec and a query into SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, String, Table, type_coerce

from app.services.listing.query import ListKind, Sort

Expression = ColumnElement[Any]
"""A Core column expression (``ENTERPRISE.c.name_th``: Core, so no ORM row processing)."""


class Display(StrEnum):
    """How a column's value is shown (the table model formats it in the user's language)."""

    TEXT = "text"
    NUMBER = "number"  # thousands separators, right-aligned
    YEAR = "year"  # a B.E. year, no separators
    DATE = "date"  # a date, B.E. year in Thai
    CHOICE = "choice"  # a code shown through ``Column.labels``
    FLAG = "flag"  # yes / no
    BILINGUAL = "bilingual"  # a (thai, english) pair, e.g. a province from the reference list


@dataclass(frozen=True)
class Column:
    """One column of a list.

    ``header`` and ``labels`` are called when the column is shown, so they follow the
    language. ``sort`` is the SQL the column orders by (None: not sortable); ``keyset`` says
    the sort value is never NULL, so the next page can be read after the last row's key
    instead of with OFFSET. A BILINGUAL column reads ``expression`` (Thai) and
    ``expression_en``.
    """

    key: str
    header: Callable[[], str]
    expression: Expression
    display: Display = Display.TEXT
    sort: Expression | None = None
    keyset: bool = False
    labels: Callable[[], Mapping[str, str]] | None = None
    expression_en: Expression | None = None

    def __post_init__(self) -> None:
        if self.keyset and (self.sort is None or self.display is Display.FLAG):
            # A yes/no value cannot be compared with < in SQL the way keyset paging does.
            raise ValueError(f"column {self.key!r}: keyset paging needs a sortable, non-flag value")

    @property
    def sortable(self) -> bool:
        return self.sort is not None

    def selected(self) -> tuple[Expression, ...]:
        """What the column reads: one value, two for a bilingual one; codes as plain text."""
        if self.display is Display.BILINGUAL:
            assert self.expression_en is not None, self.key
            return (self.expression, self.expression_en)
        if self.display is Display.CHOICE:
            return (type_coerce(self.expression, String),)
        return (self.expression,)


@dataclass(frozen=True)
class Join:
    """A joined table. An outer join adds display or sort columns only (a reference row by
    its unique key), so counting leaves it out; filters and search use inner joins only."""

    target: Table
    on: ColumnElement[bool]
    outer: bool = True


@dataclass(frozen=True)
class SearchTarget:
    """Rows found through another table's text: ``id_column`` holds that table's ids.

    Words of 3 characters or more are looked up in the FTS5 table ``fts_table`` (trigram),
    shorter words with LIKE over ``like_columns`` (the same text, on the joined table).
    """

    fts_table: str
    id_column: Expression
    like_columns: tuple[Expression, ...]


@dataclass(frozen=True)
class ListSpec:
    """A kind of list: the synced table it lists, columns, joins, filters and search."""

    kind: ListKind
    table: Table
    columns: tuple[Column, ...]
    default_sort: Sort
    joins: tuple[Join, ...] = ()
    filters: Mapping[str, Callable[[Any], ColumnElement[bool]]] = field(default_factory=dict)
    search_targets: tuple[SearchTarget, ...] = ()
    search_like: tuple[Expression, ...] = ()
    """Columns searched with LIKE for every word (small tables without an FTS index)."""

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(f"{self.kind} has no column {key!r}")

    def index_of(self, key: str) -> int:
        return [column.key for column in self.columns].index(key)
