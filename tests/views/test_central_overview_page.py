"""The national overview page: 101 centers, figures of counts-only packages, sorting with the
totals row kept last, refresh by button and F5, and a fit on a 1366×768 screen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.models.base import new_uuid
from app.models.enums import SiteKind
from app.models.network import Center
from app.models.site import Site
from app.models.sync import CentralCount, SyncPackage
from app.services.store import Store
from app.views import texts
from app.views.central_overview_page import (
    CENTER,
    LAST_PACKAGE,
    LINE,
    CentralOverviewPage,
)
from app.views.i18n import LanguageManager
from app.views.runner import TaskRunner

WAIT_MS = 20_000
COLLEGES, TEACHERS = 2, 3


def _translate(text: str) -> str:
    return QCoreApplication.translate("CentralOverviewPage", text)


def _receive(
    store: Store,
    line: int,
    at: datetime,
    *,
    profile: str = "pseudonymised",
    counts: dict[str, int] | None = None,
) -> None:
    """A package from center ``line`` applied here at ``at`` (counts-only with ``counts``)."""
    from sqlalchemy import select

    with store.transaction() as session:
        center = session.scalars(select(Center).where(Center.seq == line)).one()
        site = session.scalars(select(Site).where(Site.center_uuid == center.uuid)).first()
        if site is None:
            site = Site(
                uuid=new_uuid(),
                kind=SiteKind.CENTER,
                name=f"ศูนย์ลำดับ {line}",
                center_uuid=center.uuid,
                public_key="cd" * 32,
                key_id="1" * 16,
                enrolled_at=datetime(2026, 1, 1),
            )
            session.add(site)
        package_uuid = new_uuid()
        session.add(
            SyncPackage(
                package_uuid=package_uuid,
                direction="in",
                peer_uuid=site.uuid,
                profile=profile,
                since_seq=-1,
                through_seq=1,
                rows=0,
                file_name="p.cvmpkg",
                summary={},
                at=at,
            )
        )
        college = new_uuid()
        for table, rows in (counts or {}).items():
            session.add(
                CentralCount(
                    center_uuid=center.uuid,
                    table_name=table,
                    college_uuid=college,
                    rows=rows,
                    package_uuid=package_uuid,
                )
            )


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> CentralOverviewPage:
    _receive(
        center_store,
        23,
        datetime(2026, 10, 5, 9, 30),
        profile="counts",
        counts={"college": COLLEGES, "teacher": TEACHERS, "student": 40, "enrollment": 6},
    )
    overview = CentralOverviewPage(center_store, runner)
    qtbot.addWidget(overview)
    with qtbot.waitSignal(overview.loaded, timeout=WAIT_MS):
        overview.resize(1100, 640)
        overview.show()
    return overview


def _cell(page: CentralOverviewPage, row: int, column: int) -> str:
    return str(page.proxy.index(row, column).data())


def _row_of(page: CentralOverviewPage, line: int) -> int:
    for row in range(page.proxy.rowCount()):
        if _cell(page, row, LINE) == texts.number(line):
            return row
    raise AssertionError(f"center {line} not shown")


def test_the_101_centers_and_the_totals_row(page: CentralOverviewPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.proxy.rowCount() == 102
    last = page.proxy.rowCount() - 1
    assert _cell(page, last, CENTER) == _translate("Total, all centers")
    assert _cell(page, last, CENTER + 1) == texts.number(COLLEGES + 1)  # + the host college
    assert _cell(page, last, CENTER + 2) == texts.number(TEACHERS)
    assert page.proxy.index(last, CENTER).data(Qt.ItemDataRole.FontRole).bold()

    counted = _row_of(page, 23)
    assert _cell(page, counted, CENTER + 1) == texts.number(COLLEGES)
    assert _cell(page, counted, CENTER + 3) == texts.number(40)
    expected = _translate("{day} (counts)").format(
        day=texts.date_text(datetime(2026, 10, 5).date())
    )
    assert _cell(page, counted, LAST_PACKAGE) == expected
    assert _cell(page, _row_of(page, 11), LAST_PACKAGE) == _translate("no package yet")
    assert "1" in page.status.text() and "101" in page.status.text()


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_keeps_the_totals_row_last(page: CentralOverviewPage, order: Qt.SortOrder) -> None:
    last = page.proxy.rowCount() - 1
    page.table.sortByColumn(CENTER + 2, order)  # teachers
    assert _cell(page, last, CENTER) == _translate("Total, all centers")
    teachers = [_cell(page, row, CENTER + 2) for row in range(last)]
    if order == Qt.SortOrder.DescendingOrder:
        assert teachers[0] == texts.number(TEACHERS)
    else:
        assert teachers[-1] == texts.number(TEACHERS)
    page.table.sortByColumn(LINE, order)
    lines = [page.proxy.index(row, LINE).data(Qt.ItemDataRole.UserRole + 1) for row in range(last)]
    assert lines == sorted(lines, reverse=order == Qt.SortOrder.DescendingOrder)
    assert _cell(page, last, CENTER) == _translate("Total, all centers")


def test_refresh_by_button_and_by_f5(
    qtbot: QtBot, page: CentralOverviewPage, center_store: Store
) -> None:
    _receive(center_store, 5, datetime(2026, 11, 2, 8, 0))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert _cell(page, _row_of(page, 5), LAST_PACKAGE) == texts.date_text(
        datetime(2026, 11, 2).date()
    )

    _receive(center_store, 7, datetime(2026, 11, 3, 8, 0))
    page.activateWindow()
    page.table.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert _cell(page, _row_of(page, 7), LAST_PACKAGE) == texts.date_text(
        datetime(2026, 11, 3).date()
    )
    assert page.figures is not None
    assert sum(1 for entry in page.figures if entry.last_package_at) == 3


def test_keyboard_moves_through_the_table(qtbot: QtBot, page: CentralOverviewPage) -> None:
    page.activateWindow()
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == page.proxy.rowCount() - 1


def test_fits_a_1366_by_768_screen(page: CentralOverviewPage) -> None:
    page.resize(1366 - 260, 768 - 120)  # beside the navigation, under the title bar
    header = page.table.horizontalHeader()
    used = sum(header.sectionSize(column) for column in range(page.model.columnCount()))
    assert used <= page.table.viewport().width() + 1
    assert header.sectionSize(CENTER) >= 160
    assert page.minimumSizeHint().width() <= 1366 - 260


def test_language_change_retitles_the_columns(
    qtbot: QtBot, page: CentralOverviewPage, languages: LanguageManager
) -> None:
    languages.apply("en", remember=False)
    # Qt posts the language change: the page retranslates when the event arrives.
    qtbot.waitUntil(lambda: page.refresh_button.text() == "Refresh (F5)", timeout=WAIT_MS)
    title = page.model.headerData(LAST_PACKAGE, Qt.Orientation.Horizontal)
    assert title == "Last package"
    assert _cell(page, _row_of(page, 11), LAST_PACKAGE) == "no package yet"
    assert page.refresh_button.text() == "Refresh (F5)"
    assert page.model.rowCount(QModelIndex()) == 102


def test_nothing_is_read_before_the_page_is_shown(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    hidden = CentralOverviewPage(center_store, runner)
    qtbot.addWidget(hidden)
    assert not runner.busy
    assert hidden.figures is None
    assert hidden.model.rowCount() == 0
    with qtbot.waitSignal(hidden.loaded, timeout=WAIT_MS):
        hidden.refresh()
    assert hidden.figures is not None and len(hidden.figures) == 101
    assert hidden.status.text() == _translate("No center has sent a package yet.")
