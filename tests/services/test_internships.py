"""Teacher internships (manual 5.4): the 15-day report rule in Python and in the list's SQL,
late and overdue reports, the safety figure, and the internship lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models.enums import EnterpriseLocation, IncidentKind, IncidentStatus, Severity
from app.models.network import College, Enterprise
from app.models.students import Incident
from app.models.teachers import DailyLog, InternshipVisit, Teacher, TeacherInternship
from app.services.internships import (
    days_late,
    late_reports,
    report_due_on,
    report_state,
    safety_figure,
)
from app.services.listing import (
    ListFilters,
    ListKind,
    ListQuery,
    ReportState,
    Sort,
    count,
    page,
    page_after,
    supports_keyset,
)
from app.services.listing.kinds import spec_for
from app.services.overview import REPORT_DUE_DAYS
from app.services.store import Store
from app.services.thai.dates import parse_thai_date

TODAY = date(2025, 11, 20)  # 20/11/2568, fiscal year 2569


def be(text: str) -> date:
    """A date written day/month/B.E. year."""
    return parse_thai_date(text)


# -- the rule -------------------------------------------------------------------------------
def test_the_rule_is_the_manuals_15_days() -> None:
    assert REPORT_DUE_DAYS == 15


@pytest.mark.parametrize(
    ("ends", "due"),
    [
        ("30/9/2568", "15/10/2568"),  # the last day of a fiscal year
        ("1/10/2568", "16/10/2568"),
        ("20/12/2568", "4/1/2569"),  # over the new year (C.E. and B.E. both roll over)
        ("31/1/2568", "15/2/2568"),
        ("14/2/2567", "29/2/2567"),  # 2024 is a leap year
        ("14/2/2568", "1/3/2568"),
        ("31/3/2569", "15/4/2569"),
    ],
)
def test_the_report_is_due_15_days_after_the_end(ends: str, due: str) -> None:
    assert report_due_on(be(ends)) == be(due)


def test_day_15_is_on_time_and_day_16_is_late() -> None:
    ends = be("30/9/2568")
    assert report_state(ends, be("15/10/2568"), TODAY) is ReportState.ON_TIME
    assert days_late(ends, be("15/10/2568"), TODAY) == 0
    assert report_state(ends, be("16/10/2568"), TODAY) is ReportState.LATE
    assert days_late(ends, be("16/10/2568"), TODAY) == 1
    assert report_state(ends, ends, TODAY) is ReportState.ON_TIME  # handed in on the last day


def test_a_missing_report_is_due_until_the_due_day_and_overdue_after_it() -> None:
    ends = be("30/9/2568")
    assert report_state(ends, None, be("1/9/2568")) is ReportState.DUE  # still running
    assert report_state(ends, None, be("15/10/2568")) is ReportState.DUE
    assert days_late(ends, None, be("15/10/2568")) == 0
    assert report_state(ends, None, be("16/10/2568")) is ReportState.OVERDUE
    assert days_late(ends, None, be("20/10/2568")) == 5


# -- stored internships ---------------------------------------------------------------------
@dataclass
class Setting:
    teacher_ids: list[int]
    enterprise_id: int
    college_id: int


@pytest.fixture
def setting(center_store: Store) -> Setting:
    with center_store.transaction() as session:
        college = session.scalars(select(College)).first()
        assert college is not None
        teachers = [
            Teacher(college_id=college.id, first_name="สมชาย", last_name="ใจดี"),
            Teacher(college_id=college.id, first_name="สุดา", last_name="รักงาน"),
            Teacher(college_id=college.id, first_name="วิชัย", last_name="ขยันยิ่ง"),
            Teacher(college_id=college.id, first_name="มาลี", last_name="ศรีสุข"),
        ]
        enterprise = Enterprise(name_th="บริษัท หุ่นยนต์ไทย จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([*teachers, enterprise])
        session.flush()
        return Setting([t.id for t in teachers], enterprise.id, college.id)


def _internship(
    store: Store, setting: Setting, teacher: int, ends: str, received: str | None
) -> int:
    ends_on = be(ends)
    with store.transaction() as session:
        row = TeacherInternship(
            teacher_id=setting.teacher_ids[teacher],
            enterprise_id=setting.enterprise_id,
            mentor_name="คุณวิศวกร",
            starts_on=ends_on - timedelta(days=20),
            ends_on=ends_on,
            report_received_on=be(received) if received else None,
        )
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def four(center_store: Store, setting: Setting) -> dict[ReportState, int]:
    """One internship in each report state on TODAY (20/11/2568)."""
    return {
        ReportState.ON_TIME: _internship(center_store, setting, 0, "30/9/2568", "15/10/2568"),
        ReportState.LATE: _internship(center_store, setting, 1, "30/9/2568", "16/10/2568"),
        # ended 20 days before TODAY: due 20/11 - 5 days, nothing received
        ReportState.OVERDUE: _internship(center_store, setting, 2, "31/10/2568", None),
        # due exactly TODAY: not overdue yet
        ReportState.DUE: _internship(center_store, setting, 3, "5/11/2568", None),
    }


def test_late_reports_list_the_late_and_the_overdue_most_days_late_first(
    center_store: Store, four: dict[ReportState, int]
) -> None:
    with center_store.session() as session:
        found = late_reports(session, None, TODAY)
    assert [report.internship_id for report in found] == [
        four[ReportState.OVERDUE],
        four[ReportState.LATE],
    ]
    overdue, late = found
    assert overdue.state is ReportState.OVERDUE
    assert (overdue.due_on, overdue.received_on, overdue.days_late) == (
        be("15/11/2568"),
        None,
        5,
    )
    assert (late.teacher, late.enterprise) == ("สุดา รักงาน", "บริษัท หุ่นยนต์ไทย จำกัด")
    assert (late.ends_on, late.due_on, late.days_late) == (be("30/9/2568"), be("15/10/2568"), 1)
    assert late.college


def test_late_reports_of_a_fiscal_year_are_those_of_internships_ending_in_it(
    center_store: Store, four: dict[ReportState, int]
) -> None:
    with center_store.session() as session:
        in_2568 = late_reports(session, 2568, TODAY)  # ended up to 30/9/2568
        in_2569 = late_reports(session, 2569, TODAY)
        in_2570 = late_reports(session, 2570, TODAY)
    assert [report.internship_id for report in in_2568] == [four[ReportState.LATE]]
    assert [report.internship_id for report in in_2569] == [four[ReportState.OVERDUE]]
    assert in_2570 == []


def test_a_deleted_internship_is_not_late(
    center_store: Store, four: dict[ReportState, int]
) -> None:
    with center_store.transaction() as session:
        row = session.get(TeacherInternship, four[ReportState.LATE])
        session.delete(row)
    with center_store.session() as session:
        found = late_reports(session, None, TODAY)
    assert [report.internship_id for report in found] == [four[ReportState.OVERDUE]]


def _incident(store: Store, internship_id: int | None, occurred: str) -> None:
    with store.transaction() as session:
        session.add(
            Incident(
                placement_id=None,
                internship_id=internship_id,
                kind=IncidentKind.ACCIDENT,
                occurred_on=be(occurred),
                severity=Severity.LOW,
                description="ลื่นล้มในพื้นที่ผลิต",
                status=IncidentStatus.CLOSED,
            )
        )


def test_safety_is_the_share_of_internships_without_an_incident(
    center_store: Store, four: dict[ReportState, int]
) -> None:
    with center_store.session() as session:
        assert safety_figure(session, 2570).share_without_incident is None
        assert safety_figure(session, 2570).target_met
        clean = safety_figure(session, 2568)
    assert (clean.internships, clean.with_incident, clean.share_without_incident) == (2, 0, 100.0)
    assert clean.target_met
    _incident(center_store, four[ReportState.ON_TIME], "20/9/2568")
    _incident(center_store, four[ReportState.ON_TIME], "21/9/2568")  # same internship twice
    _incident(center_store, None, "21/9/2568")  # not an internship's
    with center_store.session() as session:
        figure = safety_figure(session, 2568)
    assert (figure.internships, figure.with_incident, figure.share_without_incident) == (
        2,
        1,
        50.0,
    )
    assert not figure.target_met


# -- the lists ------------------------------------------------------------------------------
def _rows(store: Store, query: ListQuery) -> list[tuple[int, tuple[object, ...]]]:
    with store.session() as session:
        rows = page(session, query, 0, 500)
        assert count(session, query) == len(rows)
    return [(row.id, row.values) for row in rows]


def test_the_internship_list_shows_due_day_and_state_judged_on_the_day(
    center_store: Store, four: dict[ReportState, int]
) -> None:
    spec = spec_for(ListKind.TEACHER_INTERNSHIPS)
    due, state = spec.index_of("report_due_on"), spec.index_of("report_state")
    rows = dict(_rows(center_store, ListQuery(ListKind.TEACHER_INTERNSHIPS, as_of=TODAY)))
    assert {rows[row_id][state] for row_id in four.values()} == {s.value for s in ReportState}
    for expected, row_id in four.items():
        assert rows[row_id][state] == expected.value
    assert rows[four[ReportState.LATE]][due] == be("15/10/2568")
    # a day later the report that was due today is overdue
    later = dict(
        _rows(center_store, ListQuery(ListKind.TEACHER_INTERNSHIPS, as_of=TODAY + timedelta(1)))
    )
    assert later[four[ReportState.DUE]][state] == ReportState.OVERDUE.value


@pytest.mark.parametrize("state", list(ReportState))
def test_the_report_state_filter_agrees_with_the_service(
    center_store: Store, four: dict[ReportState, int], state: ReportState
) -> None:
    query = ListQuery(ListKind.TEACHER_INTERNSHIPS, ListFilters(report_state=state), as_of=TODAY)
    assert [row_id for row_id, _values in _rows(center_store, query)] == [four[state]]


def test_the_internship_list_filters_searches_and_counts_children(
    center_store: Store, setting: Setting, four: dict[ReportState, int]
) -> None:
    on_time = four[ReportState.ON_TIME]
    with center_store.transaction() as session:
        session.add_all(
            [
                DailyLog(
                    internship_id=on_time,
                    log_date=be("10/9/2568"),
                    work_done="ติดตั้งแขนกล",
                    hours=Decimal("7.5"),
                ),
                DailyLog(
                    internship_id=on_time,
                    log_date=be("11/9/2568"),
                    work_done="เขียนโปรแกรม PLC",
                    hours=Decimal("8"),
                ),
                InternshipVisit(internship_id=on_time, planned_on=be("15/9/2568")),
            ]
        )
    _incident(center_store, on_time, "12/9/2568")
    spec = spec_for(ListKind.TEACHER_INTERNSHIPS)
    query = ListQuery(ListKind.TEACHER_INTERNSHIPS, search="สมชาย", as_of=TODAY)
    ((row_id, values),) = _rows(center_store, query)
    assert row_id == on_time
    logs, visits = spec.index_of("logs"), spec.index_of("visits")
    assert (values[logs], values[visits], values[spec.index_of("incidents")]) == (2, 1, 1)
    assert values[spec.index_of("teacher")] == "สมชาย ใจดี"
    by_enterprise = ListQuery(ListKind.TEACHER_INTERNSHIPS, search="หุ่นยนต์", as_of=TODAY)
    assert len(_rows(center_store, by_enterprise)) == 4
    by_year = ListQuery(ListKind.TEACHER_INTERNSHIPS, ListFilters(fiscal_year=2569))
    assert {row_id for row_id, _ in _rows(center_store, by_year)} == {
        four[ReportState.OVERDUE],
        four[ReportState.DUE],
    }
    by_teacher = ListFilters(teacher_id=setting.teacher_ids[1], college_id=setting.college_id)
    assert [
        r for r, _ in _rows(center_store, ListQuery(ListKind.TEACHER_INTERNSHIPS, by_teacher))
    ] == [four[ReportState.LATE]]
    # the internship's own rows
    logs_query = ListQuery(ListKind.DAILY_LOGS, ListFilters(internship_id=on_time))
    logs_rows = _rows(center_store, logs_query)
    hours = spec_for(ListKind.DAILY_LOGS).index_of("hours")
    assert [values[hours] for _, values in logs_rows] == [Decimal("8.0"), Decimal("7.5")]
    other = ListQuery(ListKind.DAILY_LOGS, ListFilters(internship_id=four[ReportState.LATE]))
    assert _rows(center_store, other) == []
    visits_query = ListQuery(ListKind.INTERNSHIP_VISITS, ListFilters(internship_id=on_time))
    assert len(_rows(center_store, visits_query)) == 1


def test_the_incident_list_holds_teacher_internship_incidents_only(
    center_store: Store, four: dict[ReportState, int]
) -> None:
    _incident(center_store, four[ReportState.LATE], "20/9/2568")
    _incident(center_store, None, "20/9/2568")  # another workspace's incident
    every = _rows(center_store, ListQuery(ListKind.INTERNSHIP_INCIDENTS))
    assert len(every) == 1
    in_2569 = ListQuery(ListKind.INTERNSHIP_INCIDENTS, ListFilters(fiscal_year=2569))
    assert _rows(center_store, in_2569) == []


@pytest.mark.parametrize(
    "kind",
    [
        ListKind.TEACHER_INTERNSHIPS,
        ListKind.DAILY_LOGS,
        ListKind.INTERNSHIP_VISITS,
        ListKind.INTERNSHIP_INCIDENTS,
    ],
)
def test_every_sortable_column_pages_the_same_by_offset_and_by_key(
    center_store: Store, four: dict[ReportState, int], kind: ListKind
) -> None:
    for number, internship_id in enumerate(four.values()):
        with center_store.transaction() as session:
            ends = session.get(TeacherInternship, internship_id).ends_on  # type: ignore[union-attr]
            session.add_all(
                [
                    DailyLog(
                        internship_id=internship_id,
                        log_date=ends - timedelta(days=day),
                        work_done=f"งานวันที่ {day}",
                        hours=Decimal(6 + day % 3),
                    )
                    for day in range(3)
                ]
            )
            session.add(
                InternshipVisit(
                    internship_id=internship_id,
                    planned_on=ends if number % 2 else None,
                    visited_on=None if number % 2 else ends,
                    rating=None if number % 2 else 4,
                )
            )
        _incident(center_store, internship_id, "20/9/2568")
    spec = spec_for(kind)
    with center_store.session() as session:
        for column in spec.columns:
            if not column.sortable:
                continue
            for descending in (False, True):
                query = ListQuery(kind, sort=Sort(column.key, descending), as_of=TODAY)
                rows = page(session, query, 0, 100)
                assert len(rows) == count(session, query) >= 4, (kind, column.key)
                by_offset = [page(session, query, n, 1)[0].id for n in range(len(rows))]
                assert by_offset == [row.id for row in rows], (column.key, descending)
                if supports_keyset(query):
                    after = page_after(session, query, rows[0], 100)
                    assert [r.id for r in after] == [r.id for r in rows[1:]], column.key
