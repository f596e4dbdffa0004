"""Plans (manual 2.1-2.2): the five-year and annual plans covering a fiscal year, their
projects and the progress of the projects' activities, with the share of the year's planned
activities done.

Three lists on one page: choosing a plan shows its projects, choosing a project shows its
activities (without a choice: the projects of the year's plans and the activities due in
the year). Ctrl+N in a list adds to it (a project to the chosen plan, an update to the
chosen project); a new plan starts in the fiscal year shown on the page. Every read goes
through the task runner; the page is laid out when first shown and its year box follows the
window's fiscal year.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage
from app.views.page import Page, named
from app.views.runner import TaskContext, TaskRunner
from app.views.year_page import YearFiguresPage

if TYPE_CHECKING:
    from app.services.plans import ActivityShare

FIRST_YEAR, LAST_YEAR = 2500, 2700


def _read_share(context: TaskContext, fiscal_year: int) -> ActivityShare:
    from app.services.plans import activity_share

    with context.session() as session:
        return activity_share(session, fiscal_year)


def _selected_id(page: ListPage, current: QModelIndex) -> int | None:
    return page.model.row_id(current.row()) if current.isValid() else None


class PlanList(ListPage):
    """The list of plans; a new plan starts in ``fiscal_year()`` (the page's year)."""

    def __init__(self, store: Store, runner: TaskRunner, fiscal_year: Callable[[], int]) -> None:
        self.fiscal_year = fiscal_year
        super().__init__("plans", None, store, runner)

    def new_record_preset(self) -> dict[str, object]:
        year = self.fiscal_year()
        return {**super().new_record_preset(), "first_fy": year, "last_fy": year}


class PlansPage(YearFiguresPage["ActivityShare"]):
    """The plans of a fiscal year, their projects and activities, and the share done."""

    list_kinds = ("plans", "projects", "plan_activities")
    figures_task = "plan activities done"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.plan_id: int | None = None
        self.project_id: int | None = None
        self.share: ActivityShare | None = None
        super().__init__(store, runner, parent)

    def subpage_title(self) -> str | None:
        return self.tr("Plans")

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        summary = named(QWidget(self), "planSummary")
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(24, 16, 24, 0)
        summary_layout.setSpacing(6)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        year_bar = self.year_bar("planYear", FIRST_YEAR, LAST_YEAR)
        self.plans_label = named(QLabel(wordWrap=True), "planCount")
        self.share_label = named(QLabel(wordWrap=True), "planShare")
        for label in (self.plans_label, self.share_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        year_bar.addSpacing(16)
        year_bar.addWidget(self.share_label, 1)
        summary_layout.addWidget(self.heading)
        summary_layout.addLayout(year_bar)
        summary_layout.addWidget(self.plans_label)

        self.plans = PlanList(self.store, self.runner, self.year.value)
        self.projects = ListPage("projects", None, self.store, self.runner)
        self.activities = ListPage("plan_activities", None, self.store, self.runner)
        split = QSplitter(Qt.Orientation.Vertical)
        for page in (self.plans, self.projects, self.activities):
            page.ensure_built()
            page.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            split.addWidget(page)
        layout.addWidget(summary)
        layout.addWidget(split, 1)
        QWidget.setTabOrder(self.year, self.plans.search)

        plans = self.plans.table.selectionModel()
        plans.currentRowChanged.connect(lambda now, _before: self._plan_chosen(now))
        projects = self.projects.table.selectionModel()
        projects.currentRowChanged.connect(lambda now, _before: self._project_chosen(now))
        self.plans.records_changed.connect(self._plans_changed)
        self.projects.records_changed.connect(self._projects_changed)
        self.activities.records_changed.connect(self.load)

    # -- choosing ---------------------------------------------------------------------------
    def year_changed(self) -> None:
        from app.services.listing import ListFilters

        self.plans.show_filtered(ListFilters(fiscal_year=self.year.value()))
        self._show_plan(None)
        self.load()

    def _plan_chosen(self, current: QModelIndex) -> None:
        chosen = _selected_id(self.plans, current)
        if chosen != self.plan_id:
            self._show_plan(chosen)

    def _show_plan(self, plan_id: int | None) -> None:
        from app.services.listing import ListFilters

        self.plan_id = plan_id
        if plan_id is None:
            self.projects.show_filtered(ListFilters(fiscal_year=self.year.value()))
        else:
            self.projects.show_filtered(ListFilters(plan_id=plan_id))
        self._show_project(None)

    def _project_chosen(self, current: QModelIndex) -> None:
        chosen = _selected_id(self.projects, current)
        if chosen != self.project_id:
            self._show_project(chosen)

    def _show_project(self, project_id: int | None) -> None:
        from app.services.listing import ListFilters

        self.project_id = project_id
        if project_id is not None:
            filters = ListFilters(project_id=project_id)
        elif self.plan_id is not None:
            filters = ListFilters(plan_id=self.plan_id)
        else:
            filters = ListFilters(fiscal_year=self.year.value())
        self.activities.show_filtered(filters)

    def _plans_changed(self) -> None:
        self.projects.refresh()
        self.load()

    def _projects_changed(self) -> None:
        self.plans.refresh()
        self.activities.refresh()
        self.load()

    # -- reading ----------------------------------------------------------------------------
    def figures_reader(self, fiscal_year: int) -> Callable[[TaskContext], ActivityShare]:
        """The share of the year's planned activities done."""
        return lambda context: _read_share(context, fiscal_year)

    def show_figures(self, figures: ActivityShare) -> None:
        self.share = figures

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Five-year and annual plans (manual 2.1-2.2)"))
        self.year_label.setText(self.tr("&Fiscal year (B.E.):"))
        share = self.share
        if self.failed:
            self.share_label.setText(
                self.tr("The figures could not be read. Choose the year again to retry.")
            )
            self.plans_label.setText("")
            return
        if share is None:
            self.share_label.setText(self.tr("Reading the figures…"))
            self.plans_label.setText("")
            return
        self.share_label.setText(self._share_text(share))
        self.plans_label.setText(self._plans_text(share))

    def _plans_text(self, share: ActivityShare) -> str:
        return self.tr("Plans covering the year: five-year {five_year}, annual {annual}.").format(
            five_year=texts.number(share.five_year_plans), annual=texts.number(share.annual_plans)
        )

    def _share_text(self, share: ActivityShare) -> str:
        percent = share.percent
        if percent is None:
            return self.tr("Planned activities done: no data (no activity is due in the year).")
        return self.tr(
            "Planned activities done: {done} of {due} due in the year ({share})."
        ).format(
            done=texts.number(share.done),
            due=texts.number(share.due),
            share=texts.percent(percent),
        )


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The plans page (laid out when first shown)."""
    return [PlansPage(store, runner, parent)]
