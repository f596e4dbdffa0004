"""The reports page by keyboard: the catalogue as a list, a report chosen with the arrow keys
and previewed with Enter for the fiscal year set; the run box of the certificates; the page is
reached with Ctrl+R after Data exchange and follows the window's fiscal year."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from app.services.reports import catalogue
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.document import ReportDocument
from app.services.settings import Settings
from app.services.store import Store
from app.views import reports_page, texts
from app.views.main_window import MainWindow
from app.views.report_preview import State
from app.views.reports_page import ReportsPage
from app.views.runner import TaskRunner
from app.views.thai_wrap import for_display

WAIT_MS = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


def _one_page(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    document.heading("ส่วนที่ ๑")
    document.paragraph(f"ปีงบประมาณ {options.fiscal_year} รุ่น {options.training_run}")


SPECS = (
    ReportSpec(
        name="first",
        title=lambda: "รายงานผลการดำเนินงาน",
        build=_one_page,
        description=lambda: "ผลการดำเนินงานของศูนย์ทุกด้านตามคู่มือ",
    ),
    ReportSpec(
        name="second",
        title=lambda: "รายงานการประชุม",
        build=_one_page,
        description=lambda: "การประชุมคณะกรรมการในปีงบประมาณ",
    ),
    ReportSpec(
        name="runs",
        title=lambda: "วุฒิบัตร",
        build=_one_page,
        needs=frozenset({Need.TRAINING_RUN}),
        landscape_pages=True,
    ),
    ReportSpec(
        name="list",
        title=lambda: "พิมพ์รายการ",
        build=_one_page,
        needs=frozenset({Need.LIST}),
    ),
)


@pytest.fixture(autouse=True)
def small_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue, "reports", lambda: SPECS)


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    found = [("short_course_run:7", "หลักสูตรหุ่นยนต์ รุ่น ๑"), ("training_run:3", "PLC รุ่น ๒")]
    asked: list[int] = []

    def fake(_session: Session, fiscal_year: int) -> list[tuple[str, str]]:
        asked.append(fiscal_year)
        return found if fiscal_year == 2569 else []

    monkeypatch.setattr(reports_page, "load_training_runs", fake)
    return found


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: Any, settings: Settings
) -> Iterator[ReportsPage]:
    settings.set_thai_digits(True)
    made = ReportsPage(center_store, runner)
    qtbot.addWidget(made)
    made.follow_fiscal_year(2569)
    made.apply_settings(settings)
    with qtbot.waitSignal(made.catalogue_loaded, timeout=WAIT_MS):
        made.show()
    yield made
    window = made.preview_window
    if window is not None and shiboken6.isValid(window):
        window.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def _titles(page: ReportsPage) -> list[str]:
    return [page.report_list.item(row).text() for row in range(page.report_list.count())]


def test_choose_a_report_and_preview_it_with_enter(qtbot: QtBot, page: ReportsPage) -> None:
    # The list report is printed from the list screens, not from here.
    assert _titles(page) == [
        for_display(title) for title in ("รายงานผลการดำเนินงาน", "รายงานการประชุม", "วุฒิบัตร")
    ]
    first = page.report_list.item(0)
    assert first.data(reports_page.DESCRIPTION_ROLE) == for_display(
        "ผลการดำเนินงานของศูนย์ทุกด้านตามคู่มือ"
    )
    assert page.report_list.currentRow() == 0
    assert page.year_spin.value() == 2569
    assert page.digits_check.isChecked()  # the settings' choice
    assert page.lists_hint.text()
    page.report_list.setFocus()
    qtbot.keyClick(page.report_list, Qt.Key.Key_Down)
    assert page.chosen_title.text() == for_display("รายงานการประชุม")
    assert page.chosen_description.text() == for_display("การประชุมคณะกรรมการในปีงบประมาณ")
    assert page.run_combo.isHidden()

    qtbot.keyClick(page.report_list, Qt.Key.Key_Tab)
    assert page.year_spin.hasFocus()
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2568")
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Tab)
    qtbot.keyClick(page.digits_check, Qt.Key.Key_Space)  # Arabic digits this time
    qtbot.keyClick(page.digits_check, Qt.Key.Key_Return)

    window = page.preview_window
    assert window is not None
    preview = window.preview
    assert preview.name == "second"
    assert preview.options == ReportOptions(fiscal_year=2568, thai_digits=False)
    qtbot.waitUntil(lambda: preview.shown_page == 0, timeout=WAIT_MS)
    assert preview.page_count == 1


def test_enter_in_the_list_previews_the_report_chosen(qtbot: QtBot, page: ReportsPage) -> None:
    page.report_list.setFocus()
    qtbot.keyClick(page.report_list, Qt.Key.Key_Return)
    window = page.preview_window
    assert window is not None
    assert window.preview.name == "first"
    assert window.preview.options == ReportOptions(fiscal_year=2569, thai_digits=True)
    qtbot.waitUntil(lambda: window.preview.state is State.READY, timeout=WAIT_MS)


def test_certificates_ask_for_a_training_run_of_the_year(
    qtbot: QtBot, page: ReportsPage, runs: list[tuple[str, str]]
) -> None:
    page.report_list.setFocus()
    with qtbot.waitSignal(page.runs_loaded, timeout=WAIT_MS):
        qtbot.keyClick(page.report_list, Qt.Key.Key_End)
    assert not page.run_combo.isHidden()
    assert [page.run_combo.itemText(row) for row in range(page.run_combo.count())] == [
        label for _key, label in runs
    ]
    assert page.preview_button.isEnabled()
    page.run_combo.setFocus()
    qtbot.keyClick(page.run_combo, Qt.Key.Key_Down)
    qtbot.keyClick(page.run_combo, Qt.Key.Key_Return)
    window = page.preview_window
    assert window is not None
    assert window.preview.options.training_run == "training_run:3"
    qtbot.waitUntil(lambda: window.preview.state is State.READY, timeout=WAIT_MS)
    window.close()

    with qtbot.waitSignal(page.runs_loaded, timeout=WAIT_MS):
        page.year_spin.setValue(2570)
    assert page.run_combo.count() == 0
    assert not page.preview_button.isEnabled()
    assert page.run_hint.text() == for_display(
        _tr("No training run ended in fiscal year {year}.").format(year=texts.year(2570))
    )
    page.preview_window = None
    page.report_list.setFocus()
    qtbot.keyClick(page.report_list, Qt.Key.Key_Return)
    assert page.preview_window is None  # nothing to preview without a run


def test_reports_page_after_data_exchange_follows_the_window_year(
    qtbot: QtBot, window: MainWindow
) -> None:
    reports = window.reports
    assert window.pages.index(reports) == window.pages.index(window.exchange) + 1
    assert window.nav.item(window.pages.index(reports)).text() == QCoreApplication.translate(
        "MainWindow", "Reports"
    )
    window.set_fiscal_year(2560)
    assert not reports.built and reports.followed_year == 2560
    window.activateWindow()
    window.nav.setFocus()
    with qtbot.waitSignal(reports.catalogue_loaded, timeout=WAIT_MS):
        qtbot.keyClick(window.nav, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is reports
    assert reports.year_spin.value() == 2560
    window.set_fiscal_year(2566)
    assert reports.year_spin.value() == 2566
    assert _titles(reports)[0] == for_display("รายงานผลการดำเนินงาน")


def test_the_scorecard_link_of_the_reports_sent_opens_their_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    """1.2 / 1.3 link to the reports page; it opens the reports sent in the year asked for."""
    from app.models.enums import SentReportKind
    from app.services.listing.query import ListFilters
    from app.services.report_dispatch import dispatches
    from app.views.report_dispatch_dialog import ReportDispatchDialog

    window.open_list("report_dispatch", ListFilters(fiscal_year=2568))
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    assert page.year_spin.value() == 2568
    dialog = page.dispatch_dialog
    assert isinstance(dialog, ReportDispatchDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.fiscal_year == 2568
    dialog.sent[SentReportKind.MATCHING].setChecked(True)
    dialog.days[SentReportKind.MATCHING].setText("1/8/2568")
    with qtbot.waitSignal(page.sent_loaded, timeout=WAIT_MS):
        dialog.save_button.click()
    assert "1.3" in page.sent_status.text()
    with window.store.session() as session:
        assert SentReportKind.MATCHING in dispatches(session, 2568)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
