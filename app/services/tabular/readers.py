"""Reading a spreadsheet file (.xlsx or .csv) into numbered rows of cell values.

* ``.xlsx``: openpyxl in read-only mode with cached formula results (``data_only``); the
  sheet named for the kind if there is one, else the first sheet. Vertically merged cells
  (a header spanning two rows, a name spanning several data rows) are filled from their
  top-left cell; openpyxl's read-only mode does not report merges, so they are read from
  the sheet's XML.
* ``.csv`` (and tab-separated text): UTF-8 with or without BOM, UTF-16 with BOM (Excel's
  "Unicode text"), else the Thai Windows code page cp874; delimiter "," ";" or tab, taken
  from an Excel ``sep=`` line or from the first lines.

Rows are numbered as a spreadsheet program shows them; blank rows are skipped. The file type
is taken from its first bytes, not from its name.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.tabular.columns import KindSpec
from app.services.tabular.errors import FileProblem, ImportFileError
from app.services.tabular.values import CellValue, is_blank

MAX_FILE_MB = 50
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
MAX_COLUMNS = 64
# An .xlsx is a zip: refuse archives that would unpack to far more than any real sheet.
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 10
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")

Row = tuple[int, list[CellValue]]


@dataclass
class SheetRows:
    """The rows of the sheet to import; ``rows`` can be read once."""

    path: Path
    rows: Iterator[Row]
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


@contextmanager
def open_rows(path: Path, spec: KindSpec) -> Iterator[SheetRows]:
    """Open ``path`` for reading; raises ImportFileError for a file that cannot be a table."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError:
        raise ImportFileError(FileProblem.UNREADABLE, path) from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError(FileProblem.TOO_BIG, path, limit=MAX_FILE_MB)
    if size == 0:
        raise ImportFileError(FileProblem.EMPTY, path)
    if start.startswith(_OLE_MAGIC):
        raise ImportFileError(FileProblem.OLD_EXCEL, path)
    if start.startswith(_ZIP_MAGIC):
        with _xlsx_rows(path, spec) as rows:
            yield rows
        return
    if path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".ods"}:
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path)
    yield _csv_rows(path)


# --- xlsx ---------------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path) from None
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names:
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path)
    if sum(member.file_size for member in members) > MAX_UNZIPPED_BYTES:
        raise ImportFileError(FileProblem.TOO_BIG, path, limit=MAX_FILE_MB)


@contextmanager
def _xlsx_rows(path: Path, spec: KindSpec) -> Iterator[SheetRows]:
    import openpyxl

    _check_zip(path)
    # Given a path, openpyxl refuses any name that does not end in .xlsx/.xlsm; given the
    # open file it reads the content, so a workbook saved under a .csv name is read too.
    try:
        handle = path.open("rb")
    except OSError:
        raise ImportFileError(FileProblem.UNREADABLE, path) from None
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of error for a damaged workbook
        handle.close()
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path) from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise ImportFileError(FileProblem.EMPTY, path)
        sheet = next((s for s in sheets if spec.sheet_matches(s.title)), sheets[0])
        sheet.reset_dimensions()  # the stored size is often wrong; read every row
        merges = _merged_ranges(workbook, sheet)
        raw = sheet.iter_rows(values_only=True, min_row=1, max_col=MAX_COLUMNS)
        rows = _guarded(_fill_merged(raw, merges), path)
        yield SheetRows(path=path, rows=rows, sheet=str(sheet.title))
    finally:
        workbook.close()
        handle.close()


def _guarded(rows: Iterator[Row], path: Path) -> Iterator[Row]:
    """Errors met while streaming a damaged sheet become one clear message."""
    try:
        yield from rows
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path) from None


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - 64
    return number


def _merged_ranges(workbook: Any, sheet: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges spanning more than one row: (min_col, min_row, max_col, max_row)."""
    # openpyxl keeps these private; without them merges are simply not filled.
    archive = getattr(workbook, "_archive", None)
    member = getattr(sheet, "_worksheet_path", None)
    if archive is None or member is None:
        return []
    found = []
    tail = b""
    with archive.open(member) as source:
        while chunk := source.read(1 << 20):
            data = tail + chunk
            end = 0
            for match in _MERGE.finditer(data):
                first_col, first_row = _column_number(match[1]), int(match[2])
                last_col, last_row = _column_number(match[3]), int(match[4])
                end = match.end()
                if last_row > first_row and first_col <= MAX_COLUMNS:
                    found.append((first_col, first_row, min(last_col, MAX_COLUMNS), last_row))
            tail = data[max(end, len(data) - 200) :]
    return found


def _fill_merged(
    raw: Iterable[tuple[CellValue, ...]], merges: list[tuple[int, int, int, int]]
) -> Iterator[Row]:
    """Number the rows, fill vertically merged cells, and skip rows with no value of their own."""
    starts: dict[int, list[tuple[int, int, int, int]]] = {}
    for merge in merges:
        starts.setdefault(merge[1], []).append(merge)
    active: list[tuple[tuple[int, int, int, int], list[CellValue]]] = []
    for number, values in enumerate(raw, start=1):
        cells = list(values)
        while cells and cells[-1] is None:
            cells.pop()
        own = any(not is_blank(cell) for cell in cells)
        if active:
            active = [item for item in active if item[0][3] >= number]
            for (first_col, _first_row, last_col, _last_row), top in active:
                if len(cells) < last_col:
                    cells.extend([None] * (last_col - len(cells)))
                for col in range(first_col, last_col + 1):
                    if cells[col - 1] is None:
                        cells[col - 1] = top[col - first_col]
        for merge in starts.pop(number, ()):
            first_col, last_col = merge[0], merge[2]
            padded = cells + [None] * max(0, last_col - len(cells))
            top = padded[first_col - 1 : last_col]
            active.append((merge, top))
        if own:
            yield number, cells


# --- csv ----------------------------------------------------------------------------------


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding name) of a text table; refuses binary files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ImportFileError(FileProblem.ENCODING, path) from None
    if b"\x00" in data[:65536]:
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path)
    utf8 = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    for encoding in (utf8, "cp874"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise ImportFileError(FileProblem.NOT_SPREADSHEET, path)
        return text, encoding
    if _looks_binary(data[:65536].decode("ascii", errors="ignore")):
        raise ImportFileError(FileProblem.NOT_SPREADSHEET, path)
    raise ImportFileError(FileProblem.ENCODING, path)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(
        1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\t\r\n\f"
    )
    return controls > max(2, len(sample) // 100)


def _sniff_delimiter(lines: list[str]) -> str:
    best, best_width = ",", 1
    for delimiter in _DELIMITERS:
        try:
            width = max((len(row) for row in csv.reader(lines, delimiter=delimiter)), default=1)
        except csv.Error:
            continue
        if width > best_width:
            best, best_width = delimiter, width
    return best


def _csv_rows(path: Path) -> SheetRows:
    try:
        data = path.read_bytes()
    except OSError:
        raise ImportFileError(FileProblem.UNREADABLE, path) from None
    text, encoding = _decode(data, path)
    if not text.strip():
        raise ImportFileError(FileProblem.EMPTY, path)
    first_line, _, rest = text.partition("\n")
    hint = re.fullmatch(r"\s*sep=(.)\s*", first_line)
    skipped = 0
    if hint:
        delimiter, text, skipped = hint[1], rest, 1
    else:
        first_lines = itertools.islice(io.StringIO(text, newline=None), _SNIFF_LINES * 2)
        sample = [line for line in first_lines if line.strip()]
        delimiter = _sniff_delimiter(sample[:_SNIFF_LINES])

    def rows() -> Iterator[Row]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for number, record in enumerate(reader, start=1 + skipped):
                cells: list[CellValue] = list(record[:MAX_COLUMNS])
                if any(not is_blank(cell) for cell in cells):
                    yield number, cells
        except csv.Error:
            raise ImportFileError(FileProblem.NOT_SPREADSHEET, path) from None

    return SheetRows(path=path, rows=rows(), encoding=encoding, delimiter=delimiter)
