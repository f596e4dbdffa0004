"""The plans page, by keyboard: the share of the year's planned activities done is shown,
choosing a plan lists its projects and their activities, a plan is added with Ctrl+N."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import PlanKind, WorkStatus
from app.models.network import College
from app.models.planning import Plan, PlanActivity, Project
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year
from app.views.i18n import LanguageManager
from app.views.plan_pages import PlansPage, make_pages
from app.views.runner import TaskRunner

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier
FY = 2569


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> PlansPage:
    with center_store.transaction() as session:
        college = session.scalars(select(College).order_by(College.id)).first()
        assert college is not None
        plan = Plan(
            center_id=college.center_id,
            kind=PlanKind.ANNUAL,
            title="แผนปฏิบัติการ 2569",
            first_fy=FY,
            last_fy=FY,
        )
        session.add(plan)
        session.flush()
        project = Project(plan_id=plan.id, title="อบรมครู", status=WorkStatus.IN_PROGRESS)
        session.add(project)
        session.flush()
        for due, status in (
            (date(2025, 10, 1), WorkStatus.DONE),
            (date(2026, 9, 30), WorkStatus.PLANNED),
            (date(2026, 10, 1), WorkStatus.DONE),  # next fiscal year
        ):
            session.add(
                PlanActivity(project_id=project.id, title="ขั้นตอน", due_on=due, status=status)
            )
    (made,) = make_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, PlansPage)
    qtbot.addWidget(made)
    made.follow_fiscal_year(FY)
    made.resize(1366, 768)
    with qtbot.waitSignal(made.loaded, timeout=WAIT_MS):
        made.show()
    qtbot.waitUntil(lambda: made.plans.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.plans.table.setFocus()
    qtbot.waitUntil(made.plans.table.hasFocus, timeout=WAIT_MS)
    return made


def test_the_share_of_the_year_and_a_plan_added_by_keyboard(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, page: PlansPage
) -> None:
    share = page.share
    assert share is not None and (share.due, share.done) == (2, 1)
    assert "50" in page.share_label.text()
    # choosing the first plan (the list has the keyboard) counts its projects again
    qtbot.waitUntil(lambda: page.plans.total == 1 and page.projects.total == 1, timeout=WAIT_MS)
    # the list with the keyboard has its first plan chosen: its projects and their activities
    # (three: the plan's, of any year) are listed
    qtbot.waitUntil(lambda: page.plan_id is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.activities.total == 3, timeout=WAIT_MS)
    page.projects.table.setFocus()
    qtbot.waitUntil(lambda: page.project_id is not None, timeout=WAIT_MS)
    assert page.activities.model.query.filters.project_id == page.project_id
    qtbot.waitUntil(lambda: page.activities.total == 3, timeout=WAIT_MS)

    page.plans.table.setFocus()
    _key(qtbot, Qt.Key.Key_N, CTRL)
    plans = page.plans
    qtbot.waitUntil(lambda: plans.form is not None and plans.form.isVisible(), timeout=WAIT_MS)
    form = plans.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["kind"].hasFocus(), timeout=WAIT_MS)
    assert not form.fields["last_fy"].isEnabled()  # an annual plan covers one year
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Extra action plan")
    _key(qtbot, Qt.Key.Key_Tab)  # the first fiscal year: a new plan starts in the current one
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), str(FY))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        added = session.scalars(select(Plan).where(Plan.title == "Extra action plan")).one()
        assert (added.kind, added.first_fy, added.last_fy) == (PlanKind.ANNUAL, FY, FY)
    qtbot.waitUntil(lambda: plans.total == 2, timeout=WAIT_MS)
    share = page.share
    assert share is not None and share.annual_plans == 2


def test_a_new_plan_starts_in_the_year_shown_on_the_page(
    qtbot: QtBot, runner: TaskRunner, page: PlansPage
) -> None:
    shown = current_fiscal_year() - 4  # not the current year
    page.follow_fiscal_year(shown)
    assert page.year.value() == shown
    qtbot.waitUntil(lambda: page.plans.total == 0 and not runner.busy, timeout=WAIT_MS)
    page.plans.table.setFocus()
    qtbot.waitUntil(page.plans.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    plans = page.plans
    qtbot.waitUntil(lambda: plans.form is not None and plans.form.isVisible(), timeout=WAIT_MS)
    form = plans.form
    assert form is not None
    data = form.value()
    assert (data.first_fy, data.last_fy) == (shown, shown)
    form.reject()
    # editing a stored plan keeps its own years
    page.follow_fiscal_year(FY)
    qtbot.waitUntil(lambda: plans.total == 1 and not runner.busy, timeout=WAIT_MS)
    plans.table.setCurrentIndex(plans.model.index(0, 0))
    plans.edit_current()
    qtbot.waitUntil(
        lambda: plans.form is not None and plans.form is not form and plans.form.isVisible(),
        timeout=WAIT_MS,
    )
    edited = plans.form
    assert edited is not None and edited.value().first_fy == FY
    edited.reject()
