"""Spreadsheet import and export (.xlsx, .csv) of colleges, enterprises, workforce demand
and MOU/MOA agreements.

Import is two steps, so a screen can show what will happen before anything is written::

    with store.session() as session:
        plan = plan_import(session, TableKind.COLLEGES, path)   # raises ImportFileError
    # show plan.rows / plan.issues() / plan.unknown_columns ...
    result = commit_import(store, plan)                          # raises CommitRefusedError

Export and templates::

    with store.session() as session:
        export_xlsx(session, TableKind.COLLEGES, path)
    write_template(TableKind.COLLEGES, path)
"""

from __future__ import annotations

from app.services.tabular.columns import Column, KindSpec, TableKind, spec_for
from app.services.tabular.errors import (
    CommitProblem,
    CommitRefusedError,
    ExportFileError,
    FileProblem,
    ImportFileError,
    SpreadsheetFileError,
    TabularError,
)
from app.services.tabular.exporter import export_xlsx
from app.services.tabular.importer import (
    MAX_ROWS,
    ImportPlan,
    ImportResult,
    PlannedRow,
    Progress,
    RowIssue,
    RowStatus,
    commit_import,
    plan_import,
)
from app.services.tabular.readers import MAX_FILE_MB
from app.services.tabular.templates import write_template

__all__ = [
    "MAX_FILE_MB",
    "MAX_ROWS",
    "Column",
    "CommitProblem",
    "CommitRefusedError",
    "ExportFileError",
    "FileProblem",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "KindSpec",
    "PlannedRow",
    "Progress",
    "RowIssue",
    "RowStatus",
    "SpreadsheetFileError",
    "TableKind",
    "TabularError",
    "commit_import",
    "export_xlsx",
    "plan_import",
    "spec_for",
    "write_template",
]
