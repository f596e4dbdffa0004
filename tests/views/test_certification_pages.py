"""The certification pages by keyboard only: register an accredited TPQI center (then its
rounds show), and record a teacher's result (then the year's figures count it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.certification import Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    PersonKind,
)
from app.models.teachers import Teacher
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year
from app.views.certification_pages import CentersPage, ResultsPage, make_pages
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
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
    qtbot.keyClick(QApplication.activePopupWidget() or _focused(), key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _tab_and_type(qtbot: QtBot, text: str) -> None:
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, text)


def _show(qtbot: QtBot, page: QWidget, runner: TaskRunner) -> None:
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def _new_form(qtbot: QtBot, runner: TaskRunner, page: ListPage, first_field: str) -> None:
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)


def _written(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year + 543}"


def test_make_pages_gives_the_centers_then_the_results(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    pages = make_pages(center_store, runner, parent)
    assert [type(page) for page in pages] == [CentersPage, ResultsPage]
    assert all(page.subpage_title() for page in pages)


def test_a_tpqi_center_is_registered_with_the_keyboard_only(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    page = CentersPage(center_store, runner)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _show(qtbot, page, runner)
    assert page.watch is not None
    assert not any(kind.met for kind in page.watch[0])
    assert not page.rounds.isEnabled()

    _new_form(qtbot, runner, page.centers, "college_id")
    _key(qtbot, Qt.Key.Key_Tab)  # the type stays TPQI
    _tab_and_type(qtbot, "Sattahip TPQI Center")
    _tab_and_type(qtbot, "TPQI-0001")
    _tab_and_type(qtbot, "Mechatronics level 3-4")
    _tab_and_type(qtbot, "1/10/2568")
    _tab_and_type(qtbot, "30/9/2571")
    _key(qtbot, Qt.Key.Key_Tab)  # status: preparing -> applied -> accredited
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    with (
        qtbot.waitSignal(page.centers.records_changed, timeout=WAIT_MS),
        qtbot.waitSignal(page.loaded, timeout=WAIT_MS),
    ):
        _key(qtbot, Qt.Key.Key_Return)

    with center_store.session() as session:
        center = session.scalars(select(CertificationCenter)).one()
        assert (center.kind, center.status, center.licence_no, center.valid_until) == (
            CertificationCenterKind.TPQI,
            CertificationCenterStatus.ACCREDITED,
            "TPQI-0001",
            date(2028, 9, 30),
        )
    assert page.watch is not None
    assert [kind.met for kind in page.watch[0]] == [True, False, False]

    qtbot.waitUntil(lambda: page.centers.total == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.centers.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(page.centers.table.hasFocus, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Down)  # choosing the center shows its rounds
    qtbot.waitUntil(lambda: page.center_id == center.id, timeout=WAIT_MS)
    assert page.rounds.isEnabled()
    assert page.rounds.model.query.filters.certification_center_id == center.id


def test_a_teachers_result_is_recorded_with_the_keyboard_only(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    with center_store.transaction() as session:
        session.add(Teacher(college_id=1, first_name="Somchai", last_name="Jaidee"))
        session.add(
            CertificationCenter(
                college_id=1,
                kind=CertificationCenterKind.DSD,
                name="DSD test center",
                status=CertificationCenterStatus.APPLIED,
            )
        )
    page = ResultsPage(center_store, runner)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _show(qtbot, page, runner)
    assert page.year.value() == current_fiscal_year()
    assert page.results is not None and page.results.teachers_certified == 0

    _new_form(qtbot, runner, page.results_list, "round_id")
    _key(qtbot, Qt.Key.Key_Tab)  # the only center
    _key(qtbot, Qt.Key.Key_Tab)  # a teacher
    _key(qtbot, Qt.Key.Key_Tab)  # the only teacher (the student field is greyed out)
    _tab_and_type(qtbot, "Mechatronics technician")
    _tab_and_type(qtbot, "3")
    _key(qtbot, Qt.Key.Key_Tab)  # passed
    _tab_and_type(qtbot, "DSD-2569-0001")
    _tab_and_type(qtbot, _written(date.today()))
    with (
        qtbot.waitSignal(page.results_list.records_changed, timeout=WAIT_MS),
        qtbot.waitSignal(page.loaded, timeout=WAIT_MS),
    ):
        _key(qtbot, Qt.Key.Key_Return)

    with center_store.session() as session:
        result = session.scalars(select(Certification)).one()
        assert (result.person_kind, result.result, result.level, result.certificate_no) == (
            PersonKind.TEACHER,
            CertificationResult.PASSED,
            3,
            "DSD-2569-0001",
        )
        assert result.student_id is None and result.teacher_id is not None
    assert page.results is not None
    assert page.results.teachers_certified == 1
    assert page.results.passed == 1
