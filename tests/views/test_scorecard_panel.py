"""The scorecard panel: live statuses per target, a target changed in the dialog updates the
scorecard, a refused value keeps the dialog open with the service's message, "Show records"
asks for the list behind a figure, and the charts of the selected target arrive off the UI
thread."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import MeetingKind
from app.models.governance import Meeting
from app.models.network import College
from app.models.quality import SelfAssessment
from app.services.listing.query import ListFilters
from app.services.store import Store
from app.views.i18n import LanguageManager
from app.views.kpi_targets_dialog import RESTORE, VALUE, KpiTargetsDialog
from app.views.runner import TaskRunner
from app.views.scorecard_panel import RECORDS, STATUS, TITLE, ScorecardPanel, StatusBadge
from app.views.scorecard_panel import VALUE as VALUE_COLUMN

WAIT_MS = 20_000
YEAR = 2568
"""Fiscal year 2568: 1 Oct 2024 - 30 Sep 2025; the panel judges it after it ended."""
AFTER_THE_YEAR = date(2025, 10, 15)
MEETINGS = "1.1.exec_meetings"
SAR = "7.1.sar"


@pytest.fixture
def host_id(center_store: Store) -> int:
    """The host college, with one executive meeting and its SAR in fiscal year 2568."""
    with center_store.transaction() as session:
        college = session.scalars(select(College).order_by(College.id)).first()
        assert college is not None and college.center_id is not None
        session.add(
            Meeting(
                center_id=college.center_id,
                kind=MeetingKind.EXECUTIVE,
                held_on=date(2024, 11, 20),
                title="ประชุมคณะกรรมการบริหารศูนย์ ครั้งที่ ๑/๒๕๖๘",
            )
        )
        session.add(
            SelfAssessment(college_id=college.id, fiscal_year=YEAR, received_on=date(2025, 6, 1))
        )
        return college.id


@pytest.fixture
def panel(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    host_id: int,
) -> ScorecardPanel:
    widget = ScorecardPanel(center_store, runner)
    widget.as_of = AFTER_THE_YEAR
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.charts_loaded, timeout=WAIT_MS):
        widget.follow_fiscal_year(YEAR)
    return widget


def _item(panel: ScorecardPanel, target_id: str) -> QTreeWidgetItem:
    item = panel.item_of(target_id)
    assert item is not None
    return item


def _badge(panel: ScorecardPanel, target_id: str) -> StatusBadge:
    badge = panel.tree.itemWidget(_item(panel, target_id), STATUS)
    assert isinstance(badge, StatusBadge)
    return badge


def _open_dialog(qtbot: QtBot, panel: ScorecardPanel) -> KpiTargetsDialog:
    panel.adjust_targets()
    dialog = panel.targets_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.targets), timeout=WAIT_MS)
    return dialog


def _row(dialog: KpiTargetsDialog, target_id: str) -> int:
    return next(i for i, t in enumerate(dialog.targets) if t.target.id == target_id)


def _type(dialog: KpiTargetsDialog, target_id: str, text: str) -> None:
    item = dialog.table.item(_row(dialog, target_id), VALUE)
    assert item is not None
    item.setText(text)


def test_every_area_and_target_is_shown_with_a_worded_status(panel: ScorecardPanel) -> None:
    assert panel.tree.topLevelItemCount() == 7
    assert panel.card is not None
    targets = sum(
        panel.tree.topLevelItem(i).childCount()  # type: ignore[union-attr]
        for i in range(panel.tree.topLevelItemCount())
    )
    assert targets == len(panel.card.results) == 32
    meetings = _item(panel, MEETINGS)
    assert meetings.text(VALUE_COLUMN) == "1"
    badge = _badge(panel, MEETINGS)
    assert badge.state == "not_met"
    assert badge.text() == panel.status_name("not_met") != ""
    assert _badge(panel, SAR).state == "met"
    # the year is over and its enterprise database summary was never sent
    assert _badge(panel, "1.2.report").state == "not_met"


def test_a_target_changed_in_the_dialog_updates_the_scorecard(
    qtbot: QtBot, panel: ScorecardPanel, shown: Any
) -> None:
    assert _badge(panel, MEETINGS).state == "not_met"
    dialog = _open_dialog(qtbot, panel)
    _type(dialog, MEETINGS, "1")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        dialog.save_button.click()
    assert shown.boxes == []
    assert _badge(panel, MEETINGS).state == "met"
    result = panel.result_of(MEETINGS)
    assert result is not None and result.overridden and result.goal == 1
    assert _item(panel, MEETINGS).text(2) == panel.goal_text(result)
    assert panel.tr("{goal} (adjusted)").format(goal="").strip() in panel.goal_text(result)

    # restore the default: the catalogue's 2 meetings apply again
    dialog = _open_dialog(qtbot, panel)
    row = _row(dialog, MEETINGS)
    assert dialog.table.item(row, VALUE).text() == "1"  # type: ignore[union-attr]
    dialog.table.setCurrentCell(row, VALUE)
    dialog.restore_selected()
    assert dialog.table.item(row, VALUE).text() == "2"  # type: ignore[union-attr]
    assert dialog.table.item(row, RESTORE).text() == dialog.tr("default on save")  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        dialog.save_button.click()
    assert _badge(panel, MEETINGS).state == "not_met"
    result = panel.result_of(MEETINGS)
    assert result is not None and not result.overridden and result.goal == 2


def test_an_impossible_target_is_refused_and_nothing_is_saved(
    qtbot: QtBot, panel: ScorecardPanel, shown: Any
) -> None:
    dialog = _open_dialog(qtbot, panel)
    _type(dialog, MEETINGS, "1")
    _type(dialog, SAR, "150")  # a percentage above 100
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(shown.boxes), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.table.currentRow() == _row(dialog, SAR)
    message = shown.texts[0]
    assert "150" not in message
    # the service's own (Thai) refusal, naming the target
    refusal = QCoreApplication.translate(
        "KpiCatalogue", "A percentage target cannot be more than 100."
    )
    assert refusal in message
    # one transaction: the valid change of the same save was not written either
    with panel.store.session() as session:
        from app.services.kpi.catalogue import targets_for

        overridden = [t.target.id for t in targets_for(session, YEAR) if t.overridden]
    assert overridden == []
    dialog.reject()


def test_show_records_asks_for_the_list_behind_the_figure(
    qtbot: QtBot, panel: ScorecardPanel
) -> None:
    button = panel.tree.itemWidget(_item(panel, MEETINGS), RECORDS)
    assert isinstance(button, QPushButton)
    assert button.text() == panel.tr("Show records")
    with qtbot.waitSignal(panel.list_requested, timeout=WAIT_MS) as signal:
        button.click()
    kind, filters = signal.args
    assert kind == "meetings"
    assert filters == ListFilters(fiscal_year=YEAR, meeting_kind=MeetingKind.EXECUTIVE)
    # by keyboard: Enter on the selected target
    panel.tree.setFocus()
    panel.tree.setCurrentItem(_item(panel, MEETINGS))
    with qtbot.waitSignal(panel.list_requested, timeout=WAIT_MS) as signal:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert signal.args[0] == "meetings"


def test_charts_of_the_selected_target(qtbot: QtBot, panel: ScorecardPanel) -> None:
    # the first target (executive meetings) belongs to the center: a trend, no per-college chart
    assert panel.selected_id == MEETINGS
    assert not panel.trend_image.pixmap().isNull()
    assert panel.college_image.isHidden()
    assert panel.chart_state.text() != ""
    with qtbot.waitSignal(panel.charts_loaded, timeout=WAIT_MS):
        panel.tree.setCurrentItem(_item(panel, SAR))
    assert panel.charts is not None and panel.charts.target_id == SAR
    assert not panel.college_image.isHidden()
    assert not panel.college_image.pixmap().isNull()
    assert panel.trend_image.pixmap().width() > 300


def test_scope_one_college(qtbot: QtBot, panel: ScorecardPanel, host_id: int) -> None:
    assert panel.scope.count() >= 2
    assert panel.scope.itemText(0) == panel.tr("Whole network")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.scope.setCurrentIndex(panel.scope.findData(host_id))
    assert panel.card is not None and panel.card.college_id == host_id
    # the center's meetings have no value for one college: "no data", not "not met"
    assert _badge(panel, MEETINGS).state == "no_data"
    assert _badge(panel, SAR).state == "met"
    assert _item(panel, SAR).text(TITLE) != ""


def test_computing_never_blocks_and_says_so(qtbot: QtBot, panel: ScorecardPanel) -> None:
    panel.load()
    assert panel.loading
    assert panel.status.text() == panel.tr("Computing…")
    assert panel.tree.topLevelItemCount() == 7  # the last scorecard stays readable
    qtbot.waitSignal(panel.loaded, timeout=WAIT_MS).wait()
    qtbot.waitUntil(lambda: not panel.loading, timeout=WAIT_MS)
    assert panel.status.text() != panel.tr("Computing…")


def test_fits_the_home_page_of_a_small_screen(panel: ScorecardPanel) -> None:
    hint = panel.minimumSizeHint()
    assert hint.width() <= 1366 - 260  # the navigation takes the rest
    assert panel.sizeHint().height() <= 768 - 150


def test_the_sar_target_opens_the_self_assessment_page_of_the_year(
    qtbot: QtBot, panel: ScorecardPanel, host_id: int
) -> None:
    button = panel.tree.itemWidget(_item(panel, SAR), RECORDS)
    assert isinstance(button, QPushButton)
    with qtbot.waitSignal(panel.list_requested, timeout=WAIT_MS) as signal:
        button.click()
    assert signal.args[0] == "sar"
    assert signal.args[1] == ListFilters(fiscal_year=YEAR)
    # one college's scope: the SAR page shows the network, so no link
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.scope.setCurrentIndex(panel.scope.findData(host_id))
    assert panel.tree.itemWidget(_item(panel, SAR), RECORDS) is None
