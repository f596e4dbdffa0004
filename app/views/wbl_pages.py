"""Work-based learning (manual 6.1): the figures of a fiscal year (teachers trained in WBL per
college group, WBL placements per college, contest entries and results), the teaching-media
contest entries of that year (Ctrl+N adds, Enter edits) and the trainee list for
certificates of the year's WBL trainings (read only).

The page's year box follows the window's fiscal year; every read goes through the task
runner, and the page is laid out when first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage
from app.views.matching_models import RowsTableModel
from app.views.page import Page, named
from app.views.runner import TaskContext, TaskRunner
from app.views.tables import model_table
from app.views.training_pages import FIRST_YEAR, LAST_YEAR, certificate_columns
from app.views.year_page import YearFiguresPage

SHOWN_COLLEGES = 5
"""The colleges with the most WBL placements named on the page; the others are counted."""

if TYPE_CHECKING:
    from app.services.training import Certificate
    from app.services.wbl import WblYear

CERTIFICATE_TABLE_HEIGHT = 200
"""The trainee list's height: the contest list above takes the rest of a 768-pixel screen."""


def _read_year(context: TaskContext, fiscal_year: int) -> tuple[WblYear, list[Certificate]]:
    from app.services.wbl import wbl_certificates, wbl_year

    with context.session() as session:
        return wbl_year(session, fiscal_year), wbl_certificates(session, fiscal_year)


class WblPage(YearFiguresPage[tuple["WblYear", list["Certificate"]]]):
    """The WBL figures of a fiscal year, its contest entries and its certificate list."""

    list_kinds = ("media_contest_entries",)
    figures_task = "work-based learning"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.figures: WblYear | None = None
        super().__init__(store, runner, parent)

    def subpage_title(self) -> str | None:
        return self.tr("Work-based learning")

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        summary = named(QWidget(self), "wblSummary")
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(24, 20, 24, 4)
        summary_layout.setSpacing(4)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        summary_layout.addWidget(self.heading)
        year_bar = self.year_bar("wblYear", FIRST_YEAR, LAST_YEAR)
        year_bar.addStretch(1)
        summary_layout.addLayout(year_bar)
        self.teachers_label = named(QLabel(wordWrap=True), "wblTeachers")
        self.placements_label = named(QLabel(wordWrap=True), "wblPlacements")
        self.contests_label = named(QLabel(wordWrap=True), "wblContests")
        for label in (self.teachers_label, self.placements_label, self.contests_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary_layout.addWidget(label)

        self.entries = ListPage("media_contest_entries", None, self.store, self.runner, self)
        self.entries.ensure_built()
        self.entries.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        certificates = named(QWidget(self), "wblCertificates")
        certificates_layout = QVBoxLayout(certificates)
        certificates_layout.setContentsMargins(24, 4, 24, 16)
        certificates_layout.setSpacing(4)
        self.certificates_heading = named(QLabel(wordWrap=True), "sectionHeading")
        self.certificates_model = RowsTableModel(certificate_columns(), self)
        self.certificates_table = model_table("wblCertificateTable", self.certificates_model)
        self.certificates_table.setMaximumHeight(CERTIFICATE_TABLE_HEIGHT)
        certificates_layout.addWidget(self.certificates_heading)
        certificates_layout.addWidget(self.certificates_table)

        layout.addWidget(summary)
        layout.addWidget(self.entries, 1)
        layout.addWidget(certificates)
        QWidget.setTabOrder(self.year, self.entries.search)
        QWidget.setTabOrder(self.entries.table, self.certificates_table)

        self.entries.records_changed.connect(self.load)

    # -- reading --------------------------------------------------------------------------
    def year_changed(self) -> None:
        """Show the chosen year's entries and read its figures."""
        from app.services.listing import ListFilters

        self.entries.show_filtered(ListFilters(fiscal_year=self.year.value()))
        self.load()

    def figures_reader(
        self, fiscal_year: int
    ) -> Callable[[TaskContext], tuple[WblYear, list[Certificate]]]:
        """The figures and the certificate list of the year."""
        return lambda context: _read_year(context, fiscal_year)

    def show_figures(self, figures: tuple[WblYear, list[Certificate]]) -> None:
        self.figures, rows = figures
        self.certificates_model.set_rows(rows)
        self.certificates_table.resizeColumnsToContents()

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Work-based learning (manual 6.1)"))
        self.year_label.setText(self.tr("&Fiscal year (B.E.):"))
        self.certificates_model.retranslate()
        figures = self.figures
        if self.failed:
            self.teachers_label.setText(
                self.tr("The figures could not be read. Choose the year again to retry.")
            )
            self.placements_label.setText("")
            self.contests_label.setText("")
            self.certificates_heading.setText("")
            return
        if figures is None:
            self.teachers_label.setText(self.tr("Reading the figures…"))
            self.placements_label.setText("")
            self.contests_label.setText("")
            self.certificates_heading.setText("")
            return
        self.teachers_label.setText(self._teachers_text(figures))
        self.placements_label.setText(self._placements_text(figures))
        self.contests_label.setText(self._contests_text(figures))
        self.certificates_heading.setText(
            self.tr("Trainee list for certificates of WBL training: {count} entries").format(
                count=texts.number(len(self.certificates_model.rows))
            )
        )

    def _teachers_text(self, figures: WblYear) -> str:
        from app.services.listing.labels import college_group

        groups = college_group()
        parts = [
            self.tr("{group} {count}").format(
                group=groups.get(group.value, group.value), count=texts.number(count)
            )
            for group, count in figures.teachers.by_group
        ]
        return self.tr("Teachers trained in work-based learning: {total} ({groups})").format(
            total=texts.number(figures.teachers.total), groups=" · ".join(parts)
        )

    def _placements_text(self, figures: WblYear) -> str:
        if not figures.placements:
            return self.tr("Work-based learning placements starting in the year: none")
        parts = [
            self.tr("{college} {count}").format(
                college=item.college, count=texts.number(item.count)
            )
            for item in figures.placements[:SHOWN_COLLEGES]
        ]
        others = len(figures.placements) - SHOWN_COLLEGES
        if others > 0:  # a network of forty colleges would fill the page
            parts.append(self.tr("{count} more colleges").format(count=texts.number(others)))
        return self.tr(
            "Work-based learning placements starting in the year: {total} ({colleges})"
        ).format(total=texts.number(figures.placements_total), colleges=" · ".join(parts))

    def _contests_text(self, figures: WblYear) -> str:
        if not figures.contests:
            return self.tr("Teaching-media contest entries: none in this year")
        lines = [
            self.tr("Teaching-media contest entries: {entries}, with a result: {results}").format(
                entries=texts.number(figures.entries),
                results=texts.number(figures.entries_with_result),
            )
        ]
        for item in figures.contests:
            lines.append(
                self.tr("{contest}: {entries} entries, {results} with a result").format(
                    contest=item.contest,
                    entries=texts.number(item.entries),
                    results=texts.number(item.with_result),
                )
            )
        return "\n".join(lines)


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The work-based learning page (laid out when first shown)."""
    return [WblPage(store, runner, parent)]
