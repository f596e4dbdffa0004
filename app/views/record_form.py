"""The form that adds or edits one enterprise, workforce demand or agreement (MOU/MOA).

Each field has its error line under it (red through the ``role="fieldError"`` style
property). Enter saves, Esc cancels, closing with unsaved changes asks first. Saving runs
through the task runner; a refused record keeps everything typed and shows the messages.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import AgreementKind, EnterpriseLocation, Level
from app.services.listing import labels
from app.services.records import (
    AgreementInput,
    Choice,
    DemandInput,
    EnterpriseInput,
    InvalidRecord,
    RecordKind,
    UndoStep,
    field_label,
    save_agreement,
    save_demand,
    save_enterprise,
)
from app.services.store import Store
from app.services.validation import FieldError
from app.views import messages
from app.views.page import named
from app.views.runner import TaskContext, TaskRunner, error_text

ENTERPRISE_FIELDS = (
    "name_th",
    "name_en",
    "location",
    "province",
    "country_code",
    "contact_name",
    "phone",
    "email",
)
DEMAND_FIELDS = ("enterprise_id", "subject_id", "level", "fiscal_year", "positions", "note")
AGREEMENT_FIELDS = (
    "kind",
    "college_id",
    "enterprise_id",
    "signed_on",
    "expires_on",
    "scope",
    "dual_system",
)
FIELDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.ENTERPRISE: ENTERPRISE_FIELDS,
    RecordKind.DEMAND: DEMAND_FIELDS,
    RecordKind.AGREEMENT: AGREEMENT_FIELDS,
}
FormInput = EnterpriseInput | DemandInput | AgreementInput


class RecordForm(QDialog):
    """Adds (``record_id`` None) or edits one record; ``saved(UndoStep)`` after a save."""

    saved = Signal(object)

    def __init__(
        self,
        kind: RecordKind,
        store: Store,
        runner: TaskRunner,
        data: FormInput,
        record_id: int | None = None,
        enterprises: list[Choice] | None = None,
        subjects: list[Choice] | None = None,
        parent: QWidget | None = None,
        colleges: list[Choice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.store = store
        self.runner = runner
        self.record_id = record_id
        self.initial = replace(data)
        self.saving = False
        self.step: UndoStep | None = None
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.choices = {
            "enterprise_id": enterprises or [],
            "subject_id": subjects or [],
            "college_id": colleges or [],
        }
        self._build()
        self._show(data)
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("recordForm")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        for position, name in enumerate(FIELDS[self.kind]):
            field = self._make_field(name)
            field.setObjectName(f"field_{name}")
            label = QLabel()
            label.setBuddy(field)
            error = QLabel(wordWrap=True)
            error.setObjectName(f"error_{name}")
            error.setProperty("role", "fieldError")
            error.setVisible(False)
            grid.addWidget(label, position * 2, 0)
            grid.addWidget(field, position * 2, 1)
            grid.addWidget(error, position * 2 + 1, 1)
            self.fields[name], self.labels[name], self.errors[name] = field, label, error
        layout.addLayout(grid)
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
        chain = [*self.fields.values(), self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus()

    def _make_field(self, name: str) -> QWidget:
        if name == "location":
            box = QComboBox()
            for location in EnterpriseLocation:
                box.addItem("", location.value)
            return box
        if name == "level":
            box = QComboBox()
            for level in Level:
                box.addItem("", level.value)
            return box
        if name == "kind":
            box = QComboBox()
            for kind in AgreementKind:
                box.addItem("", kind.value)
            return box
        if name in self.choices:
            box = QComboBox()
            for choice in self.choices[name]:
                box.addItem(choice.name, choice.record_id)
            return box
        if name == "dual_system":
            return QCheckBox()
        if name == "fiscal_year":
            spin = QSpinBox()
            spin.setRange(0, 9999)
            return spin
        if name == "positions":
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            return spin
        edit = QLineEdit()
        edit.setMaxLength(250)
        return edit

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        titles = {
            (RecordKind.ENTERPRISE, True): self.tr("New enterprise"),
            (RecordKind.ENTERPRISE, False): self.tr("Edit enterprise"),
            (RecordKind.DEMAND, True): self.tr("New workforce demand"),
            (RecordKind.DEMAND, False): self.tr("Edit workforce demand"),
            (RecordKind.AGREEMENT, True): self.tr("New agreement"),
            (RecordKind.AGREEMENT, False): self.tr("Edit agreement"),
        }
        self.setWindowTitle(titles[(self.kind, self.record_id is None)])
        for name, label in self.labels.items():
            label.setText(self.tr("{label}:").format(label=field_label(name)))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        choice_texts = (
            ("location", labels.location()),
            ("level", labels.level()),
            ("kind", labels.agreement_kind()),
        )
        for name, texts in choice_texts:
            box = self.fields.get(name)
            if isinstance(box, QComboBox):
                for index in range(box.count()):
                    box.setItemText(index, texts[box.itemData(index)])
        phone = self.fields.get("phone")
        if isinstance(phone, QLineEdit):
            phone.setPlaceholderText(self.tr("for example 081 234 5678"))
        country = self.fields.get("country_code")
        if isinstance(country, QLineEdit):
            country.setPlaceholderText(self.tr("two letters, for example TH or JP"))
        for name in ("signed_on", "expires_on"):
            day = self.fields.get(name)
            if isinstance(day, QLineEdit):
                day.setPlaceholderText(self.tr("day/month/B.E. year, for example 1/10/2568"))
        dual = self.fields.get("dual_system")
        if isinstance(dual, QCheckBox):
            dual.setText(self.tr("Yes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------------------------
    def _text(self, name: str) -> str:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _data(self, name: str) -> object:
        widget = self.fields[name]
        assert isinstance(widget, QComboBox)
        return widget.currentData()

    def _number(self, name: str) -> int:
        widget = self.fields[name]
        assert isinstance(widget, QSpinBox)
        return widget.value()

    def _checked(self, name: str) -> bool:
        widget = self.fields[name]
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    def _set(self, name: str, value: object) -> None:
        widget = self.fields[name]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0) if widget.count() else -1)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(str(value)))

    def _show(self, data: FormInput) -> None:
        for name in FIELDS[self.kind]:
            self._set(name, getattr(data, name))

    def value(self) -> FormInput:
        """What the form holds now."""
        if self.kind is RecordKind.ENTERPRISE:
            return EnterpriseInput(
                name_th=self._text("name_th"),
                name_en=self._text("name_en"),
                location=str(self._data("location")),
                province=self._text("province"),
                country_code=self._text("country_code"),
                contact_name=self._text("contact_name"),
                phone=self._text("phone"),
                email=self._text("email"),
            )
        if self.kind is RecordKind.AGREEMENT:
            college, enterprise = self._data("college_id"), self._data("enterprise_id")
            return AgreementInput(
                kind=str(self._data("kind")),
                college_id=college if isinstance(college, int) else None,
                enterprise_id=enterprise if isinstance(enterprise, int) else None,
                signed_on=self._text("signed_on"),
                expires_on=self._text("expires_on"),
                scope=self._text("scope"),
                dual_system=self._checked("dual_system"),
            )
        enterprise, subject = self._data("enterprise_id"), self._data("subject_id")
        return DemandInput(
            enterprise_id=enterprise if isinstance(enterprise, int) else None,
            subject_id=subject if isinstance(subject, int) else None,
            level=str(self._data("level")),
            fiscal_year=self._number("fiscal_year"),
            positions=self._number("positions"),
            note=self._text("note"),
        )

    @property
    def changed(self) -> bool:
        return self.value() != self.initial

    # -- saving and closing ---------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        data, record_id, store = self.value(), self.record_id, self.store

        def write(_context: TaskContext) -> UndoStep:
            if isinstance(data, EnterpriseInput):
                return save_enterprise(store, data, record_id)[1]
            if isinstance(data, AgreementInput):
                return save_agreement(store, data, record_id)[1]
            return save_demand(store, data, record_id)[1]

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
