"""Errors of spreadsheet import and export, with messages in the user's language.

A message is rendered when it is read (``message``), not when the error is made, so the
command line can print it in Thai and again in English.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class FileProblem(StrEnum):
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_SPREADSHEET = "not_spreadsheet"
    OLD_EXCEL = "old_excel"
    ENCODING = "encoding"
    TOO_BIG = "too_big"
    TOO_MANY_ROWS = "too_many_rows"
    NO_HEADER = "no_header"
    MISSING_COLUMNS = "missing_columns"
    DUPLICATE_COLUMN = "duplicate_column"
    NOT_WRITABLE = "not_writable"
    NOT_XLSX_NAME = "not_xlsx_name"


class CommitProblem(StrEnum):
    HAS_ERRORS = "has_errors"
    NO_SITE = "no_site"
    ALREADY_COMMITTED = "already_committed"
    STALE = "stale"


class TabularError(Exception, ABC):
    """Base of the import/export errors; ``message`` is for a person."""

    @property
    @abstractmethod
    def message(self) -> str:
        """What went wrong, in the current language."""

    def __str__(self) -> str:
        return self.message


class SpreadsheetFileError(TabularError):
    """A file as a whole cannot be read or written; nothing was changed."""

    def __init__(
        self,
        problem: FileProblem,
        path: Path,
        *,
        limit: int = 0,
        columns: tuple[str, ...] = (),
        example: str = "",
    ) -> None:
        self.problem = problem
        self.path = Path(path)
        self.limit = limit
        self.columns = columns
        self.example = example
        super().__init__(problem.value)

    @property
    def message(self) -> str:
        name = self.path.name
        problem = self.problem
        if problem is FileProblem.UNREADABLE:
            text = QCoreApplication.translate(
                "Import",
                "The file {name} cannot be read. Check that it exists and that no other "
                "program has it open.",
            )
        elif problem is FileProblem.EMPTY:
            text = QCoreApplication.translate("Import", "The file {name} is empty: it has no rows.")
        elif problem is FileProblem.NOT_SPREADSHEET:
            text = QCoreApplication.translate(
                "Import",
                "The file {name} is not a spreadsheet. Save it as an Excel workbook (.xlsx) "
                "or as a CSV file.",
            )
        elif problem is FileProblem.OLD_EXCEL:
            text = QCoreApplication.translate(
                "Import",
                "The file {name} is an old Excel 97-2003 workbook (.xls) or is protected by "
                "a password. Open it in Excel, remove any password and save it as an Excel "
                "workbook (.xlsx).",
            )
        elif problem is FileProblem.ENCODING:
            text = QCoreApplication.translate(
                "Import",
                "The text of {name} is in an unknown encoding. Save it again as CSV UTF-8.",
            )
        elif problem is FileProblem.TOO_BIG:
            text = QCoreApplication.translate(
                "Import",
                "The file {name} is too big: at most {limit} MB can be imported at once. "
                "Split it into smaller files.",
            )
        elif problem is FileProblem.TOO_MANY_ROWS:
            text = QCoreApplication.translate(
                "Import",
                "The file {name} has more than {limit} rows. Split it into smaller files.",
            )
        elif problem is FileProblem.NO_HEADER:
            text = QCoreApplication.translate(
                "Import",
                "No row of column names was found in {name}. The first row must hold the "
                "column names of the template, for example {example}.",
            )
        elif problem is FileProblem.MISSING_COLUMNS:
            text = QCoreApplication.translate(
                "Import",
                "The file {name} has no column {columns}. Add it, or start from the template.",
            )
        elif problem is FileProblem.DUPLICATE_COLUMN:
            text = QCoreApplication.translate(
                "Import", "The column {columns} appears twice in {name}. Keep only one."
            )
        elif problem is FileProblem.NOT_XLSX_NAME:
            text = QCoreApplication.translate("Export", "The file name {name} must end in .xlsx.")
        else:
            text = QCoreApplication.translate(
                "Export",
                "The file {name} cannot be written. Check that the folder exists and that "
                "the file is not open in another program.",
            )
        return text.format(
            name=name,
            limit=f"{self.limit:,}",
            columns=", ".join(self.columns),
            example=self.example,
        )


class ImportFileError(SpreadsheetFileError):
    """The file as a whole cannot be imported; nothing was written."""


class ExportFileError(SpreadsheetFileError):
    """The export (or template) file cannot be written; no file was left behind."""


class CommitRefusedError(TabularError):
    """A checked import cannot be written; nothing was changed."""

    def __init__(self, problem: CommitProblem, count: int = 0) -> None:
        self.problem = problem
        self.count = count
        super().__init__(problem.value)

    @property
    def message(self) -> str:
        if self.problem is CommitProblem.HAS_ERRORS:
            text = QCoreApplication.translate(
                "Import",
                "{count} rows have errors. Correct them and check the file again; "
                "nothing was imported.",
            )
        elif self.problem is CommitProblem.NO_SITE:
            text = QCoreApplication.translate(
                "Import", "This database has no site yet. Set up the program before importing."
            )
        elif self.problem is CommitProblem.ALREADY_COMMITTED:
            text = QCoreApplication.translate("Import", "This import has already been saved.")
        else:
            text = QCoreApplication.translate(
                "Import",
                "The data changed after the file was checked. Check the file again; "
                "nothing was imported.",
            )
        return text.format(count=f"{self.count:,}")
