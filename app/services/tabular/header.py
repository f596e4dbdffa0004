"""Finding the row of column names and matching each column to a field.

The header is the row, among the first few non-blank rows, that names the most known
columns (so a title row above it is skipped). Columns may come in any order; a header may be
the Thai or the English one or a common variant; other headers are reported as unknown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

from app.services.tabular.columns import Column, KindSpec
from app.services.tabular.errors import FileProblem, ImportFileError
from app.services.tabular.readers import Row
from app.services.tabular.values import clean_text

HEADER_SCAN_ROWS = 10


@dataclass(frozen=True)
class MatchedColumn:
    index: int
    """0-based position in the row"""
    header: str
    """the header as written in the file"""
    column: Column


@dataclass(frozen=True)
class Header:
    row: int
    matched: tuple[MatchedColumn, ...]
    unknown: tuple[str, ...]
    """headers that name no column of this kind (their cells are not imported)"""
    width: int
    blank: tuple[int, ...]
    """positions (0-based) inside the header's width whose header cell is empty"""

    def header_of(self, field: str) -> str | None:
        return next((m.header for m in self.matched if m.column.field == field), None)


def column_letter(index: int) -> str:
    return str(get_column_letter(index + 1))


def find_header(rows: Iterator[Row], spec: KindSpec, path: Path) -> tuple[Header, list[Row]]:
    """Read the header from ``rows``; return it with the data rows already read past it."""
    seen: list[Row] = []
    for row in rows:
        seen.append(row)
        if len(seen) >= HEADER_SCAN_ROWS:
            break
    if not seen:
        raise ImportFileError(FileProblem.EMPTY, path)
    scores = [
        sum(spec.column_for(clean_text(cell)) is not None for cell in cells) for _, cells in seen
    ]
    best = max(range(len(seen)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        example = spec.columns[0].header_th
        raise ImportFileError(FileProblem.NO_HEADER, path, example=example)
    number, cells = seen[best]
    matched: list[MatchedColumn] = []
    unknown: list[str] = []
    blank: list[int] = []
    taken: dict[str, str] = {}
    for index, cell in enumerate(cells):
        text = clean_text(cell)
        if not text:
            blank.append(index)
            continue
        column = spec.column_for(text)
        if column is None:
            unknown.append(text)
            continue
        if column.field in taken:
            raise ImportFileError(FileProblem.DUPLICATE_COLUMN, path, columns=(text,))
        taken[column.field] = text
        matched.append(MatchedColumn(index, text, column))
    missing = tuple(column.label for column in spec.required if column.field not in taken)
    if missing:
        raise ImportFileError(FileProblem.MISSING_COLUMNS, path, columns=missing)
    header = Header(number, tuple(matched), tuple(unknown), len(cells), tuple(blank))
    return header, seen[best + 1 :]
