"""The main window: pages, fiscal-year selector, live language switch, settings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Center, Meeting
from app.models.enums import MeetingKind
from app.services import overview as overview_service
from app.services.settings import Settings
from app.services.store import Store
from app.services.sync.trust import fingerprint
from app.services.thai.fiscal import current_fiscal_year
from app.views.app_main import local_site_info
from app.views.area_page import AreaPage
from app.views.home_page import HomePage
from app.views.i18n import LanguageManager
from app.views.list_page import list_title
from app.views.main_window import MainWindow
from app.views.page import Page
from app.views.reports_page import ReportsPage
from app.views.runner import TaskRunner

WAIT_MS = 20_000


def _add_meetings(store: Store, *days: date) -> None:
    with store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        for day in days:
            session.add(
                Meeting(center_id=center_id, kind=MeetingKind.EXECUTIVE, held_on=day, title="ประชุม")
            )


def test_window_opens_on_the_home_page_in_thai(window: MainWindow) -> None:
    assert window.current_page() is window.home
    assert window.nav.item(0).text() == "หน้าหลัก"
    # home, 7 areas, installation, data exchange, and each area's own pages after it
    assert window.nav.count() == 11 + sum(len(pages) for pages in window.subpages.values())
    assert window.nav.item(2).text() == list_title("colleges")
    assert window.nav.item(3).text() == list_title("enterprises")
    for code, pages in window.subpages.items():
        area = window.pages.index(window.area_pages[int(code) - 1])
        assert window.pages[area + 1 : area + 1 + len(pages)] == pages
    assert {code for code, pages in window.subpages.items() if pages} == set("1234567")
    teachers = window.pages.index(window.area_pages[4]) + 1
    assert window.nav.item(teachers).text() == list_title("teachers")
    assert "ปีงบประมาณ" in window.home.heading.text()
    assert window.home.cards[0].title.text().startswith("การบริหารจัดการศูนย์")
    assert "ศูนย์ CVM" in window.site_status.text()
    assert str(window.store.path) in window.site_status.text()
    assert window.year_combo.currentData() == current_fiscal_year()
    assert all(card.overview is not None for card in window.home.cards)
    assert window.home.cards[0].labels[0].text() == "การประชุมคณะกรรมการบริหารศูนย์"
    assert not window.home.cards[0].labels[0].isHidden()


def test_counting_starts_once_the_window_is_shown(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    settings: Settings,
    languages: LanguageManager,
) -> None:
    main = MainWindow(center_store, runner, settings, languages, site=local_site_info(center_store))
    qtbot.addWidget(main)
    assert not runner.busy
    assert "กำลังนับ" in main.home.hint.text()
    with qtbot.waitSignal(main.overview_loaded, timeout=WAIT_MS):
        main.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_area_pages_are_laid_out_when_first_opened_in_the_current_language(
    qtbot: QtBot, window: MainWindow, languages: LanguageManager
) -> None:
    page = window.area_pages[2]
    assert not page.built
    languages.apply("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home", timeout=WAIT_MS)
    window.page_actions[3].trigger()
    assert window.current_page() is page and page.built
    assert page.kicker.text() == "Area 3 of the CVM manual"
    assert page.sections[0].targets_heading.text() == "Targets"
    assert page.subheading.text().startswith("Fiscal year")
    assert "counting" not in page.subheading.text()
    labels = [label.text() for label, _value in page.sections[0].figure_rows]
    assert labels and all(labels)
    languages.apply("th")
    qtbot.waitUntil(lambda: page.sections[0].targets_heading.text() == "เป้าหมาย", timeout=WAIT_MS)


def test_every_page_can_be_reached(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        assert window.stack.currentIndex() == index
    assert isinstance(window.current_page(), ReportsPage)
    numbered = [window.home, *window.area_pages, window.installation, window.exchange]
    for page, action in zip(numbered, window.page_actions, strict=True):
        action.trigger()
        assert window.current_page() is page
    assert window.page_actions[3].shortcut() == QKeySequence("Ctrl+3")


def test_installation_page_shows_the_site_and_row_counts(
    qtbot: QtBot, window: MainWindow, center_store: Store
) -> None:
    assert not window.installation.built  # made when first shown
    with qtbot.waitSignal(window.info_loaded, timeout=WAIT_MS):
        window.show_page(window.pages.index(window.installation))
    page = window.installation
    assert page.info is not None and page.info.site is not None
    assert page.field_values["uuid"].text() == page.info.site.uuid
    assert page.field_values["key"].text() == fingerprint(page.info.site.public_key_hex)
    assert page.field_values["kind"].text() == "ศูนย์ CVM"
    assert page.field_values["path"].text() == str(center_store.path)
    names = {page.table.item(row, 1).text() for row in range(page.table.rowCount())}
    assert {"placement", "college", "site"} <= names
    college_row = next(
        row for row in range(page.table.rowCount()) if page.table.item(row, 1).text() == "college"
    )
    assert page.table.item(college_row, 0).text() == "สถานศึกษาเครือข่าย"
    assert page.table.item(college_row, 2).text() == "1"


def test_clicking_a_card_opens_its_area(qtbot: QtBot, window: MainWindow) -> None:
    card = window.home.cards[4]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    page = window.current_page()
    assert isinstance(page, AreaPage)
    assert page.code == "5"
    window.show_page(0)
    window.home.cards[1].setFocus()
    qtbot.keyClick(window.home.cards[1], Qt.Key.Key_Return)
    assert window.current_page() is window.area_pages[1]


def test_area_page_lists_activities_targets_and_counts(window: MainWindow) -> None:
    page = window.area_pages[0]
    assert [s.code for s in page.sections] == ["1.1", "1.2", "1.3", "1.4"]
    first = page.sections[0]
    assert first.title.text().startswith("1.1")
    target_texts = [text.text() for _t, text, _m in first.target_rows]
    assert "ประชุมคณะกรรมการบริหารศูนย์ อย่างน้อยปีงบประมาณละ 2 ครั้ง" in target_texts[0]
    marks = [mark.text() for _t, _text, mark in first.target_rows]
    assert marks[0] == "ยังไม่บรรลุ"
    labels = [label.text() for label, _value in first.figure_rows]
    assert "การประชุมคณะกรรมการบริหารศูนย์" in labels


def test_changing_the_fiscal_year_recounts(
    qtbot: QtBot, window: MainWindow, center_store: Store, settings: Settings
) -> None:
    current = current_fiscal_year()
    first_day = date(current - 543 - 1, 10, 1)
    _add_meetings(center_store, first_day, date(current - 543 - 1, 9, 30))

    def executive_meetings() -> str:
        return window.area_pages[0].sections[0].figure_rows[0][1].text()

    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS) as signal:
        window.set_fiscal_year(current - 1)
    assert signal.args == [current - 1]
    assert executive_meetings() == "1"
    assert settings.fiscal_year() == current - 1
    assert window.year_combo.currentData() == current - 1

    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS):
        window.set_fiscal_year(current)
    assert executive_meetings() == "1"
    assert settings.fiscal_year() is None  # the current year is remembered as "current"


def test_the_year_selector_recounts_without_blocking(qtbot: QtBot, window: MainWindow) -> None:
    window.load_years()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert window.year_combo.count() >= 1
    window.year_combo.addItem("2560", 2560)
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS):
        window.year_combo.setCurrentIndex(window.year_combo.findData(2560))
        assert "กำลังนับ" in window.home.hint.text()  # shown while the worker counts
    assert window.fiscal_year == 2560
    assert "2560" in window.home.heading.text()


def test_a_failed_count_is_reported_and_can_be_retried(
    qtbot: QtBot, window: MainWindow, shown: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_session: object, _year: int) -> None:
        raise RuntimeError("disk error")

    with monkeypatch.context() as patch:
        patch.setattr(overview_service, "area_overview", broken)
        window.load_overview()
        qtbot.waitUntil(lambda: window.home.failed, timeout=WAIT_MS)
    assert "ไม่สำเร็จ" in window.home.hint.text()
    assert shown.texts and "บันทึกการทำงาน" in shown.texts[-1]
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS):
        window.load_overview()
    assert not window.home.failed


def test_language_switches_live_and_back(
    qtbot: QtBot, window: MainWindow, languages: LanguageManager, settings: Settings
) -> None:
    area_page = window.area_pages[0]
    assert window.nav.item(0).text() == "หน้าหลัก"
    languages.apply("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home", timeout=WAIT_MS)
    assert window.nav.item(1).text() == "1. Managing the CVM center"
    assert window.home.cards[0].number.text() == "Area 1"
    assert area_page.sections[0].targets_heading.text() == "Targets"
    assert window.file_menu.title() == "&File"
    assert window.language_actions["en"].isChecked()
    assert settings.language() == "en"

    languages.apply("th")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "หน้าหลัก", timeout=WAIT_MS)
    assert window.home.cards[0].number.text() == "ด้านที่ 1"
    assert area_page.sections[0].targets_heading.text() == "เป้าหมาย"
    assert window.language_actions["th"].isChecked()
    assert settings.language() == "th"


def test_thai_digits_can_be_switched_on(window: MainWindow, settings: Settings) -> None:
    window.digits_action.setChecked(True)
    assert "๒๕" in window.home.heading.text()
    assert settings.thai_digits() is True
    window.digits_action.setChecked(False)
    assert "25" in window.home.heading.text()


def test_geometry_is_remembered(qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    window.resize(1000, 700)
    window.close()
    assert settings.window_geometry() != b""
    assert Settings().window_state() != b""


def test_about_and_quit(window: MainWindow, shown: Any) -> None:
    window.about_action.trigger()
    assert "CVM Director" in shown.texts[-1]
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    window.quit_action.trigger()
    assert not window.isVisible()


def test_home_page_can_be_built_alone(qtbot: QtBot, languages: LanguageManager) -> None:
    page = HomePage()
    qtbot.addWidget(page)
    page.show_loading(2569, None)
    assert page.cards[0].values[0].text() == "…"
    # The headline labels show while counting (they need no database work).
    assert not page.cards[0].labels[0].isHidden()
    assert page.cards[0].labels[0].text()


def test_pages_with_a_year_box_follow_the_window_year(qtbot: QtBot, window: MainWindow) -> None:
    current = current_fiscal_year()
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS):
        window.set_fiscal_year(current - 2)
    with_boxes = [page for page in window.pages if type(page).year_box is not Page.year_box]
    assert len(with_boxes) >= 5  # plan, training, certificates, results, short courses
    plan = with_boxes[0]
    assert plan.year_box() is None  # not built yet: it starts with the window's year
    window.show_page(window.pages.index(plan))
    box = plan.year_box()
    assert box is not None and box.value() == current - 2
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS):
        window.set_fiscal_year(current - 1)
    assert box.value() == current - 1
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
