"""The generic list screen: rows, search, sorting, import with a preview, export, languages."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.models.enums import EnterpriseLocation
from app.models.network import Enterprise
from app.services.store import Store
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.runner import TaskRunner
from tests.views.conftest import Shown

WAIT_MS = 20_000
NAMES = (
    "บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด",
    "บริษัท ไทยซัมมิท ออโตพาร์ท จำกัด",
    "บริษัท กรุงเทพ โรบอติกส์ จำกัด",
)


def _add_enterprises(store: Store, *names: str) -> None:
    with store.transaction() as session:
        for name in names:
            session.add(Enterprise(name_th=name, location=EnterpriseLocation.DOMESTIC))


def _write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _names(page: ListPage) -> list[str]:
    model = page.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> ListPage:
    _add_enterprises(center_store, *NAMES)
    shown = ListPage("enterprises", "enterprises", center_store, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.count_shown, timeout=WAIT_MS):
        shown.show()
    return shown


def _choose_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> None:
    def fake(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, staticmethod(fake))


def test_the_list_shows_the_rows_and_their_count(page: ListPage) -> None:
    assert page.built
    assert sorted(_names(page)) == sorted(NAMES)
    assert page.total == 3
    assert "3" in page.count_label.text()
    assert page.import_button.isVisible() and page.export_button.isVisible()
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == page.model.sort_column() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_search_narrows_the_rows(qtbot: QtBot, page: ListPage) -> None:
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS) as counted:
        page.search.setText("โตโยต้า")  # QTest cannot type Thai keys
    assert counted.args == [1]
    assert _names(page) == [NAMES[0]]
    assert "1" in page.count_label.text()

    page.search.setText("โต")  # two characters wait for Enter
    assert not page.search_timer.isActive()
    assert page.model.query.search == "โตโยต้า"
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.query.search == "โต"

    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS) as counted:
        page.search.clear()
    assert counted.args == [3]
    assert len(_names(page)) == 3


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, page: ListPage) -> None:
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus, timeout=WAIT_MS)


def test_clicking_a_header_sorts_through_the_service(page: ListPage) -> None:
    header = page.table.horizontalHeader()
    ascending = _names(page)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort is not None and page.model.query.sort.descending
    assert _names(page) == ascending[::-1]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_import_goes_through_the_preview_and_saves(
    qtbot: QtBot, page: ListPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    rows = [
        ["ชื่อสถานประกอบการ", "ในประเทศ/ต่างประเทศ", "จังหวัด"],
        ["บริษัท นิวแมติก ระยอง จำกัด", "ในประเทศ", "ระยอง"],
        ["บริษัท เซอร์โว ชลบุรี จำกัด", "", "ชลบุรี"],
        [NAMES[1], "ในประเทศ", ""],
    ]
    _choose_file(monkeypatch, "getOpenFileName", _write_csv(tmp_path / "new.csv", rows))
    page.import_button.click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=WAIT_MS)
    preview = page.preview
    assert preview is not None
    assert (preview.plan.new_count, preview.plan.duplicate_count) == (2, 1)
    assert "2" in preview.new_label.text() and "1" in preview.duplicate_label.text()
    assert preview.save_button.isEnabled()
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as imported:
        preview.save_button.click()
    assert imported.args == [2]
    qtbot.waitUntil(lambda: page.total == 5, timeout=WAIT_MS)
    assert "บริษัท นิวแมติก ระยอง จำกัด" in _names(page)
    assert len(_names(page)) == 5
    assert shown.boxes[-1][0] == "info"


def test_a_file_with_a_bad_row_shows_the_errors_and_cannot_be_saved(
    qtbot: QtBot, page: ListPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        ["ชื่อสถานประกอบการ", "ในประเทศ/ต่างประเทศ", "ประเทศ", "จังหวัด"],
        ["บริษัท ดี จำกัด", "ในประเทศ", "", "ระยอง"],
        ["บริษัท ผิด จำกัด", "ต่างประเทศ", "", ""],
    ]
    _choose_file(monkeypatch, "getOpenFileName", _write_csv(tmp_path / "bad.csv", rows))
    page.import_button.click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=WAIT_MS)
    preview = page.preview
    assert preview is not None
    assert preview.plan.error_count == 1
    assert not preview.save_button.isEnabled()
    assert preview.issues.rowCount() >= 1
    assert preview.issues.item(0, 0).text() == "3"
    assert preview.issues.item(0, 1).text() == "ประเทศ"
    assert preview.issues.item(0, 2).text()
    preview.reject()
    assert len(_names(page)) == 3


def test_an_unreadable_file_is_reported_in_the_users_language(
    qtbot: QtBot, page: ListPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    _choose_file(monkeypatch, "getOpenFileName", empty)
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(shown.boxes), timeout=WAIT_MS)
    kind, text, _detail = shown.boxes[-1]
    assert kind == "error" and "empty.csv" in text
    assert page.preview is None


def test_export_writes_a_workbook_of_the_whole_list(
    qtbot: QtBot, page: ListPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_file(monkeypatch, "getSaveFileName", tmp_path / "enterprises")
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS) as exported:
        page.export_button.click()
    path = tmp_path / "enterprises.xlsx"
    assert exported.args == [str(path)]
    workbook = openpyxl.load_workbook(path, read_only=True)
    values = [cell for row in workbook.active.iter_rows(values_only=True) for cell in row]
    assert set(NAMES) <= set(values)
    workbook.close()


def test_a_blank_template_can_be_saved(
    qtbot: QtBot, page: ListPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_file(monkeypatch, "getSaveFileName", tmp_path / "template.xlsx")
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.template_button.click()
    assert (tmp_path / "template.xlsx").stat().st_size > 0


def test_the_language_switch_retranslates_headers_and_buttons(
    qtbot: QtBot, page: ListPage, languages: LanguageManager
) -> None:
    def header(column: int) -> str:
        return str(page.model.headerData(column, Qt.Orientation.Horizontal))

    assert header(0) == "ชื่อ"
    assert page.import_button.text() == "นำเข้าจาก Excel/CSV…"
    assert page.count_label.text() == "3 รายการ"
    languages.apply("en")
    qtbot.waitUntil(lambda: header(0) == "Name", timeout=WAIT_MS)
    # Widgets re-translate on the LanguageChange event, which Qt delivers after the switch.
    qtbot.waitUntil(lambda: page.import_button.text() == "Import from Excel/CSV…", timeout=WAIT_MS)
    assert page.template_button.text() == "Save a blank template…"
    assert page.export_button.text() == "Export to Excel…"
    assert page.count_label.text() == "3 rows"
    assert page.heading.text() == "Enterprises"
    languages.apply("th")
    qtbot.waitUntil(lambda: page.heading.text() == "สถานประกอบการ", timeout=WAIT_MS)
    assert header(0) == "ชื่อ"


def test_meetings_have_no_spreadsheet_buttons(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    meetings = ListPage("meetings", None, center_store, runner)
    qtbot.addWidget(meetings)
    with qtbot.waitSignal(meetings.count_shown, timeout=WAIT_MS):
        meetings.show()
    assert not meetings.import_button.isVisible()
    assert not meetings.export_button.isVisible()
    assert meetings.model.columnCount() == 4
