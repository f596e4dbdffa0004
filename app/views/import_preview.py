"""The preview of a spreadsheet import: what will be added, what is already there, what is
wrong (row, column, reason). Save is offered only for a plan without errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
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

from app.views import texts
from app.views.page import named

if TYPE_CHECKING:
    from app.services.tabular import ImportPlan


class ImportPreviewDialog(QDialog):
    """Shows an :class:`ImportPlan`; accepted means "save the new rows"."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreview")
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        self.file_label = named(QLabel(wordWrap=True), "importFile")
        self.new_label = named(QLabel(), "importNew")
        self.duplicate_label = named(QLabel(), "importDuplicates")
        self.error_label = named(QLabel(), "importErrors")
        self.unknown_label = named(QLabel(wordWrap=True), "importUnknownColumns")
        for label in (
            self.file_label,
            self.new_label,
            self.duplicate_label,
            self.error_label,
            self.unknown_label,
        ):
            layout.addWidget(label)
        issues = plan.issues()
        self.issues = named(QTableWidget(len(issues), 3), "importIssues")
        self.issues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues.verticalHeader().setVisible(False)
        header = self.issues.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.issues.setWordWrap(True)
        self._issue_cells: list[tuple[QTableWidgetItem, QTableWidgetItem]] = []
        for row, issue in enumerate(issues):
            cells = (QTableWidgetItem(), QTableWidgetItem())
            self.issues.setItem(row, 0, cells[0])
            self.issues.setItem(row, 1, cells[1])
            self.issues.setItem(row, 2, QTableWidgetItem(issue.message))
            self._issue_cells.append(cells)
        self.issues.setVisible(bool(issues))
        layout.addWidget(self.issues, 1)
        self.buttons = QDialogButtonBox()
        self.save_button = named(QPushButton(), "importSave")
        self.cancel_button = named(QPushButton(), "importCancel")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(plan.can_commit)
        self.save_button.setDefault(plan.can_commit)
        self.cancel_button.setDefault(not plan.can_commit)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("Check the file before saving"))
        self.file_label.setText(self.tr("File: {name}").format(name=plan.path.name))
        self.new_label.setText(
            self.tr("New rows to add: {count}").format(count=texts.number(plan.new_count))
        )
        self.duplicate_label.setText(
            self.tr("Rows already in the database (skipped): {count}").format(
                count=texts.number(plan.duplicate_count)
            )
        )
        self.error_label.setText(
            self.tr("Rows with errors: {count}").format(count=texts.number(plan.error_count))
            if plan.error_count
            else self.tr("Rows with errors: none")
        )
        self.unknown_label.setText(
            self.tr("Columns that will not be imported: {columns}").format(
                columns=", ".join(plan.unknown_columns)
            )
        )
        self.unknown_label.setVisible(bool(plan.unknown_columns))
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        for (row_cell, column_cell), issue in zip(self._issue_cells, plan.issues(), strict=True):
            row_cell.setText(texts.number(issue.row))
            column_cell.setText(issue.column or self.tr("(whole row)"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(
            ""
            if plan.can_commit
            else self.tr("Correct the errors in the file, then import it again.")
        )
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
