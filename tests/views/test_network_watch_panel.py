"""The network watch on the home page: counts, met / not met, and "Show all"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import AgreementKind, CollegeGroupCode, EnterpriseLocation, Ownership
from app.models.network import Agreement, College, Enterprise
from app.services.listing import AgreementStatus, ListFilters
from app.services.settings import Settings
from app.services.store import Store
from app.views.app_main import local_site_info
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.main_window import MainWindow
from app.views.network_watch_panel import NetworkWatchPanel
from app.views.runner import TaskRunner

WAIT_MS = 20_000
TODAY = date.today()


@pytest.fixture
def made(center_store: Store) -> dict[str, int]:
    """Three colleges besides the host: two with an agreement ending soon, one with none."""
    ids: dict[str, int] = {}
    with center_store.transaction() as session:
        ids["host"] = session.scalars(select(College.id)).one()
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add(enterprise)
        session.flush()
        ids["enterprise"] = enterprise.id
        for key, name in (("a", "วิทยาลัยเทคนิคก"), ("b", "วิทยาลัยเทคนิคข"), ("c", "วิทยาลัยเทคนิคค")):
            college = College(
                name_th=name, group=CollegeGroupCode.STANDARD, ownership=Ownership.PUBLIC
            )
            session.add(college)
            session.flush()
            ids[key] = college.id
        for key, days in (("a", 10), ("b", 90)):
            session.add(
                Agreement(
                    kind=AgreementKind.MOU,
                    college_id=ids[key],
                    enterprise_id=enterprise.id,
                    signed_on=date(2020, 1, 1),
                    expires_on=TODAY + timedelta(days=days),
                )
            )
    return ids


def _loaded(qtbot: QtBot, runner: TaskRunner) -> NetworkWatchPanel:
    panel = NetworkWatchPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.load(runner)
    return panel


def test_the_panel_shows_the_counts(
    qtbot: QtBot, runner: TaskRunner, languages: LanguageManager, made: dict[str, int]
) -> None:
    panel = _loaded(qtbot, runner)
    assert panel.watch is not None
    assert panel.watch.expiring_count == 2
    assert panel.watch.unmatched_count == 2  # the host and ค
    assert "2" in panel.expiring_box.heading.text()
    assert "2" in panel.unmatched_box.heading.text()
    assert panel.status.property("state") == "open"
    assert "2" in panel.status.text() and "4" in panel.status.text()
    first = panel.expiring_box.cells[0]
    assert "วิทยาลัยเทคนิคก" in first[0].text().replace("\u200b", "")
    assert first[1].text() == "MOU"
    assert "10" in first[3].text()
    assert not panel.expiring_box.cells[2][0].isVisibleTo(panel)
    unmatched = [cells[0].text().replace("\u200b", "") for cells in panel.unmatched_box.cells]
    assert "วิทยาลัยเทคนิคค" in unmatched
    assert panel.expiring_box.show_all.isEnabled()


def test_the_target_is_met_when_every_college_has_an_agreement(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    made: dict[str, int],
) -> None:
    with center_store.transaction() as session:
        for key in ("host", "c"):
            session.add(
                Agreement(
                    kind=AgreementKind.MOA,
                    college_id=made[key],
                    enterprise_id=made["enterprise"],
                    signed_on=date(2020, 1, 1),
                )
            )
    panel = _loaded(qtbot, runner)
    assert panel.status.property("state") == "met"
    assert not panel.unmatched_box.show_all.isEnabled()
    assert panel.unmatched_box.empty.isVisibleTo(panel)
    assert not panel.unmatched_box.cells[0][0].isVisibleTo(panel)


@pytest.fixture
def window(
    qtbot: QtBot,
    made: dict[str, int],
    center_store: Store,
    runner: TaskRunner,
    settings: Settings,
    languages: LanguageManager,
) -> MainWindow:
    main = MainWindow(center_store, runner, settings, languages, site=local_site_info(center_store))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.overview_loaded, timeout=WAIT_MS):
        main.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    return main


def _current_list(window: MainWindow) -> ListPage:
    page = window.current_page()
    assert isinstance(page, ListPage)
    return page


def test_the_home_page_loads_the_watch_with_the_overview(window: MainWindow) -> None:
    watch = window.home.watch
    assert watch.watch is not None
    assert watch.watch.expiring_count == 2
    assert watch.isVisibleTo(window)


def test_show_all_opens_the_expiring_agreements(qtbot: QtBot, window: MainWindow) -> None:
    window.home.watch.expiring_box.show_all.click()
    page = _current_list(window)
    assert page.kind == "agreements"
    expiring = ListFilters(agreement_statuses=frozenset({AgreementStatus.EXPIRING}))
    assert page.filter_bar.filters() == expiring
    qtbot.waitUntil(lambda: page.total == 2, timeout=WAIT_MS)
    assert page.model.rowCount() == 2


def test_show_all_opens_the_unmatched_colleges(
    qtbot: QtBot, window: MainWindow, made: dict[str, int]
) -> None:
    window.home.watch.unmatched_box.show_all.click()
    page = _current_list(window)
    assert page.kind == "colleges"
    assert page.filter_bar.filters() == ListFilters(without_agreement_in_force=True)
    qtbot.waitUntil(lambda: page.total == 2, timeout=WAIT_MS)
    shown = {page.model.row_id(row) for row in range(page.model.rowCount())}
    assert shown == {made["host"], made["c"]}
