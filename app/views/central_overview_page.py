"""The central office's national overview: the 101 CVM centers with the figures of their
networks (colleges, teachers, students, placements, certification results, training
enrolments) and the date of the last package received from each, national totals last.

The figures are read through the task runner (:meth:`CentralOverviewPage.refresh`); the
table sorts by any column and keeps the totals row at the bottom.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.services.thai.collation import thai_sort_text
from app.views import texts
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.sync.central import CenterFigures

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MEASURES = ("colleges", "teachers", "students", "placements", "certifications", "enrollments")
LINE, CENTER = 0, 1
LAST_PACKAGE = 2 + len(MEASURES)
COLUMN_COUNT = LAST_PACKAGE + 1
Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CentralOverviewPage", "No."),
        QCoreApplication.translate("CentralOverviewPage", "CVM center"),
        QCoreApplication.translate("CentralOverviewPage", "Colleges"),
        QCoreApplication.translate("CentralOverviewPage", "Teachers"),
        QCoreApplication.translate("CentralOverviewPage", "Students"),
        QCoreApplication.translate("CentralOverviewPage", "Placements"),
        QCoreApplication.translate("CentralOverviewPage", "Certifications"),
        QCoreApplication.translate("CentralOverviewPage", "Enrolments"),
        QCoreApplication.translate("CentralOverviewPage", "Last package"),
    ]


def _header_tips() -> dict[int, str]:
    return {
        1: QCoreApplication.translate(
            "CentralOverviewPage",
            "The center's excellent subject; point at it for its host college",
        ),
        2: QCoreApplication.translate("CentralOverviewPage", "Network colleges of the center"),
        4: QCoreApplication.translate("CentralOverviewPage", "Students of the network colleges"),
        5: QCoreApplication.translate(
            "CentralOverviewPage", "Student placements: internships, dual-system training and WBL"
        ),
        6: QCoreApplication.translate(
            "CentralOverviewPage", "Results of occupational certification of teachers and students"
        ),
        7: QCoreApplication.translate(
            "CentralOverviewPage", "Enrolments of teachers in training runs"
        ),
        8: QCoreApplication.translate(
            "CentralOverviewPage", "When the last package from the center was imported here"
        ),
    }


class OverviewModel(QAbstractTableModel):
    """One row per center, then one row of national totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centers: list[CenterFigures] = []
        self.totals: dict[str, int] = {}

    def set_figures(self, centers: list[CenterFigures], totals: dict[str, int]) -> None:
        self.beginResetModel()
        self.centers = list(centers)
        self.totals = dict(totals)
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts depend on the language: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, COLUMN_COUNT - 1))

    def is_total(self, row: int) -> bool:
        return bool(self.centers) and row == len(self.centers)

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.centers:
            return 0
        return len(self.centers) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tips().get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if self.is_total(row):
            return self._total_data(column, role)
        entry = self.centers[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(entry, column)
        return None

    # -- cells ------------------------------------------------------------------------------
    @staticmethod
    def _alignment(column: int) -> int:
        if column == CENTER:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if column == LAST_PACKAGE:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _text(entry: CenterFigures, column: int) -> str:
        if column == LINE:
            return texts.number(entry.line)
        if column == CENTER:
            return entry.subject_th
        if column == LAST_PACKAGE:
            return _last_package_text(entry.last_package_at, entry.source)
        return texts.number(entry.figure(MEASURES[column - 2]))

    @staticmethod
    def _sort_value(entry: CenterFigures, column: int) -> Any:
        if column == LINE:
            return entry.line
        if column == CENTER:
            return thai_sort_text(entry.subject_th)
        if column == LAST_PACKAGE:
            at = entry.last_package_at
            return at.isoformat() if at is not None else ""
        return entry.figure(MEASURES[column - 2])

    @staticmethod
    def _tip(entry: CenterFigures, column: int) -> str | None:
        if column == CENTER:
            return QCoreApplication.translate(
                "CentralOverviewPage", "Host college: {college}"
            ).format(college=entry.host_college)
        if column == LAST_PACKAGE and entry.source == "counts":
            return QCoreApplication.translate(
                "CentralOverviewPage",
                "The figures come from a counts-only package: the center sent numbers, "
                "not records.",
            )
        return None

    def _total_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CENTER:
                return QCoreApplication.translate("CentralOverviewPage", "Total, all centers")
            if 2 <= column < LAST_PACKAGE:
                return texts.number(self.totals.get(MEASURES[column - 2], 0))
            if column == LAST_PACKAGE:
                reporting = sum(1 for entry in self.centers if entry.last_package_at)
                return QCoreApplication.translate(
                    "CentralOverviewPage", "{count} of {total} centers"
                ).format(count=texts.number(reporting), total=texts.number(len(self.centers)))
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None


def _last_package_text(at: datetime | None, source: str) -> str:
    if at is None:
        return QCoreApplication.translate("CentralOverviewPage", "no package yet")
    day = texts.date_text(at.date())
    if source == "counts":
        return QCoreApplication.translate("CentralOverviewPage", "{day} (counts)").format(day=day)
    return day


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` and keeps the totals row last in either order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OverviewModel)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if model.is_total(left.row()):
            return descending
        if model.is_total(right.row()):
            return not descending
        first, second = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if first == second:
            return bool(left.row() < right.row()) != descending
        return bool(first < second)


class CentralOverviewPage(Page):
    """The national overview of the central office, by center."""

    loaded = Signal()
    """New figures are on screen."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.figures: list[CenterFigures] | None = None
        self.loading = False
        self.failed = False
        self._latest = LatestRead()
        self._started = False
        super().__init__(parent)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(10)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.intro = named(QLabel(wordWrap=True), "pageSubtitle")
        self.status = named(QLabel(wordWrap=True), "hint")
        self.refresh_button = named(QPushButton(), "refreshOverview")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        self.model = OverviewModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_shortcut.activated.connect(self.refresh)

    def ensure_built(self) -> None:
        """The figures are first read when the page is first shown."""
        if not self._started:
            self._started = True
            self.refresh()

    def _make_table(self) -> QTableView:
        table = named(QTableView(), "centralOverview")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(LINE, Qt.SortOrder.AscendingOrder)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CENTER, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        return table

    # -- texts ------------------------------------------------------------------------------
    def subpage_title(self) -> str | None:
        return self.tr("National overview")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("National overview by CVM center"))
        self.intro.setText(
            for_display(
                self.tr(
                    "The figures of each center's network as received in its packages: "
                    "records in use, counted under the center of their college. A center "
                    "that sent a counts-only package shows the numbers it reported."
                )
            )
        )
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.refresh_button.setToolTip(self.tr("Read the figures again"))
        self.table.setAccessibleName(self.tr("Figures by CVM center"))
        self.status.setText(for_display(self._status_text()))
        self.model.retranslate()

    def _status_text(self) -> str:
        if self.failed:
            return self.tr("The figures could not be read. Press Refresh to try again.")
        if self.figures is None:
            return self.tr("Reading the figures…")
        reporting = [entry.last_package_at for entry in self.figures if entry.last_package_at]
        if not reporting:
            return self.tr("No center has sent a package yet.")
        return self.tr(
            "{count} of {total} centers have sent a package; the latest arrived on {day}."
        ).format(
            count=texts.number(len(reporting)),
            total=texts.number(len(self.figures)),
            day=texts.date_text(max(reporting).date()),
        )

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures again (through the runner)."""
        self._started = True
        self.loading = True
        self.failed = False
        self.refresh_button.setEnabled(False)
        self._latest.submit(
            self.runner,
            "national overview",
            _read_overview,
            on_result=self._ready,
            on_error=self._failed,
            parent_widget=self,
        )

    def _ready(self, result: tuple[list[CenterFigures], dict[str, int]]) -> None:
        figures, totals = result
        self.figures = figures
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.model.set_figures(figures, totals)
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        from app.views import messages
        from app.views.runner import error_text

        self.loading = False
        self.failed = True
        self.refresh_button.setEnabled(True)
        self.retranslate_ui()
        messages.show_error(self, error_text(error))


def _read_overview(context: TaskContext) -> tuple[list[CenterFigures], dict[str, int]]:
    from app.services.sync.central import national_overview, totals

    with context.session() as session:
        figures = national_overview(session)
    return figures, totals(figures)
