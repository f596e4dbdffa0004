"""Colleges, meetings, committees and their members added from their lists, by keyboard only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import CommitteeKind, MeetingKind
from app.models.governance import Committee, CommitteeMember, Meeting
from app.models.network import Center
from app.services.overview import area_overview
from app.services.records.college import college_label
from app.services.records.committee import committee_label, member_label
from app.services.records.meeting import meeting_label
from app.services.store import Store
from app.views import messages
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.record_form import RecordForm
from app.views.runner import TaskRunner

WAIT_MS = 20_000
BOARD = "คณะกรรมการบริหารศูนย์"


@pytest.fixture(autouse=True)
def never_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form left open by a failed test closes without a (blocking) question."""
    monkeypatch.setattr(messages, "ask_save_changes", lambda _parent: "discard")


@pytest.fixture
def open_page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> Callable[[str], ListPage]:
    def opened(kind: str) -> ListPage:
        page = ListPage(kind, None, center_store, runner)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
            page.show()
        page.activateWindow()
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
        return page

    return opened


@pytest.fixture
def committee_id(center_store: Store) -> int:
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        committee = Committee(center_id=center_id, kind=CommitteeKind.EXECUTIVE, name=BOARD)
        session.add(committee)
        session.flush()
        return committee.id


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def _new_form(qtbot: QtBot, page: ListPage, first_field: str) -> RecordForm:
    if not page.table.hasFocus():  # back in the list after an earlier form closed
        page.activateWindow()
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)
    return form


def _save_and_count(qtbot: QtBot, page: ListPage) -> int:
    """Press Enter in the form; the list is read again and its new row count arrives."""
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS) as counted:
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is not None and not page.form.isVisible(), timeout=WAIT_MS)
    total = counted.args[0]
    assert isinstance(total, int)
    assert page.model.rowCount() == total
    return total


def _refused(qtbot: QtBot, form: RecordForm, field: str) -> str:
    """Press Enter; the form stays open with a message under ``field``."""
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    error = form.errors[field]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.property("role") == "fieldError"
    assert form.isVisible() and form.fields[field].hasFocus()
    return error.text()


def _text(form: RecordForm, field: str) -> str:
    widget = form.fields[field]
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _required(label: str) -> str:
    return QCoreApplication.translate("Records", "{label} is required.").format(label=label)


def _column(page: ListPage, column: int) -> list[str]:
    return [str(page.model.index(row, column).data()) for row in range(page.model.rowCount())]


# -- colleges ------------------------------------------------------------------------------
def test_a_college_is_typed_and_counted_and_a_missing_province_is_shown(
    qtbot: QtBot, open_page: Callable[[str], ListPage]
) -> None:
    page = open_page("colleges")
    before = page.total
    assert before == 1  # the host college of the center
    form = _new_form(qtbot, page, "name_th")
    assert form.windowTitle() == QCoreApplication.translate("Records", "New network college")
    _type(qtbot, "Ban Bueng Technical College")
    _tab(qtbot, 5)  # name in English, code, ownership, group: as they are
    assert form.fields["province"].hasFocus()
    message = _refused(qtbot, form, "province")
    assert message == "กรุณาระบุจังหวัด"  # Thai, naming the field
    assert _text(form, "name_th") == "Ban Bueng Technical College"
    _type(qtbot, "Chonburi")
    assert _save_and_count(qtbot, page) == before + 1
    assert "Ban Bueng Technical College" in _column(page, 0)
    assert page.undo_button.isEnabled()


def test_a_college_name_already_recorded_is_refused_under_the_name(
    qtbot: QtBot, open_page: Callable[[str], ListPage]
) -> None:
    page = open_page("colleges")
    existing = _column(page, 0)[0]
    form = _new_form(qtbot, page, "name_th")
    name = form.fields["name_th"]
    assert isinstance(name, QLineEdit)
    name.setText(f" {existing} ")  # QTest types Latin keys only
    _tab(qtbot, 5)
    _type(qtbot, "Chonburi")
    name.setFocus()
    message = _refused(qtbot, form, "name_th")
    expected = QCoreApplication.translate(
        "Records", "{label}: a college with this name is already recorded."
    ).format(label=college_label("name_th"))
    assert message == expected and "ชื่อ (ภาษาไทย)" in message
    assert name.text() == f" {existing} " and _text(form, "province") == "Chonburi"


# -- meetings ------------------------------------------------------------------------------
def _type_meeting(qtbot: QtBot, page: ListPage, held_on: str, title: str) -> RecordForm:
    form = _new_form(qtbot, page, "kind")  # the executive committee's meeting, the first kind
    box = form.fields["kind"]
    assert isinstance(box, QComboBox) and box.currentData() == MeetingKind.EXECUTIVE
    _tab(qtbot)
    _type(qtbot, held_on)
    _tab(qtbot)
    _type(qtbot, title)
    return form


def _exec_meetings(store: Store, fiscal_year: int) -> int:
    with store.session() as session:
        areas = area_overview(session, fiscal_year)
    figures = {f.key: f.value for area in areas for f in area.figures}
    return figures["1.1.exec_meetings"]


def test_meetings_typed_either_side_of_1_october_count_in_their_fiscal_years(
    qtbot: QtBot, open_page: Callable[[str], ListPage], center_store: Store
) -> None:
    page = open_page("meetings")
    assert page.total == 0
    _type_meeting(qtbot, page, "30/9/2568", "Meeting 2/2568")
    assert _save_and_count(qtbot, page) == 1
    _type_meeting(qtbot, page, "1/10/2568", "Meeting 1/2569")
    assert _save_and_count(qtbot, page) == 2
    assert _exec_meetings(center_store, 2568) == 1  # 1 Oct 2024 .. 30 Sep 2025
    assert _exec_meetings(center_store, 2569) == 1  # 1 Oct 2025 .. 30 Sep 2026
    assert _exec_meetings(center_store, 2570) == 0
    with center_store.session() as session:
        rows = session.execute(select(Meeting.title, Meeting.held_on, Meeting.attendees)).all()
    assert {(title, held.isoformat(), people) for title, held, people in rows} == {
        ("Meeting 2/2568", "2025-09-30", None),
        ("Meeting 1/2569", "2025-10-01", None),
    }


def test_a_meeting_on_a_day_that_does_not_exist_keeps_what_was_typed(
    qtbot: QtBot, open_page: Callable[[str], ListPage]
) -> None:
    page = open_page("meetings")
    form = _type_meeting(qtbot, page, "31/9/2568", "Meeting 1/2569")
    form.fields["held_on"].setFocus()
    message = _refused(qtbot, form, "held_on")
    expected = QCoreApplication.translate(
        "Records",
        "{label}: write a date as day/month/Buddhist Era year, for example 1/10/2568.",
    ).format(label=meeting_label("held_on"))
    assert message == expected and "วัน/เดือน/ปีพุทธศักราช" in message
    assert _text(form, "held_on") == "31/9/2568" and _text(form, "title") == "Meeting 1/2569"
    assert not form.errors["title"].isVisible()
    held_on = form.fields["held_on"]
    assert isinstance(held_on, QLineEdit)
    held_on.selectAll()
    _type(qtbot, "30/9/2568")
    assert _save_and_count(qtbot, page) == 1


# -- committees ----------------------------------------------------------------------------
def test_a_committee_is_typed_and_a_second_of_the_same_name_is_refused(
    qtbot: QtBot, open_page: Callable[[str], ListPage], center_store: Store
) -> None:
    page = open_page("committees")
    assert page.total == 0
    form = _new_form(qtbot, page, "kind")
    _tab(qtbot)
    _type(qtbot, "Advisory Board")
    _tab(qtbot)
    _type(qtbot, "15/11/2568")
    assert _save_and_count(qtbot, page) == 1
    assert _column(page, 0) == ["Advisory Board"]
    form = _new_form(qtbot, page, "kind")
    _tab(qtbot)
    _type(qtbot, "advisory  board")
    message = _refused(qtbot, form, "name")
    assert message == QCoreApplication.translate(
        "Records", "{label}: a committee with this name is already recorded."
    ).format(label=committee_label("name"))
    assert _text(form, "name") == "advisory  board"
    with center_store.session() as session:
        assert session.scalars(select(Committee.name)).all() == ["Advisory Board"]


# -- committee members ---------------------------------------------------------------------
def test_a_member_is_typed_and_a_missing_name_is_shown(
    qtbot: QtBot,
    open_page: Callable[[str], ListPage],
    center_store: Store,
    committee_id: int,
) -> None:
    page = open_page("committee_members")
    assert page.total == 0
    form = _new_form(qtbot, page, "committee_id")
    box = form.fields["committee_id"]
    assert isinstance(box, QComboBox) and box.currentText() == BOARD
    _tab(qtbot, 3)  # committee, name title ("no title"), full name
    _type(qtbot, "Bosch Thailand")  # organisation; the full name is left empty
    form.fields["full_name"].setFocus()
    message = _refused(qtbot, form, "full_name")
    assert message == _required(member_label("full_name"))
    assert message.startswith("กรุณาระบุ")
    assert _text(form, "organisation") == "Bosch Thailand"
    _type(qtbot, "Somchai Jaidee")
    assert _save_and_count(qtbot, page) == 1
    assert "Somchai Jaidee" in [str(page.model.index(0, c).data()) for c in range(5)]
    with center_store.session() as session:
        member = session.scalars(select(CommitteeMember)).one()
        assert (member.committee_id, member.title_code) == (committee_id, None)
        assert member.organisation == "Bosch Thailand"
