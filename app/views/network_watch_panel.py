"""The network watch on the home page (manual 1.3): agreements that end within 90 days and
network colleges with no agreement in force, with a met / not met line for "every college
matched" and "Show all" buttons that open the filtered lists.

The figures are read through the task runner (:meth:`NetworkWatchPanel.load`); the service
is imported on the worker, so the panel adds nothing to the start of the window.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views import texts
from app.views.i18n import is_thai
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.network_watch import ExpiringAgreement, NetworkWatch, UnmatchedCollege

SHOWN_ROWS = 5


def _watch(context: TaskContext, as_of: date) -> NetworkWatch:
    from app.services.network_watch import network_watch

    with context.session() as session:
        return network_watch(session, as_of, SHOWN_ROWS)


class WatchBox(QFrame):
    """One half of the panel: a heading, a few rows and a "Show all" button."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitySection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.heading = named(QLabel(wordWrap=True), "sectionHeading")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(12)
        self.rows.setVerticalSpacing(6)
        self.rows.setColumnStretch(0, 1)
        self.cells: list[list[QLabel]] = []
        for row in range(SHOWN_ROWS):
            cells = [QLabel(wordWrap=column == 0) for column in range(columns)]
            for column, cell in enumerate(cells):
                if column > 0:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.rows.addWidget(cell, row, column)
            self.cells.append(cells)
        self.empty = named(QLabel(wordWrap=True), "hint")
        self.show_all = named(QPushButton(), name)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_all)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[list[str]], empty_text: str) -> None:
        for index, cells in enumerate(self.cells):
            values = rows[index] if index < len(rows) else None
            for column, cell in enumerate(cells):
                cell.setText(values[column] if values else "")
                cell.setVisible(values is not None)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows and bool(empty_text))


class NetworkWatchPanel(Page):
    """Agreements expiring within 90 days and colleges without an agreement in force."""

    list_requested = Signal(str, object)
    """Open this list kind with these filters (a ``ListFilters``)."""
    loaded = Signal()
    """New figures are on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.watch: NetworkWatch | None = None
        self.loading = True
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    def _build(self) -> None:
        self.setObjectName("networkWatch")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = named(QLabel(wordWrap=True), "sectionTitle")
        self.status = named(QLabel(wordWrap=True), "targetMark")
        boxes = QHBoxLayout()
        boxes.setSpacing(14)
        self.expiring_box = WatchBox("watchShowExpiring", 4, self)
        self.unmatched_box = WatchBox("watchShowUnmatched", 2, self)
        boxes.addWidget(self.expiring_box, 3)
        boxes.addWidget(self.unmatched_box, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(boxes)
        self.expiring_box.show_all.clicked.connect(self.show_expiring)
        self.unmatched_box.show_all.clicked.connect(self.show_unmatched)

    # -- loading --------------------------------------------------------------------------
    def load(self, runner: TaskRunner, as_of: date | None = None) -> None:
        """Read the watch (as of today unless ``as_of``) through the runner."""
        day = as_of or date.today()
        self.loading = True
        self.failed = False
        self.retranslate_ui()
        self._latest.submit(
            runner,
            "network watch",
            lambda context: _watch(context, day),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, watch: NetworkWatch) -> None:
        self.watch = watch
        self.loading = False
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.loading = False
        self.failed = True
        self.retranslate_ui()

    # -- show all -------------------------------------------------------------------------
    def show_expiring(self) -> None:
        from app.services.listing import AgreementStatus, ListFilters

        expiring = frozenset({AgreementStatus.EXPIRING})
        self.list_requested.emit("agreements", ListFilters(agreement_statuses=expiring))

    def show_unmatched(self) -> None:
        from app.services.listing import ListFilters

        self.list_requested.emit("colleges", ListFilters(without_agreement_in_force=True))

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(for_display(self.tr("Network watch: agreements and matching")))
        self.expiring_box.show_all.setText(self.tr("Show all expiring agreements"))
        self.unmatched_box.show_all.setText(self.tr("Show all unmatched colleges"))
        watch = self.watch
        if self.failed or watch is None:
            if self.failed:
                text = self.tr(
                    "The agreements could not be checked. Choose the year again to retry."
                )
            else:
                text = self.tr("Checking the agreements…")
            self._set_status(for_display(text), "")
            self.expiring_box.heading.setText(
                for_display(self.tr("Agreements expiring within 90 days"))
            )
            self.unmatched_box.heading.setText(
                for_display(self.tr("Colleges with no agreement in force"))
            )
            self.expiring_box.show_rows([], "")
            self.unmatched_box.show_rows([], "")
            return
        self._show_status(watch)
        self.expiring_box.heading.setText(
            for_display(
                self.tr("Agreements expiring within 90 days: {count}").format(
                    count=texts.number(watch.expiring_count)
                )
            )
        )
        self.unmatched_box.heading.setText(
            for_display(
                self.tr("Colleges with no agreement in force: {count}").format(
                    count=texts.number(watch.unmatched_count)
                )
            )
        )
        self.expiring_box.show_rows(
            [self._expiring_row(row) for row in watch.expiring],
            for_display(self.tr("No agreement ends within the next 90 days.")),
        )
        self.unmatched_box.show_rows(
            [self._unmatched_row(row) for row in watch.unmatched],
            for_display(self.tr("Every network college has an agreement in force.")),
        )
        self.expiring_box.show_all.setEnabled(watch.expiring_count > 0)
        self.unmatched_box.show_all.setEnabled(watch.unmatched_count > 0)

    def _show_status(self, watch: NetworkWatch) -> None:
        day = texts.date_text(watch.as_of)
        if watch.colleges == 0:
            text = self.tr("Every college matched: no network colleges recorded yet (as of {day})")
            self._set_status(for_display(text.format(day=day)), "")
            return
        counts = {
            "matched": texts.number(watch.matched),
            "total": texts.number(watch.colleges),
            "day": day,
        }
        if watch.target_met:
            text = self.tr(
                "Every college matched: met, {matched} of {total} colleges (as of {day})"
            )
        else:
            text = self.tr(
                "Every college matched: not met, {matched} of {total} colleges (as of {day})"
            )
        self._set_status(for_display(text.format(**counts)), "met" if watch.target_met else "open")

    def _set_status(self, text: str, state: str) -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _expiring_row(self, row: ExpiringAgreement) -> list[str]:
        from app.services.listing import labels

        if row.days_left == 0:
            left = self.tr("last day")
        else:
            left = self.tr("{days} days left").format(days=texts.number(row.days_left))
        pair = self.tr("{college} – {enterprise}").format(
            college=row.college_th, enterprise=row.enterprise_th
        )
        kind = labels.agreement_kind().get(row.kind, row.kind)
        return [for_display(pair), kind, texts.date_text(row.expires_on), left]

    def _unmatched_row(self, row: UnmatchedCollege) -> list[str]:
        province = row.province_th if is_thai() or not row.province_en else row.province_en
        return [for_display(row.name_th), province or ""]
