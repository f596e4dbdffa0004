"""Conflicts: records two sites changed at once. The list of those waiting for review, and
for the one chosen, both versions side by side, field by field; keep either version or
take chosen fields from the other one.

Every read and write goes through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.services.store import Store
from app.services.sync.conflicts import (
    Choice,
    ConflictDetail,
    ConflictItem,
    VersionInfo,
    differences,
    open_conflicts,
    resolve,
)
from app.views import messages, texts
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner, error_text
from app.views.thai_wrap import for_display

DIFFERS_BACKGROUND = QColor("#fff4ce")
"""Rows of fields whose two versions differ (dark text on it meets WCAG AA)."""
USE_OTHER = 3
"""The column of the tick that takes a field from the other version."""


def table_title(table: str) -> str:
    """What a table holds, in the interface language."""
    return texts.table_label(table)


class ConflictsPage(Page):
    """The conflicts waiting for review and the two versions of the one chosen."""

    conflicts_changed = Signal(int)
    """The number of conflicts still open, after each reading of the list."""
    loaded = Signal()
    """The list was read and is on screen."""
    detail_loaded = Signal()
    """The two versions of the chosen conflict are on screen."""
    resolved = Signal(str)
    """A conflict was settled (the resolution text)."""

    LIST_COLUMNS = 3
    FIELD_COLUMNS = 4

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.items: list[ConflictItem] | None = None
        self.detail: ConflictDetail | None = None
        self.ticks: set[str] = set()
        """The fields ticked to take from the other version."""
        self.saving = False
        self.settled = False
        self._detail_read = LatestRead()
        super().__init__(parent)
        self.reload()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.intro = named(QLabel(wordWrap=True), "pageSubtitle")
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "conflictsSplitter")
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.list_heading = named(QLabel(), "sectionHeading")
        self.list = self._make_list()
        self.list_heading.setBuddy(self.list)
        self.empty_label = named(QLabel(wordWrap=True), "hint")
        self.empty_label.setVisible(False)
        top_layout.addWidget(self.list_heading)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.empty_label)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        self.detail_heading = named(QLabel(wordWrap=True), "sectionHeading")
        self.versions_label = named(QLabel(wordWrap=True), "hint")
        self.fields = self._make_fields()
        self.detail_heading.setBuddy(self.fields)
        self.fields_hint = named(QLabel(wordWrap=True), "hint")
        bottom_layout.addWidget(self.detail_heading)
        bottom_layout.addWidget(self.versions_label)
        bottom_layout.addWidget(self.fields, 1)
        bottom_layout.addWidget(self.fields_hint)
        bar = QHBoxLayout()
        self.keep_applied_button = named(QPushButton(), "keepApplied")
        self.keep_other_button = named(QPushButton(), "keepOther")
        self.save_merged_button = named(QPushButton(), "saveMerged")
        for button in (self.keep_applied_button, self.keep_other_button, self.save_merged_button):
            button.setAutoDefault(True)
            bar.addWidget(button)
        bar.addStretch(1)
        bottom_layout.addLayout(bar)
        self.status_label = named(QLabel(wordWrap=True), "hint")
        bottom_layout.addWidget(self.status_label)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        QWidget.setTabOrder(self.list, self.fields)
        QWidget.setTabOrder(self.fields, self.keep_applied_button)
        QWidget.setTabOrder(self.keep_applied_button, self.keep_other_button)
        QWidget.setTabOrder(self.keep_other_button, self.save_merged_button)
        self.list.currentCellChanged.connect(lambda *_cells: self._chosen())
        self.fields.itemChanged.connect(lambda _item: self._ticks_changed())
        self.fields.installEventFilter(self)
        self.keep_applied_button.clicked.connect(lambda: self.settle(lambda _f: "kept"))
        self.keep_other_button.clicked.connect(lambda: self.settle(lambda _f: "lost"))
        self.save_merged_button.clicked.connect(lambda: self.settle(self._ticked))
        self._update_buttons()

    def _make_list(self) -> QTableWidget:
        table = named(QTableWidget(0, self.LIST_COLUMNS), "conflictList")
        self._table_defaults(table)
        table.setMinimumHeight(110)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _make_fields(self) -> QTableWidget:
        table = named(QTableWidget(0, self.FIELD_COLUMNS), "conflictFields")
        self._table_defaults(table)
        table.setMinimumHeight(160)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(USE_OTHER, QHeaderView.ResizeMode.ResizeToContents)
        return table

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.verticalHeader().setVisible(False)

    # -- texts ------------------------------------------------------------------------------
    def subpage_title(self) -> str | None:
        return self.tr("Conflicts")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Conflicts to review"))
        self.intro.setText(
            for_display(
                self.tr(
                    "When two sites change the same record before they exchange packages, "
                    "every site applies the same version and keeps the other one here. "
                    "Compare the two versions and keep the right one, or take some fields "
                    "from each; the version you save goes to the other sites with the next "
                    "package."
                )
            )
        )
        self.list_heading.setText(self.tr("&Records in conflict"))
        self.list.setHorizontalHeaderLabels(
            [self.tr("Kind of record"), self.tr("Record"), self.tr("Found on")]
        )
        self.fields.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Applied version"),
                self.tr("Other version"),
                self.tr("Use the other version"),
            ]
        )
        self.fields_hint.setText(
            for_display(
                self.tr(
                    "Fields that differ are highlighted. To save a merged version, tick the "
                    "fields to take from the other version (Space ticks the field of the "
                    "current row), then choose Save merged version."
                )
            )
        )
        self.empty_label.setText(
            for_display(
                self.tr(
                    "No conflict is waiting for review. Records that two sites changed at "
                    "once show up here when their packages are imported."
                )
            )
        )
        self.keep_applied_button.setText(self.tr("Keep applied version"))
        self.keep_other_button.setText(self.tr("Keep other version"))
        self.save_merged_button.setText(self.tr("Save merged version"))
        if self.settled:
            self.status_label.setText(self._settled_text())
        self._fill_list()
        self._fill_detail()
        if self.items is not None:
            # Names and values of the records are read in the language of the moment.
            self.reload()
            self._chosen()

    def _when(self, moment: datetime) -> str:
        return self.tr("{date}, {time}").format(
            date=texts.date_text(moment.date()), time=moment.strftime("%H:%M")
        )

    def _settled_text(self) -> str:
        return self.tr(
            "The conflict is settled. The version saved goes to the other sites with the "
            "next package."
        )

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again (a package was applied, say)."""
        self.reload()

    def reload(self) -> None:
        """Read the conflicts waiting for review again."""

        def read(context: TaskContext) -> list[ConflictItem]:
            with context.session() as session:
                return open_conflicts(session)

        self.runner.submit("conflicts", read, on_result=self._listed, parent_widget=self)

    def _listed(self, items: list[ConflictItem]) -> None:
        if not isValid(self):  # closed while the list was read
            return
        self.items = items
        self._fill_list()
        self.loaded.emit()
        self.conflicts_changed.emit(len(items))

    def _fill_list(self) -> None:
        items = self.items or []
        current = self.current_id()
        table = self.list
        table.blockSignals(True)
        table.setRowCount(len(items))
        chosen = 0
        for row, item in enumerate(items):
            cells = (table_title(item.table), item.label, self._when(item.detected_at))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if column == 1:
                    cell.setToolTip(text)
                table.setItem(row, column, cell)
            if item.id == current:
                chosen = row
        if items:
            table.setCurrentCell(chosen, 0)
        table.blockSignals(False)
        self.empty_label.setVisible(self.items is not None and not items)
        if not items:
            self._show_detail(None)
        elif self.detail is None or self.detail.id != self.current_id():
            self._chosen()

    def current_id(self) -> int | None:
        item = self.list.item(self.list.currentRow(), 0)
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    # -- the two versions ---------------------------------------------------------------------
    def _chosen(self) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            self._show_detail(None)
            return

        def read(context: TaskContext) -> ConflictDetail:
            with context.session() as session:
                return differences(session, conflict_id)

        self._detail_read.submit(
            self.runner,
            "conflict detail",
            read,
            on_result=self._show_detail,
            on_error=self._failed,
            parent_widget=self,
        )

    def _show_detail(self, detail: ConflictDetail | None) -> None:
        if not isValid(self):
            return
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.ticks = set()
        self.detail = detail
        self._fill_detail()
        if detail is not None:
            self.detail_loaded.emit()

    def _fill_detail(self) -> None:
        detail = self.detail
        table = self.fields
        table.blockSignals(True)
        if detail is None:
            table.setRowCount(0)
            self.detail_heading.setText(self.tr("Choose a record in the list above."))
            self.versions_label.clear()
        else:
            self.detail_heading.setText(
                self.tr("{kind}: {record}").format(
                    kind=table_title(detail.table), record=detail.label
                )
            )
            self.versions_label.setText(
                for_display(
                    self.tr("Applied version: {applied}. Other version: {other}.").format(
                        applied=self._version_text(detail.kept),
                        other=self._version_text(detail.lost),
                    )
                )
            )
            table.setRowCount(len(detail.fields))
            bold = QFont(table.font())
            bold.setBold(True)
            for row, field in enumerate(detail.fields):
                cells = [QTableWidgetItem(field.label), QTableWidgetItem(field.kept)]
                cells.append(QTableWidgetItem(field.lost))
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if field.differs:
                    tick.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    checked = field.name in self.ticks
                    tick.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                    tick.setData(Qt.ItemDataRole.UserRole, field.name)
                    tick.setToolTip(self.tr("Use the other version of this field"))
                cells.append(tick)
                for column, cell in enumerate(cells):
                    if column in (1, 2):
                        cell.setToolTip(cell.text())
                    if field.differs:
                        cell.setBackground(QBrush(DIFFERS_BACKGROUND))
                        cell.setForeground(QBrush(QColor("#1f2933")))
                        if column == 0:
                            cell.setFont(bold)
                    table.setItem(row, column, cell)
            first = next((row for row, f in enumerate(detail.fields) if f.differs), 0)
            table.setCurrentCell(first, 0)
        table.blockSignals(False)
        self._update_buttons()

    def _version_text(self, version: VersionInfo) -> str:
        when = self._when(version.stamped_at) if version.stamped_at is not None else "—"
        text = self.tr("{site}, {when}").format(site=version.site_name, when=when)
        if version.deleted:
            text = self.tr("{version} (deletes the record)").format(version=text)
        return text

    def _ticks_changed(self) -> None:
        self.ticks = set()
        for row in range(self.fields.rowCount()):
            tick = self.fields.item(row, USE_OTHER)
            if tick is not None and tick.checkState() == Qt.CheckState.Checked:
                self.ticks.add(str(tick.data(Qt.ItemDataRole.UserRole)))
        self._update_buttons()

    def _ticked(self, name: str) -> Choice:
        return "lost" if name in self.ticks else "kept"

    def toggle_current_field(self) -> None:
        """Tick or untick "use the other version" on the current row (Space)."""
        tick = self.fields.item(self.fields.currentRow(), USE_OTHER)
        if tick is None or not tick.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        checked = tick.checkState() == Qt.CheckState.Checked
        tick.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.fields
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        ):
            self.toggle_current_field()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        ready = self.detail is not None and not self.saving
        self.keep_applied_button.setEnabled(ready)
        self.keep_other_button.setEnabled(ready)
        self.save_merged_button.setEnabled(ready and bool(self.ticks))

    # -- settling ---------------------------------------------------------------------------
    def settle(self, choose: Callable[[str], Choice]) -> None:
        """Settle the conflict shown: ``choose(field)`` says which version each differing
        field takes."""
        detail = self.detail
        if detail is None or self.saving:
            return
        choices = {name: choose(name) for name in detail.differing}
        conflict_id = detail.id
        self.saving = True
        self._update_buttons()

        def write(context: TaskContext) -> str:
            with context.session() as session, session.begin():
                return resolve(session, conflict_id, choices)

        self.runner.submit(
            "resolve conflict",
            write,
            on_result=self._settled,
            on_error=self._refused,
            parent_widget=self,
        )

    def _settled(self, resolution: str) -> None:
        if not isValid(self):
            return
        self.saving = False
        self.settled = True
        self.status_label.setText(self._settled_text())
        self.detail = None
        self.reload()
        self.resolved.emit(resolution)
        self.list.setFocus()

    def _refused(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.saving = False
        self._update_buttons()
        messages.show_error(self, error_text(error))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        messages.show_error(self, error_text(error))
        self.detail = None
        self.reload()
