"""Teacher internships (manual 5.4): the internships list, the selected internship's daily
logs, supervision visits and safety incidents in tabs, and the late and overdue reports.

Every read goes through the task runner; the lists are ``ListPage`` instances (Ctrl+N adds,
Enter edits), laid out when the page is first shown. Tab goes from the internships table to
the tabs of the selected internship.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage, list_title
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner

if TYPE_CHECKING:
    from app.services.internships import LateReport

SHOWN_ROWS = 8
"""Late reports the panel lists; the list behind "Show ..." holds every one."""
CHILD_KINDS = ("daily_logs", "internship_visits", "internship_incidents")


def _late_reports(context: TaskContext, today: date) -> list[LateReport]:
    from app.services.internships import late_reports

    with context.session() as session:
        return late_reports(session, None, today)


class LateReportsPanel(Page):
    """The internships whose final report came late or is overdue, as of a day."""

    state_requested = Signal(object)
    """Show the internships list with this report state (a ``ReportState``)."""
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.reports: list[LateReport] | None = None
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    def _build(self) -> None:
        self.setObjectName("lateReports")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = named(QLabel(wordWrap=True), "sectionHeading")
        self.table = named(QTableWidget(0, 5), "lateReportsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(180)
        self.empty = named(QLabel(wordWrap=True), "hint")
        buttons = QHBoxLayout()
        self.show_overdue = named(QPushButton(), "showOverdueReports")
        self.show_late = named(QPushButton(), "showLateReports")
        buttons.addWidget(self.show_overdue)
        buttons.addWidget(self.show_late)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.show_overdue.clicked.connect(lambda: self._request("overdue"))
        self.show_late.clicked.connect(lambda: self._request("late"))

    def _request(self, state: str) -> None:
        from app.services.listing import ReportState

        self.state_requested.emit(ReportState(state))

    def load(self, runner: TaskRunner, today: date | None = None) -> None:
        """Read the late and overdue reports (as of today unless ``today``) through the runner."""
        day = today or date.today()
        self._latest.submit(
            runner,
            "late reports",
            lambda context: _late_reports(context, day),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, reports: list[LateReport]) -> None:
        self.reports, self.failed = reports, False
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Teacher"),
                self.tr("Enterprise"),
                self.tr("Report due on"),
                self.tr("Report received on"),
                self.tr("Days late"),
            ]
        )
        self.show_overdue.setText(self.tr("Show overdue reports"))
        self.show_late.setText(self.tr("Show reports received late"))
        reports = self.reports
        if reports is None:
            if self.failed:
                text = self.tr("The reports could not be checked.")
            else:
                text = self.tr("Checking the final reports…")
            self.heading.setText(text)
            self._show_rows([])
            return
        self.heading.setText(
            self.tr("Late and overdue reports: {count}").format(count=texts.number(len(reports)))
        )
        self._show_rows(reports[:SHOWN_ROWS])
        self.empty.setText(self.tr("Every final report came within 15 days of the end."))
        self.empty.setVisible(not reports)

    def _show_rows(self, reports: list[LateReport]) -> None:
        self.table.setRowCount(len(reports))
        self.table.setVisible(bool(reports))
        self.empty.setVisible(False)
        for row, report in enumerate(reports):
            received = (
                texts.date_text(report.received_on)
                if report.received_on is not None
                else self.tr("not received")
            )
            values = [
                report.teacher,
                report.enterprise,
                texts.date_text(report.due_on),
                received,
                texts.number(report.days_late),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()


def _scope_find(page: ListPage) -> None:
    """Ctrl+F searches the list that has the keyboard: several lists share this window, and
    shortcuts of the whole window would be ambiguous (none would fire)."""
    page.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


class InternshipsPage(Page):
    """The teacher internships with, for the selected one, its logs, visits and incidents."""

    list_kinds = ("teacher_internships", "daily_logs", "internship_visits", "internship_incidents")

    internship_chosen = Signal(int)
    """The child lists now show this internship's rows."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.internship_id: int | None = None
        self.as_of: date | None = None
        """The day the late reports are judged on (None: today)."""
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return list_title("teacher_internships")

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Built in this order so that Tab goes panel -> internships -> tabs -> child lists.
        self.late_panel = LateReportsPanel(self)
        self.late_panel.setContentsMargins(24, 12, 24, 0)
        self.internships = ListPage("teacher_internships", None, self.store, self.runner, self)
        self.internships.ensure_built()
        _scope_find(self.internships)
        self.tabs = named(QTabWidget(self), "internshipTabs")
        self.children_lists = {
            kind: ListPage(kind, None, self.store, self.runner, self.tabs) for kind in CHILD_KINDS
        }
        for child in self.children_lists.values():
            self.tabs.addTab(child, "")
        self.tabs.setEnabled(False)
        layout.addWidget(self.late_panel)
        layout.addWidget(self.internships, 3)
        layout.addWidget(self.tabs, 2)
        QWidget.setTabOrder(self.internships.table, self.tabs)

        selection = self.internships.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        self.internships.records_changed.connect(self._reload_late)
        for child in self.children_lists.values():
            child.records_changed.connect(self._children_changed)
        self.late_panel.state_requested.connect(self.show_state)
        self.retranslate_ui()
        self._reload_late()

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        for index, kind in enumerate(CHILD_KINDS):
            self.tabs.setTabText(index, list_title(kind))
        self.tabs.setToolTip(self.tr("Daily logs, visits and incidents of the selected internship"))

    # -- the selected internship ------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # the list is being read again: keep showing the last internship's rows
        record_id = self.internships.model.row_id(current.row())
        if record_id is not None and record_id != self.internship_id:
            self.show_internship(record_id)

    def show_internship(self, internship_id: int) -> None:
        """Show this internship's logs, visits and incidents (new ones start with it)."""
        from app.services.listing import ListFilters

        self.internship_id = internship_id
        self.tabs.setEnabled(True)
        for child in self.children_lists.values():
            child.show_filtered(ListFilters(internship_id=internship_id))
            _scope_find(child)
        self.internship_chosen.emit(internship_id)

    def show_state(self, state: object) -> None:
        """Filter the internships list to one report state (late, overdue ...)."""
        from app.services.listing import ListFilters, ReportState

        self.internships.show_filtered(ListFilters(report_state=ReportState(str(state))))
        self.internships.table.setFocus()

    def _children_changed(self) -> None:
        self.internships.refresh()  # the log, visit and incident counts changed

    def _reload_late(self) -> None:
        self.late_panel.load(self.runner, self.as_of)


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The teacher internships page (laid out when first shown)."""
    return [InternshipsPage(store, runner, parent)]
