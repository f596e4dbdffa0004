"""Choosing an enterprise among many: the form lists a few, typing finds the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import EnterpriseLocation, Level
from app.models.network import Enterprise, Subject, WorkforceDemand
from app.services.records import RecordKind, network, open_form, record_spec
from app.services.store import Store
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.record_combo import RecordCombo
from app.views.record_form import RecordForm
from app.views.runner import TaskRunner

WAIT_MS = 20_000
HIDDEN = "Zeta Robotics Works"
OFFERED = 5
DOMESTIC = EnterpriseLocation.DOMESTIC


@pytest.fixture
def hidden_id(center_store: Store, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(network, "ENTERPRISES_OFFERED", OFFERED)
    with center_store.transaction() as session:
        for number in range(OFFERED * 2):
            session.add(Enterprise(name_th=f"Alpha Parts {number}", location=DOMESTIC))
        row = Enterprise(name_th=HIDDEN, location=DOMESTIC)
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> ListPage:
    shown = ListPage("workforce_demand", "demand", center_store, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.count_shown, timeout=WAIT_MS):
        shown.show()
    shown.activateWindow()
    shown.table.setFocus()
    qtbot.waitUntil(shown.table.hasFocus, timeout=WAIT_MS)
    return shown


def _form(qtbot: QtBot, page: ListPage) -> RecordForm:
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    return form


def _combo(form: RecordForm) -> RecordCombo:
    combo = form.fields["enterprise_id"]
    assert isinstance(combo, RecordCombo)
    return combo


def test_typing_part_of_a_name_finds_an_enterprise_the_list_did_not_hold(
    qtbot: QtBot, page: ListPage, center_store: Store, hidden_id: int
) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _form(qtbot, page)
    combo = _combo(form)
    qtbot.waitUntil(combo.hasFocus, timeout=WAIT_MS)
    assert combo.count() == OFFERED and combo.findText(HIDDEN) < 0
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, HIDDEN)
    qtbot.waitUntil(lambda: combo.findText(HIDDEN) >= 0, timeout=WAIT_MS)
    assert combo.currentText() == HIDDEN  # what was typed stays
    assert combo.record_id() == hidden_id
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    with center_store.session() as session:
        saved = session.scalars(
            select(WorkforceDemand).where(WorkforceDemand.enterprise_id == hidden_id)
        ).all()
    assert len(saved) == 1 and saved[0].positions == 1


def test_a_stored_enterprise_beyond_the_first_ones_is_shown_when_editing(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, hidden_id: int
) -> None:
    with center_store.transaction() as session:
        subject_id = session.scalars(select(Subject.id)).first()
        assert subject_id is not None
        demand = WorkforceDemand(
            enterprise_id=hidden_id,
            subject_id=subject_id,
            level=Level.PVS,
            fiscal_year=2569,
            positions=3,
        )
        session.add(demand)
        session.flush()
        demand_id = demand.id
    with center_store.session() as session:
        loaded = open_form(session, RecordKind.DEMAND, demand_id)
    form = RecordForm(record_spec(RecordKind.DEMAND), center_store, runner, loaded, demand_id)
    qtbot.addWidget(form)
    combo = _combo(form)
    assert combo.currentText() == HIDDEN and combo.record_id() == hidden_id
    assert not form.changed


def test_a_name_that_matches_no_enterprise_is_refused_at_the_field(
    qtbot: QtBot, page: ListPage, hidden_id: int
) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _form(qtbot, page)
    combo = _combo(form)
    qtbot.waitUntil(combo.hasFocus, timeout=WAIT_MS)
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "No such company")
    assert combo.record_id() is None
    qtbot.keyClick(line, Qt.Key.Key_Return)
    error = form.errors["enterprise_id"]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text() and form.isVisible()
    assert line.text() == "No such company"
