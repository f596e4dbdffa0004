"""Print this list: any list screen as a table report.

The report states what was printed (the list's title, its filters in words, the search, the
row count and the day) and then every matching row in the list's own order, not only the
rows on screen. Rows are read a page at a time through the list service and formatted to
plain text; the table is laid out by :class:`RowBlock` flowables that measure each row once
and fill a page at a time, so a list of 100,000 rows costs time in proportion to its length
(a single ReportLab table re-measures all its remaining rows at every page), and the header
row repeats at the top of every page.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from app.services.listing import (
    Column,
    Display,
    ListFilters,
    ListKind,
    ListQuery,
    Row,
    page,
    page_after,
    spec_for,
    supports_keyset,
)
from app.services.listing.describe import Wording, filter_phrases, filter_values, list_title
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.common import issuer
from app.services.reports.document import ReportDocument
from app.services.reports.errors import ReportError
from app.services.reports.fonts import BOLD, REGULAR
from app.services.reports.styles import (
    BOTTOM_MARGIN,
    GRID,
    HEADER_FILL,
    PAGE_SIZE,
    TABLE_SIZE,
    TOP_MARGIN,
)
from app.services.reports.thai_text import thai_paragraph
from app.services.tabular.countries import country_name_th
from app.services.thai.fiscal import current_fiscal_year

READ_PAGE = 1_000
"""Rows read from the list service at a time."""
BLOCK_ROWS = 250
"""Rows per table flowable: the report's progress and Cancel move on at least this often."""
SAMPLE_ROWS = 500
"""Rows measured to share the page width between the columns."""
PADDING = (3.0, 3.0, 2.0, 3.0)
"""Cell padding: left, right, top, bottom (as ``ReportDocument.table``)."""
MIN_COLUMN = 24.0
"""The narrowest column, in points (a row number of three digits)."""
SHORT_TEXT = 70.0
"""Texts at most this wide (points) never wrap: dates, codes, short names."""
HEADER_LINE = 90.0
"""A header wider than this may wrap onto a second line."""
HEADER_WORD = 60.0
"""A header's longest word is never broken when it is at most this wide."""
TEXT_FLOOR = 40.0
"""On a very wide list, a column of long texts may narrow down to this many points."""
MAX_CELL_SHARE = 0.4
"""A cell is shortened (ending in "…") when it would be taller than this share of a page."""
HIDDEN_COLUMNS = frozenset({"national_id", "citizen_id", "id_card"})
"""Columns never printed (personal data), should a list ever show one."""


def list_report_options(query: ListQuery, *, thai_digits: bool = False) -> ReportOptions:
    """The options that print ``query`` as a list screen shows it."""
    filters = query.filters
    return ReportOptions(
        fiscal_year=filters.fiscal_year or current_fiscal_year(),
        thai_digits=thai_digits,
        list_kind=query.kind.value,
        list_filters=filters,
        list_search=query.search,
        list_sort=query.sort,
    )


# -- the report ----------------------------------------------------------------------------
def build(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    query = _query(options)
    wording = Wording(thai=_thai_interface(), digits=document.digits, date_text=_date(document))
    stated = filter_values(session, query.filters, wording)
    columns = [c for c in spec_for(query.kind).columns if c.key not in HIDDEN_COLUMNS]
    rows = _printed_rows(session, query, columns, document, wording)
    _preamble(session, query, len(rows), document, filter_phrases(stated))
    if not rows:
        document.no_data(
            QCoreApplication.translate("ListReport", "There are no records that match.")
        )
        return
    kept = _columns_kept(rows, set(stated.values()))
    rows = [tuple(row[i] for i in kept) for row in rows] if len(kept) < len(rows[0]) else rows
    headers = [
        QCoreApplication.translate("ListReport", "No."),
        *(column.header() for column in columns),
    ]
    numeric = {0} | {
        position + 1
        for position, column in enumerate(columns)
        if column.display in (Display.NUMBER, Display.YEAR)
    }
    table = LongTable(
        document, [headers[i] for i in kept], rows, {kept.index(i) for i in numeric if i in kept}
    )
    for start in range(0, len(rows), BLOCK_ROWS):
        document.flowable(RowBlock(table, start, min(start + BLOCK_ROWS, len(rows)), start == 0))


def _columns_kept(rows: list[tuple[str, ...]], stated: set[str]) -> list[int]:
    """The printed columns: not one that holds, on every row, the value a filter states
    above the table (the college of a list filtered by college ...)."""
    said = [
        column
        for column in range(1, len(rows[0]))
        if rows[0][column] in stated and all(row[column] == rows[0][column] for row in rows)
    ]
    if len(said) == len(rows[0]) - 1:
        said = said[1:]  # keep one column
    return [column for column in range(len(rows[0])) if column not in said]


def _query(options: ReportOptions) -> ListQuery:
    """The list to print; a refusal for a list or filter the program does not have."""
    kind = _kind(options.list_kind)
    spec = spec_for(kind)
    filters = options.list_filters or ListFilters()
    if any(name not in spec.filters for name in filters.active()):
        raise ReportError(
            QCoreApplication.translate("ListReport", "This list cannot be filtered that way.")
        )
    search, sort = options.list_search.strip(), options.list_sort
    if sort is None or not any(c.key == sort.column and c.sortable for c in spec.columns):
        sort = spec.default_sort
    return ListQuery(kind, filters, search, sort)


def _preamble(
    session: Session, query: ListQuery, total: int, document: ReportDocument, phrases: list[str]
) -> None:
    """The list's title, who prints it, its filters and search in words, the count, the day."""
    title = list_title(query.kind.value)
    document.title = title
    document.heading(title)
    document.note(" ".join(issuer(session).lines()))
    if phrases:
        document.paragraph(
            QCoreApplication.translate("ListReport", "Filters: {filters}").format(
                filters="; ".join(phrases)
            )
        )
    else:
        document.paragraph(QCoreApplication.translate("ListReport", "No filters"))
    if query.search:
        document.paragraph(
            QCoreApplication.translate("ListReport", "Search: “{text}”").format(text=query.search)
        )
    document.paragraph(
        QCoreApplication.translate("ListReport", "{count} records, as of {day}").format(
            count=document.number(total), day=document.date(date.today())
        )
    )


def _printed_rows(
    session: Session,
    query: ListQuery,
    columns: list[Column],
    document: ReportDocument,
    wording: Wording,
) -> list[tuple[str, ...]]:
    """Every row as printed: its number in the list, then its values as text."""
    positions = [spec_for(query.kind).index_of(column.key) for column in columns]
    return [
        (
            document.number(number),
            *(
                _cell(document, wording, column, row.values[position])
                for column, position in zip(columns, positions, strict=True)
            ),
        )
        for number, row in enumerate(_all_rows(session, query), start=1)
    ]


def _kind(name: str | None) -> ListKind:
    try:
        return ListKind(name or "")
    except ValueError:
        raise ReportError(
            QCoreApplication.translate("ListReport", "Choose which list to print.")
        ) from None


def _thai_interface() -> bool:
    """Whether the program speaks Thai now (then bilingual names print in Thai)."""
    return QCoreApplication.translate("Lists", "Province") != "Province"


def _date(document: ReportDocument) -> Callable[[date], str]:
    return lambda day: document.date(day, "short")


def _all_rows(session: Session, query: ListQuery) -> Iterator[Row]:
    """Every row of the list in order, read a page at a time."""
    rows = page(session, query, 0, READ_PAGE)
    read = len(rows)
    keyset = supports_keyset(query)
    yield from rows
    while len(rows) == READ_PAGE:
        if keyset:
            rows = page_after(session, query, rows[-1], READ_PAGE)
        else:
            rows = page(session, query, read, READ_PAGE)
        read += len(rows)
        yield from rows


def _cell(document: ReportDocument, wording: Wording, column: Column, value: Any) -> str:
    """A list value as printed (the screen's wording, the report's digits and dates)."""
    if value is None or value == "":
        return ""
    display = column.display
    if display is Display.NUMBER:
        return document.number(value)
    if display is Display.YEAR:
        return document.digits(str(value))
    if isinstance(value, date):
        return document.date(value, "short")
    if display is Display.BILINGUAL:
        thai, english = value
        shown = thai if wording.thai or not english else english
        return "" if shown is None else document.digits(str(shown))
    if display is Display.FLAG:
        assert column.labels is not None
        return column.labels()["1" if value else "0"]
    if display is Display.CHOICE:
        labels = column.labels() if column.labels is not None else {}
        return labels.get(str(value), str(value))
    if column.key == "country" and wording.thai:
        return country_name_th(str(value))
    return document.digits(str(value))


# -- the table -----------------------------------------------------------------------------
class LongTable:
    """The rows of a long table and how they are measured; shared by its :class:`RowBlock` s.

    Column widths are shares of the frame, fixed at the first layout. A row's height is
    measured once (the same text at the same width always takes the same height); the
    paragraphs of the rows measured last are kept for drawing.
    """

    def __init__(
        self,
        document: ReportDocument,
        headers: list[str],
        rows: list[tuple[str, ...]],
        numeric: set[int],
    ) -> None:
        self.headers = headers
        self.rows = rows
        self.numeric = numeric
        self.styles = document.styles
        self.rooms = _rooms(headers, rows, numeric, document.styles.cell_header)
        page_height = (landscape(PAGE_SIZE) if document.landscape_pages else PAGE_SIZE)[1]
        self.max_cell = (page_height - TOP_MARGIN - BOTTOM_MARGIN) * MAX_CELL_SHARE
        self.width = 0.0
        self.widths: list[float] = []
        self.heights: dict[int, float] = {}
        self._cells: OrderedDict[int, list[Paragraph]] = OrderedDict()
        self._header: tuple[list[Paragraph], float] | None = None

    def set_width(self, width: float) -> None:
        if width != self.width:
            self.width = width
            self.widths = _widths(self.rooms, width)
            self.heights.clear()
            self._cells.clear()
            self._header = None

    def header(self) -> tuple[list[Paragraph], float]:
        if self._header is None:
            self._header = self._row(self.headers, self.styles.cell_header)
        return self._header

    def height(self, row: int) -> float:
        found = self.heights.get(row)
        if found is None:
            self.cells(row)
            found = self.heights[row]
        return found

    def cells(self, row: int) -> list[Paragraph]:
        cells = self._cells.get(row)
        if cells is None:
            cells, self.heights[row] = self._row(self.rows[row])
            self._cells[row] = cells
            if len(self._cells) > 2 * BLOCK_ROWS:
                self._cells.popitem(last=False)
        return cells

    def _row(
        self, texts: Sequence[str], style: ParagraphStyle | None = None
    ) -> tuple[list[Paragraph], float]:
        """The row's paragraphs, wrapped to their columns, and the row's height."""
        cells = []
        tallest = 0.0
        for column, text in enumerate(texts):
            paragraph, height = self._paragraph(column, text, style)
            cells.append(paragraph)
            tallest = max(tallest, height)
        return cells, tallest + PADDING[2] + PADDING[3]

    def _paragraph(
        self, column: int, text: str, style: ParagraphStyle | None
    ) -> tuple[Paragraph, float]:
        if style is None:
            style = self.styles.cell_number if column in self.numeric else self.styles.cell
        paragraph = thai_paragraph(text, style)
        inner = self.widths[column] - PADDING[0] - PADDING[1]
        height = float(paragraph.wrap(inner, 1e6)[1])
        # A note too long for a page: cut at a character cluster, end with an ellipsis.
        length = len(text)
        while height > self.max_cell and length > 1:
            length = int(length * self.max_cell / height * 0.9)
            paragraph = thai_paragraph(_cut(text, length), style)
            height = float(paragraph.wrap(inner, 1e6)[1])
        return paragraph, height

    def table(self, start: int, stop: int, with_header: bool) -> Table:
        data: list[list[Paragraph]] = []
        heights: list[float] = []
        if with_header:
            cells, height = self.header()
            data.append(cells)
            heights.append(height)
        for row in range(start, stop):
            data.append(self.cells(row))
            heights.append(self.height(row))
        table = Table(data, colWidths=self.widths, rowHeights=heights, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING[0]),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING[1]),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING[2]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING[3]),
        ]
        if with_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        table.setStyle(TableStyle(commands))
        return table


class RowBlock(Flowable):  # type: ignore[misc]
    """Rows ``start`` .. ``stop - 1`` of a :class:`LongTable`.

    A block starts with the header row when it opens the table or starts a page; otherwise
    it continues the table of the block before it on the same page, without a gap. It splits
    a page at a time, measuring only the rows that page can hold.
    """

    def __init__(self, table: LongTable, start: int, stop: int, opens: bool) -> None:
        super().__init__()
        self.table = table
        self.start = start
        self.stop = stop
        self.opens = opens
        self._with_header = opens

    def _starts_page(self) -> bool:
        frame = getattr(self, "_frame", None)  # set by the frame before wrap and split
        return bool(getattr(frame, "_atTop", False))

    def _rows_fitting(self, available: float) -> tuple[int, float]:
        """How far the rows from ``start`` reach in ``available`` points, and their height."""
        self._with_header = self.opens or self._starts_page()
        used = self.table.header()[1] if self._with_header else 0.0
        end = self.start
        while end < self.stop:
            height = self.table.height(end)
            if used + height > available:
                break
            used += height
            end += 1
        return end, used

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.table.set_width(availWidth)
        end, used = self._rows_fitting(availHeight)
        if end < self.stop:
            # Taller than the room left: the frame asks us to split.
            self.width, self.height = availWidth, availHeight + self.table.height(end)
        else:
            self.width, self.height = availWidth, used
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.table.set_width(availWidth)
        end, _used = self._rows_fitting(availHeight)
        if end == self.start:
            if not self._starts_page():
                return []  # not one row fits here: the next page
            end = self.start + 1  # never happens: cells are cut to fit a page
        parts: list[Flowable] = [self.table.table(self.start, end, self._with_header)]
        if end < self.stop:
            parts.append(RowBlock(self.table, end, self.stop, opens=False))
        return parts

    def draw(self) -> None:
        table = self.table.table(self.start, self.stop, self._with_header)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _cut(text: str, length: int) -> str:
    """``text`` shortened to about ``length`` characters, never inside a character cluster."""
    length = max(1, min(length, len(text)))
    while length < len(text) and unicodedata.category(text[length]) == "Mn":
        length -= 1  # keep a letter with its marks
    while length > 1 and text[length - 1] in "เแโใไ":
        length -= 1  # a leading vowel belongs to the next letter
    return text[:length].rstrip() + "…"


@dataclass(frozen=True)
class _Room:
    """What a column would like (its longer texts on one line), the least it takes without
    wrapping its words more than needed, and whether its texts may wrap at all."""

    natural: float
    least: float
    wraps: bool


def _rooms(
    headers: list[str], rows: list[tuple[str, ...]], numeric: set[int], header_style: Any
) -> list[_Room]:
    """The room each column wants, measured on the first rows.

    A column likes the width of its 90th-percentile text; numbers, dates and short codes
    never wrap (their least is their widest), long texts may wrap down to a few words a line.
    """
    sample = rows[:SAMPLE_ROWS]
    padding = PADDING[0] + PADDING[1] + 2
    rooms = []
    for column, header in enumerate(headers):
        widths = sorted(stringWidth(row[column], REGULAR, TABLE_SIZE) for row in sample)
        typical = widths[int(0.9 * (len(widths) - 1))] if widths else 0.0
        widest = widths[-1] if widths else 0.0
        head = stringWidth(header, BOLD, TABLE_SIZE)
        word = min(thai_paragraph(header, header_style).minWidth(), HEADER_WORD)
        wraps = column not in numeric and widest > SHORT_TEXT
        low = (max(SHORT_TEXT, word) if wraps else max(widest, word, MIN_COLUMN)) + padding
        natural = max(typical + padding, min(head, HEADER_LINE) + padding, low)
        rooms.append(_Room(natural, low, wraps))
    return rooms


def _widths(rooms: list[_Room], width: float) -> list[float]:
    """The columns' widths on a frame ``width`` wide.

    Every column gets what it would like when the page is wide enough; else its least and
    a share of the rest; on a very wide list the texts that wrap give way first (down to
    ``TEXT_FLOOR``), so dates and numbers still read on one line.
    """
    natural = [room.natural for room in rooms]
    least = [room.least for room in rooms]
    if sum(natural) <= width:  # the room left goes to the texts
        texts = sum(room.natural for room in rooms if room.wraps)
        if not texts:
            return [need * width / sum(natural) for need in natural]
        spare = width - sum(natural)
        return [room.natural * (1 + spare / texts if room.wraps else 1) for room in rooms]
    if sum(least) <= width:
        spare = width - sum(least)
        extra = [need - low for need, low in zip(natural, least, strict=True)]
        return [low + more * spare / sum(extra) for low, more in zip(least, extra, strict=True)]
    fixed = sum(room.least for room in rooms if not room.wraps)
    wrapping = sum(room.least for room in rooms if room.wraps)
    floor = sum(TEXT_FLOOR for room in rooms if room.wraps)
    if fixed + floor <= width and wrapping:
        scale = (width - fixed) / wrapping
        return [room.least * scale if room.wraps else room.least for room in rooms]
    return [low * width / sum(least) for low in least]


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="list",
        title=lambda: QCoreApplication.translate("ListReport", "Printed list"),
        build=build,
        needs=frozenset({Need.LIST}),
        description=lambda: QCoreApplication.translate(
            "ListReport",
            "Any list of the program as a table: the rows the list's filters and search keep, "
            "with the filters stated.",
        ),
        landscape_pages=True,
    ),
)
