"""The reports the program makes: name, title, the options each needs, and how to build it.

Each report module gives one or more :class:`ReportSpec`; :data:`REPORTS` lists them in the
order the reports screen and ``main.py report --list`` show them. :func:`make_report` reads
the database, fills a :class:`ReportDocument` and writes the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.reports.document import Progress, ReportDocument
from app.services.reports.errors import ReportError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.listing.query import ListFilters, Sort
    from app.services.store import Store


class Need(StrEnum):
    """What a report asks for before it can be made."""

    FISCAL_YEAR = "fiscal_year"
    TRAINING_RUN = "training_run"
    LIST = "list"


@dataclass(frozen=True)
class ReportOptions:
    fiscal_year: int
    """B.E. fiscal year (1 Oct - 30 Sep)."""
    thai_digits: bool = False
    training_run: str | None = None
    """The run whose completers receive certificates: ``"short_course_run:<id>"`` (a short
    course run) or ``"training_run:<id>"`` (a teacher training run)."""
    list_kind: str | None = None
    list_filters: ListFilters | None = None
    """The list screen printed by the "print this list" report, with its active filters."""
    list_search: str = ""
    list_sort: Sort | None = None
    """The screen's search text and order (None: the list's own order)."""


Builder = Callable[["Session", ReportOptions, ReportDocument], None]
"""Fills the document from the database; raises ``ReportError`` for a refused option."""


@dataclass(frozen=True)
class ReportSpec:
    name: str
    """The name scripts use: ``main.py report NAME``."""
    title: Callable[[], str]
    """The report's title in the current language."""
    build: Builder
    needs: frozenset[Need] = field(default_factory=lambda: frozenset({Need.FISCAL_YEAR}))
    description: Callable[[], str] = lambda: ""
    landscape_pages: bool = False
    numbered: bool = True


def _specs() -> tuple[ReportSpec, ...]:
    from app.services.reports import (
        annual_report,
        certificates,
        certification_report,
        list_report,
        meetings_report,
        network_report,
        placements_report,
        teachers_report,
    )

    return (
        *annual_report.REPORTS,
        *network_report.REPORTS,
        *meetings_report.REPORTS,
        *teachers_report.REPORTS,
        *certification_report.REPORTS,
        *placements_report.REPORTS,
        *certificates.REPORTS,
        *list_report.REPORTS,
    )


def reports() -> tuple[ReportSpec, ...]:
    """Every report, in the order the screen lists them."""
    return _specs()


def report_named(name: str) -> ReportSpec:
    for spec in reports():
        if spec.name == name:
            return spec
    raise ReportError(
        QCoreApplication.translate("ReportCatalogue", "There is no report named {name}.").format(
            name=name
        )
    )


def make_report(
    store: Store,
    name: str,
    options: ReportOptions,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Build report ``name`` for ``options`` into ``out``; return the page count.

    A cancelled report raises ``ReportCancelled`` and leaves no file; a refused option or an
    unwritable file raises ``ReportError`` with a message for the person.
    """
    spec = report_named(name)
    document = ReportDocument(
        spec.title(),
        thai_digits=options.thai_digits,
        landscape_pages=spec.landscape_pages,
        numbered=spec.numbered,
    )
    with store.session() as session:
        spec.build(session, options, document)
    return document.write(out, progress=progress, cancelled=cancelled)
