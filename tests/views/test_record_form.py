"""Adding, editing, deleting and undoing enterprises from the list, by keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import EnterpriseLocation
from app.models.network import Enterprise
from app.services.store import Store
from app.views import messages
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.record_form import RecordForm
from app.views.runner import TaskRunner

WAIT_MS = 20_000
EXISTING = "บริษัท ไทยซัมมิท ออโตพาร์ท จำกัด"


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> ListPage:
    with center_store.transaction() as session:
        session.add(Enterprise(name_th=EXISTING, location=EnterpriseLocation.DOMESTIC))
    shown = ListPage("enterprises", "enterprises", center_store, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.count_shown, timeout=WAIT_MS):
        shown.show()
    shown.activateWindow()
    shown.table.setFocus()
    qtbot.waitUntil(shown.table.hasFocus, timeout=WAIT_MS)
    return shown


def _names(page: ListPage) -> list[str]:
    return [str(page.model.index(row, 0).data()) for row in range(page.model.rowCount())]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def _open_new_form(qtbot: QtBot, page: ListPage) -> RecordForm:
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["name_th"].hasFocus(), timeout=WAIT_MS)
    return form


def _fill(qtbot: QtBot, name: str, phone: str) -> None:
    _type(qtbot, name)  # name (Thai); QTest types Latin keys only
    _tab(qtbot)
    _type(qtbot, "Robot Works")  # name (English)
    _tab(qtbot, 2)  # past the location, which stays "in Thailand"
    _type(qtbot, "Chonburi")  # province
    _tab(qtbot, 3)  # past the country code and the contact person
    _type(qtbot, phone)


def test_a_new_enterprise_is_typed_and_saved_with_enter(qtbot: QtBot, page: ListPage) -> None:
    form = _open_new_form(qtbot, page)
    _fill(qtbot, "Robot Works Co Ltd", "0812345678")
    assert form.fields["phone"].hasFocus()
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert not form.isVisible()
    assert "Robot Works Co Ltd" in _names(page)
    assert page.undo_button.isEnabled()


def test_a_bad_phone_shows_a_message_next_to_it_and_keeps_the_text(
    qtbot: QtBot, page: ListPage
) -> None:
    form = _open_new_form(qtbot, page)
    _fill(qtbot, "Robot Works Co Ltd", "12")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    error = form.errors["phone"]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert isinstance(error, QLabel) and "โทรศัพท์" in error.text()
    assert error.property("role") == "fieldError"
    assert not form.errors["name_th"].isVisible()
    assert form.isVisible()
    # The form grows so that the (wrapped) error line shows whole.
    assert form.height() >= form.sizeHint().height()
    assert error.geometry().bottom() < form.fields["email"].geometry().top()
    phone, name = form.fields["phone"], form.fields["name_th"]
    assert isinstance(phone, QLineEdit) and phone.text() == "12"
    assert isinstance(name, QLineEdit) and name.text() == "Robot Works Co Ltd"
    assert phone.hasFocus()
    phone.selectAll()
    _type(qtbot, "021234567")
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert "Robot Works Co Ltd" in _names(page)


def test_escape_with_changes_asks_and_discard_closes(
    qtbot: QtBot, page: ListPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter(["keep", "discard"])

    def ask(_parent: object) -> str:
        answer = next(answers)
        asked.append(answer)
        return answer

    monkeypatch.setattr(messages, "ask_save_changes", ask)
    form = _open_new_form(qtbot, page)
    _type(qtbot, "Half typed")
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert asked == ["keep"] and form.isVisible()
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert asked == ["keep", "discard"]
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    assert _names(page) == [EXISTING]


def test_escape_without_changes_closes_without_asking(
    qtbot: QtBot, page: ListPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(_parent: object) -> str:
        raise AssertionError("nothing was changed")

    monkeypatch.setattr(messages, "ask_save_changes", ask)
    form = _open_new_form(qtbot, page)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)


def test_enter_on_a_row_edits_it(qtbot: QtBot, page: ListPage) -> None:
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None and form.record_id is not None
    name = form.fields["name_th"]
    assert isinstance(name, QLineEdit) and name.text() == EXISTING
    assert form.windowTitle() == QCoreApplication.translate("Records", "Edit enterprise")


def test_delete_with_confirmation_then_ctrl_z_brings_it_back(
    qtbot: QtBot, page: ListPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def confirm(_parent: object, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(questions) == 1
    assert _names(page) == []
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _names(page) == [EXISTING]
    assert not page.undo_button.isEnabled()


def test_delete_refused_keeps_the_row(
    qtbot: QtBot, page: ListPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *_args: False)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _names(page) == [EXISTING]
    assert page.undo_step is None


def test_a_workforce_demand_is_added_from_its_list(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    with center_store.transaction() as session:
        session.add(Enterprise(name_th=EXISTING, location=EnterpriseLocation.DOMESTIC))
    demand = ListPage("workforce_demand", "demand", center_store, runner)
    qtbot.addWidget(demand)
    with qtbot.waitSignal(demand.count_shown, timeout=WAIT_MS):
        demand.show()
    demand.activateWindow()
    demand.table.setFocus()
    qtbot.waitUntil(demand.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(demand.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demand.form is not None and demand.form.isVisible(), timeout=WAIT_MS)
    form = demand.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["enterprise_id"].hasFocus(), timeout=WAIT_MS)
    _tab(qtbot, 4)  # enterprise, subject, level, fiscal year: the defaults stay
    assert form.fields["positions"].hasFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "12")
    with qtbot.waitSignal(demand.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demand.model.rowCount() == 1, timeout=WAIT_MS)
    assert EXISTING in [str(demand.model.index(0, c).data()) for c in range(4)]


def test_the_list_has_the_keyboard_again_when_a_form_closes(qtbot: QtBot, page: ListPage) -> None:
    first = _open_new_form(qtbot, page)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
    second = _open_new_form(qtbot, page)  # Ctrl+N works again without touching the mouse
    assert second is not first


def test_tab_leaves_the_list(qtbot: QtBot, page: ListPage) -> None:
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()


def test_a_field_that_does_not_apply_to_the_choice_is_greyed_out(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.services.records import RecordKind, open_form, record_spec

    with center_store.session() as session:
        form_data = open_form(session, RecordKind.CERTIFICATION)
    form = RecordForm(record_spec(RecordKind.CERTIFICATION), center_store, runner, form_data)
    qtbot.addWidget(form)
    person = form.fields["person_kind"]
    assert isinstance(person, QComboBox)
    person.setCurrentIndex(person.findData("teacher"))
    assert form.fields["teacher_id"].isEnabled() and not form.fields["student_id"].isEnabled()
    assert not form.labels["student_id"].isEnabled()
    person.setCurrentIndex(person.findData("graduate"))
    assert form.fields["student_id"].isEnabled() and not form.fields["teacher_id"].isEnabled()
