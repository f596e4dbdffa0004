"""The first-run dialog: center, college station, central office, demo; bad input; keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import app.services.demo as demo_package
from app.models import College
from app.models.enums import SiteKind
from app.services.paths import demo_db_path
from app.services.site_identity import local_site
from app.services.store import Store
from app.views.first_run import FirstRunDialog, Mode, search_key
from app.views.i18n import LanguageManager
from app.views.runner import TaskRunner

WAIT_MS = 60_000


@pytest.fixture
def setup_runner(empty_store: Store) -> Iterator[TaskRunner]:
    runner = TaskRunner(empty_store)
    yield runner
    assert runner.wait()


@pytest.fixture
def dialog(
    qtbot: QtBot, empty_store: Store, setup_runner: TaskRunner, languages: LanguageManager
) -> FirstRunDialog:
    first_run = FirstRunDialog(empty_store, setup_runner, languages)
    qtbot.addWidget(first_run)
    first_run.show()
    return first_run


def _site_kind(store: Store) -> SiteKind | None:
    with store.session() as session:
        site = local_site(session)
        return site.kind if site else None


def test_dialog_speaks_thai_and_lists_the_101_centers(dialog: FirstRunDialog) -> None:
    assert dialog.heading.text() == "ยินดีต้อนรับสู่ CVM Director"
    assert dialog.mode_buttons[Mode.CENTER].text() == "ศูนย์ CVM"
    assert dialog.ok_button.text() == "เริ่มใช้งาน"
    assert dialog.cancel_button.text() == "ยกเลิก"
    assert dialog.proxy.rowCount() == 101
    assert dialog.mode() is Mode.CENTER


def test_the_dialog_switches_to_english_and_back(
    qtbot: QtBot, dialog: FirstRunDialog, languages: LanguageManager
) -> None:
    assert dialog.language_button.text() == "English"
    qtbot.mouseClick(dialog.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.heading.text() == "Welcome to CVM Director", timeout=WAIT_MS)
    assert dialog.ok_button.text() == "Start"
    assert dialog.language_button.text() == "ไทย"
    qtbot.mouseClick(dialog.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.text() == "เริ่มใช้งาน", timeout=WAIT_MS)
    assert languages.language == "th"


def test_filter_finds_thai_text_by_any_part(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    dialog.filter.setText("ชลบุรี")
    lines = [dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(5)]
    assert dialog.proxy.rowCount() == 5
    assert 59 in lines
    dialog.filter.setText("หุ่นยนต์ เมคคา")  # two parts, any order
    assert dialog.proxy.rowCount() == 1
    assert dialog.selected_line() == 11  # a single match is chosen for you
    assert "11." in dialog.center_picked.text()
    dialog.filter.setText("ไม่มีศูนย์นี้")
    assert dialog.proxy.rowCount() == 0
    assert dialog.center_picked.text() == "ไม่พบศูนย์ที่ตรงกับคำที่พิมพ์"


def test_search_key_ignores_spaces_case_and_digit_forms() -> None:
    assert search_key("ศูนย์ ๑๑ Mechatronics") == "ศูนย์11mechatronics"
    assert search_key("เเม่") == search_key("แม่")


def test_creates_a_center_site(qtbot: QtBot, dialog: FirstRunDialog, empty_store: Store) -> None:
    dialog.select_center(11)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_store is empty_store
    assert empty_store.has_site
    assert _site_kind(empty_store) is SiteKind.CENTER


def test_creates_a_college_site(qtbot: QtBot, dialog: FirstRunDialog, empty_store: Store) -> None:
    dialog.mode_buttons[Mode.COLLEGE].setChecked(True)
    assert dialog.college.isEnabled()
    dialog.select_center(15)
    dialog.college.insert("วิทยาลัยเทคนิคทดสอบ")  # QTest types ASCII only
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.accept()
    assert _site_kind(empty_store) is SiteKind.COLLEGE
    with empty_store.session() as session:
        names = session.scalars(select(College.name_th)).all()
    assert "วิทยาลัยเทคนิคทดสอบ" in names


def test_creates_the_central_office(
    qtbot: QtBot, dialog: FirstRunDialog, empty_store: Store
) -> None:
    dialog.mode_buttons[Mode.CENTRAL].setChecked(True)
    assert not dialog.center_list.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.accept()
    assert _site_kind(empty_store) is SiteKind.CENTRAL


def test_bad_input_is_shown_next_to_the_fields_and_nothing_is_lost(
    qtbot: QtBot, dialog: FirstRunDialog, empty_store: Store
) -> None:
    dialog.mode_buttons[Mode.COLLEGE].setChecked(True)
    dialog.filter.setText("ชลบุรี")
    qtbot.keyClicks(dialog.college, "   ")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.center_error.isVisibleTo(dialog)
    assert dialog.center_error.text() == "โปรดเลือกศูนย์ของท่านจากรายการ"
    assert dialog.college_error.isVisibleTo(dialog)
    assert dialog.college_error.text() == "โปรดกรอกชื่อสถานศึกษาของท่าน"
    assert not empty_store.has_site
    assert dialog.filter.text() == "ชลบุรี"  # what was typed stays
    assert dialog.proxy.rowCount() == 5

    dialog.select_center(59)
    assert not dialog.center_error.isVisibleTo(dialog)
    dialog.college.setText("วิทยาลัยเทคนิคชลบุรี")
    assert not dialog.college_error.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.accept()
    assert _site_kind(empty_store) is SiteKind.COLLEGE


def test_enter_accepts_and_escape_cancels(
    qtbot: QtBot, dialog: FirstRunDialog, empty_store: Store
) -> None:
    dialog.filter.setFocus()
    dialog.filter.insert("เมคคาทรอนิกส์และหุ่นยนต์")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert _site_kind(empty_store) is SiteKind.CENTER


def test_escape_cancels_without_a_site(
    qtbot: QtBot, dialog: FirstRunDialog, empty_store: Store
) -> None:
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not empty_store.has_site


def test_down_arrow_moves_from_the_filter_into_the_list(
    qtbot: QtBot, dialog: FirstRunDialog
) -> None:
    dialog.filter.setText("ชลบุรี")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.center_list.hasFocus() or dialog.center_list.currentIndex().isValid()
    assert dialog.selected_line() == 15


def test_demo_network_is_built_and_opened(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    empty_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_build = demo_package.build_demo
    reports: list[int] = []

    def small_build(store: Store, **kwargs: Any) -> Any:
        progress = kwargs.pop("progress")

        def report(percent: int, message: str) -> None:
            reports.append(percent)
            progress(percent, message)

        return real_build(store, scale=0.02, progress=report, **kwargs)

    monkeypatch.setattr(demo_package, "build_demo", small_build)
    dialog.mode_buttons[Mode.DEMO].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.accept()
    demo = dialog.result_store
    assert demo is not None and demo is not empty_store
    try:
        assert dialog.is_demo
        assert demo.path == demo_db_path()
        assert demo.has_site
        assert not empty_store.has_site  # the real database is untouched
        assert reports and reports[0] == 0
    finally:
        demo.close()
