"""Curricula, units of competency and short courses (manual 3.1-3.2, 6.3).

"Curricula and units of competency": the curricula list; below it the courses of the
selected curriculum mapped to TPQI units and the units of the same occupation standards
not yet covered (the gap); the units of competency on a second tab. "Short courses": the
courses, the runs of the selected course, the trainees of the selected run (import and
export as the "trainees" table), and a second tab with a fiscal year's runs against the
manual's target of at least 20 trainees. Every read runs through the task runner; the
services are imported when a page is first shown.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
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
    from app.services.competency_gap import CurriculumGap
    from app.services.short_course_targets import TargetSummary

FIRST_YEAR, LAST_YEAR = 2500, 2700


def _date(value: date) -> str:
    return texts.date_text(value)


def _met(met: bool) -> str:
    if met:
        return QCoreApplication.translate("ShortCoursesPage", "Met")
    return QCoreApplication.translate("ShortCoursesPage", "Not met")


def gap_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("CurriculaPage", "Unit code"), lambda r: r.code
        ),
        TableColumn(
            lambda: QCoreApplication.translate("CurriculaPage", "Unit of competency"),
            lambda r: r.title,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("CurriculaPage", "TPQI level"),
            lambda r: texts.number(r.tpqi_level),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("CurriculaPage", "Occupation standard"),
            lambda r: r.occupation_standard or "",
        ),
    ]


def run_target_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Short course"),
            lambda r: r.course_title,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "College"),
            lambda r: r.college_name,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Starts on"),
            lambda r: _date(r.starts_on),
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Trainees"),
            lambda r: texts.number(r.trainees),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Completed"),
            lambda r: texts.number(r.completed),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Final-year students"),
            lambda r: texts.number(r.final_year_students),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "20-trainee target"),
            lambda r: _met(r.met),
        ),
    ]


def course_target_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Short course"),
            lambda r: r.course_title,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Runs"),
            lambda r: texts.number(r.runs),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Runs meeting the target"),
            lambda r: texts.number(r.runs_met),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Trainees"),
            lambda r: texts.number(r.trainees),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("ShortCoursesPage", "Completed"),
            lambda r: texts.number(r.completed),
            numeric=True,
        ),
    ]


def _section(heading: QLabel, body: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(body, 1)
    return box


def _selected_id(page: ListPage, current: QModelIndex) -> int | None:
    return page.model.row_id(current.row()) if current.isValid() else None


class CurriculaPage(Page):
    """Curricula, the courses mapped to units of competency, the gap, and the units."""

    list_kinds = ("curricula", "curriculum_units", "competency_units")

    gap_loaded = Signal(int)
    """The gap of the selected curriculum is on screen (the number of units not covered)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.curriculum_id: int | None = None
        self.gap: CurriculumGap | None = None
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Curricula and units of competency")

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = named(QTabWidget(), "curriculumTabs")
        layout.addWidget(self.tabs)

        self.curricula = ListPage("curricula", None, self.store, self.runner)
        self.courses = ListPage("curriculum_units", None, self.store, self.runner)
        self.units = ListPage("competency_units", None, self.store, self.runner)
        for page in (self.curricula, self.courses, self.units):
            page.ensure_built()

        self.gap_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.gap_summary = named(QLabel(wordWrap=True), "gapSummary")
        self.gap_model = RowsTableModel(gap_columns(), self)
        self.gap_table = model_table("gapTable", self.gap_model)
        self.gap_heading.setBuddy(self.gap_table)
        gap_box = QWidget()
        gap_layout = QVBoxLayout(gap_box)
        gap_layout.setContentsMargins(24, 0, 24, 16)
        gap_layout.addWidget(self.gap_heading)
        gap_layout.addWidget(self.gap_summary)
        gap_layout.addWidget(self.gap_table, 1)

        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.courses)
        below.addWidget(gap_box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.curricula)
        split.addWidget(below)
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.units, "")

        selection = self.curricula.table.selectionModel()
        selection.currentRowChanged.connect(lambda now, _before: self._curriculum_chosen(now))
        self.curricula.records_changed.connect(self._curricula_changed)
        self.courses.records_changed.connect(self._mapping_changed)
        self.units.records_changed.connect(self._mapping_changed)
        self.retranslate_ui()
        self._show_curriculum(None)

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.tabs.setTabText(0, self.tr("&Curricula and their courses"))
        self.tabs.setTabText(1, self.tr("&Units of competency (TPQI)"))
        self.gap_heading.setText(
            self.tr("Units of the same occupation standards not yet covered by a course")
        )
        self._show_summary()
        self.gap_model.retranslate()

    def _show_summary(self) -> None:
        gap = self.gap
        if self.curriculum_id is None or gap is None:
            self.gap_summary.setText(self.tr("Choose a curriculum to see its courses and gap."))
            return
        lines = [
            self.tr("Units covered: {mapped}; not yet covered: {gap}.").format(
                mapped=texts.number(len(gap.mapped)), gap=texts.number(len(gap.gap))
            )
        ]
        lines += [
            self.tr("Level {level}: {mapped} covered, {gap} not covered").format(
                level=texts.number(count.tpqi_level),
                mapped=texts.number(count.mapped),
                gap=texts.number(count.gap),
            )
            for count in gap.levels()
        ]
        self.gap_summary.setText("\n".join(lines))

    # -- selection ---------------------------------------------------------------------------
    def _curriculum_chosen(self, current: QModelIndex) -> None:
        chosen = _selected_id(self.curricula, current)
        if chosen != self.curriculum_id:
            self._show_curriculum(chosen)

    def _show_curriculum(self, curriculum_id: int | None) -> None:
        from app.services.listing import ListFilters

        self.curriculum_id = curriculum_id
        self.gap = None
        self.courses.show_filtered(ListFilters(curriculum_id=curriculum_id))
        self.gap_model.set_rows([])
        self._show_summary()
        self.load_gap()

    def _curricula_changed(self) -> None:
        self._show_curriculum(self.curriculum_id)

    def _mapping_changed(self) -> None:
        self.curricula.refresh()  # the mapped course counts changed
        self.load_gap()

    def load_gap(self) -> None:
        curriculum_id = self.curriculum_id
        if curriculum_id is None:
            self._latest.drop()
            return

        def read(context: TaskContext) -> CurriculumGap:
            from app.services.competency_gap import curriculum_gap

            with context.session() as session:
                return curriculum_gap(session, curriculum_id)

        self._latest.submit(
            self.runner,
            "curriculum gap",
            read,
            on_result=self._gap_ready,
            parent_widget=self,
        )

    def _gap_ready(self, gap: CurriculumGap) -> None:
        self.gap = gap
        self.gap_model.set_rows(gap.gap)
        self._show_summary()
        self.gap_loaded.emit(len(gap.gap))


class ShortCoursesPage(Page):
    """Short courses, their runs and trainees, and a fiscal year against the target."""

    list_kinds = ("short_courses", "short_course_runs", "short_course_trainees")

    targets_loaded = Signal(int)
    """The target summary of the chosen fiscal year is on screen (the number of runs)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.course_id: int | None = None
        self.run_id: int | None = None
        self.summary: TargetSummary | None = None
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Short courses")

    def year_box(self) -> QSpinBox | None:
        box: QSpinBox | None = getattr(self, "year_spin", None)
        return box

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from app.services.thai.fiscal import current_fiscal_year

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = named(QTabWidget(), "shortCourseTabs")
        layout.addWidget(self.tabs)

        self.courses = ListPage("short_courses", None, self.store, self.runner)
        self.runs = ListPage("short_course_runs", None, self.store, self.runner)
        self.trainees = ListPage("short_course_trainees", "trainees", self.store, self.runner)
        for page in (self.courses, self.runs, self.trainees):
            page.ensure_built()
        split = QSplitter(Qt.Orientation.Vertical)
        for page in (self.courses, self.runs, self.trainees):
            split.addWidget(page)
        self.tabs.addTab(split, "")
        self.tabs.addTab(self._build_target_tab(self.followed_year or current_fiscal_year()), "")

        courses = self.courses.table.selectionModel()
        courses.currentRowChanged.connect(lambda now, _before: self._course_chosen(now))
        runs = self.runs.table.selectionModel()
        runs.currentRowChanged.connect(lambda now, _before: self._run_chosen(now))
        self.courses.records_changed.connect(lambda: self._show_course(self.course_id))
        self.runs.records_changed.connect(self._runs_changed)
        self.trainees.records_changed.connect(self._trainees_changed)
        self.trainees.imported.connect(lambda _count: self._trainees_changed())
        self.retranslate_ui()
        self.load_targets()

    def _build_target_tab(self, year: int) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(24, 20, 24, 16)
        bar = QHBoxLayout()
        self.year_label = QLabel()
        self.year_spin = named(QSpinBox(), "targetYear")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(year)
        self.year_spin.setKeyboardTracking(False)  # read on Enter or when leaving
        self.year_label.setBuddy(self.year_spin)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_spin)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.target_summary = named(QLabel(wordWrap=True), "targetSummary")
        layout.addWidget(self.target_summary)
        self.run_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.run_model = RowsTableModel(run_target_columns(), self)
        self.run_table = model_table("runTargetTable", self.run_model)
        self.run_heading.setBuddy(self.run_table)
        self.course_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.course_model = RowsTableModel(course_target_columns(), self)
        self.course_table = model_table("courseTargetTable", self.course_model)
        self.course_heading.setBuddy(self.course_table)
        layout.addWidget(_section(self.run_heading, self.run_table), 2)
        layout.addWidget(_section(self.course_heading, self.course_table), 1)
        QWidget.setTabOrder(self.year_spin, self.run_table)
        QWidget.setTabOrder(self.run_table, self.course_table)
        self.year_spin.valueChanged.connect(lambda _year: self.load_targets())
        return tab

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.tabs.setTabText(0, self.tr("&Courses, runs and trainees"))
        self.tabs.setTabText(1, self.tr("&20-trainee target"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.run_heading.setText(self.tr("&Runs starting in the fiscal year"))
        self.course_heading.setText(self.tr("Co&urses"))
        self._show_summary()
        self.run_model.retranslate()
        self.course_model.retranslate()

    def _show_summary(self) -> None:
        summary = self.summary
        if summary is None:
            self.target_summary.setText(self.tr("Reading…"))
            return
        self.target_summary.setText(
            self.tr(
                "Target: at least 20 trainees a run. Runs: {runs}; target met: {met}; not met: "
                "{not_met}. Trainees: {trainees}; completed: {completed}. Students of Vocational "
                "Certificate year 3 / Higher Vocational Certificate year 2 trained: {students}."
            ).format(
                runs=texts.number(len(summary.runs)),
                met=texts.number(summary.runs_met),
                not_met=texts.number(summary.runs_not_met),
                trainees=texts.number(summary.trainees),
                completed=texts.number(summary.completed),
                students=texts.number(summary.final_year_students),
            )
        )

    # -- selection ---------------------------------------------------------------------------
    def _course_chosen(self, current: QModelIndex) -> None:
        chosen = _selected_id(self.courses, current)
        if chosen != self.course_id:
            self._show_course(chosen)

    def _show_course(self, course_id: int | None) -> None:
        from app.services.listing import ListFilters

        self.course_id = course_id
        self.runs.show_filtered(ListFilters(short_course_id=course_id))
        self._show_run(None)

    def _run_chosen(self, current: QModelIndex) -> None:
        chosen = _selected_id(self.runs, current)
        if chosen != self.run_id:
            self._show_run(chosen)

    def _show_run(self, run_id: int | None) -> None:
        from app.services.listing import ListFilters

        self.run_id = run_id
        if run_id is not None:
            filters = ListFilters(short_course_run_id=run_id)
        else:
            filters = ListFilters(short_course_id=self.course_id)
        self.trainees.show_filtered(filters)

    def _runs_changed(self) -> None:
        self.courses.refresh()
        self.load_targets()

    def _trainees_changed(self) -> None:
        for page in (self.courses, self.runs):
            page.refresh()
        self.load_targets()

    def load_targets(self) -> None:
        year = self.year_spin.value()

        def read(context: TaskContext) -> TargetSummary:
            from app.services.short_course_targets import short_course_targets

            with context.session() as session:
                return short_course_targets(session, year)

        self._latest.submit(
            self.runner,
            "short-course targets",
            read,
            on_result=self._targets_ready,
            parent_widget=self,
        )

    def _targets_ready(self, summary: Any) -> None:
        self.summary = summary
        self.run_model.set_rows(summary.runs)
        self.course_model.set_rows(summary.courses)
        self._show_summary()
        self.targets_loaded.emit(len(summary.runs))


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """Curricula and units of competency, then short courses (each laid out when first shown)."""
    return [CurriculaPage(store, runner, parent), ShortCoursesPage(store, runner, parent)]
