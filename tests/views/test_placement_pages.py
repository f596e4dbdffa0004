"""The student placements page, by keyboard: place a student with the form, confirm the
placement, see the start refused without the safety training, start it once the briefings
are recorded, then log a supervision visit and an incident; and place a class through the
dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import (
    BriefingKind,
    EnterpriseLocation,
    IncidentStatus,
    Level,
    PlacementStatus,
    StudyModeCode,
)
from app.models.network import Enterprise
from app.models.students import Incident, Placement, SafetyBriefing, Student, SupervisionVisit
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.views.i18n import LanguageManager
from app.views.placement_pages import PlaceClassDialog, PlacementsPage, make_pages
from app.views.runner import TaskRunner

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _student(code: str, first: str) -> Student:
    return Student(
        college_id=1,
        student_code=code,
        first_name=first,
        last_name="ขยันเรียน",
        level=Level.PVS,
        year_of_study=2,
        entry_academic_year=2567,
        study_mode=StudyModeCode.DUAL,
    )


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> PlacementsPage:
    with center_store.transaction() as session:
        session.add(_student("6630001", "กนกพร"))
        session.add(Enterprise(name_th="บริษัท หุ่นยนต์ไทย จำกัด", location=EnterpriseLocation.DOMESTIC))
    (made,) = make_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, PlacementsPage)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    made.ensure_built()
    qtbot.waitUntil(lambda: made.placements.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.placements.table.setFocus()
    qtbot.waitUntil(made.placements.table.hasFocus, timeout=WAIT_MS)
    return made


def _status(store: Store) -> PlacementStatus:
    with store.session() as session:
        return PlacementStatus(session.scalars(select(Placement.status)).one())


def test_place_confirm_and_start_only_after_the_safety_training(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    page: PlacementsPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "app.views.placement_pages.messages.show_warning",
        lambda _parent, text, detail="": warnings.append(text),
    )
    starts = date.today()
    ends = starts + timedelta(days=90)
    placements = page.placements

    # the placement: the only student and enterprise are already chosen
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(
        lambda: placements.form is not None and placements.form.isVisible(), timeout=WAIT_MS
    )
    form = placements.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["student_id"].hasFocus(), timeout=WAIT_MS)
    for _ in range(3):  # enterprise, mode, starts
        _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), format_thai_date(starts, "numeric"))
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), format_thai_date(ends, "numeric"))
    with qtbot.waitSignal(placements.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    assert _status(center_store) is PlacementStatus.PLANNED
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: placements.model.rowCount() == 1, timeout=WAIT_MS)

    # choose it and confirm it with the keyboard
    page.activateWindow()
    placements.table.setFocus()
    qtbot.waitUntil(placements.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: page.placement_id is not None, timeout=WAIT_MS)
    assert page.tabs.isEnabled()
    page.move_buttons["confirmed"].setFocus()
    with qtbot.waitSignal(page.moved, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Space)
    assert _status(center_store) is PlacementStatus.CONFIRMED

    # starting is refused: the safety training and the orientation are missing
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    page.move_buttons["in_progress"].setFocus()
    with qtbot.waitSignal(page.refused, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Space)
    assert len(warnings) == 1 and warnings[0]
    assert _status(center_store) is PlacementStatus.CONFIRMED

    # with both briefings recorded the placement starts
    with center_store.transaction() as session:
        student = session.scalars(select(Student.id)).one()
        for kind in BriefingKind:
            session.add(
                SafetyBriefing(
                    student_id=student, kind=kind, held_on=date.today(), given_by="ครูสมชาย"
                )
            )
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(page.moved, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Space)
    assert _status(center_store) is PlacementStatus.IN_PROGRESS

    # a supervision visit and an incident, recorded in the tabs under the placement
    today = format_thai_date(date.today(), "numeric")
    _record_in_tab(qtbot, runner, page, "supervision_visits", {"visited_on": today})
    _record_in_tab(
        qtbot,
        runner,
        page,
        "incidents",
        {"occurred_on": today, "description": "Slipped on an oily floor, a bruised knee"},
    )
    with center_store.session() as session:
        placement = session.scalars(select(Placement.id)).one()
        visit = session.scalars(select(SupervisionVisit)).one()
        incident = session.scalars(select(Incident)).one()
    assert visit.placement_id == placement and visit.visited_on == date.today()
    assert incident.placement_id == placement and incident.status is IncidentStatus.OPEN


def _record_in_tab(
    qtbot: QtBot, runner: TaskRunner, page: PlacementsPage, kind: str, values: dict[str, str]
) -> None:
    """Add a record to the list of the selected placement shown in the tab ``kind``: Ctrl+N
    (the placement is already chosen), type ``values``, Enter."""
    child = page.children_lists[kind]
    page.tabs.setCurrentWidget(child)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    page.activateWindow()
    child.table.setFocus()
    qtbot.waitUntil(child.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: child.form is not None and child.form.isVisible(), timeout=WAIT_MS)
    form = child.form
    assert form is not None
    for name, text in values.items():
        field = form.fields[name]
        assert isinstance(field, QLineEdit)
        field.setFocus()
        qtbot.keyClicks(field, text)
    with qtbot.waitSignal(child.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def test_a_class_is_placed_through_the_dialog(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, page: PlacementsPage
) -> None:
    with center_store.transaction() as session:
        session.add(_student("6630002", "ขวัญใจ"))
    page.class_button.click()
    dialog = page.class_dialog
    assert isinstance(dialog, PlaceClassDialog)
    qtbot.waitUntil(lambda: dialog.enterprises.count() == 1, timeout=WAIT_MS)
    dialog.level.setCurrentIndex(dialog.level.findData(Level.PVS.value))
    dialog.enterprises.item(0).setSelected(True)
    dialog.starts.setText("1/11/2568")
    dialog.ends.setText("28/2/2569")
    dialog.preview_button.click()
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=WAIT_MS)
    assert dialog.preview is not None and len(dialog.preview.created) == 2
    with qtbot.waitSignal(dialog.placed, timeout=WAIT_MS):
        dialog.create_button.click()
    with center_store.session() as session:
        assert len(session.scalars(select(Placement)).all()) == 2
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
