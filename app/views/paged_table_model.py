"""A table model over a list of the list service, read a page at a time.

The model holds plain :class:`~app.services.listing.Row` values, never a Session or an ORM
object: each read opens a short session from the factory it was given (``store.session``)
and closes it. Rows arrive in pages (``PAGE_SIZE``): the first page when the query is set,
the next one each time a view scrolls to the bottom (``canFetchMore``/``fetchMore``, read
after the last row's key, so page 5,000 costs what page 1 does).

Memory stays flat however far a person scrolls: only the ``cached_pages`` pages used last
are kept; a page dropped from the cache is read again (by offset, from the nearer end of
the list) when it is drawn again. :meth:`show_all_rows` makes every row scrollable at once
(for Ctrl+End or a jump to the last page): it counts the rows (once per query, cached) and
reads the pages as they are drawn.

Threading: the model reads on the UI thread, synchronously. That is deliberate and measured
(tests/benchmarks/lists.py, 1,000,000 enterprises): the first page, the next one and the
last one take 1-2 ms, a search page of three characters or more 8-35 ms, the count 6 ms
without a search (a search's count 10-160 ms, once per query). The exception is a search
word of one or two characters, which no index can answer: on a table of a million rows
that rarely matches it is a scan of seconds, so a screen over such a table should wait for
three characters (or read through the task runner). A screen that wants a search's total
for a status line may count with the runner (:func:`app.services.listing.count`) and give
the result to :meth:`set_known_count`.

Sorting goes through the service (``sort()`` makes a new query and resets the model), so
Thai columns sort in Thai dictionary order and a million rows sort by index.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy.orm import Session

from app.services.listing import (
    Column,
    CountCache,
    Display,
    ListQuery,
    Row,
    Sort,
    page,
    page_after,
    spec_for,
    supports_keyset,
)
from app.views import texts
from app.views.i18n import is_thai

PAGE_SIZE = 200
CACHED_PAGES = 50
"""Pages kept in memory (10,000 rows at the default page size)."""

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
_NO_TOOLTIP = frozenset({Display.NUMBER, Display.YEAR, Display.FLAG})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class PagedTableModel(QAbstractTableModel):
    """Rows of one :class:`ListQuery`, read in pages; see the module docstring."""

    def __init__(
        self,
        sessions: Callable[[], Session],
        query: ListQuery,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        counts: CountCache | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1 or cached_pages < 2:
            raise ValueError("a page holds at least one row and the cache two pages")
        self._sessions = sessions
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._counts = counts or CountCache()
        self._query = query
        self._columns: tuple[Column, ...] = ()
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._rows = 0
        self._complete = False
        self._start(query)

    # -- the query ---------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show another list, filter, search or sort (the model is reset)."""
        self.beginResetModel()
        try:
            self._start(query)
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        """Read the list again (after rows were written): counts and pages are forgotten."""
        self._counts.clear()
        self.set_query(self._query)

    def _start(self, query: ListQuery) -> None:
        spec = spec_for(query.kind)
        if query.sort is None:
            query = ListQuery(
                query.kind, query.filters, query.search, spec.default_sort, query.as_of
            )
        self._query = query
        self._columns = spec.columns
        self._pages.clear()
        self._rows = 0
        self._complete = False
        first = self._read(0, extra=1)
        self._remember(0, first[: self._page_size])
        self._rows = min(len(first), self._page_size)
        self._complete = len(first) <= self._page_size

    # -- reading pages -----------------------------------------------------------------------
    def _read(self, number: int, extra: int = 0) -> list[Row]:
        """Page ``number`` (plus ``extra`` rows after it) from the database."""
        offset = number * self._page_size
        limit = self._page_size + extra
        previous = self._pages.get(number - 1)
        with self._sessions() as session:
            if previous and len(previous) == self._page_size and supports_keyset(self._query):
                return page_after(session, self._query, previous[-1], limit)
            return page(session, self._query, offset, limit, total=self._counts.peek(self._query))

    def _remember(self, number: int, rows: list[Row]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)

    def _page(self, number: int) -> list[Row]:
        rows = self._pages.get(number)
        if rows is None:
            rows = self._read(number)
            self._remember(number, rows)
        else:
            self._pages.move_to_end(number)
        return rows

    def row(self, row: int) -> Row | None:
        """The service row shown at ``row`` (read if it is not in memory), or None."""
        if not 0 <= row < self._rows:
            return None
        rows = self._page(row // self._page_size)
        position = row % self._page_size
        return rows[position] if position < len(rows) else None

    def row_id(self, row: int) -> int | None:
        """The database id of the record shown at ``row``."""
        found = self.row(row)
        return found.id if found is not None else None

    @property
    def cached_rows(self) -> int:
        """How many rows the model holds in memory now."""
        return sum(len(rows) for rows in self._pages.values())

    # -- counting ----------------------------------------------------------------------------
    def total_rows(self) -> int:
        """How many rows the list has (counted once per query, then cached)."""
        with self._sessions() as session:
            return self._counts.get(session, self._query)

    def set_known_count(self, total: int) -> None:
        """Tell the model the row count of its query (e.g. counted by the task runner)."""
        self._counts.set(self._query, total)

    def show_all_rows(self) -> None:
        """Make every row scrollable now (rows are read when they are drawn)."""
        total = self.total_rows()
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self._complete = True
            self.endInsertRows()
        self._complete = True

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._complete:
            return
        number = self._rows // self._page_size
        fetched = self._read(number, extra=1)
        rows = fetched[: self._page_size]
        self._complete = len(fetched) <= self._page_size
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
        self._remember(number, rows)
        self._rows += len(rows)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            value = super().headerData(section, orientation, role)
            return value
        column = self._columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns) or role not in _ROLES:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column.display in _NO_TOOLTIP:
            return None
        found = self.row(index.row())
        if found is None:
            return None
        return display_text(column, found.values[index.column()]) or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the service; a column that cannot be sorted leaves the order as is."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        wanted = Sort(self._columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._query.sort:
            return
        query = self._query
        self.set_query(ListQuery(query.kind, query.filters, query.search, wanted, query.as_of))

    def sort_column(self) -> int:
        """The column the rows are sorted by (for the header's sort indicator)."""
        assert self._query.sort is not None
        return [column.key for column in self._columns].index(self._query.sort.column)

    def sort_order(self) -> Qt.SortOrder:
        assert self._query.sort is not None
        descending = self._query.sort.descending
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sortable

    def retranslate(self) -> None:
        """The language changed: headers, choice labels, dates and numbers are shown anew."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self._rows - 1, len(self._columns) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )


def _alignment(column: Column) -> int:
    right = column.display in (Display.NUMBER, Display.YEAR)
    return int((_RIGHT if right else _LEFT).value)


def display_text(column: Column, value: Any) -> str:
    """A list value as the user reads it, in the current language."""
    if value is None:
        return ""
    display = column.display
    if display is Display.NUMBER:
        return texts.number(int(value))
    if display is Display.YEAR:
        return texts.year(int(value))
    if display is Display.DATE:
        return texts.date_text(value) if isinstance(value, date) else str(value)
    if display is Display.BILINGUAL:
        thai, english = value
        shown = thai if is_thai() or not english else english
        return "" if shown is None else str(shown)
    if display is Display.FLAG:
        assert column.labels is not None
        return column.labels()["1" if value else "0"]
    if display is Display.CHOICE:
        labels = column.labels() if column.labels is not None else {}
        return labels.get(str(value), str(value))
    return str(value)
