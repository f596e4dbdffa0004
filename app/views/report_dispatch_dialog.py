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
        self.headers = [QLabel() for _ in range(3)]
        for column, header in enumerate(self.headers):
            grid.addWidget(header, 0, column)
        self.sent: dict[SentReportKind, QCheckBox] = {}
        self.days: dict[SentReportKind, QLineEdit] = {}
        self.letters: dict[SentReportKind, QLineEdit] = {}
        for row, kind in enumerate(KINDS, start=1):
            self.sent[kind] = named(QCheckBox(), f"dispatchSent_{kind.value}")
            self.days[kind] = named(QLineEdit(), f"dispatchDay_{kind.value}")
            self.letters[kind] = named(QLineEdit(), f"dispatchLetter_{kind.value}")
            self.days[kind].setMaximumWidth(140)
            grid.addWidget(self.sent[kind], row, 0)
            grid.addWidget(self.days[kind], row, 1)
            grid.addWidget(self.letters[kind], row, 2)
            self.sent[kind].toggled.connect(lambda _on, k=kind: self._enable(k))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
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
        self.resize(720, self.sizeHint().height())
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
        for header, text in zip(
            self.headers,
            (self.tr("Report"), self.tr("Sent on"), self.tr("Letter number")),
            strict=True,
        ):
            header.setText(text)
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
