"""Importing a spreadsheet in two steps: check it (``plan_import``), then save it
(``commit_import``) in one transaction, all or nothing.

The plan says, for every data row, whether it would be created, is a duplicate (of a
record already in the database or of an earlier row of the same file; duplicates are
reported and skipped, never doubled) or has errors (row number as the spreadsheet shows it,
column header as written in the file, reason). A plan with errors cannot be saved.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.services.store import Store
from app.services.tabular.columns import KindSpec, TableKind, spec_for
from app.services.tabular.errors import (
    CommitProblem,
    CommitRefusedError,
    FileProblem,
    ImportFileError,
)
from app.services.tabular.header import Header, column_letter, find_header
from app.services.tabular.readers import open_rows
from app.services.tabular.records import Records, records_for
from app.services.tabular.values import CellError, CellValue, is_blank

MAX_ROWS = 200_000
FLUSH_EVERY = 5_000
PROGRESS_EVERY = 1_000

Progress = Callable[[int], None]
"""Called with the number of rows done so far (every PROGRESS_EVERY rows, and at the end)."""


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class RowIssue:
    row: int
    """row number as the spreadsheet program shows it"""
    column: str | None
    """column header as written in the file (None: the row as a whole)"""
    message: str
    """translated reason"""


@dataclass(slots=True)
class PlannedRow:
    row: int
    status: RowStatus
    values: dict[str, Any]
    """parsed values by field name (references resolved to ids for new rows)"""
    issues: tuple[RowIssue, ...] = ()


@dataclass
class ImportPlan:
    """The checked content of one file, ready to be shown and then saved."""

    kind: TableKind
    path: Path
    header_row: int
    columns: tuple[str, ...]
    """headers of the file that will be imported, in file order"""
    unknown_columns: tuple[str, ...]
    """headers (or "column F (no header)") whose cells are not imported"""
    rows: list[PlannedRow] = field(default_factory=list)
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    seconds: float = 0.0
    committed: bool = False

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def new_count(self) -> int:
        return self.count(RowStatus.NEW)

    @property
    def duplicate_count(self) -> int:
        return self.count(RowStatus.DUPLICATE)

    @property
    def error_count(self) -> int:
        """Rows with at least one error."""
        return self.count(RowStatus.ERROR)

    def issues(self, status: RowStatus = RowStatus.ERROR) -> list[RowIssue]:
        """Every issue of the rows with ``status``, in file order."""
        return [issue for row in self.rows if row.status is status for issue in row.issues]

    @property
    def can_commit(self) -> bool:
        return not self.committed and self.error_count == 0


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped_duplicates: int
    seconds: float


def plan_import(
    session: Session, kind: TableKind | str, path: Path, *, progress: Progress | None = None
) -> ImportPlan:
    """Read and check ``path`` as a table of ``kind``; writes nothing.

    Raises ImportFileError when the file as a whole cannot be imported.
    """
    started = time.perf_counter()
    spec = spec_for(kind)
    path = Path(path)
    records = records_for(spec.kind, session)
    with open_rows(path, spec) as sheet:
        header, buffered = find_header(sheet.rows, spec, path)
        planner = _RowPlanner(spec, header, records)
        for count, (number, cells) in enumerate(itertools.chain(buffered, sheet.rows), 1):
            if count > MAX_ROWS:
                raise ImportFileError(FileProblem.TOO_MANY_ROWS, path, limit=MAX_ROWS)
            planner.add(number, cells)
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
    if progress is not None:
        progress(len(planner.rows))
    unnamed = tuple(
        QCoreApplication.translate("Import", "column {letter} (no header)").format(
            letter=column_letter(index)
        )
        for index in sorted(planner.unnamed_with_data)
    )
    return ImportPlan(
        kind=spec.kind,
        path=path,
        header_row=header.row,
        columns=tuple(match.header for match in header.matched),
        unknown_columns=header.unknown + unnamed,
        rows=planner.rows,
        sheet=sheet.sheet,
        encoding=sheet.encoding,
        delimiter=sheet.delimiter,
        seconds=time.perf_counter() - started,
    )


class _RowPlanner:
    def __init__(self, spec: KindSpec, header: Header, records: Records) -> None:
        self.spec = spec
        self.header = header
        self.records = records
        self.rows: list[PlannedRow] = []
        self.first_row_of: dict[Hashable, int] = {}
        self.unnamed_with_data: set[int] = set()
        self._required_fields = [m.column.field for m in header.matched if m.column.required]
        self._required = QCoreApplication.translate("Import", "A value is required.")
        self._in_database = QCoreApplication.translate("Import", "Already in the database.")

    def _column_header(self, field_name: str) -> str:
        header = self.header.header_of(field_name)
        if header is not None:
            return header
        return next(c.label for c in self.spec.columns if c.field == field_name)

    def add(self, number: int, cells: list[CellValue]) -> None:
        values: dict[str, Any] = {}
        issues: list[RowIssue] = []
        for match in self.header.matched:
            raw = cells[match.index] if match.index < len(cells) else None
            if is_blank(raw):
                if match.column.required:
                    issues.append(RowIssue(number, match.header, self._required))
                continue
            try:
                values[match.column.field] = match.column.parse(raw)
            except CellError as error:
                issues.append(RowIssue(number, match.header, error.message))
        if self.header.blank or len(cells) > self.header.width:
            self._note_unnamed(cells)
        if all(field_name in values for field_name in self._required_fields):
            for field_name, message in self.records.resolve(values):
                issues.append(RowIssue(number, self._column_header(field_name), message))
        if issues:
            self.rows.append(PlannedRow(number, RowStatus.ERROR, values, tuple(issues)))
            return
        keys = self.records.keys(values)
        if any(key in self.records.existing for key in keys):
            issue = RowIssue(number, None, self._in_database)
            self.rows.append(PlannedRow(number, RowStatus.DUPLICATE, values, (issue,)))
            return
        first = next((self.first_row_of[key] for key in keys if key in self.first_row_of), None)
        if first is not None:
            message = QCoreApplication.translate("Import", "Same as row {row} of this file.")
            issue = RowIssue(number, None, message.format(row=first))
            self.rows.append(PlannedRow(number, RowStatus.DUPLICATE, values, (issue,)))
            return
        for key in keys:
            self.first_row_of[key] = number
        self.rows.append(PlannedRow(number, RowStatus.NEW, values))

    def _note_unnamed(self, cells: list[CellValue]) -> None:
        indices = itertools.chain(self.header.blank, range(self.header.width, len(cells)))
        for index in indices:
            if index >= len(cells):
                break
            if index not in self.unnamed_with_data and not is_blank(cells[index]):
                self.unnamed_with_data.add(index)


def commit_import(
    store: Store, plan: ImportPlan, *, progress: Progress | None = None
) -> ImportResult:
    """Write the new rows of a checked plan in one transaction; all or nothing.

    Refuses (CommitRefusedError, nothing written) a plan with errors, a plan already saved,
    a database without a site, or data that changed so that a row no longer resolves.
    A row that became a duplicate since the check is skipped, never doubled.
    """
    if plan.committed:
        raise CommitRefusedError(CommitProblem.ALREADY_COMMITTED)
    if plan.error_count:
        raise CommitRefusedError(CommitProblem.HAS_ERRORS, plan.error_count)
    if not store.has_site:
        raise CommitRefusedError(CommitProblem.NO_SITE)
    started = time.perf_counter()
    created = skipped = 0
    with store.transaction() as session:
        records = records_for(plan.kind, session)
        written: set[Hashable] = set()
        for row in plan.rows:
            if row.status is not RowStatus.NEW:
                continue
            values = dict(row.values)
            if records.resolve(values):
                raise CommitRefusedError(CommitProblem.STALE)
            keys = records.keys(values)
            if any(key in records.existing or key in written for key in keys):
                skipped += 1
                continue
            written.update(keys)
            session.add(records.build(values))
            created += 1
            if created % FLUSH_EVERY == 0:
                session.flush()
            if progress is not None and created % PROGRESS_EVERY == 0:
                progress(created)
    if progress is not None:
        progress(created)
    plan.committed = True
    return ImportResult(created, skipped, time.perf_counter() - started)
