"""Print this list: the list page's button and Ctrl+P open the report preview with the
page's list, filters, search and order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Center, Meeting
from app.models.enums import MeetingKind
from app.services.listing import ListFilters, Sort
from app.services.reports.catalogue import ReportOptions
from app.services.store import Store
from app.views import report_preview, texts
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.runner import TaskRunner

WAIT_MS = 20_000


@dataclass
class Opened:
    parent: QWidget
    store: Store
    runner: TaskRunner
    name: str
    options: ReportOptions


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Opened]:
    calls: list[Opened] = []

    def fake(*args: Any) -> None:
        calls.append(Opened(*args))

    monkeypatch.setattr(report_preview, "open_report_preview", fake)
    return calls


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> ListPage:
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        for number, kind in enumerate((MeetingKind.EXECUTIVE, MeetingKind.DIRECTORS), start=1):
            session.add(
                Meeting(
                    center_id=center_id,
                    kind=kind,
                    held_on=date(2026, 1, number),
                    title=f"ประชุมครั้งที่ {number}/2569",
                )
            )
    shown = ListPage("meetings", None, center_store, runner)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.count_shown, timeout=WAIT_MS):
        shown.show()
    return shown


def test_the_button_previews_the_list_with_the_pages_filters_and_search(
    qtbot: QtBot, page: ListPage, opened: list[Opened], center_store: Store, runner: TaskRunner
) -> None:
    filters = ListFilters(fiscal_year=2569, meeting_kind=MeetingKind.EXECUTIVE)
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.show_filtered(filters)
    page.search.setText("ประชุม")
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.run_search()
    header = page.table.horizontalHeader()
    header.sortIndicatorChanged.emit(0, Qt.SortOrder.AscendingOrder)  # by date, oldest first

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    assert len(opened) == 1
    call = opened[0]
    assert call.parent is page and call.store is center_store and call.runner is runner
    assert call.name == "list"
    options = call.options
    assert options.list_kind == "meetings"
    assert options.list_filters == filters
    assert options.list_search == "ประชุม"
    assert options.list_sort == Sort("held_on", descending=False)
    assert options.fiscal_year == 2569
    assert options.thai_digits is False


def test_ctrl_p_prints_what_was_typed_in_the_search_box(
    qtbot: QtBot, page: ListPage, opened: list[Opened]
) -> None:
    texts.set_thai_digits(True)
    try:
        page.search.setText("ครั้งที่")  # not searched yet: the timer is still running
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    finally:
        texts.set_thai_digits(False)
    assert len(opened) == 1
    options = opened[0].options
    assert options.list_search == "ครั้งที่" == page.model.query.search
    assert options.list_filters == ListFilters()
    assert options.thai_digits is True


def test_the_button_is_named_in_the_users_language(page: ListPage) -> None:
    assert page.print_button.isVisible()
    assert page.print_button.text() == QCoreApplication.translate(
        "ListPage", "Print this list… (Ctrl+P)"
    )


def test_the_real_preview_makes_the_list(qtbot: QtBot, page: ListPage) -> None:
    from app.views.report_preview import ReportPreviewWindow, State

    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.show_filtered(ListFilters(meeting_kind=MeetingKind.DIRECTORS))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    window = page.findChild(ReportPreviewWindow)
    assert window is not None
    preview = window.preview
    qtbot.waitUntil(lambda: preview.state is not State.MAKING, timeout=WAIT_MS)
    assert preview.state is State.READY
    assert preview.page_count == 1
    with qtbot.waitSignal(preview.idle, timeout=WAIT_MS, raising=False):
        window.close()
