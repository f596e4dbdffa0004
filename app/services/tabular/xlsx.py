"""Writing .xlsx sheets the same way for exports and templates.

* header row in bold, frozen, with column widths from the column specs;
* text that a spreadsheet would take for a formula (starting with = + - @) is written as a
  text cell with the quote prefix, so Excel shows it literally and never evaluates it;
* dates are real dates in Excel's built-in short-date format (number format 14), which
  Excel and LibreOffice show in the computer's own style (B.E. on a Thai Windows);
* the file is written next to its target and moved into place only when complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from app.services.tabular.columns import Column
from app.services.tabular.errors import ExportFileError, FileProblem

FORMULA_STARTS = ("=", "+", "-", "@")
SHORT_DATE_FORMAT = "mm-dd-yy"  # openpyxl's name of built-in format 14: the system short date
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def add_sheet(workbook: Workbook, title: str, columns: Iterable[Column]) -> Any:
    """A write-only sheet with the Thai headers of ``columns`` in its frozen first row."""
    sheet = workbook.create_sheet(title)
    columns = list(columns)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header_th)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        header.append(cell)
    sheet.append(header)
    return sheet


def cell_value(sheet: Any, value: Any) -> Any:
    """What to append for one value: plain values as they are, a cell where needed."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith(FORMULA_STARTS):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = SHORT_DATE_FORMAT
        return cell
    return value


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    sheet.append([cell_value(sheet, value) for value in values])


def save_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Run ``write`` on a temporary file beside ``path``, then move it into place.

    The temporary file is opened before ``write`` runs, so a folder that is missing or not
    writable is found before any work is done.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportFileError(FileProblem.NOT_XLSX_NAME, path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            write(handle)
        os.replace(temporary, path)
    except OSError:
        raise ExportFileError(FileProblem.NOT_WRITABLE, path) from None
    finally:
        temporary.unlink(missing_ok=True)
