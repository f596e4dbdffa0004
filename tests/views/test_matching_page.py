"""The matching page (1.3): an enterprise's demand, suggested colleges, recording a match."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import AgreementKind, Level, PlacementMode
from app.models.matching import PlacementCapacity
from app.models.network import Agreement
from app.services.store import Store
from app.views.i18n import LanguageManager
from app.views.list_pages import make_network_pages
from app.views.matching_page import MatchingPage
from app.views.runner import TaskRunner
from tests.services.test_matching import YEAR, Network, build_network

WAIT_MS = 20_000


@pytest.fixture
def network(center_store: Store) -> Network:
    return build_network(center_store)


@pytest.fixture
def page(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    network: Network,
) -> Iterator[MatchingPage]:
    shown = MatchingPage(center_store, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.choices_loaded, timeout=WAIT_MS):
        shown.show()
    shown.activateWindow()
    shown.year_spin.setValue(YEAR)
    yield shown
    # pytest-qt closes the page before fixtures end: no read may still be under way.
    assert not runner.busy


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _cells(page: MatchingPage, table: str, row: int) -> list[str]:
    model = getattr(page, f"{table}_model")
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def _choose_enterprise(qtbot: QtBot, page: MatchingPage, enterprise_id: int) -> None:
    with (
        qtbot.waitSignal(page.demand_loaded, timeout=WAIT_MS),
        qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS),
    ):
        page.choose_enterprise(enterprise_id)


def test_the_page_follows_the_lists_of_area_one(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    pages = make_network_pages(center_store, runner, holder)
    assert isinstance(pages[-1], MatchingPage)
    assert pages[-1].subpage_title()
    assert not pages[-1].built  # laid out only when first shown


def test_the_enterprise_list_matches_any_part_of_the_name(qtbot: QtBot, page: MatchingPage) -> None:
    completer = page.enterprise_combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("ออโต")  # from the middle of "บริษัท ชลบุรีออโต จำกัด"
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "บริษัท ชลบุรีออโต จำกัด"
    line = page.enterprise_combo.lineEdit()
    assert line is not None
    page.enterprise_combo.setFocus()
    qtbot.waitUntil(page.enterprise_combo.hasFocus, timeout=WAIT_MS)
    with (
        qtbot.waitSignal(page.demand_loaded, timeout=WAIT_MS) as loaded,
        qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS),
    ):
        line.setText("บริษัท โตเกียว จำกัด")  # QTest cannot type Thai characters
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert loaded.args == [1]
    assert page.demand_model.rows[0].positions == 3


def test_demand_rows_and_suggestions_then_capacity_is_recorded_by_keyboard(
    qtbot: QtBot, page: MatchingPage, center_store: Store, network: Network
) -> None:
    _choose_enterprise(qtbot, page, network.enterprise)
    assert [row.level for row in page.demand_model.rows] == ["pvc", "pvs"]
    pvc = _cells(page, "demand", 0)
    assert pvc[0] == "หุ่นยนต์ทดสอบ" and pvc[2] == "4" and pvc[-1] == "4"
    assert page.suggestion_model.rowCount() == 1  # only one college plans PVC supply

    # Down to the PVS demand: its suggestions, nearest first.
    page.demand_table.setFocus()
    qtbot.waitUntil(page.demand_table.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS) as loaded:
        qtbot.keyClick(page.demand_table, Qt.Key.Key_Down)
    assert loaded.args == [5]
    first = _cells(page, "suggestion", 0)
    assert first[0] == "วิทยาลัยเทคนิคชลบุรีทดสอบ" and first[1] == "ชลบุรี"
    assert page.capacity_button.isEnabled() and page.agreement_button.isEnabled()

    # Tab to the suggestions, one down (the big Rayong college), Enter opens the form.
    qtbot.keyClick(page.demand_table, Qt.Key.Key_Tab)
    assert page.suggestion_table.hasFocus()
    qtbot.keyClick(page.suggestion_table, Qt.Key.Key_Down)
    qtbot.keyClick(page.suggestion_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    value = form.value()
    assert value.college_id == network.colleges["rayong_big"]
    assert (value.enterprise_id, value.subject_id) == (network.enterprise, network.subject)
    assert (value.level, value.fiscal_year, value.seats) == ("pvs", YEAR, 20)
    assert value.demand_id == network.demand
    form.activateWindow()
    seats = form.fields["seats"]
    assert isinstance(seats, QSpinBox)
    seats.setFocus()
    qtbot.waitUntil(seats.hasFocus, timeout=WAIT_MS)
    seats.selectAll()
    qtbot.keyClicks(seats, "12")
    with (
        qtbot.waitSignal(page.records_changed, timeout=WAIT_MS),
        qtbot.waitSignal(page.demand_loaded, timeout=WAIT_MS),
        qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS),
    ):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    with center_store.session() as session:
        row = session.scalars(select(PlacementCapacity)).one()
        assert (row.seats, row.mode, row.level) == (12, PlacementMode.INTERNSHIP, Level.PVS)
        assert row.demand_id == network.demand
    # The tables were read again, keeping the demand and the college selected.
    demand = page.current_demand()
    assert demand is not None and demand.level == "pvs"
    assert (demand.recorded_seats, demand.open_positions) == (12, 8)
    suggestion = page.current_suggestion()
    assert suggestion is not None and suggestion.college_id == network.colleges["rayong_big"]
    assert (suggestion.recorded_seats, suggestion.free_capacity) == (12, 18)
    assert page.last_step is not None


def test_a_suggestion_is_recorded_as_an_agreement(
    qtbot: QtBot, page: MatchingPage, center_store: Store, network: Network
) -> None:
    _choose_enterprise(qtbot, page, network.enterprise)
    with qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS):
        page.demand_table.selectRow(1)
    assert page.current_suggestion() is not None
    page.agreement_button.setFocus()
    qtbot.waitUntil(page.agreement_button.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(page.agreement_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    assert form.value().college_id == network.colleges["chonburi"]
    assert form.value().enterprise_id == network.enterprise
    signed = form.fields["signed_on"]
    form.activateWindow()
    signed.setFocus()
    qtbot.waitUntil(signed.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(signed, "1/10/2568")
    with qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS):
        qtbot.keyClick(signed, Qt.Key.Key_Return)
    with center_store.session() as session:
        agreement = session.scalars(select(Agreement)).one()
        assert agreement.kind == AgreementKind.MOU
        assert agreement.college_id == network.colleges["chonburi"]
    suggestion = page.current_suggestion()
    assert suggestion is not None and suggestion.agreement_in_force


def test_another_year_reloads_the_demand(
    qtbot: QtBot, page: MatchingPage, network: Network
) -> None:
    _choose_enterprise(qtbot, page, network.enterprise)
    with (
        qtbot.waitSignal(page.demand_loaded, timeout=WAIT_MS) as loaded,
        qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS),
    ):
        page.year_spin.setValue(YEAR + 1)
    assert loaded.args == [1]
    with (
        qtbot.waitSignal(page.demand_loaded, timeout=WAIT_MS) as loaded,
        qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS) as suggested,
    ):
        page.year_spin.setValue(YEAR + 5)
    assert loaded.args == [0] and suggested.args == [0]
    assert not page.capacity_button.isEnabled()


def test_a_colleges_partners(
    qtbot: QtBot, page: MatchingPage, center_store: Store, network: Network
) -> None:
    with center_store.transaction() as session:
        session.add(
            Agreement(
                kind=AgreementKind.MOA,
                college_id=network.colleges["bangkok"],
                enterprise_id=network.abroad,
                signed_on=date(2024, 1, 1),
            )
        )
    page.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(page.partners_loaded, timeout=WAIT_MS) as loaded:
        page.choose_college(network.colleges["bangkok"])
    assert loaded.args == [1]
    cells = _cells(page, "partner", 0)
    assert cells[0] == "บริษัท โตเกียว จำกัด"
    assert "2567" in cells[2]  # signed 1 Jan 2024, shown in the Buddhist Era
    assert cells[3] == "—"


def test_every_table_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    page: MatchingPage,
    center_store: Store,
    network: Network,
) -> None:
    with center_store.transaction() as session:
        session.add(
            Agreement(
                kind=AgreementKind.MOU,
                college_id=network.colleges["chonburi"],
                enterprise_id=network.enterprise,
                signed_on=date(2024, 1, 1),
                expires_on=date(2030, 1, 1),
            )
        )
    _choose_enterprise(qtbot, page, network.enterprise)
    with qtbot.waitSignal(page.suggestions_loaded, timeout=WAIT_MS):
        page.demand_table.selectRow(1)
    with qtbot.waitSignal(page.partners_loaded, timeout=WAIT_MS):
        page.choose_college(network.colleges["chonburi"])
    for model in (page.demand_model, page.suggestion_model, page.partner_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert page.suggestion_model.rowCount() == 5
    page.retranslate_ui()  # a language switch reads headers and cells anew
    assert page.demand_model.headerData(0, Qt.Orientation.Horizontal)
