"""The KPI catalogue (per-year overrides, restore, history) and the scorecard's statuses."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Center,
    College,
    Enterprise,
    KpiTargetChange,
    Meeting,
    Placement,
    SafetyBriefing,
    Student,
)
from app.models.enums import (
    BriefingKind,
    CollegeGroupCode,
    EnterpriseLocation,
    Level,
    MeetingKind,
    Ownership,
    PlacementMode,
    PlacementStatus,
    StudyModeCode,
)
from app.services.kpi.catalogue import (
    catalogue,
    changes,
    restore_default,
    set_override,
    targets_for,
)
from app.services.kpi.page_links import PAGE_LINKS
from app.services.kpi.scorecard import (
    COLLEGE_MEASURES,
    NETWORK_ONLY,
    KpiStatus,
    judge,
    per_college,
    scorecard,
    trend,
)
from app.services.listing.kinds import spec_for
from app.services.listing.query import ListFilters, ListKind
from app.services.reference_data import activities
from app.services.store import Store
from app.services.validation import FieldError

FY = 2569  # 1 Oct 2025 .. 30 Sep 2026
AFTER = date(2026, 11, 1)  # the year is over: a target not reached is not met


def _add(store: Store, *rows: Any) -> None:
    with store.transaction() as session:
        session.add_all(rows)


def _center_id(session: Session) -> int:
    return session.scalars(select(Center.id).where(Center.seq == 11)).one()


def _host_id(store: Store) -> int:
    with store.session() as session:
        return session.scalars(
            select(College.id).where(College.group == CollegeGroupCode.CVM)
        ).one()


def _meetings(store: Store, *days: date, kind: MeetingKind = MeetingKind.EXECUTIVE) -> None:
    with store.session() as session:
        center_id = _center_id(session)
    _add(
        store,
        *(
            Meeting(center_id=center_id, kind=kind, held_on=day, title=f"ประชุม {day}")
            for day in days
        ),
    )


def _result(store: Store, target_id: str, fy: int = FY, **kwargs: Any) -> Any:
    today = kwargs.pop("today", AFTER)
    with store.session() as session:
        return scorecard(session, fy, today=today, **kwargs).result(target_id)


# -- catalogue ----------------------------------------------------------------------------
def test_the_catalogue_holds_every_target_of_the_manual() -> None:
    wanted = [
        target["id"]
        for area in activities()["areas"]
        for activity in area["activities"]
        for target in activity.get("targets", [])
    ]
    assert [t.id for t in catalogue()] == wanted
    assert len(wanted) == 32
    by_id = {t.id: t for t in catalogue()}
    assert by_id["1.1.exec_meetings"].default == 2 and by_id["1.1.exec_meetings"].source == "manual"
    assert by_id["2.2.progress"].unit == "percent" and by_id["2.2.progress"].source == "default"
    assert by_id["7.2.report"].unit == "flag" and not by_id["7.2.report"].adjustable
    assert all(t.title_th and t.title_en for t in catalogue())


@pytest.mark.parametrize(
    ("target_id", "value"),
    [
        ("1.1.exec_meetings", -1),
        ("1.1.exec_meetings", 2.5),
        ("2.2.progress", 100.5),
        ("2.2.progress", "abc"),
        ("7.2.report", 1),  # an "exists" target has no value
        ("9.9.unknown", 1),
    ],
)
def test_an_impossible_target_value_is_refused(
    center_store: Store, target_id: str, value: Any
) -> None:
    with center_store.transaction() as session, pytest.raises(FieldError) as refused:
        set_override(session, target_id, FY, value)
    assert str(value) not in refused.value.message or str(value) in ("1",)
    with center_store.session() as session:
        assert not any(t.overridden for t in targets_for(session, FY))


def test_a_fiscal_year_outside_the_buddhist_era_is_refused(center_store: Store) -> None:
    with center_store.transaction() as session, pytest.raises(FieldError):
        set_override(session, "1.1.exec_meetings", 2026, 3)


def test_override_applies_to_its_year_only_and_restore_is_recorded(center_store: Store) -> None:
    with center_store.transaction() as session:
        set_override(session, "1.1.exec_meetings", FY, 4, note="มติที่ประชุม")
        set_override(session, "2.2.progress", FY, "90")
    with center_store.session() as session:
        this_year = {t.target.id: t for t in targets_for(session, FY)}
        next_year = {t.target.id: t for t in targets_for(session, FY + 1)}
    assert (this_year["1.1.exec_meetings"].value, this_year["1.1.exec_meetings"].overridden) == (
        4,
        True,
    )
    assert this_year["2.2.progress"].value == 90
    assert (next_year["1.1.exec_meetings"].value, next_year["1.1.exec_meetings"].overridden) == (
        2,
        False,
    )
    with center_store.transaction() as session:
        set_override(session, "1.1.exec_meetings", FY, 3)  # a second change: one override
        assert restore_default(session, "1.1.exec_meetings", FY) is True
        assert restore_default(session, "1.1.exec_meetings", FY) is False  # nothing to restore
    with center_store.session() as session:
        restored = {t.target.id: t for t in targets_for(session, FY)}["1.1.exec_meetings"]
        history = changes(session, "1.1.exec_meetings", FY)
        site = history[0].changed_by_site
        rows = session.scalars(select(KpiTargetChange)).all()
    assert (restored.value, restored.overridden) == (2, False)
    assert [(c.value, c.restored) for c in history] == [(4, False), (3, False), (None, True)]
    assert history[0].note == "มติที่ประชุม" and site is not None
    assert len(rows) == 4


# -- status rule --------------------------------------------------------------------------
def test_judge_met_at_risk_not_met_and_no_data() -> None:
    mid_year = date(2026, 4, 1)  # about half of FY 2569 gone
    assert judge(None, 2, ">=", "count", FY, mid_year) is KpiStatus.NO_DATA
    assert judge(2, 2, ">=", "count", FY, mid_year) is KpiStatus.MET
    assert judge(1, 2, ">=", "count", FY, mid_year) is KpiStatus.AT_RISK  # on pace
    assert judge(0, 2, ">=", "count", FY, mid_year) is KpiStatus.NOT_MET  # behind pace
    assert judge(0, 2, ">=", "count", FY, date(2025, 10, 15)) is KpiStatus.AT_RISK  # early
    assert judge(1, 2, ">=", "count", FY, date(2026, 10, 1)) is KpiStatus.NOT_MET  # over
    # pace is rounded down for a count: 1 of 2 is on pace until the last day of the year
    assert judge(1, 2, ">=", "count", FY, date(2026, 9, 29)) is KpiStatus.AT_RISK
    assert judge(1, 2, ">=", "count", FY, date(2026, 9, 30)) is KpiStatus.NOT_MET
    assert judge(0, 1, "exists", "flag", FY, mid_year) is KpiStatus.AT_RISK
    assert judge(0, 1, "exists", "flag", FY, AFTER) is KpiStatus.NOT_MET
    assert judge(79.9, 80, ">=", "percent", FY, AFTER) is KpiStatus.NOT_MET
    assert judge(80.0, 80, ">=", "percent", FY, AFTER) is KpiStatus.MET


# -- the scorecard ------------------------------------------------------------------------
def test_every_target_appears_and_an_empty_year_is_no_data_never_met(center_store: Store) -> None:
    with center_store.session() as session:
        card = scorecard(session, FY, today=AFTER)
    assert [r.target_id for r in card.results] == [t.id for t in catalogue()]
    assert {r.status for r in card.results} == {KpiStatus.NO_DATA}
    assert list(card.by_area()) == ["1", "2", "3", "4", "5", "6", "7"]
    assert sum(len(results) for results in card.by_area().values()) == 32


def test_meetings_exactly_at_the_goal_one_below_and_fiscal_year_edges(
    center_store: Store,
) -> None:
    # 30 Sep 2025 belongs to FY 2568; 1 Oct 2025 and 30 Sep 2026 to FY 2569.
    _meetings(center_store, date(2025, 9, 30), date(2025, 10, 1))
    below = _result(center_store, "1.1.exec_meetings")
    assert (below.value, below.goal, below.status) == (1, 2, KpiStatus.NOT_MET)
    _meetings(center_store, date(2026, 9, 30))
    at_goal = _result(center_store, "1.1.exec_meetings")
    assert (at_goal.value, at_goal.status) == (2, KpiStatus.MET)
    assert _result(center_store, "1.1.exec_meetings", FY - 1).value == 1
    assert _result(center_store, "1.1.exec_meetings", FY + 1).status is KpiStatus.NO_DATA
    assert at_goal.list_kind == ListKind.MEETINGS
    assert ListFilters(**at_goal.list_filters).meeting_kind is MeetingKind.EXECUTIVE


def test_zero_in_a_year_with_records_is_not_no_data(center_store: Store) -> None:
    _meetings(center_store, date(2025, 12, 1), kind=MeetingKind.DIRECTORS)
    executive = _result(center_store, "1.1.exec_meetings")
    assert (executive.value, executive.status) == (0, KpiStatus.NOT_MET)
    # a share with nobody to count stays "no data" (no placement started in the year)
    assert _result(center_store, "6.2.orientation").status is KpiStatus.NO_DATA
    assert _result(center_store, "6.2.orientation").value is None


def test_an_override_changes_the_status(center_store: Store) -> None:
    _meetings(center_store, date(2025, 11, 1), date(2026, 2, 1))
    assert _result(center_store, "1.1.exec_meetings").status is KpiStatus.MET
    with center_store.transaction() as session:
        set_override(session, "1.1.exec_meetings", FY, 3)
    raised = _result(center_store, "1.1.exec_meetings")
    assert (raised.goal, raised.overridden, raised.status) == (3, True, KpiStatus.NOT_MET)
    with center_store.transaction() as session:
        restore_default(session, "1.1.exec_meetings", FY)
    assert _result(center_store, "1.1.exec_meetings").status is KpiStatus.MET


def _placements(store: Store, college_id: int, briefed: int, unbriefed: int) -> None:
    enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
    students = [
        Student(
            college_id=college_id,
            first_name="สมชาย",
            last_name=f"ใจดี {n}",
            level=Level.PVS,
            year_of_study=2,
            entry_academic_year=2567,
            study_mode=StudyModeCode.DUAL,
        )
        for n in range(briefed + unbriefed)
    ]
    _add(store, enterprise, *students)
    _add(
        store,
        *(
            SafetyBriefing(
                student_id=student.id,
                kind=BriefingKind.SAFETY_TRAINING,
                held_on=date(2025, 10, 1),
                given_by="ครูนิเทศก์",
            )
            for student in students[:briefed]
        ),
        *(
            Placement(
                student_id=student.id,
                college_id=college_id,
                enterprise_id=enterprise.id,
                mode=PlacementMode.DUAL,
                starts_on=date(2025, 10, 1),
                ends_on=date(2026, 3, 31),
                status=PlacementStatus.IN_PROGRESS,
            )
            for student in students
        ),
    )


def test_a_share_exactly_at_the_goal_and_one_below(center_store: Store) -> None:
    host_id = _host_id(center_store)
    _placements(center_store, host_id, briefed=2, unbriefed=0)
    met = _result(center_store, "6.2.orientation")
    assert (met.value, met.numerator, met.denominator, met.status) == (
        100.0,
        2,
        2,
        KpiStatus.MET,
    )
    _placements(center_store, host_id, briefed=0, unbriefed=1)
    below = _result(center_store, "6.2.orientation")
    assert (below.numerator, below.denominator, below.status) == (2, 3, KpiStatus.NOT_MET)
    assert below.unit == "percent" and below.value == pytest.approx(200 / 3)


def test_college_scope_counts_one_college_and_never_judges_network_targets(
    center_store: Store,
) -> None:
    host_id = _host_id(center_store)
    other = College(
        name_th="วิทยาลัยเทคนิคทดสอบ", ownership=Ownership.PRIVATE, group=CollegeGroupCode.STANDARD
    )
    _add(center_store, other)
    _placements(center_store, host_id, briefed=1, unbriefed=0)
    _placements(center_store, other.id, briefed=0, unbriefed=2)
    _meetings(center_store, date(2025, 11, 1), date(2026, 2, 1))
    host = _result(center_store, "6.2.orientation", college_id=host_id)
    assert (host.numerator, host.denominator, host.status) == (1, 1, KpiStatus.MET)
    assert host.list_filters["college_id"] == host_id
    college = _result(center_store, "6.2.orientation", college_id=other.id)
    assert (college.numerator, college.denominator, college.status) == (0, 2, KpiStatus.NOT_MET)
    network = _result(center_store, "6.2.orientation")
    assert (network.numerator, network.denominator) == (1, 3)
    # meetings are the center's: met for the network, no data for a college
    assert _result(center_store, "1.1.exec_meetings").status is KpiStatus.MET
    in_college = _result(center_store, "1.1.exec_meetings", college_id=other.id)
    assert (in_college.status, in_college.value, in_college.list_kind) == (
        KpiStatus.NO_DATA,
        None,
        None,
    )
    with center_store.session() as session:
        shares = dict(per_college(session, "6.2.orientation", FY))
        assert per_college(session, "1.1.exec_meetings", FY) == []
        series = trend(session, "6.2.orientation", [FY - 1, FY], college_id=other.id)
    assert shares["วิทยาลัยเทคนิคทดสอบ"] == 0.0
    assert 100.0 in shares.values()
    assert series == [(FY - 1, None), (FY, 0.0)]


def test_every_target_is_counted_for_a_college_or_declared_network_only() -> None:
    ids = {t.id for t in catalogue()}
    assert set(COLLEGE_MEASURES) | NETWORK_ONLY == ids
    assert not set(COLLEGE_MEASURES) & NETWORK_ONLY


def test_every_records_link_opens_a_list_that_knows_its_filters(center_store: Store) -> None:
    _meetings(center_store, date(2025, 11, 1))
    with center_store.session() as session:
        network = scorecard(session, FY, today=AFTER).results
        college = scorecard(session, FY, _host_id_in(session), today=AFTER).results
    linked = [r for r in (*network, *college) if r.list_kind is not None]
    assert len(linked) >= 30
    for result in linked:
        if result.list_kind in PAGE_LINKS:  # a page of its own, following the fiscal year
            assert result.list_filters == {"fiscal_year": FY}
            continue
        spec = spec_for(ListKind(result.list_kind))
        assert set(result.list_filters) <= set(spec.filters), result.target_id
        ListFilters(**result.list_filters)  # type: ignore[arg-type]


def _host_id_in(session: Session) -> int:
    return session.scalars(select(College.id).where(College.group == CollegeGroupCode.CVM)).one()


def test_the_demo_network_has_a_value_for_most_targets(demo_db_template: Any) -> None:
    from app.services.store import open_store

    store = open_store(demo_db_template)
    try:
        with store.session() as session:
            card = scorecard(session, FY, today=AFTER)
    finally:
        store.close()
    no_data = {r.target_id for r in card.results if r.status is KpiStatus.NO_DATA}
    assert no_data == set()
    # the demo sent the year's enterprise summary but not yet its matching report
    assert card.result("1.2.report").status is KpiStatus.MET
    assert card.result("1.3.report").status is KpiStatus.NOT_MET


@pytest.mark.parametrize(
    "target_id", ["5.3.trained", "6.1.teachers", "6.2.orientation", "6.2.safety"]
)
def test_the_grouped_per_college_figures_equal_each_college_scorecard(
    demo_db_template: Any, target_id: str
) -> None:
    """The per-college chart counts every college in one query; each bar must be what that
    college's own scorecard says."""
    from app.models import College
    from app.services.store import open_store

    store = open_store(demo_db_template)
    try:
        with store.session() as session:
            bars = dict(per_college(session, target_id, FY))
            colleges = session.execute(
                select(College.id, College.name_th).where(College.deleted.is_(False))
            ).all()
            for college_id, name in colleges:
                one = scorecard(session, FY, college_id, today=AFTER)
                assert bars.get(name) == one.result(target_id).value, name
    finally:
        store.close()
