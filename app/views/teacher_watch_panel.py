"""The teachers and certification watch on the home page (manual 4.1-4.3, 5.4): overdue
teacher-internship reports and test centers whose validity ends within 90 days or has
ended, with a line saying whether the network has its three kinds of test center, and
"Show all" buttons that open the filtered lists.

Read through the task runner (:meth:`TeacherWatchPanel.load`); the services are imported on
the worker, so the panel adds nothing to the start of the window.
"""

from __future__ import annotations

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
    from app.services.certification import CenterExpiry
    from app.services.internships import LateReport
    from app.services.teacher_watch import TeacherWatch


def _watch(context: TaskContext, as_of: date) -> TeacherWatch:
    from app.services.teacher_watch import teacher_watch

    with context.session() as session:
        return teacher_watch(session, as_of)


class TeacherWatchPanel(Page):
    """Overdue internship reports and test centers to renew."""

    list_requested = Signal(str, object)
    """Open this list kind with these filters (a ``ListFilters``)."""
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.watch: TeacherWatch | None = None
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    def _build(self) -> None:
        self.setObjectName("teacherWatch")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = named(QLabel(wordWrap=True), "sectionTitle")
        self.status = named(QLabel(wordWrap=True), "targetMark")
        boxes = QHBoxLayout()
        boxes.setSpacing(14)
        self.reports_box = WatchBox("watchShowOverdueReports", 3, self)
        self.centers_box = WatchBox("watchShowExpiringCenters", 3, self)
        boxes.addWidget(self.reports_box, 1)
        boxes.addWidget(self.centers_box, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(boxes)
        self.reports_box.show_all.clicked.connect(self.show_overdue)
        self.centers_box.show_all.clicked.connect(self.show_expiring)

    # -- loading --------------------------------------------------------------------------
    def load(self, runner: TaskRunner, as_of: date | None = None) -> None:
        """Read the watch (as of today unless ``as_of``) through the runner."""
        day = as_of or date.today()
        self.failed = False
        self.watch = None
        self.retranslate_ui()
        self._latest.submit(
            runner,
            "teacher watch",
            lambda context: _watch(context, day),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, watch: TeacherWatch) -> None:
        self.watch = watch
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()

    # -- show all -------------------------------------------------------------------------
    def show_overdue(self) -> None:
        from app.services.listing import ListFilters, ReportState

        filters = ListFilters(report_state=ReportState.OVERDUE)
        self.list_requested.emit("teacher_internships", filters)

    def show_expiring(self) -> None:
        from app.models.enums import CertificationCenterStatus
        from app.services.listing import ListFilters

        filters = ListFilters(
            certification_center_status=CertificationCenterStatus.ACCREDITED, expiring=True
        )
        self.list_requested.emit("certification_centers", filters)

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(for_display(self.tr("Teachers and certification watch")))
        self.reports_box.show_all.setText(self.tr("Show all overdue reports"))
        self.centers_box.show_all.setText(self.tr("Show all centers to renew"))
        watch = self.watch
        if watch is None:
            if self.failed:
                text = self.tr("The reports and centers could not be checked.")
            else:
                text = self.tr("Checking the reports and the test centers…")
            self._set_status(for_display(text), "")
            self.reports_box.heading.setText(
                for_display(self.tr("Teacher-internship reports overdue"))
            )
            self.centers_box.heading.setText(
                for_display(self.tr("Test centers whose validity ends within 90 days"))
            )
            for box in (self.reports_box, self.centers_box):
                box.show_rows([], "")
                box.show_all.setEnabled(False)
            return
        self._show_status(watch)
        self.reports_box.heading.setText(
            for_display(
                self.tr(
                    "Teacher-internship reports overdue: {count} · received late this "
                    "fiscal year: {late}"
                ).format(
                    count=texts.number(watch.overdue_count),
                    late=texts.number(watch.late_this_year),
                )
            )
        )
        self.centers_box.heading.setText(
            for_display(
                self.tr(
                    "Test centers whose validity ends within 90 days or has ended: {count}"
                ).format(count=texts.number(watch.expiring_count))
            )
        )
        self.reports_box.show_rows(
            [self._report_row(row) for row in watch.overdue],
            for_display(
                self.tr("Every report due so far has come in (within 15 days of the end).")
            ),
        )
        self.centers_box.show_rows(
            [self._center_row(row) for row in watch.expiring],
            for_display(self.tr("No accredited center's validity ends within 90 days.")),
        )
        self.reports_box.show_all.setEnabled(watch.overdue_count > 0)
        self.centers_box.show_all.setEnabled(watch.expiring_count > 0)

    def _show_status(self, watch: TeacherWatch) -> None:
        from app.services.listing import labels

        names = labels.certification_center_kind()
        parts = [
            (self.tr("{kind}: met") if kind.met else self.tr("{kind}: not met")).format(
                kind=names[kind.kind]
            )
            for kind in watch.coverage
        ]
        text = self.tr("Accredited test centers in the network (4.1-4.3): {kinds}").format(
            kinds=" · ".join(parts)
        )
        self._set_status(for_display(text), "met" if watch.coverage_met else "open")

    def _set_status(self, text: str, state: str) -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _report_row(self, row: LateReport) -> list[str]:
        pair = self.tr("{teacher} – {enterprise}").format(
            teacher=row.teacher, enterprise=row.enterprise
        )
        late = self.tr("{days} days late").format(days=texts.number(row.days_late))
        return [for_display(pair), texts.date_text(row.due_on), late]

    def _center_row(self, row: CenterExpiry) -> list[str]:
        if row.ended:
            left = self.tr("ended {days} days ago").format(days=texts.number(-row.days_left))
        elif row.days_left == 0:
            left = self.tr("last day")
        else:
            left = self.tr("{days} days left").format(days=texts.number(row.days_left))
        return [for_display(row.name), texts.date_text(row.valid_until), left]
