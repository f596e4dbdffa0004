"""The knowledge bank (manual 1.4) and policy recommendations (7.2).

The knowledge-bank page shows the network's colleges x the four components with each
status, for reading at a glance, above the list of component records (Ctrl+N adds one,
Enter edits). The recommendations page is their list with its fiscal-year filter, which
follows the window's fiscal year until the person chooses another year there. Every read
goes through the task runner; pages are laid out when first shown.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner

if TYPE_CHECKING:
    from app.services.listing import ListFilters
    from app.services.listing.quality_lists import KnowledgeRow

GRID_HEIGHT = 230
"""The grid's height: the component list below takes the rest of a 768-pixel screen."""


def _read_grid(context: TaskContext) -> list[KnowledgeRow]:
    from app.services.listing.quality_lists import knowledge_grid

    with context.session() as session:
        return knowledge_grid(session)


class KnowledgeBankPage(Page):
    """Colleges x components of the knowledge bank, and the component records."""

    list_kinds = ("knowledge_bank",)

    loaded = Signal()
    """The grid of statuses is on screen."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.rows: list[KnowledgeRow] | None = None
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Knowledge bank")

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        summary = named(QWidget(self), "knowledgeSummary")
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(24, 16, 24, 0)
        summary_layout.setSpacing(6)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.totals = named(QLabel(wordWrap=True), "knowledgeTotals")
        self.grid = named(QTableWidget(0, 5), "knowledgeGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setTabKeyNavigation(False)
        self.grid.setAlternatingRowColors(True)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setMaximumHeight(GRID_HEIGHT)
        summary_layout.addWidget(self.heading)
        summary_layout.addWidget(self.totals)
        summary_layout.addWidget(self.grid)
        self.components = ListPage("knowledge_bank", None, self.store, self.runner, self)
        self.components.ensure_built()
        self.components.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addWidget(summary)
        layout.addWidget(self.components, 1)
        QWidget.setTabOrder(self.grid, self.components.search)
        self.grid.activated.connect(lambda index: self._show_college(index.row()))
        self.components.records_changed.connect(self.load)
        self.retranslate_ui()
        self.load()

    def _show_college(self, row: int) -> None:
        """Enter on a college of the grid lists its component records."""
        from app.services.listing import ListFilters

        if self.rows is not None and 0 <= row < len(self.rows):
            self.components.show_filtered(ListFilters(college_id=self.rows[row].college_id))
            self.components.table.setFocus()

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        self.failed = False
        self._latest.submit(
            self.runner,
            "knowledge bank",
            _read_grid,
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, rows: list[KnowledgeRow]) -> None:
        self.rows = rows
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        from app.services.listing import labels

        self.heading.setText(self.tr("Vocational knowledge bank (manual 1.4)"))
        components = labels.knowledge_component()
        self.grid.setHorizontalHeaderLabels([self.tr("College"), *components.values()])
        rows = self.rows
        if self.failed:
            self.totals.setText(self.tr("The figures could not be read. Open the page again."))
            return
        if rows is None:
            self.totals.setText(self.tr("Reading the figures…"))
            return
        complete = sum(row.in_place == len(components) for row in rows)
        self.totals.setText(
            self.tr("Colleges with all four components in place: {complete} of {colleges}").format(
                complete=texts.number(complete), colleges=texts.number(len(rows))
            )
        )
        statuses = labels.component_status()
        self.grid.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.grid.setItem(number, 0, QTableWidgetItem(row.college))
            for column, status in enumerate(row.statuses, start=1):
                text = self.tr("not recorded") if status is None else statuses[status]
                self.grid.setItem(number, column, QTableWidgetItem(text))
        self.grid.resizeColumnsToContents()


class RecommendationsPage(ListPage):
    """The policy recommendations (7.2), filtered by fiscal year; Ctrl+N adds one.

    The fiscal-year filter takes the window's year (:meth:`follow_fiscal_year`) while
    :attr:`following`: choosing another year (or every year) in the filter bar, or being
    shown another year from elsewhere, stops that; choosing the window's year again resumes.
    """

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.following = True
        super().__init__("policy_recommendations", None, store, runner, parent)

    def ensure_built(self) -> None:
        if self.built:
            return
        super().ensure_built()
        self.filter_bar.filters_changed.connect(self._chosen_in_bar)
        self._take_followed_year()

    def follow_fiscal_year(self, year: int) -> None:
        super().follow_fiscal_year(year)
        if self.built:
            self._take_followed_year()

    def show_filtered(self, filters: ListFilters) -> None:
        self.ensure_built()
        self.following = filters.fiscal_year == self.followed_year
        super().show_filtered(filters)

    def _chosen_in_bar(self, filters: ListFilters) -> None:
        self.following = filters.fiscal_year == self.followed_year

    def _take_followed_year(self) -> None:
        """Filter by the window's year (keeping the other filters and the search)."""
        year = self.followed_year
        if not self.following or year is None:
            return
        filters = self.filter_bar.filters()
        if filters.fiscal_year == year:
            return
        chosen = replace(filters, fiscal_year=year)
        self.filter_bar.set_filters(chosen)
        self._filters_chosen(chosen)


def make_knowledge_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The knowledge-bank page (laid out when first shown)."""
    return [KnowledgeBankPage(store, runner, parent)]


def make_recommendation_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The policy recommendations page (laid out when first shown)."""
    return [RecommendationsPage(store, runner, parent)]
