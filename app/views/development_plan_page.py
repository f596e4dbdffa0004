"""Skill gaps and the teacher development plan of a fiscal year (manual activity 5.1).

A fiscal-year selector; the skill gaps of that year (a list page: add, edit, delete); the
plan: how many network teachers have a recorded gap against the manual's target (every one),
the competencies needed and whether a teacher-training curriculum covers each, each teacher's
needs by priority with the planned training, and the teachers without a recorded gap. The
plan is read through the task runner; the service is imported when the page is first shown.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage
from app.views.matching_models import RowsTableModel, TableColumn
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.tables import model_table

if TYPE_CHECKING:
    from app.services.development_plan import (
        CompetencyNeed,
        DevelopmentPlan,
        PlannedGap,
        TeacherPlan,
    )

FIRST_YEAR, LAST_YEAR = 2500, 2700
MAX_COLUMN_WIDTH = 420


# -- cell texts (called when a row is drawn: they follow a language switch) ------------------
def _yes_no(value: bool) -> str:
    from app.services.listing.labels import flag

    return flag()["1" if value else "0"]


def _priority(value: int) -> str:
    from app.services.listing.teacher_lists import priority_labels

    return priority_labels().get(str(value), str(value))


def _needs(teacher: TeacherPlan) -> str:
    shown = QCoreApplication.translate("DevelopmentPlanPage", "{competency} ({priority})")
    return ", ".join(
        shown.format(competency=gap.competency, priority=_priority(gap.priority))
        for gap in teacher.gaps
    )


def _training(gap: PlannedGap) -> str:
    if not gap.courses:
        return QCoreApplication.translate(
            "DevelopmentPlanPage", "{competency}: no curriculum yet"
        ).format(competency=gap.competency)
    titles = ", ".join(course.title for course in gap.courses)
    if gap.enrolled:
        shown = QCoreApplication.translate(
            "DevelopmentPlanPage", "{competency}: {courses} (enrolled)"
        )
    else:
        shown = QCoreApplication.translate("DevelopmentPlanPage", "{competency}: {courses}")
    return shown.format(competency=gap.competency, courses=titles)


def _planned(teacher: TeacherPlan) -> str:
    return "; ".join(_training(gap) for gap in teacher.gaps)


def _courses(need: CompetencyNeed) -> str:
    if not need.courses:
        return QCoreApplication.translate("DevelopmentPlanPage", "No curriculum yet")
    return ", ".join(course.title for course in need.courses)


def competency_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Competency"),
            lambda need: need.competency,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Teachers needing it"),
            lambda need: texts.number(need.teachers),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Covered by a curriculum"),
            lambda need: _yes_no(need.covered),
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Teacher-training curricula"),
            _courses,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Enrolled this year"),
            lambda need: texts.number(need.enrolled),
            numeric=True,
        ),
    ]


def teacher_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Teacher"),
            lambda teacher: teacher.name,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "College"),
            lambda teacher: teacher.college_name,
        ),
        TableColumn(
            lambda: QCoreApplication.translate(
                "DevelopmentPlanPage", "Competencies needed (by priority)"
            ),
            _needs,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Planned training"),
            _planned,
        ),
    ]


def without_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "Teacher"),
            lambda teacher: teacher.name,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("DevelopmentPlanPage", "College"),
            lambda teacher: teacher.college_name,
        ),
    ]


class DevelopmentPlanPage(Page):
    """Activity 5.1: the skill gaps of a fiscal year and the development plan made of them."""

    list_kinds = ("skill_gaps",)

    plan_loaded = Signal(int)
    """The plan of the chosen year is on screen (the number of network teachers)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.plan: DevelopmentPlan | None = None
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Skill gaps and development plan")

    # -- building -------------------------------------------------------------------------
    def year_box(self) -> QSpinBox | None:
        box: QSpinBox | None = getattr(self, "year_spin", None)
        return box

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from app.services.thai.fiscal import current_fiscal_year

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        self.year_label = QLabel()
        self.year_spin = named(QSpinBox(), "planYear")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(self.followed_year or current_fiscal_year())
        self.year_spin.setKeyboardTracking(False)  # read on Enter or when leaving
        self.year_label.setBuddy(self.year_spin)
        self.summary = named(QLabel(wordWrap=True), "planSummary")
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_spin)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)

        self.tabs = named(QTabWidget(), "planTabs")
        self.gaps = ListPage("skill_gaps", None, self.store, self.runner, self)
        self.tabs.addTab(self.gaps, "")
        self.tabs.addTab(self._build_plan_tab(), "")
        self.tabs.addTab(self._build_without_tab(), "")
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.year_spin, self.tabs)

        self.year_spin.valueChanged.connect(lambda _year: self._year_chosen())
        self.gaps.records_changed.connect(self.load_plan)
        self.gaps.ensure_built()
        self.retranslate_ui()
        self._year_chosen()

    def _build_plan_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.competency_model = RowsTableModel(competency_columns(), self)
        self.competency_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.competency_table = model_table("planCompetencies", self.competency_model)
        self.competency_heading.setBuddy(self.competency_table)
        layout.addWidget(self.competency_heading)
        layout.addWidget(self.competency_table, 1)
        self.teacher_model = RowsTableModel(teacher_columns(), self)
        self.teacher_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.teacher_table = model_table("planTeachers", self.teacher_model)
        self.teacher_heading.setBuddy(self.teacher_table)
        layout.addWidget(self.teacher_heading)
        layout.addWidget(self.teacher_table, 2)
        for first, second in pairwise((self.competency_table, self.teacher_table)):
            QWidget.setTabOrder(first, second)
        return tab

    def _build_without_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.without_model = RowsTableModel(without_columns(), self)
        self.without_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.without_table = model_table("planWithoutGap", self.without_model)
        self.without_heading.setBuddy(self.without_table)
        layout.addWidget(self.without_heading)
        layout.addWidget(self.without_table, 1)
        return tab

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Skill gaps and teacher development plan"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.tabs.setTabText(0, self.tr("Skill gaps"))
        self.tabs.setTabText(1, self.tr("Development plan"))
        self.tabs.setTabText(2, self.tr("Teachers without a recorded gap"))
        self.competency_heading.setText(self.tr("&Competencies needed"))
        self.teacher_heading.setText(self.tr("&Needs and planned training of each teacher"))
        self.without_heading.setText(self.tr("Teachers &without a recorded skill gap"))
        self._show_summary()
        for model in (self.competency_model, self.teacher_model, self.without_model):
            model.retranslate()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText(self.tr("Reading the plan…"))
            return
        if plan.target_met:
            verdict = self.tr("target met: every network teacher has a recorded skill gap")
        else:
            verdict = self.tr("target not met yet: every network teacher needs a recorded gap")
        self.summary.setText(
            self.tr(
                "Network teachers: {teachers} · with a recorded gap: {with_gap} · "
                "without: {without_gap} · {verdict}"
            ).format(
                teachers=texts.number(plan.network_teachers),
                with_gap=texts.number(plan.with_gap),
                without_gap=texts.number(plan.without_gap),
                verdict=verdict,
            )
        )

    # -- reading --------------------------------------------------------------------------
    @property
    def fiscal_year(self) -> int:
        return int(self.year_spin.value())

    def _year_chosen(self) -> None:
        from app.services.listing import ListFilters

        self.gaps.show_filtered(ListFilters(fiscal_year=self.fiscal_year))
        self.load_plan()

    def load_plan(self) -> None:
        """Read the plan of the chosen fiscal year again."""
        year = self.fiscal_year

        def read(context: TaskContext) -> DevelopmentPlan:
            from app.services.development_plan import development_plan

            with context.session() as session:
                return development_plan(session, year)

        self._latest.submit(
            self.runner,
            "development plan",
            read,
            on_result=self._show_plan,
            parent_widget=self,
        )

    def _show_plan(self, plan: DevelopmentPlan) -> None:
        self.plan = plan
        self.competency_model.set_rows(plan.competencies)
        self.teacher_model.set_rows([teacher for teacher in plan.teachers if teacher.has_gap])
        self.without_model.set_rows(plan.teachers_without_gap())
        for table in (self.competency_table, self.teacher_table, self.without_table):
            table.resizeColumnsToContents()
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
        self._show_summary()
        self.plan_loaded.emit(plan.network_teachers)
