"""The teachers and certification watch on the home page: overdue reports, centers to renew,
the three kinds of test center, and "Show all" into the lists of composite pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.certification import CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    EnterpriseLocation,
)
from app.models.network import College, Enterprise
from app.models.teachers import Teacher, TeacherInternship
from app.services.listing import ListFilters, ReportState
from app.services.settings import Settings
from app.services.store import Store
from app.services.teacher_watch import teacher_watch
from app.views.app_main import local_site_info
from app.views.certification_pages import CentersPage
from app.views.i18n import LanguageManager
from app.views.internship_pages import InternshipsPage
from app.views.main_window import MainWindow
from app.views.runner import TaskRunner
from app.views.teacher_watch_panel import TeacherWatchPanel

WAIT_MS = 20_000
TODAY = date.today()


@pytest.fixture
def made(center_store: Store) -> dict[str, int]:
    """Internships ending 16, 15 and 40 days ago (two reports overdue, one still due); an
    accredited TPQI center ending in 30 days, a DSD one ended 3 days ago,
    and an international one valid for years."""
    ids: dict[str, int] = {}
    with center_store.transaction() as session:
        college_id = session.scalars(select(College.id)).one()
        teacher = Teacher(college_id=college_id, first_name="สมชาย", last_name="ใจดี")
        enterprise = Enterprise(name_th="บริษัท ฝึกงาน จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([teacher, enterprise])
        session.flush()
        ended = (
            ("overdue_16", TODAY - timedelta(days=16), None),
            ("due_15", TODAY - timedelta(days=15), None),
            ("overdue_40", TODAY - timedelta(days=40), None),
        )
        for key, ends, received in ended:
            internship = TeacherInternship(
                teacher_id=teacher.id,
                enterprise_id=enterprise.id,
                starts_on=ends - timedelta(days=20),
                ends_on=ends,
                report_received_on=received,
            )
            session.add(internship)
            session.flush()
            ids[key] = internship.id
        centers = (
            ("tpqi", CertificationCenterKind.TPQI, TODAY + timedelta(days=30)),
            ("dsd", CertificationCenterKind.DSD, TODAY - timedelta(days=3)),
            ("intl", CertificationCenterKind.INTERNATIONAL, TODAY + timedelta(days=900)),
        )
        for key, kind, until in centers:
            center = CertificationCenter(
                college_id=college_id,
                kind=kind,
                name=f"ศูนย์ {key}",
                licence_no=key.upper(),
                valid_from=date(2020, 1, 1),
                valid_until=until,
                status=CertificationCenterStatus.ACCREDITED,
            )
            session.add(center)
            session.flush()
            ids[key] = center.id
    return ids


def test_the_watch_counts_what_a_director_chases(center_store: Store, made: dict[str, int]) -> None:
    with center_store.session() as session:
        watch = teacher_watch(session, TODAY)
    assert watch.overdue_count == 2
    assert [row.internship_id for row in watch.overdue] == [made["overdue_40"], made["overdue_16"]]
    assert [row.days_late for row in watch.overdue] == [25, 1]
    assert [row.center_id for row in watch.expiring] == [made["dsd"], made["tpqi"]]
    assert [kind.met for kind in watch.coverage] == [True, False, True]
    assert not watch.coverage_met


def test_the_panel_shows_the_counts(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, made: dict[str, int]
) -> None:
    panel = TeacherWatchPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.load(runner, TODAY)
    assert "2" in panel.reports_box.heading.text()
    assert "2" in panel.centers_box.heading.text()
    assert panel.status.property("state") == "open"
    assert panel.reports_box.show_all.isEnabled() and panel.centers_box.show_all.isEnabled()
    assert panel.centers_box.cells[0][0].text().startswith("ศูนย์ dsd")
    assert not panel.reports_box.cells[2][0].isVisibleTo(panel)


def test_nothing_to_chase_disables_show_all(
    qtbot: QtBot, center_store: Store, runner: TaskRunner
) -> None:
    panel = TeacherWatchPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.load(runner, TODAY)
    assert not panel.reports_box.show_all.isEnabled()
    assert panel.reports_box.empty.isVisibleTo(panel)
    assert panel.status.property("state") == "open"  # no test center at all


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
    with qtbot.waitSignal(main.home.teacher_watch.loaded, timeout=WAIT_MS):
        main.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    return main


def test_show_all_opens_the_overdue_internships(
    qtbot: QtBot, window: MainWindow, made: dict[str, int]
) -> None:
    window.home.teacher_watch.reports_box.show_all.click()
    page = window.current_page()
    assert isinstance(page, InternshipsPage)
    listed = page.internships
    assert listed.filter_bar.filters() == ListFilters(report_state=ReportState.OVERDUE)
    qtbot.waitUntil(lambda: listed.total == 2, timeout=WAIT_MS)
    shown = {listed.model.row_id(row) for row in range(listed.model.rowCount())}
    assert shown == {made["overdue_16"], made["overdue_40"]}


def test_show_all_opens_the_centers_to_renew(
    qtbot: QtBot, window: MainWindow, made: dict[str, int]
) -> None:
    window.home.teacher_watch.centers_box.show_all.click()
    page = window.current_page()
    assert isinstance(page, CentersPage)
    listed = page.centers
    qtbot.waitUntil(lambda: listed.total == 2, timeout=WAIT_MS)
    shown = {listed.model.row_id(row) for row in range(listed.model.rowCount())}
    assert shown == {made["tpqi"], made["dsd"]}
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
