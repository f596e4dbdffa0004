"""Safety of placed students (manual 6.2): the year's safety KPI per college and for the
network, the placements overdue for a supervision visit, those starting within 14 days
without their safety briefings, and the incidents and complaints list (Ctrl+N adds one).

Every read goes through the task runner (``LatestRead``: only the latest year's answer
lands); the page is laid out when first shown. The three watch tables share tabs, so the
page fits a 1366x768 screen with the incidents list below them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.settings import DEFAULTS, Settings
from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage
from app.views.page import Page, named
from app.views.runner import TaskContext, TaskRunner
from app.views.year_page import YearFiguresPage

if TYPE_CHECKING:
    from app.services.safety import NotCleared, OverdueVisit, SafetyKpi, SafetyShare

FIRST_YEAR, LAST_YEAR = 2500, 2700
TABLE_HEIGHT = 190


@dataclass(frozen=True)
class SafetyWatch:
    """What the page shows above the incidents list (read together, off the UI thread)."""

    kpi: SafetyKpi
    overdue: list[OverdueVisit]
    not_cleared: list[NotCleared]


def _watch(context: TaskContext, fiscal_year: int, today: date, due_days: int) -> SafetyWatch:
    from app.services.safety import not_cleared, overdue_visits, safety_kpi

    with context.session() as session:
        return SafetyWatch(
            safety_kpi(session, fiscal_year),
            overdue_visits(session, today, due_days),
            not_cleared(session, today),
        )


def _table(name: str, columns: int) -> QTableWidget:
    table = named(QTableWidget(0, columns), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numbers: frozenset[int]) -> None:
    """Show ``rows``; the columns ``numbers`` are right-aligned."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in numbers:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


class SafetyPage(YearFiguresPage[SafetyWatch]):
    """The safety KPI, overdue visits, placements not cleared and the incidents list."""

    list_kinds = ("incidents",)
    figures_task = "safety of placed students"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.as_of: date | None = None
        """The day visits and clearance are judged on (None: today)."""
        self.watch: SafetyWatch | None = None
        self.settings: Settings | None = None
        super().__init__(store, runner, parent)

    def subpage_title(self) -> str | None:
        return self.tr("Safety of placed students")

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self.built:
            self.due_days.setValue(settings.supervision_due_days())

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        summary = named(QWidget(self), "safetyWatch")
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(24, 16, 24, 0)
        summary_layout.setSpacing(6)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        year_bar = self.year_bar("safetyYear", FIRST_YEAR, LAST_YEAR)
        self.network_label = named(QLabel(wordWrap=True), "safetyNetwork")
        self.network_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due_label = QLabel()
        self.due_days = named(QSpinBox(), "supervisionDueDays")
        self.due_days.setRange(1, 365)
        self.due_days.setValue(
            self.settings.supervision_due_days() if self.settings else DEFAULTS.supervision_due_days
        )
        self.due_days.setKeyboardTracking(False)
        self.due_label.setBuddy(self.due_days)
        year_bar.addSpacing(16)
        year_bar.addWidget(self.due_label)
        year_bar.addWidget(self.due_days)
        year_bar.addSpacing(16)
        year_bar.addWidget(self.network_label, 1)
        self.tabs = named(QTabWidget(), "safetyTabs")
        self.tabs.setMaximumHeight(TABLE_HEIGHT + 40)
        self.kpi_table = _table("safetyKpiTable", 5)
        self.overdue_table = _table("overdueVisitsTable", 5)
        self.not_cleared_table = _table("notClearedTable", 5)
        for table in (self.kpi_table, self.overdue_table, self.not_cleared_table):
            self.tabs.addTab(table, "")
        summary_layout.addWidget(self.heading)
        summary_layout.addLayout(year_bar)
        summary_layout.addWidget(self.tabs)
        self.incidents = ListPage("incidents", None, self.store, self.runner, self)
        self.incidents.ensure_built()
        layout.addWidget(summary)
        layout.addWidget(self.incidents, 1)
        QWidget.setTabOrder(self.year, self.due_days)
        QWidget.setTabOrder(self.due_days, self.tabs)
        QWidget.setTabOrder(self.tabs, self.incidents.search)

        self.due_days.valueChanged.connect(self._due_days_chosen)
        self.incidents.records_changed.connect(self.load)

    # -- reading ----------------------------------------------------------------------------
    def _due_days_chosen(self, days: int) -> None:
        if self.settings is not None:
            self.settings.set_supervision_due_days(days)
        self.load()

    def figures_reader(self, fiscal_year: int) -> Callable[[TaskContext], SafetyWatch]:
        """The KPI of the year and the overdue visits and clearance as of ``as_of`` or today."""
        today = self.as_of or date.today()
        due_days = self.due_days.value()
        return lambda context: _watch(context, fiscal_year, today, due_days)

    def show_figures(self, figures: SafetyWatch) -> None:
        self.watch = figures

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Safety of placed students"))
        self.year_label.setText(self.tr("&Fiscal year (B.E.):"))
        self.due_label.setText(self.tr("A visit is &due within (days):"))
        self.due_days.setToolTip(
            self.tr(
                "A placement in progress with no supervision visit done in this many days "
                "from its start is listed as overdue."
            )
        )
        self.tabs.setTabText(0, self.tr("Safety KPI per college"))
        self.tabs.setTabText(1, self.tr("Visits overdue"))
        self.tabs.setTabText(2, self.tr("Starting within 14 days without safety training"))
        self.kpi_table.setHorizontalHeaderLabels(
            [
                self.tr("College"),
                self.tr("Students placed"),
                self.tr("With an incident"),
                self.tr("Share without incident"),
                self.tr("Target 100%"),
            ]
        )
        self.overdue_table.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("College"),
                self.tr("Enterprise"),
                self.tr("Starts on"),
                self.tr("Days without a visit"),
            ]
        )
        self.not_cleared_table.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("College"),
                self.tr("Enterprise"),
                self.tr("Starts on"),
                self.tr("Missing"),
            ]
        )
        watch = self.watch
        if self.failed:
            self.network_label.setText(
                self.tr("The figures could not be read. Choose the year again to retry.")
            )
            return
        if watch is None:
            self.network_label.setText(self.tr("Reading the figures…"))
            return
        self.network_label.setText(self._network_text(watch.kpi))
        kpi_rows = [self._share_row(share) for share in watch.kpi.colleges]
        _fill(self.kpi_table, kpi_rows, frozenset({1, 2, 3}))
        overdue_rows = [self._overdue_row(item) for item in watch.overdue]
        _fill(self.overdue_table, overdue_rows, frozenset({4}))
        cleared_rows = [self._not_cleared_row(item) for item in watch.not_cleared]
        _fill(self.not_cleared_table, cleared_rows, frozenset())

    def _share_text(self, share: SafetyShare) -> str:
        value = share.share_without_incident
        return self.tr("no data") if value is None else texts.percent(value)

    def _met_text(self, share: SafetyShare) -> str:
        met = share.target_met
        if met is None:
            return self.tr("no data")
        return self.tr("met") if met else self.tr("not met")

    def _share_row(self, share: SafetyShare) -> list[str]:
        return [
            share.name,
            texts.number(share.placed),
            texts.number(share.with_incident),
            self._share_text(share),
            self._met_text(share),
        ]

    def _network_text(self, kpi: SafetyKpi) -> str:
        network = kpi.network
        if network.share_without_incident is None:
            return self.tr("Network, fiscal year {year}: no data (nobody was placed).").format(
                year=texts.year(kpi.fiscal_year)
            )
        return self.tr(
            "Network, fiscal year {year}: {placed} students placed, {incidents} with an "
            "incident, {share} without incident (target 100%: {met})"
        ).format(
            year=texts.year(kpi.fiscal_year),
            placed=texts.number(network.placed),
            incidents=texts.number(network.with_incident),
            share=self._share_text(network),
            met=self._met_text(network),
        )

    def _overdue_row(self, item: OverdueVisit) -> list[str]:
        return [
            item.student,
            item.college,
            item.enterprise,
            texts.date_text(item.starts_on),
            texts.number(item.days_without_visit),
        ]

    def _not_cleared_row(self, item: NotCleared) -> list[str]:
        from app.services.listing import labels

        names = labels.briefing_kind()
        missing = ", ".join(names.get(str(kind), str(kind)) for kind in item.missing)
        return [
            item.student,
            item.college,
            item.enterprise,
            texts.date_text(item.starts_on),
            missing,
        ]


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The safety of placed students page (laid out when first shown)."""
    return [SafetyPage(store, runner, parent)]
