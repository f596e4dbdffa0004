"""Students (manual 6.1-6.2): the students list (import and export as "students") and, for
the selected student, the safety trainings and orientations, with a line saying what the
student still lacks before a placement may start.

Every read goes through the task runner; the lists are ``ListPage`` instances (Ctrl+N adds,
Enter edits), laid out when the page is first shown. A new briefing made on the selected
student's list starts with that student.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.store import Store
from app.views.list_page import ListPage, list_title
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner

if TYPE_CHECKING:
    from app.models.enums import BriefingKind


def _scope_find(page: ListPage) -> None:
    """Ctrl+F searches the list that has the keyboard (two lists share the page)."""
    page.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _missing(context: TaskContext, student_id: int, day: date) -> list[BriefingKind]:
    from app.services.records.students import missing_briefings

    with context.session() as session:
        return missing_briefings(session, student_id, day)


class StudentsPage(Page):
    """The students with, for the selected one, the safety briefings and what is missing."""

    list_kinds = ("students", "safety_briefings")

    readiness_loaded = Signal()
    """The line about the selected student's briefings is on screen."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.student_id: int | None = None
        self.missing: list[BriefingKind] | None = None
        self.failed = False
        self.as_of: date | None = None
        """The day a placement would start (None: today)."""
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return list_title("students")

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.students = ListPage("students", "students", self.store, self.runner, self)
        self.students.ensure_built()
        _scope_find(self.students)
        self.readiness = named(QLabel(wordWrap=True), "studentReadiness")
        self.readiness.setContentsMargins(24, 4, 24, 0)
        self.readiness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.briefings = ListPage("safety_briefings", None, self.store, self.runner, self)
        self.briefings.ensure_built()
        _scope_find(self.briefings)
        self.briefings.setEnabled(False)
        layout.addWidget(self.students, 3)
        layout.addWidget(self.readiness)
        layout.addWidget(self.briefings, 2)
        QWidget.setTabOrder(self.students.table, self.briefings.search)

        selection = self.students.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        self.briefings.records_changed.connect(self.load_readiness)
        self.retranslate_ui()

    # -- the selected student -------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # the list is being read again: keep showing the last student's rows
        record_id = self.students.model.row_id(current.row())
        if record_id is not None and record_id != self.student_id:
            self.show_student(record_id)

    def show_student(self, student_id: int) -> None:
        """Show this student's briefings (a new one starts with the student)."""
        from app.services.listing import ListFilters

        self.student_id = student_id
        self.missing = None
        self.briefings.setEnabled(True)
        self.briefings.show_filtered(ListFilters(student_id=student_id))
        _scope_find(self.briefings)
        self.retranslate_ui()
        self.load_readiness()

    def load_readiness(self) -> None:
        """Read which briefings the selected student still lacks (as of ``as_of`` or today)."""
        student_id = self.student_id
        if student_id is None:
            return
        day = self.as_of or date.today()
        self.failed = False
        self._latest.submit(
            self.runner,
            "student briefings",
            lambda context: _missing(context, student_id, day),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, missing: list[BriefingKind]) -> None:
        self.missing = missing
        self.retranslate_ui()
        self.readiness_loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.readiness.setText(self.readiness_text())

    def readiness_text(self) -> str:
        """What the selected student still lacks before a placement may start."""
        from app.models.enums import BriefingKind

        if self.student_id is None:
            return self.tr(
                "Safety training and orientation: choose a student in the list above to see "
                "their records."
            )
        if self.failed:
            return self.tr("The student's records could not be checked.")
        if self.missing is None:
            return self.tr("Checking the student's safety records…")
        if not self.missing:
            return self.tr(
                "Before a placement: ready (safety training and orientation are recorded)."
            )
        if len(self.missing) > 1:
            return self.tr("Before a placement may start: safety training and orientation missing.")
        if BriefingKind.SAFETY_TRAINING in self.missing:
            return self.tr("Before a placement may start: safety training missing.")
        return self.tr("Before a placement may start: orientation missing.")


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The students page (laid out when first shown)."""
    return [StudentsPage(store, runner, parent)]
