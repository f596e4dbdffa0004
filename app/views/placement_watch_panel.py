"""The placements safety watch on the home page (manual 6.2): placements starting within 14
days whose student lacks safety training or orientation, supervision visits overdue, and
incidents still open; "Show all" opens the safety page, where each has its table.

Read through the task runner (:meth:`PlacementWatchPanel.load`); the service is imported on
the worker, so the panel adds nothing to the start of the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.views import texts
from app.views.network_watch_panel import WatchBox
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.safety import NotCleared, OverdueVisit

SAFETY_PAGE_LIST = "incidents"
"""The list kind that names the safety page ("Show all" opens that page as it is)."""


@dataclass(frozen=True)
class PlacementWatch:
    as_of: date
    due_days: int
    not_cleared: list[NotCleared]
    overdue: list[OverdueVisit]
    open_incidents: int


def _watch(context: TaskContext, as_of: date, due_days: int) -> PlacementWatch:
    from app.services.safety import not_cleared, open_incidents, overdue_visits

    with context.session() as session:
        return PlacementWatch(
            as_of,
            due_days,
            not_cleared(session, as_of),
            overdue_visits(session, as_of, due_days),
            len(open_incidents(session)),
        )


class PlacementWatchPanel(Page):
    """Placements not cleared to start, visits overdue, incidents open."""

    list_requested = Signal(str, object)
    """Open the page of this list kind (filters None: as it is)."""
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.watch: PlacementWatch | None = None
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    def _build(self) -> None:
        self.setObjectName("placementWatch")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = named(QLabel(wordWrap=True), "sectionTitle")
        self.status = named(QLabel(wordWrap=True), "targetMark")
        boxes = QHBoxLayout()
        boxes.setSpacing(14)
        self.cleared_box = WatchBox("watchShowNotCleared", 3, self)
        self.visits_box = WatchBox("watchShowOverdueVisits", 3, self)
        boxes.addWidget(self.cleared_box, 1)
        boxes.addWidget(self.visits_box, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(boxes)
        for box in (self.cleared_box, self.visits_box):
            box.show_all.clicked.connect(self.show_safety_page)

    # -- loading --------------------------------------------------------------------------
    def load(self, runner: TaskRunner, as_of: date | None = None, due_days: int = 30) -> None:
        """Read the watch (as of today unless ``as_of``; a visit is due within ``due_days``
        days of the start) through the runner."""
        day = as_of or date.today()
        self.failed = False
        self.watch = None
        self.retranslate_ui()
        self._latest.submit(
            runner,
            "placement watch",
            lambda context: _watch(context, day, due_days),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, watch: PlacementWatch) -> None:
        self.watch = watch
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()

    def show_safety_page(self) -> None:
        self.list_requested.emit(SAFETY_PAGE_LIST, None)

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(for_display(self.tr("Safety of students in enterprises")))
        for box in (self.cleared_box, self.visits_box):
            box.show_all.setText(self.tr("Open the safety page"))
        watch = self.watch
        if watch is None:
            if self.failed:
                text = self.tr("The placements could not be checked.")
            else:
                text = self.tr("Checking the placements…")
            self._set_status(for_display(text), "")
            self.cleared_box.heading.setText(
                for_display(self.tr("Starting within 14 days without safety training"))
            )
            self.visits_box.heading.setText(for_display(self.tr("Supervision visits overdue")))
            for box in (self.cleared_box, self.visits_box):
                box.show_rows([], "")
                box.show_all.setEnabled(False)
            return
        clear = not watch.not_cleared and not watch.overdue and not watch.open_incidents
        text = self.tr("Incidents still open: {count}").format(
            count=texts.number(watch.open_incidents)
        )
        self._set_status(for_display(text), "met" if clear else "open")
        self.cleared_box.heading.setText(
            for_display(
                self.tr(
                    "Placements starting within 14 days without safety training or "
                    "orientation: {count}"
                ).format(count=texts.number(len(watch.not_cleared)))
            )
        )
        self.visits_box.heading.setText(
            for_display(
                self.tr(
                    "Placements in progress with no visit in their first 30 days: {count}"
                ).format(count=texts.number(len(watch.overdue)))
            )
        )
        self.cleared_box.show_rows(
            [self._cleared_row(row) for row in watch.not_cleared[: len(self.cleared_box.cells)]],
            for_display(self.tr("Every placement starting soon is cleared to start.")),
        )
        self.visits_box.show_rows(
            [self._visit_row(row) for row in watch.overdue[: len(self.visits_box.cells)]],
            for_display(self.tr("No supervision visit is overdue.")),
        )
        self.cleared_box.show_all.setEnabled(bool(watch.not_cleared))
        self.visits_box.show_all.setEnabled(bool(watch.overdue))

    def _set_status(self, text: str, state: str) -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _cleared_row(self, row: NotCleared) -> list[str]:
        from app.services.listing import labels

        names = labels.briefing_kind()
        pair = self.tr("{student} – {enterprise}").format(
            student=row.student, enterprise=row.enterprise
        )
        missing = ", ".join(names[kind] for kind in row.missing)
        return [for_display(pair), texts.date_text(row.starts_on), for_display(missing)]

    def _visit_row(self, row: OverdueVisit) -> list[str]:
        pair = self.tr("{student} – {enterprise}").format(
            student=row.student, enterprise=row.enterprise
        )
        days = self.tr("{days} days without a visit").format(
            days=texts.number(row.days_without_visit)
        )
        return [for_display(pair), texts.date_text(row.starts_on), days]
