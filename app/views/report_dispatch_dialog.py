"""The reports of a fiscal year sent to the central office (1.2 enterprise database summary,
1.3 matching report): ticked when sent, with the day and the letter number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SentReportKind
from app.services.report_dispatch import Dispatch
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.views import texts
from app.views.page import named
from app.views.runner import TaskContext, TaskRunner

KINDS = (SentReportKind.ENTERPRISE_SUMMARY, SentReportKind.MATCHING)


class ReportDispatchDialog(QDialog):
    saved = Signal()
    loaded = Signal()

    def __init__(
        self, store: Store, runner: TaskRunner, fiscal_year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDispatchDialog")
        self.store = store
        self.runner = runner
        self.fiscal_year = fiscal_year
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.sent: dict[SentReportKind, QCheckBox] = {}
        self.days: dict[SentReportKind, QLineEdit] = {}
        self.letters: dict[SentReportKind, QLineEdit] = {}
        self.day_labels: list[QLabel] = []
        self.letter_labels: list[QLabel] = []
        for index, kind in enumerate(KINDS):
            row = index * 2
            self.sent[kind] = named(QCheckBox(), f"dispatchSent_{kind.value}")
            self.days[kind] = named(QLineEdit(), f"dispatchDay_{kind.value}")
            self.letters[kind] = named(QLineEdit(), f"dispatchLetter_{kind.value}")
            self.days[kind].setMinimumWidth(130)
            self.letters[kind].setMinimumWidth(200)
            day_label, letter_label = QLabel(), QLabel()
            day_label.setBuddy(self.days[kind])
            letter_label.setBuddy(self.letters[kind])
            self.day_labels.append(day_label)
            self.letter_labels.append(letter_label)
            grid.addWidget(self.sent[kind], row, 0, 1, 5)
            grid.addWidget(day_label, row + 1, 0)
            grid.addWidget(self.days[kind], row + 1, 1)
            grid.addWidget(letter_label, row + 1, 2)
            grid.addWidget(self.letters[kind], row + 1, 3)
            self.sent[kind].toggled.connect(lambda _on, k=kind: self._enable(k))
        grid.setColumnStretch(4, 1)
        grid.setColumnMinimumWidth(0, 24)
        layout.addLayout(grid)
        self.message = named(QLabel(wordWrap=True), "dispatchMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(False)
        self.retranslate_ui()
        for kind in KINDS:
            self._enable(kind)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())
        self.runner.submit(
            "reports sent",
            self._read,
            on_result=self._show,
            parent_widget=self,
        )

    def _read(self, context: TaskContext) -> dict[SentReportKind, Dispatch]:
        from app.services.report_dispatch import dispatches

        with context.session() as session:
            return dispatches(session, self.fiscal_year)

    def _show(self, sent: dict[SentReportKind, Dispatch]) -> None:
        for kind in KINDS:
            dispatch = sent.get(kind)
            self.sent[kind].setChecked(dispatch is not None)
            if dispatch is not None:
                self.days[kind].setText(format_thai_date(dispatch.sent_on, "numeric"))
                self.letters[kind].setText(dispatch.reference or "")
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _enable(self, kind: SentReportKind) -> None:
        on = self.sent[kind].isChecked()
        self.days[kind].setEnabled(on)
        self.letters[kind].setEnabled(on)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reports sent to the central office"))
        self.intro.setText(
            self.tr(
                "Fiscal year {year}: tick each report the center has sent to the central office "
                "and write the day it was sent (day/month/B.E. year) and the letter number."
            ).format(year=texts.year(self.fiscal_year))
        )
        for label in self.day_labels:
            label.setText(self.tr("Sent on"))
        for label in self.letter_labels:
            label.setText(self.tr("Letter number"))
        self.sent[SentReportKind.ENTERPRISE_SUMMARY].setText(
            self.tr("1.2 Summary of the enterprise database")
        )
        self.sent[SentReportKind.MATCHING].setText(
            self.tr("1.3 Matching report (enterprises, workforce demand, planned supply)")
        )
        for field in self.days.values():
            field.setPlaceholderText(self.tr("e.g. 15/3/2569"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def entries(self) -> dict[SentReportKind, tuple[date, str | None] | None] | None:
        """What was typed, or None when a day cannot be read (the message says which)."""
        from app.services.thai.dates import parse_thai_date
        from app.services.validation import FieldError

        result: dict[SentReportKind, tuple[date, str | None] | None] = {}
        for kind in KINDS:
            if not self.sent[kind].isChecked():
                result[kind] = None
                continue
            try:
                day = parse_thai_date(self.days[kind].text(), "sent_on")
            except FieldError as error:
                self.message.setText(error.message)
                self.days[kind].setFocus()
                return None
            result[kind] = (day, self.letters[kind].text())
        return result

    def save(self) -> None:
        entries = self.entries()
        if entries is None:
            return
        fiscal_year = self.fiscal_year

        def write(context: TaskContext) -> None:
            from app.services.report_dispatch import save_dispatches

            save_dispatches(self.store, fiscal_year, entries)

        self.save_button.setEnabled(False)
        self.runner.submit(
            "save reports sent",
            write,
            on_result=self._saved,
            on_error=self._refused,
            parent_widget=self,
        )

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        from app.services.validation import FieldError

        self.save_button.setEnabled(True)
        if not isinstance(error, FieldError):
            raise error
        self.message.setText(error.message)
