"""Adjust the KPI targets of one fiscal year: every target of the catalogue with its default
and the value that applies this year, editable; "Restore default" per row. Nothing is written
until Save; the service refuses an impossible value with a Thai message and the row it
belongs to is selected again for correction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.services.thai.digits import to_thai_digits
from app.services.validation import FieldError
from app.views import messages, texts
from app.views.i18n import is_thai
from app.views.page import named
from app.views.runner import LatestRead, TaskContext, TaskRunner, error_text
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.kpi.catalogue import EffectiveTarget

TITLE, SOURCE, DEFAULT, VALUE, RESTORE = range(5)
OPERATORS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "="}


@dataclass(frozen=True)
class TargetEdit:
    """What Save writes for one target: a new value, or the default again (``value`` None)."""

    target_id: str
    value: str | None


def _read(context: TaskContext, fiscal_year: int) -> list[EffectiveTarget]:
    from app.services.kpi.catalogue import targets_for

    with context.session() as session:
        return targets_for(session, fiscal_year)


def _write(context: TaskContext, fiscal_year: int, edits: list[TargetEdit]) -> int:
    """Apply every edit in one transaction; a refusal names its target in ``field``."""
    from app.services.kpi.catalogue import restore_default, set_override

    with context.session() as session, session.begin():
        for edit in edits:
            try:
                if edit.value is None:
                    restore_default(session, edit.target_id, fiscal_year)
                else:
                    set_override(session, edit.target_id, fiscal_year, edit.value)
            except FieldError as error:
                raise FieldError(edit.target_id, error.message) from error
    return len(edits)


def code_text(code: str) -> str:
    """An activity code ("5.4") in the digits the interface shows."""
    return to_thai_digits(code) if texts.thai_digits() and is_thai() else code


def plain_number(value: float | None) -> str:
    """A value as typed in the table (no separators, so it reads back as typed)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def goal_text(op: str, value: float | None, unit: str) -> str:
    """ "≥ 80%" / "≥ 2" / "record exists"."""
    if value is None:
        return QCoreApplication.translate("KpiTargetsDialog", "record exists")
    shown = texts.percent(value) if unit == "percent" else texts.number(int(value))
    if unit == "count" and not float(value).is_integer():
        shown = plain_number(value)
    return f"{OPERATORS.get(op, op)} {shown}"


class KpiTargetsDialog(QDialog):
    """The targets of ``fiscal_year`` with their values; Save writes the changed ones."""

    saved = Signal(int)
    """The targets were written (the number of changes)."""
    loaded = Signal()

    def __init__(
        self, store: Store, runner: TaskRunner, fiscal_year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.fiscal_year = fiscal_year
        self.targets: list[EffectiveTarget] = []
        self.restoring: set[str] = set()
        self.saving = False
        self._latest = LatestRead()
        self._filling = False
        self.setObjectName("kpiTargetsDialog")
        self.setModal(True)
        self._build()
        self.retranslate_ui()
        self.load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.hint = named(QLabel(wordWrap=True), "hint")
        self.table = named(QTableWidget(0, 5), "kpiTargetsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (SOURCE, DEFAULT, VALUE, RESTORE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._edited)
        self.restore_button = named(QPushButton(), "kpiRestoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Adjust the targets"))
        self.heading.setText(
            for_display(
                self.tr("Targets of fiscal year {year}").format(year=texts.year(self.fiscal_year))
            )
        )
        self.hint.setText(
            for_display(
                self.tr(
                    'Type the value that applies this year in the "This year" column. '
                    'Targets of the manual can be changed too; "Restore default" gives a '
                    "target its catalogue value again. Nothing is saved until you press Save."
                )
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Target"),
                self.tr("Source"),
                self.tr("Default"),
                self.tr("This year"),
                self.tr("Restore"),
            ]
        )
        self.restore_button.setText(self.tr("&Restore default"))
        self.restore_button.setToolTip(
            self.tr("Give the selected target its catalogue value again (Ctrl+R)")
        )
        self.restore_button.setShortcut(self.tr("Ctrl+R"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill()

    def _source_text(self, source: str) -> str:
        if source == "manual":
            return self.tr("Manual")
        return self.tr("Proposed default")

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        year = self.fiscal_year
        self.table.setEnabled(False)
        self._latest.submit(
            self.runner,
            "KPI targets",
            lambda context: _read(context, year),
            on_result=self._ready,
            parent_widget=self,
        )

    def _ready(self, targets: list[EffectiveTarget]) -> None:
        self.targets = targets
        self.restoring.clear()
        self.table.setEnabled(True)
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.targets))
            for row, effective in enumerate(self.targets):
                self._fill_row(row, effective)
        finally:
            self._filling = False
        self.table.resizeRowsToContents()

    def _fill_row(self, row: int, effective: EffectiveTarget) -> None:
        target = effective.target
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        title = QTableWidgetItem(
            self.tr("{activity} {title}").format(
                activity=code_text(target.activity), title=for_display(target.title)
            )
        )
        title.setData(Qt.ItemDataRole.UserRole, target.id)
        source = QTableWidgetItem(self._source_text(target.source))
        default = QTableWidgetItem(goal_text(target.op, target.default, target.unit))
        current = self.table.item(row, VALUE)
        keep_typed = current is not None and current.data(Qt.ItemDataRole.UserRole) == target.id
        if keep_typed and current is not None:
            value = QTableWidgetItem(current.text())
        elif target.id in self.restoring:
            value = QTableWidgetItem(plain_number(target.default))
        else:
            value = QTableWidgetItem(plain_number(effective.value))
        value.setData(Qt.ItemDataRole.UserRole, target.id)
        value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if target.adjustable:
            value.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
            if target.unit == "percent":
                value.setToolTip(self.tr("A percentage from 0 to 100"))
            else:
                value.setToolTip(self.tr("A whole number, 0 or more"))
        else:
            value.setFlags(fixed)
            value.setText("—")
            value.setToolTip(self.tr("This target is met when its record exists."))
        state = QTableWidgetItem(self._state_text(effective))
        for item in (title, source, default, state):
            item.setFlags(fixed)
        for column, item in ((TITLE, title), (SOURCE, source), (DEFAULT, default)):
            self.table.setItem(row, column, item)
        self.table.setItem(row, VALUE, value)
        self.table.setItem(row, RESTORE, state)

    def _state_text(self, effective: EffectiveTarget) -> str:
        if effective.target.id in self.restoring:
            return self.tr("default on save")
        if effective.overridden:
            return self.tr("adjusted")
        return self.tr("default")

    # -- editing ----------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE:
            return
        target_id = item.data(Qt.ItemDataRole.UserRole)
        if target_id in self.restoring:
            self.restoring.discard(target_id)
            self._refresh_state(item.row())

    def _refresh_state(self, row: int) -> None:
        state = self.table.item(row, RESTORE)
        if state is not None and 0 <= row < len(self.targets):
            self._filling = True
            state.setText(self._state_text(self.targets[row]))
            self._filling = False

    def restore_selected(self) -> None:
        """Mark the selected target to get its default value back on Save."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.targets) or not self.targets[row].target.adjustable:
            return
        target = self.targets[row].target
        self.restoring.add(target.id)
        self._filling = True
        value = self.table.item(row, VALUE)
        if value is not None:
            value.setText(plain_number(target.default))
        self._filling = False
        self._refresh_state(row)

    def edits(self) -> list[TargetEdit]:
        """The changes Save would write."""
        result: list[TargetEdit] = []
        for row, effective in enumerate(self.targets):
            target = effective.target
            if not target.adjustable:
                continue
            if target.id in self.restoring:
                if effective.overridden:
                    result.append(TargetEdit(target.id, None))
                continue
            item = self.table.item(row, VALUE)
            typed = item.text().strip() if item is not None else ""
            if typed != plain_number(effective.value):
                result.append(TargetEdit(target.id, typed))
        return result

    def save(self) -> None:
        if self.saving:
            return
        changes = self.edits()
        if not changes:
            self.accept()
            return
        self.saving = True
        self.save_button.setEnabled(False)
        year = self.fiscal_year
        self.runner.submit(
            "save KPI targets",
            lambda context: _write(context, year, changes),
            on_result=self._saved,
            on_error=self._refused,
            parent_widget=self,
        )

    def _saved(self, count: int) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(count)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if not isinstance(error, FieldError):
            messages.show_error(self, error_text(error))
            return
        row = next(
            (i for i, t in enumerate(self.targets) if t.target.id == error.field),
            -1,
        )
        if row < 0:
            messages.show_error(self, error.message)
            return
        self.table.setCurrentCell(row, VALUE)
        self.table.setFocus()
        messages.show_error(
            self,
            self.tr('The target "{target}" was not saved: {reason}').format(
                target=self.targets[row].target.title, reason=error.message
            ),
        )
