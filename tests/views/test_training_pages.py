"""The teacher-training pages: enrolling a teacher in a run with the keyboard only, numbering
certificates, teachers trained per college group, certificates of a fiscal year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import Center, College
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.store import Store
from app.services.thai.fiscal import fiscal_year_of
from app.views.i18n import LanguageManager
from app.views.runner import TaskRunner
from app.views.training_pages import CertificatesPage, TrainingPage, make_pages
from tests.views.conftest import Shown

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier
STARTS = date(2025, 11, 1)


@pytest.fixture
def ids(center_store: Store) -> dict[str, int]:
    """A network college with two teachers, a curriculum and one run of it; one teacher has
    completed the run already."""
    with center_store.transaction() as session:
        center = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        college = College(
            name_th="วิทยาลัยเทคนิคชลบุรี",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.EXPERT,
            center_id=center,
        )
        session.add(college)
        session.flush()
        done = Teacher(college_id=college.id, first_name="Anong", last_name="Dee")
        new = Teacher(college_id=college.id, first_name="Somchai", last_name="Jaidee")
        course = TrainingCourse(center_id=center, title="Robot maintenance", hours=30)
        session.add_all([done, new, course])
        session.flush()
        run = TrainingRun(
            course_id=course.id, starts_on=STARTS, ends_on=date(2025, 11, 5), capacity=20
        )
        session.add(run)
        session.flush()
        session.add(
            Enrollment(run_id=run.id, teacher_id=done.id, attended_hours=30, completed=True)
        )
        return {"run": run.id, "course": course.id, "done": done.id, "new": new.id}


@pytest.fixture
def page(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    ids: dict[str, int],
) -> TrainingPage:
    shown = TrainingPage(center_store, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.counts_loaded, timeout=WAIT_MS):
        shown.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    return shown


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.activePopupWidget() or _focused()
    qtbot.keyClick(target, key, modifier)


def test_a_teacher_is_enrolled_in_a_run_with_the_keyboard(
    qtbot: QtBot, page: TrainingPage, runner: TaskRunner, center_store: Store, ids: dict[str, int]
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    page.runs.table.setFocus()
    qtbot.waitUntil(page.runs.table.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(page.enrollments.count_shown, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Down)  # the first (only) run
    assert page.run_id == ids["run"]
    assert page.enrollments.total == 1
    _key(qtbot, Qt.Key.Key_Tab)  # from the runs to the enrolments of the chosen run
    assert page.enrollments.isAncestorOf(_focused())
    _key(qtbot, Qt.Key.Key_N, CTRL)
    enrollments = page.enrollments
    qtbot.waitUntil(
        lambda: enrollments.form is not None and enrollments.form.isVisible(), timeout=WAIT_MS
    )
    form = enrollments.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["run_id"].hasFocus(), timeout=WAIT_MS)
    run_box = form.fields["run_id"]
    assert isinstance(run_box, QComboBox) and "Robot maintenance" in run_box.currentText()
    _key(qtbot, Qt.Key.Key_Tab)
    chooser = form.fields["teacher_id"]
    assert isinstance(chooser, QComboBox) and chooser.hasFocus()
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), "Somchai")
    completer = chooser.completer()
    assert completer is not None
    qtbot.waitUntil(completer.popup().isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not completer.popup().isVisible(), timeout=WAIT_MS)
    assert chooser.currentText().startswith("Somchai Jaidee")
    with qtbot.waitSignal(enrollments.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: enrollments.total == 2, timeout=WAIT_MS)
    shown = [enrollments.model.index(row, 2).data() for row in range(enrollments.model.rowCount())]
    assert "Somchai Jaidee" in shown
    with center_store.session() as session:
        teachers = session.scalars(
            select(Enrollment.teacher_id).where(Enrollment.run_id == ids["run"])
        ).all()
    assert sorted(teachers) == sorted([ids["done"], ids["new"]])


def test_numbering_certificates_and_teachers_trained(
    qtbot: QtBot, page: TrainingPage, shown: Shown, center_store: Store, ids: dict[str, int]
) -> None:
    assert page.year_spin.value() >= fiscal_year_of(STARTS)
    with qtbot.waitSignal(page.counts_loaded, timeout=WAIT_MS) as loaded:
        page.year_spin.setValue(fiscal_year_of(STARTS))
    assert loaded.args == [1]
    cells = [
        [page.counts_model.index(row, column).data() for column in range(2)]
        for row in range(page.counts_model.rowCount())
    ]
    assert len(cells) == 5  # the four groups, every one shown, and the total
    assert [count for _group, count in cells] == ["0", "0", "1", "0", "1"]
    assert not page.number_button.isEnabled()
    page.runs.table.selectRow(0)
    assert page.number_button.isEnabled()
    with qtbot.waitSignal(page.certificates_numbered, timeout=WAIT_MS) as numbered:
        page.number_button.click()
    assert numbered.args == [1]
    assert shown.texts and "1" in shown.texts[-1]
    with center_store.session() as session:
        number = session.scalars(
            select(Enrollment.certificate_no).where(Enrollment.teacher_id == ids["done"])
        ).one()
    assert number == f"2568/{ids['run']}/001"


def test_the_certificates_of_a_fiscal_year(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    ids: dict[str, int],
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    pages = make_pages(center_store, runner, holder)
    assert [type(made) for made in pages] == [TrainingPage, CertificatesPage]
    certificates = pages[1]
    assert isinstance(certificates, CertificatesPage)
    assert certificates.subpage_title()
    pages[0].hide()
    with qtbot.waitSignal(certificates.loaded, timeout=WAIT_MS):
        holder.show()
    with qtbot.waitSignal(certificates.loaded, timeout=WAIT_MS) as loaded:
        certificates.year_spin.setValue(fiscal_year_of(STARTS))
    assert loaded.args == [1]
    row = [certificates.model.index(0, column).data() for column in range(7)]
    assert row[1] == "Anong Dee" and row[3] == "Robot maintenance" and row[6] == "30"
    with qtbot.waitSignal(certificates.loaded, timeout=WAIT_MS) as loaded:
        certificates.year_spin.setValue(fiscal_year_of(STARTS) + 1)
    assert loaded.args == [0]
