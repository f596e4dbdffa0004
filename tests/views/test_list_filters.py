"""The filter bar of the list screens: narrowing, clearing, languages, export, keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import AgreementKind, CollegeGroupCode, EnterpriseLocation, Ownership
from app.models.governance import Committee, CommitteeMember
from app.models.network import Agreement, Center, College, Enterprise
from app.services.listing import IN_FORCE, ListFilters
from app.services.store import Store
from app.services.thai.provinces import Region, provinces_in_region
from app.views.i18n import LanguageManager
from app.views.list_filters import FILTER_ORDER, FilterBar
from app.views.list_page import ListPage
from app.views.runner import TaskRunner

WAIT_MS = 20_000
PRIVATE = ("วิทยาลัยเทคโนโลยีเอกชนหนึ่ง", "วิทยาลัยเทคโนโลยีเอกชนสอง")
PUBLIC_NORTH = "วิทยาลัยเทคนิคเชียงใหม่ทดสอบ"


@pytest.fixture
def colleges(center_store: Store) -> dict[str, int]:
    made: dict[str, int] = {}
    with center_store.transaction() as session:
        for name, ownership, province in (
            (PRIVATE[0], Ownership.PRIVATE, "20"),
            (PRIVATE[1], Ownership.PRIVATE, "10"),
            (PUBLIC_NORTH, Ownership.PUBLIC, "50"),
        ):
            college = College(
                name_th=name,
                group=CollegeGroupCode.STANDARD,
                ownership=ownership,
                province_code=province,
            )
            session.add(college)
            session.flush()
            made[name] = college.id
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add(enterprise)
        session.flush()
        session.add(
            Agreement(
                kind=AgreementKind.MOU,
                college_id=made[PUBLIC_NORTH],
                enterprise_id=enterprise.id,
                signed_on=date(2020, 1, 1),
            )
        )
    return made


def _show(qtbot: QtBot, page: ListPage) -> ListPage:
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.show()
    return page


@pytest.fixture
def page(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    colleges: dict[str, int],
) -> ListPage:
    return _show(qtbot, ListPage("colleges", "colleges", center_store, runner))


def _names(page: ListPage) -> set[str]:
    model = page.model
    return {str(model.index(row, 0).data()) for row in range(model.rowCount())}


def _choose(qtbot: QtBot, page: ListPage, name: str, value: Any) -> None:
    bar = page.filter_bar
    combo = bar.combos[name]
    index = next(i for i, text in enumerate(_values(bar, name)) if text == value)
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        combo.setCurrentIndex(index)


def _values(bar: FilterBar, name: str) -> list[Any]:
    return bar._values[name]


def test_the_bar_shows_the_filters_the_list_accepts(page: ListPage) -> None:
    bar = page.filter_bar
    assert bar.shown == (
        "region",
        "province_code",
        "college_group",
        "ownership",
        "without_agreement_in_force",
    )
    for name in bar.shown:
        combo = bar.combos[name]
        assert combo.itemText(0) == QCoreApplication.translate("FilterBar", "All")
        assert bar.labels[name].buddy() is combo
        assert bar.labels[name].text()
        assert combo.isVisibleTo(page)
    assert set(bar.shown) <= set(FILTER_ORDER)


def test_choosing_a_filter_narrows_the_list_and_its_count(
    qtbot: QtBot, page: ListPage, qtmodeltester: ModelTester
) -> None:
    assert page.total == 4  # with the host college
    assert "·" not in page.count_label.text()
    _choose(qtbot, page, "ownership", Ownership.PRIVATE)
    assert _names(page) == set(PRIVATE)
    assert page.total == 2
    assert page.count_label.text().startswith("2 ")
    assert "·" in page.count_label.text()
    assert page.filter_bar.combos["ownership"].currentText() == "เอกชน"
    qtmodeltester.check(page.model)
    _choose(qtbot, page, "region", Region.NORTH)
    assert _names(page) == set()
    assert page.total == 0
    qtmodeltester.check(page.model)


def test_a_region_narrows_the_provinces_offered(qtbot: QtBot, page: ListPage) -> None:
    bar = page.filter_bar
    assert bar.combos["province_code"].count() == 78
    _choose(qtbot, page, "province_code", "10")
    assert _names(page) == {PRIVATE[1]}
    _choose(qtbot, page, "region", Region.EAST)  # Bangkok is not in the east
    east = provinces_in_region(Region.EAST)
    assert bar.combos["province_code"].count() == len(east) + 1
    assert bar.combos["province_code"].currentIndex() == 0
    assert bar.filters() == ListFilters(region=Region.EAST)
    assert _names(page) == {PRIVATE[0]}  # Chon Buri


def test_no_agreement_in_force(qtbot: QtBot, page: ListPage) -> None:
    _choose(qtbot, page, "without_agreement_in_force", True)
    assert PUBLIC_NORTH not in _names(page)
    assert set(PRIVATE) <= _names(page)
    _choose(qtbot, page, "without_agreement_in_force", False)
    assert _names(page) == {PUBLIC_NORTH}


def test_clear_shows_every_row_again(qtbot: QtBot, page: ListPage) -> None:
    assert not page.filter_bar.clear_button.isEnabled()
    _choose(qtbot, page, "ownership", Ownership.PRIVATE)
    assert page.filter_bar.clear_button.isEnabled()
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.filter_bar.clear_button.click()
    assert page.total == 4
    assert page.filter_bar.filters() == ListFilters()
    assert page.filter_bar.combos["ownership"].currentIndex() == 0
    assert "·" not in page.count_label.text()


def test_filters_and_search_work_together(qtbot: QtBot, page: ListPage) -> None:
    _choose(qtbot, page, "ownership", Ownership.PRIVATE)
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.search.setText("หนึ่ง")
        page.run_search()
    assert _names(page) == {PRIVATE[0]}
    assert page.model.query.filters == ListFilters(ownership=Ownership.PRIVATE)


def test_the_language_switch_keeps_the_selection(
    qtbot: QtBot, page: ListPage, languages: LanguageManager
) -> None:
    _choose(qtbot, page, "ownership", Ownership.PRIVATE)
    _choose(qtbot, page, "region", Region.CENTRAL)
    bar = page.filter_bar
    languages.apply("en")
    qtbot.waitUntil(lambda: page.heading.text() == "Network colleges", timeout=WAIT_MS)
    assert bar.clear_button.text() == "Clear filters"
    assert bar.combos["ownership"].currentText() == "Private"
    assert bar.combos["region"].currentText() == "Central"
    assert bar.combos["ownership"].itemText(0) == "All"
    assert bar.labels["ownership"].text() == "Ownership"
    assert bar.filters() == ListFilters(ownership=Ownership.PRIVATE, region=Region.CENTRAL)
    assert page.count_label.text() == "1 rows · filtered"
    languages.apply("th")
    qtbot.waitUntil(lambda: bar.combos["ownership"].currentText() == "เอกชน", timeout=WAIT_MS)
    assert bar.combos["region"].currentText() == "ภาคกลาง"


def test_export_writes_only_the_filtered_rows(
    qtbot: QtBot, page: ListPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(qtbot, page, "ownership", Ownership.PRIVATE)
    path = tmp_path / "colleges.xlsx"

    def fake(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_button.click()
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = [row for row in workbook.active.iter_rows(values_only=True) if any(row)]
    workbook.close()
    names = {cell for row in rows for cell in row}
    assert set(PRIVATE) <= names
    assert PUBLIC_NORTH not in names
    assert len(rows) == 3  # the header and the two private colleges


def test_show_filtered_selects_the_filters_and_empties_the_search(
    qtbot: QtBot, page: ListPage
) -> None:
    page.search.setText("เอกชน")
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.show_filtered(ListFilters(without_agreement_in_force=True))
    assert page.search.text() == ""
    assert page.model.query.search == ""
    combo = page.filter_bar.combos["without_agreement_in_force"]
    assert _values(page.filter_bar, "without_agreement_in_force")[combo.currentIndex()] is True
    assert PUBLIC_NORTH not in _names(page)
    assert page.total == 3


def test_agreement_status_filter_offers_in_force(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    agreements = _show(qtbot, ListPage("agreements", "agreements", center_store, runner))
    bar = agreements.filter_bar
    assert bar.shown == ("fiscal_year", "location", "agreement_kind", "agreement_statuses")
    assert IN_FORCE in _values(bar, "agreement_statuses")
    years = _values(bar, "fiscal_year")[1:]
    assert years == sorted(years, reverse=True) and len(years) >= 10


def test_the_committee_filter_lists_the_committees(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id)).first()
        assert center_id is not None
        ids = []
        for name in ("คณะกรรมการบริหารศูนย์", "คณะกรรมการที่ปรึกษา"):
            committee = Committee(center_id=center_id, kind="executive", name=name)
            session.add(committee)
            session.flush()
            ids.append(committee.id)
            session.add(
                CommitteeMember(
                    committee_id=committee.id,
                    title_code="mr",
                    full_name=f"สมชาย {name}",
                    role="member",
                )
            )
    members = _show(qtbot, ListPage("committee_members", None, center_store, runner))
    bar = members.filter_bar
    qtbot.waitUntil(lambda: bar.combos["committee_id"].count() == 3, timeout=WAIT_MS)
    assert set(_values(bar, "committee_id")[1:]) == set(ids)
    index = _values(bar, "committee_id").index(ids[1])
    with qtbot.waitSignal(members.count_shown, timeout=WAIT_MS):
        bar.combos["committee_id"].setCurrentIndex(index)
    assert members.total == 1
