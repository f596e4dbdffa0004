"""The paged table model over the list service, on a demo network."""

from __future__ import annotations

import gc
import shutil
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import MeetingKind
from app.models.governance import Meeting
from app.services.listing import ListFilters, ListKind, ListQuery, Sort, count, page, spec_for
from app.services.store import Store, open_store
from app.services.thai.collation import thai_sorted
from app.views.i18n import LanguageManager
from app.views.paged_table_model import PagedTableModel

TODAY = date(2026, 11, 21)
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(scope="module")
def demo(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A small demo network (a few hundred enterprises, agreements, meetings ...)."""
    path = tmp_path_factory.mktemp("paged") / "demo.db"
    shutil.copyfile(demo_db_template, path)
    store = open_store(path)
    yield store
    store.close()


def _column(kind: ListKind, key: str) -> int:
    return spec_for(kind).index_of(key)


def _fetch_all(model: PagedTableModel) -> None:
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)


def _shown(model: PagedTableModel, column: int) -> list[str]:
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


@pytest.mark.parametrize("kind", list(ListKind))
def test_every_list_passes_the_model_tester(
    qtmodeltester: ModelTester, demo: Store, kind: ListKind
) -> None:
    # The tester stays attached and fetches more itself as rows arrive, so each model is
    # checked in one state: the first page, and every row.
    first_page = PagedTableModel(demo.session, ListQuery(kind, as_of=TODAY), page_size=7)
    qtmodeltester.check(first_page)
    complete = PagedTableModel(demo.session, ListQuery(kind, as_of=TODAY), page_size=7)
    _fetch_all(complete)
    with demo.session() as session:
        assert complete.rowCount() == count(session, complete.query) > 0
    qtmodeltester.check(complete)


def test_rows_arrive_a_page_at_a_time_in_the_service_order(demo: Store) -> None:
    query = ListQuery(ListKind.ENTERPRISES)
    model = PagedTableModel(demo.session, query, page_size=25)
    assert model.rowCount() == 25
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 50
    _fetch_all(model)
    assert not model.canFetchMore(ROOT)
    with demo.session() as session:
        expected = [row.id for row in page(session, model.query, 0, 100_000)]
    assert [model.row_id(row) for row in range(model.rowCount())] == expected
    assert model.row_id(-1) is None
    assert model.row_id(model.rowCount()) is None


def test_memory_holds_only_the_latest_pages(demo: Store) -> None:
    query = ListQuery(ListKind.ENTERPRISES)
    model = PagedTableModel(demo.session, query, page_size=5, cached_pages=3)
    first_ids = [model.row_id(row) for row in range(5)]
    _fetch_all(model)
    for row in range(model.rowCount()):  # like a view drawing every row once
        model.data(model.index(row, 0), DISPLAY)
    assert model.rowCount() >= 50
    assert model.cached_rows <= 15
    # A page dropped from memory is read again when it is drawn again.
    assert [model.row_id(row) for row in range(5)] == first_ids


def test_show_all_rows_reaches_the_last_row_at_once(demo: Store) -> None:
    model = PagedTableModel(demo.session, ListQuery(ListKind.ENTERPRISES), page_size=10)
    total = model.total_rows()
    model.show_all_rows()
    assert model.rowCount() == total
    assert not model.canFetchMore(ROOT)
    with demo.session() as session:
        last = page(session, model.query, total - 1, 1)[0]
    assert model.row_id(total - 1) == last.id
    assert model.data(model.index(total - 1, 0), DISPLAY) == last.values[0]


def test_sorting_goes_through_the_service_in_thai_order(demo: Store, qtbot: QtBot) -> None:
    model = PagedTableModel(demo.session, ListQuery(ListKind.ENTERPRISES), page_size=50)
    name = _column(ListKind.ENTERPRISES, "name")
    assert model.sort_column() == name
    assert model.sort_order() == Qt.SortOrder.AscendingOrder
    _fetch_all(model)
    names = _shown(model, name)
    assert names == thai_sorted(names)
    with qtbot.waitSignal(model.modelReset):
        model.sort(name, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == Sort("name", descending=True)
    assert model.sort_order() == Qt.SortOrder.DescendingOrder
    _fetch_all(model)
    assert _shown(model, name) == thai_sorted(names, reverse=True)
    # A column without a cheap order is left alone.
    industry = _column(ListKind.ENTERPRISES, "industry")
    assert not model.is_sortable(industry)
    model.sort(industry, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == Sort("name", descending=True)


def test_filters_and_search_through_set_query(demo: Store) -> None:
    model = PagedTableModel(demo.session, ListQuery(ListKind.ENTERPRISES))
    model.set_query(ListQuery(ListKind.ENTERPRISES, ListFilters(province_code="20"), "บริษัท"))
    _fetch_all(model)
    with demo.session() as session:
        assert model.rowCount() == count(session, model.query) > 0
    model.set_query(ListQuery(ListKind.ENTERPRISES, search="ไม่มีชื่อนี้เลย"))
    assert model.rowCount() == 0
    assert not model.canFetchMore(ROOT)


def test_values_are_shown_in_the_users_language(
    demo: Store, languages: LanguageManager, qtbot: QtBot
) -> None:
    query = ListQuery(ListKind.AGREEMENTS, as_of=TODAY)
    model = PagedTableModel(demo.session, query)
    signed = _column(ListKind.AGREEMENTS, "signed_on")
    kind = _column(ListKind.AGREEMENTS, "kind")
    row = model.row(0)
    assert row is not None
    day = row.values[signed]
    assert isinstance(day, date)
    index = model.index(0, signed)
    assert model.data(index, DISPLAY).endswith(str(day.year + 543))  # B.E. in Thai
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index, DISPLAY)
    assert model.data(model.index(0, kind), DISPLAY) in {"MOU", "MOA"}
    assert (
        model.headerData(signed, Qt.Orientation.Horizontal, DISPLAY)
        == spec_for(ListKind.AGREEMENTS).columns[signed].header()
    )

    languages.apply("en", remember=False)
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.retranslate()
    assert model.data(index, DISPLAY).endswith(str(day.year))  # C.E. in English


def test_numbers_are_right_aligned(demo: Store, languages: LanguageManager) -> None:
    model = PagedTableModel(demo.session, ListQuery(ListKind.WORKFORCE_DEMAND))
    positions = _column(ListKind.WORKFORCE_DEMAND, "positions")
    enterprise = _column(ListKind.WORKFORCE_DEMAND, "enterprise")
    alignment = Qt.ItemDataRole.TextAlignmentRole
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, positions), alignment) == right
    assert model.data(model.index(0, enterprise), alignment) != right
    assert model.headerData(positions, Qt.Orientation.Horizontal, alignment) == right
    assert model.data(model.index(0, positions), DISPLAY).isdigit()
    assert model.data(model.index(0, positions), Qt.ItemDataRole.ToolTipRole) is None
    province = _column(ListKind.WORKFORCE_DEMAND, "province")
    shown = model.data(model.index(0, province), DISPLAY)
    assert shown is None or all(ord(char) >= 0x0E00 or char == " " for char in shown)  # Thai


def test_refresh_reads_new_rows(demo: Store) -> None:
    query = ListQuery(ListKind.MEETINGS)
    model = PagedTableModel(demo.session, query)
    _fetch_all(model)
    before = model.rowCount()
    model.show_all_rows()  # counts (and caches the count)
    with demo.transaction() as session:
        center_id = session.scalars(select(Meeting.center_id).limit(1)).one()
        session.add(
            Meeting(center_id=center_id, kind=MeetingKind.ADVISORY, held_on=TODAY, title="ด่วน")
        )
    model.refresh()
    _fetch_all(model)
    assert model.rowCount() == before + 1
    assert model.total_rows() == before + 1


def test_empty_cells_do_not_use_up_references_to_none(demo: Store) -> None:
    """Empty cells hand None to C++ often; no reference to None may be lost doing so."""
    model = PagedTableModel(demo.session, ListQuery(ListKind.ENTERPRISES))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None has references: a leak would abort the run
        proxy.data(proxy.index(0, 0), Qt.ItemDataRole.DecorationRole)
        proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before


def test_a_table_view_fetches_pages_as_it_scrolls(demo: Store, qtbot: QtBot) -> None:
    model = PagedTableModel(demo.session, ListQuery(ListKind.ENTERPRISES), page_size=10)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 300)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 10
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(10)
    assert model.rowCount() > 10


def test_paging_does_not_use_up_references_to_none(demo: Store) -> None:
    """Paging calls many void Qt methods; no reference to None may be lost doing so."""
    name = _column(ListKind.ENTERPRISES, "name")
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(20):
        model = PagedTableModel(demo.session, ListQuery(ListKind.ENTERPRISES), page_size=5)
        _fetch_all(model)
        model.sort(name, Qt.SortOrder.DescendingOrder)
        model.refresh()
        model.show_all_rows()
        del model
    gc.collect()
    assert sys.getrefcount(None) >= before
