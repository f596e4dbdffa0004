"""The form that adds or edits one record: its fields come from the kind's ``RecordSpec``.

Each field has its error line under it (red through the ``role="fieldError"`` style
property). Enter saves, Esc cancels, closing with unsaved changes asks first. Saving runs
through the task runner; a refused record keeps everything typed and shows the messages.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.services.records import (
    Choice,
    FieldSpec,
    FieldWidget,
    FormData,
    InvalidRecord,
    RecordSpec,
    UndoStep,
    save_record,
)
from app.services.store import Store
from app.services.sync.conflicts import SyncState, record_sync_state, sync_state_label
from app.services.validation import FieldError
from app.views import messages
from app.views.page import named
from app.views.record_combo import RecordCombo
from app.views.runner import TaskContext, TaskRunner, error_text

LONG_TEXT_LENGTH = 4000
LOOKUP_LIMIT = 50
"""Matches a record search adds to a drop-down list at a time."""


class RecordForm(QDialog):
    """Adds (``record_id`` None) or edits one record of ``spec``'s kind; ``saved(UndoStep)``."""

    saved = Signal(object)

    def __init__(
        self,
        spec: RecordSpec,
        store: Store,
        runner: TaskRunner,
        form: FormData,
        record_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.kind = spec.kind
        self.store = store
        self.runner = runner
        self.record_id = record_id
        self.initial = replace(form.data)
        self.saving = False
        self.step: UndoStep | None = None
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        self.choices = form.choices
        self.field_specs = {field_spec.name: field_spec for field_spec in spec.fields}
        self.sync_state: SyncState | None = None
        self._build()
        self._show(form.data)
        self._apply_conditions()
        self.retranslate_ui()
        if record_id is not None:
            self._read_sync_state(record_id)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("recordForm")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        chain: list[QWidget] = []
        for position, field_spec in enumerate(self.spec.fields):
            name = field_spec.name
            field = self._make_field(field_spec)
            field.setObjectName(f"field_{name}")
            label = QLabel()
            label.setBuddy(field)
            error = QLabel(wordWrap=True)
            error.setObjectName(f"error_{name}")
            error.setProperty("role", "fieldError")
            error.setVisible(False)
            grid.addWidget(label, position * 2, 0)
            grid.addWidget(self._with_browse(field_spec, field), position * 2, 1)
            grid.addWidget(error, position * 2 + 1, 1)
            self.fields[name], self.labels[name], self.errors[name] = field, label, error
            chain.append(field)
            if name in self.browse_buttons:
                chain.append(self.browse_buttons[name])
        layout.addLayout(grid)
        self.sync_line = named(QLabel(wordWrap=True), "syncState")
        self.sync_line.setStyleSheet("color: #52606d;")  # grey, like the hints
        self.sync_line.setVisible(False)
        layout.addWidget(self.sync_line)
        self.general_error = named(QLabel(wordWrap=True), "formError")
        self.general_error.setProperty("role", "fieldError")
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        chain += [self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus()
        for control in {spec.enabled_when[0] for spec in self.spec.fields if spec.enabled_when}:
            widget = self.fields[control]
            assert isinstance(widget, QComboBox), control
            widget.currentIndexChanged.connect(lambda _index: self._apply_conditions())

    def _apply_conditions(self) -> None:
        """Grey out the fields that do not apply to the choice made (``enabled_when``)."""
        for spec in self.spec.fields:
            if spec.enabled_when is not None:
                control, codes = spec.enabled_when
                applies = self._read(control) in codes
                self.fields[spec.name].setEnabled(applies)
                self.labels[spec.name].setEnabled(applies)

    def _make_field(self, spec: FieldSpec) -> QWidget:
        if spec.widget is FieldWidget.CHOICE:
            box = QComboBox()
            for code in spec.options() if spec.options is not None else {}:
                box.addItem("", code)
            return box
        if spec.widget is FieldWidget.RECORD:
            combo = RecordCombo(self.choices.get(spec.name, []), spec.lookup is not None)
            combo.search_requested.connect(lambda text: self._look_up(spec, combo, text))
            return combo
        if spec.widget is FieldWidget.CHECK:
            return QCheckBox()
        if spec.widget is FieldWidget.NUMBER:
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            return spin
        edit = QLineEdit()
        edit.setMaxLength(
            LONG_TEXT_LENGTH if spec.widget is FieldWidget.LONG_TEXT else spec.max_length
        )
        return edit

    def _look_up(self, spec: FieldSpec, combo: RecordCombo, text: str) -> None:
        lookup = spec.lookup
        assert lookup is not None

        def search(context: TaskContext) -> list[Choice]:
            with context.session() as session:
                return lookup.search(session, text, LOOKUP_LIMIT)

        self.runner.submit(
            "record lookup",
            search,
            on_result=lambda found: combo.offer(text, found),
            parent_widget=self,
        )

    def _with_browse(self, spec: FieldSpec, field: QWidget) -> QWidget:
        """A file field gets a button that picks the file; other fields stand alone."""
        if spec.widget is not FieldWidget.FILE:
            return field
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        button = named(QPushButton(), f"browse_{spec.name}")
        button.setAutoDefault(False)  # Enter in the form saves; it never opens the file dialog
        button.clicked.connect(lambda: self._browse(spec.name))
        row.addWidget(button)
        self.browse_buttons[spec.name] = button
        return box

    def _browse(self, name: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), self._text(name)
        )
        if path:
            self._set(name, path)

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        new_title, edit_title = self.spec.titles()
        self.setWindowTitle(new_title if self.record_id is None else edit_title)
        for name, label in self.labels.items():
            label.setText(self.tr("{label}:").format(label=self.spec.label(name)))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        for button in self.browse_buttons.values():
            button.setText(self.tr("Browse…"))
        for spec in self.spec.fields:
            widget = self.fields[spec.name]
            if spec.options is not None and isinstance(widget, QComboBox):
                texts = spec.options()
                for index in range(widget.count()):
                    widget.setItemText(index, texts[widget.itemData(index)])
            if spec.hint is not None and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(spec.hint())
            line = widget.lineEdit() if isinstance(widget, RecordCombo) else None
            if line is not None:
                line.setPlaceholderText(self.tr("Type part of the name"))
            if isinstance(widget, QCheckBox):
                widget.setText(self.tr("Yes"))
        self._retranslate_sync_line()

    def _retranslate_sync_line(self) -> None:
        if self.sync_state is not None:
            self.sync_line.setText(
                self.tr("Sync status: {state}").format(state=sync_state_label(self.sync_state))
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _read_sync_state(self, record_id: int) -> None:
        table = self.spec.model.__tablename__

        def read(context: TaskContext) -> SyncState:
            with context.session() as session:
                return record_sync_state(session, table, record_id)

        # The line is a side note: a failure to read it is logged, never shown.
        self.runner.submit(
            "record sync state", read, on_result=self._show_sync_state, on_error=lambda _e: None
        )

    def _show_sync_state(self, state: SyncState) -> None:
        if not isValid(self):  # the form was closed and deleted while the state was read
            return
        self.sync_state = state
        self._retranslate_sync_line()
        self.sync_line.setVisible(True)

    # -- values ---------------------------------------------------------------------------
    def _text(self, name: str) -> str:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _read(self, name: str) -> object:
        widget = self.fields[name]
        if isinstance(widget, RecordCombo):
            return widget.record_id()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return "" if data is None else str(data)
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _set(self, name: str, value: object) -> None:
        widget = self.fields[name]
        if isinstance(widget, RecordCombo):
            widget.set_record(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0) if widget.count() else -1)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(str(value)))

    def _show(self, data: object) -> None:
        for name in self.spec.field_names:
            self._set(name, getattr(data, name))

    def value(self) -> Any:
        """What the form holds now (the spec's input dataclass)."""
        return replace(self.initial, **{name: self._read(name) for name in self.spec.field_names})

    @property
    def changed(self) -> bool:
        return bool(self.value() != self.initial)

    # -- saving and closing ---------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        data, record_id, store, kind = self.value(), self.record_id, self.store, self.kind

        def write(_context: TaskContext) -> UndoStep:
            return save_record(store, kind, data, record_id)[1]

        self.runner.submit(
            "record save", write, on_result=self._saved, on_error=self._refused, parent_widget=self
        )

    def _saved(self, step: UndoStep) -> None:
        self.saving = False
        self.step = step
        self.saved.emit(step)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.clear_errors()
        if isinstance(error, InvalidRecord):
            problems = error.errors
        elif isinstance(error, FieldError):
            problems = [error]
        else:
            messages.show_error(self, error_text(error))
            return
        first: QWidget | None = None
        for problem in problems:
            label = self.errors.get(problem.field)
            if label is None:
                self.general_error.setText(problem.message)
                self.general_error.setVisible(True)
                continue
            label.setText(problem.message)
            label.setVisible(True)
            if first is None:
                first = self.fields[problem.field]
        self._fit_to_contents()
        if first is not None:
            first.setFocus()

    def _fit_to_contents(self) -> None:
        """Grow to show every error line whole (wrapped Thai lines need the extra height)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.setVisible(False)

    def reject(self) -> None:
        """Esc, Cancel or closing: ask first when something was changed."""
        if self.saving:
            return
        if self.changed:
            answer = messages.ask_save_changes(self)
            if answer == "save":
                self.save()
                return
            if answer == "keep":
                return
        super().reject()
