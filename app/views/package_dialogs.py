"""The dialogs of the packages page: the progress of making a package (with Cancel) and the
preview of a package received, before anything is written."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import labels
from app.services.thai.digits import to_thai_digits
from app.views import texts
from app.views.i18n import is_thai
from app.views.page import named
from app.views.runner import (
    PROGRESS_DIALOG_DELAY_MS,
    Task,
)
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.sync.importer import ImportSummary

SKIPPED = 2
"""What the preview of one package of several ends with when the user skips it."""


def when_text(moment: datetime) -> str:
    """A date and time of day as the page shows it."""
    clock = moment.strftime("%H:%M")
    if texts.thai_digits() and is_thai():
        clock = to_thai_digits(clock)
    return QCoreApplication.translate("PackagesPage", "{date}, {time}").format(
        date=texts.date_text(moment.date()), time=clock
    )


def made_text(created_at: str) -> str:
    try:
        return when_text(datetime.fromisoformat(created_at))
    except ValueError:
        return created_at


class PackageProgress(QProgressDialog):
    """Follows a package task; with ``cancel`` it has a Cancel button that sets the event
    (making a package stops at its next table and leaves no file)."""

    def __init__(self, parent: QWidget, title: str, cancel: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setRange(0, 100)
        self.setMinimumDuration(PROGRESS_DIALOG_DELAY_MS)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.cancel_button: QPushButton | None = None
        self._finished = False
        if cancel is None:
            self.setCancelButton(None)
        else:
            self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelPackage")
            self.setCancelButton(self.cancel_button)
            self.canceled.connect(cancel.set)
        self.setValue(0)

    def follow(self, task: Task) -> None:
        task.progressed.connect(self._progress)
        task.finished.connect(self.finish)

    def _progress(self, percent: int, _message: str) -> None:
        # The engine's own messages name tables by their database names: the title stays.
        if self.wasCanceled():
            return
        if percent < 0:
            self.setRange(0, 0)
        else:
            self.setRange(0, 100)
            self.setValue(min(percent, 99))

    def finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self.close()
        self.deleteLater()


class PackagePreviewDialog(QDialog):
    """What importing a package would do, table by table; accepted means "import it".

    A refused package lists its problems and an already-imported one says when it came;
    neither can be imported. In a row of packages "Skip" finishes with :data:`SKIPPED`.
    """

    COLUMNS = 6

    def __init__(
        self,
        path: Path,
        summary: ImportSummary,
        position: int = 1,
        count: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.summary = summary
        self.position = position
        self.count = count
        self.setObjectName("packagePreview")
        self.setModal(True)
        self.setMinimumSize(680, 460)
        layout = QVBoxLayout(self)
        self.heading = named(QLabel(wordWrap=True), "sectionHeading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions = {field: QLabel() for field in ("sender", "made", "profile")}
        self.values = {field: named(QLabel(wordWrap=True), "fieldValue") for field in self.captions}
        for field, caption in self.captions.items():
            form.addRow(caption, self.values[field])
        layout.addLayout(form)
        self.totals = named(QLabel(wordWrap=True), "packageTotals")
        layout.addWidget(self.totals)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        self.conflicts_hint = named(QLabel(wordWrap=True), "hint")
        self.future_hint = named(QLabel(wordWrap=True), "fieldError")
        self.problems = named(QLabel(wordWrap=True), "fieldError")
        self.already = named(QLabel(wordWrap=True), "fieldError")
        self.backup_hint = named(QLabel(wordWrap=True), "hint")
        for label in (
            self.conflicts_hint,
            self.future_hint,
            self.problems,
            self.already,
            self.backup_hint,
        ):
            layout.addWidget(label)
        self.buttons = QDialogButtonBox()
        self.import_button = named(QPushButton(), "importPackage")
        self.skip_button = named(QPushButton(), "skipPackage")
        self.close_button = named(QPushButton(), "closePreview")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.skip_button.clicked.connect(lambda: self.done(SKIPPED))
        layout.addWidget(self.buttons)
        more = count > 1 and position < count
        self.skip_button.setVisible(more)
        can_import = self.can_import
        self.import_button.setEnabled(can_import)
        self.import_button.setDefault(can_import)
        (self.skip_button if more else self.close_button).setDefault(not can_import)
        self.retranslate_ui()
        (self.import_button if can_import else self.close_button).setFocus()

    @property
    def can_import(self) -> bool:
        return not self.summary.refused and self.summary.already_imported_at is None

    def _make_table(self) -> QTableWidget:
        rows = list(self.summary.tables.items())
        table = named(QTableWidget(len(rows), self.COLUMNS), "previewTable")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rows: dict[str, tuple[QTableWidgetItem, list[QTableWidgetItem]]] = {}
        for row, (name, counts) in enumerate(rows):
            label = QTableWidgetItem()
            table.setItem(row, 0, label)
            values = (
                counts.new,
                counts.updated,
                counts.unchanged,
                counts.conflicts,
                counts.rejected,
            )
            cells = []
            for column, value in enumerate(values, start=1):
                cell = QTableWidgetItem()
                cell.setData(Qt.ItemDataRole.UserRole, value)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
                cells.append(cell)
            self.rows[name] = (label, cells)
        table.setVisible(bool(rows))
        return table

    def counts_of(self, table: str) -> list[int]:
        """New, updated, unchanged, conflicts and rejected records of ``table`` as read."""
        return [int(cell.data(Qt.ItemDataRole.UserRole)) for cell in self.rows[table][1]]

    def retranslate_ui(self) -> None:
        summary = self.summary
        self.setWindowTitle(self.tr("Check the package before importing"))
        heading = (
            self.tr("Package {position} of {count}: {name}")
            if self.count > 1
            else self.tr("Package: {name}")
        )
        self.heading.setText(
            heading.format(
                position=texts.number(self.position),
                count=texts.number(self.count),
                name=self.path.name,
            )
        )
        self.captions["sender"].setText(self.tr("Sent by:"))
        self.captions["made"].setText(self.tr("Made on:"))
        self.captions["profile"].setText(self.tr("Personal data:"))
        self.values["sender"].setText(
            self.tr("{name} ({kind})").format(
                name=summary.sender_name, kind=labels.site_kind_label(summary.sender_kind)
            )
        )
        self.values["made"].setText(made_text(summary.created_at))
        self.values["profile"].setText(labels.profile_label(summary.profile))
        self.totals.setText(for_display(self._totals_text()))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Records of"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
                self.tr("Rejected"),
            ]
        )
        for name, (label, cells) in self.rows.items():
            label.setText(labels.table_label(name))
            for cell in cells:
                cell.setText(texts.number(int(cell.data(Qt.ItemDataRole.UserRole))))
        totals = summary.totals()
        self.conflicts_hint.setText(
            for_display(
                self.tr(
                    "Records edited here and at the other site since they last exchanged "
                    "packages are conflicts: the same rule at every site decides which version "
                    "is applied, and the other version is kept for you to review under "
                    "Conflicts."
                )
            )
        )
        self.conflicts_hint.setVisible(totals.conflicts > 0 and self.can_import)
        self.future_hint.setText(
            for_display(
                self.tr(
                    "{count} records carry a time far in the future: the clock of the computer "
                    "that sent them may be wrong. They are imported, but this computer's clock "
                    "does not follow them."
                ).format(count=texts.number(summary.future_stamps))
            )
        )
        self.future_hint.setVisible(summary.future_stamps > 0 and self.can_import)
        problems = "\n".join(f"• {problem}" for problem in summary.problems)
        self.problems.setText(
            for_display(
                self.tr("This package is refused and cannot be imported:\n{problems}").format(
                    problems=problems
                )
            )
        )
        self.problems.setVisible(summary.refused)
        imported_at = summary.already_imported_at
        self.already.setText(
            for_display(
                self.tr(
                    "This package was already imported on {when}. There is nothing to do."
                ).format(when=when_text(imported_at) if imported_at else "")
            )
        )
        self.already.setVisible(imported_at is not None)
        self.backup_hint.setText(
            for_display(
                self.tr(
                    "Importing first writes a backup of the database, then applies the whole "
                    "package at once: if anything goes wrong, nothing is changed."
                )
            )
        )
        self.backup_hint.setVisible(self.can_import)
        self.import_button.setText(self.tr("&Import"))
        self.skip_button.setText(self.tr("&Skip this package"))
        self.close_button.setText(self.tr("Stop") if self.count > 1 else self.tr("Close"))

    def _totals_text(self) -> str:
        summary = self.summary
        if summary.profile == "counts":
            return self.tr(
                "Counts of records per table and college ({count} lines). They replace the "
                "counts this center sent before."
            ).format(count=texts.number(summary.counts_rows))
        if not summary.tables:
            return self.tr(
                "The package holds no records; it only confirms what the sending site has received."
            )
        totals = summary.totals()
        return self.tr(
            "{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, "
            "{rejected} rejected records."
        ).format(
            new=texts.number(totals.new),
            updated=texts.number(totals.updated),
            unchanged=texts.number(totals.unchanged),
            conflicts=texts.number(totals.conflicts),
            rejected=texts.number(totals.rejected),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
