"""Plans (manual 2.1-2.2): the share of a year's planned activities done (fiscal-year edges,
cancelled left out, "no data"), plan period rules, project and progress forms, the lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models.enums import PlanKind, WorkStatus
from app.models.network import College
from app.models.planning import Plan, PlanActivity, Project
from app.services.listing import ListFilters, ListKind, ListQuery, count, page
from app.services.overview import area_overview
from app.services.plans import activity_share
from app.services.records import InvalidRecord, RecordKind, open_form, save_record
from app.services.records.plans import PlanActivityInput, PlanInput, ProjectInput, read_budget
from app.services.store import Store, open_store

FY = 2569  # 1 Oct 2025 - 30 Sep 2026


def _add(store: Store, *rows: Any) -> list[int]:
    with store.transaction() as session:
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def _center(store: Store) -> int:
    with store.session() as session:
        college = session.scalars(select(College).order_by(College.id)).first()
        assert college is not None
        return college.center_id


@pytest.fixture
def plans(center_store: Store) -> dict[str, int]:
    """A five-year plan 2566-2570 with one project, an annual plan 2569 with one project."""
    center = _center(center_store)
    five, annual = _add(
        center_store,
        Plan(
            center_id=center, kind=PlanKind.FIVE_YEAR, title="แผน 5 ปี", first_fy=2566, last_fy=2570
        ),
        Plan(center_id=center, kind=PlanKind.ANNUAL, title="แผนปี 2569", first_fy=FY, last_fy=FY),
    )
    (long_project,) = _add(
        center_store, Project(plan_id=five, title="พัฒนาครู", status=WorkStatus.IN_PROGRESS)
    )
    (project,) = _add(
        center_store,
        Project(
            plan_id=annual,
            five_year_project_id=long_project,
            title="อบรมครู 2569",
            status=WorkStatus.IN_PROGRESS,
        ),
    )
    return {"five": five, "annual": annual, "long_project": long_project, "project": project}


def _activity(project: int, due: date, status: WorkStatus, **values: Any) -> PlanActivity:
    return PlanActivity(project_id=project, title="กิจกรรม", due_on=due, status=status, **values)


def _refused(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> set[str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, kind, data, record_id)
    return {error.field for error in refused.value.errors}


# -- the share of the year's activities done -------------------------------------------------
def test_the_share_counts_activities_due_in_the_fiscal_year(
    center_store: Store, plans: dict[str, int]
) -> None:
    project = plans["project"]
    done = WorkStatus.DONE
    _add(
        center_store,
        _activity(project, date(2025, 9, 30), done, done_on=date(2025, 9, 30)),  # FY 2568
        _activity(project, date(2025, 10, 1), done, done_on=date(2025, 10, 1)),  # first day
        _activity(project, date(2026, 9, 30), WorkStatus.IN_PROGRESS),  # last day
        _activity(project, date(2026, 10, 1), done, done_on=date(2026, 10, 1)),  # FY 2570
        _activity(project, date(2026, 3, 1), WorkStatus.CANCELLED),  # left out
    )
    share = activity_share(center_store.session(), FY)
    assert (share.due, share.done) == (2, 1)
    assert share.percent == 50.0
    assert (share.five_year_plans, share.annual_plans) == (1, 1)
    previous = activity_share(center_store.session(), FY - 1)
    assert (previous.due, previous.done, previous.percent) == (1, 1, 100.0)
    # the same figure as the area overview's 2.2
    with center_store.session() as session:
        overview = {a.code: a for area in area_overview(session, FY) for a in area.activities}
    figure = next(f for f in overview["2.2"].figures if f.key == "2.2.activities_done")
    assert (figure.value, figure.total) == (share.done, share.due)


def test_a_year_with_nothing_due_has_no_data_not_zero(
    center_store: Store, plans: dict[str, int]
) -> None:
    share = activity_share(center_store.session(), FY + 5)
    assert (share.due, share.done, share.percent) == (0, 0, None)
    assert (share.five_year_plans, share.annual_plans) == (0, 0)


def test_deleted_activities_are_not_counted(center_store: Store, plans: dict[str, int]) -> None:
    (gone,) = _add(center_store, _activity(plans["project"], date(2026, 1, 5), WorkStatus.DONE))
    with center_store.transaction() as session:
        row = session.get(PlanActivity, gone)
        assert row is not None
        session.delete(row)
    assert activity_share(center_store.session(), FY).due == 0


# -- plans -------------------------------------------------------------------------------------
FIVE_YEAR = PlanInput(kind="five_year", title="แผนพัฒนา 5 ปี", first_fy=2571, last_fy=2575)


def test_a_five_year_plan_saves_and_loads_back(center_store: Store) -> None:
    data = replace(FIVE_YEAR, approved_on="01/09/2570", sent_on="10/09/2570")
    record_id, _step = save_record(center_store, RecordKind.PLAN, data)
    with center_store.session() as session:
        row = session.get(Plan, record_id)
        assert row is not None
        assert (row.first_fy, row.last_fy, row.approved_on) == (2571, 2575, date(2027, 9, 1))
        assert row.center_id == _center(center_store)
        assert open_form(session, RecordKind.PLAN, record_id).data == data


def test_a_five_year_plan_longer_than_five_years_is_refused(center_store: Store) -> None:
    assert _refused(center_store, RecordKind.PLAN, replace(FIVE_YEAR, last_fy=2576)) == {"last_fy"}
    assert _refused(center_store, RecordKind.PLAN, replace(FIVE_YEAR, last_fy=2570)) == {"last_fy"}
    save_record(center_store, RecordKind.PLAN, replace(FIVE_YEAR, last_fy=2571))  # one year


def test_an_annual_plan_covers_its_first_year_only(center_store: Store) -> None:
    data = PlanInput(kind="annual", title="แผนปฏิบัติการ 2570", first_fy=2570, last_fy=2599)
    record_id, _step = save_record(center_store, RecordKind.PLAN, data)
    with center_store.session() as session:
        row = session.get(Plan, record_id)
        assert row is not None and (row.first_fy, row.last_fy) == (2570, 2570)


def test_plan_messages_never_repeat_the_value(center_store: Store) -> None:
    with pytest.raises(InvalidRecord) as refused:
        save_record(center_store, RecordKind.PLAN, replace(FIVE_YEAR, last_fy=2580))
    message = refused.value.errors[0].message
    assert "at most five fiscal years" in message and "2580" not in message


def test_a_plan_sent_before_approval_and_bad_dates_are_refused(center_store: Store) -> None:
    data = replace(FIVE_YEAR, title=" ", approved_on="10/9/2570", sent_on="1/9/2570")
    assert _refused(center_store, RecordKind.PLAN, data) == {"title", "sent_on"}
    assert _refused(center_store, RecordKind.PLAN, replace(FIVE_YEAR, approved_on="31/2/2570")) == {
        "approved_on"
    }


def test_a_five_year_plan_keeps_the_years_of_its_linked_annual_plans(
    center_store: Store, plans: dict[str, int]
) -> None:
    edited = PlanInput(kind="five_year", title="แผน 5 ปี", first_fy=2566, last_fy=2568)
    assert _refused(center_store, RecordKind.PLAN, edited, plans["five"]) == {"last_fy"}
    save_record(center_store, RecordKind.PLAN, replace(edited, last_fy=2569), plans["five"])


def test_an_annual_plan_cannot_move_out_of_its_five_year_plan(
    center_store: Store, plans: dict[str, int]
) -> None:
    moved = PlanInput(kind="annual", title="แผนปี", first_fy=2571, last_fy=2571)
    assert _refused(center_store, RecordKind.PLAN, moved, plans["annual"]) == {"first_fy"}
    five_year = PlanInput(kind="five_year", title="แผนปี", first_fy=2569, last_fy=2569)
    assert _refused(center_store, RecordKind.PLAN, five_year, plans["annual"]) == {"kind"}


# -- projects ----------------------------------------------------------------------------------
def _project(plans: dict[str, int], **values: Any) -> ProjectInput:
    data = ProjectInput(
        plan_id=plans["annual"],
        five_year_project_id=plans["long_project"],
        title="ศึกษาดูงาน",
        target="ครู 20 คน",
        output="รายงาน",
        starts_on="01/11/2568",
        ends_on="30/09/2569",
        budget="150,000.50",
        status="in_progress",
    )
    return replace(data, **values)


def test_a_project_saves_and_loads_back(center_store: Store, plans: dict[str, int]) -> None:
    with center_store.session() as session:
        college = session.scalars(select(College.id)).first()
    data = _project(plans, responsible_college_id=college)
    record_id, _step = save_record(center_store, RecordKind.PROJECT, data)
    with center_store.session() as session:
        row = session.get(Project, record_id)
        assert row is not None
        assert row.budget == Decimal("150000.50")
        assert (row.starts_on, row.ends_on) == (date(2025, 11, 1), date(2026, 9, 30))
        assert open_form(session, RecordKind.PROJECT, record_id).data == data


def test_a_period_ending_before_it_starts_is_refused(
    center_store: Store, plans: dict[str, int]
) -> None:
    bad = _project(plans, starts_on="2/3/2569", ends_on="1/3/2569")
    assert _refused(center_store, RecordKind.PROJECT, bad) == {"ends_on"}
    save_record(center_store, RecordKind.PROJECT, replace(bad, ends_on="2/3/2569"))  # one day


def test_a_project_period_outside_its_plan_years_is_refused(
    center_store: Store, plans: dict[str, int]
) -> None:
    # the annual plan 2569 runs 1 Oct 2025 - 30 Sep 2026 (B.E. 2568-2569)
    early = _project(plans, starts_on="30/9/2568")
    assert _refused(center_store, RecordKind.PROJECT, early) == {"starts_on"}
    late = _project(plans, ends_on="1/10/2569")
    assert _refused(center_store, RecordKind.PROJECT, late) == {"ends_on"}


def test_a_link_to_a_five_year_plan_not_containing_the_year_is_refused(
    center_store: Store, plans: dict[str, int]
) -> None:
    center = _center(center_store)
    (other,) = _add(
        center_store,
        Plan(
            center_id=center, kind=PlanKind.FIVE_YEAR, title="แผนเดิม", first_fy=2561, last_fy=2565
        ),
    )
    (old_project,) = _add(center_store, Project(plan_id=other, title="เดิม", status=WorkStatus.DONE))
    bad = _project(plans, five_year_project_id=old_project)
    assert _refused(center_store, RecordKind.PROJECT, bad) == {"five_year_project_id"}
    # a project of an annual plan is no five-year project to link to
    to_annual = _project(plans, five_year_project_id=plans["project"])
    assert _refused(center_store, RecordKind.PROJECT, to_annual) == {"five_year_project_id"}
    # a five-year plan's project links to nothing
    own = _project(plans, plan_id=plans["five"], starts_on="", ends_on="")
    assert _refused(center_store, RecordKind.PROJECT, own) == {"five_year_project_id"}


@pytest.mark.parametrize("budget", ["-1", "abc", "1.005", "1000000000000"])
def test_a_bad_budget_is_refused(center_store: Store, plans: dict[str, int], budget: str) -> None:
    assert _refused(center_store, RecordKind.PROJECT, _project(plans, budget=budget)) == {"budget"}


def test_budgets_read_as_written() -> None:
    assert read_budget("") is None
    assert read_budget("0") == Decimal("0.00")
    assert read_budget(" 1,500,000 ") == Decimal("1500000.00")


def test_a_project_needs_a_plan_a_title_and_a_network_college(
    center_store: Store, plans: dict[str, int]
) -> None:
    bad = _project(plans, plan_id=None, title=" ", responsible_college_id=999_999)
    assert _refused(center_store, RecordKind.PROJECT, bad) == {
        "plan_id",
        "title",
        "responsible_college_id",
    }


# -- progress updates --------------------------------------------------------------------------
def test_a_done_activity_needs_the_day_it_was_done(
    center_store: Store, plans: dict[str, int]
) -> None:
    data = PlanActivityInput(
        project_id=plans["project"], title="ประชุม", due_on="15/1/2569", status="done"
    )
    assert _refused(center_store, RecordKind.PLAN_ACTIVITY, data) == {"done_on"}
    record_id, _step = save_record(
        center_store, RecordKind.PLAN_ACTIVITY, replace(data, done_on="16/1/2569", evidence="ภาพ")
    )
    assert activity_share(center_store.session(), FY).done == 1
    # back to under way: the day done is dropped with it
    save_record(
        center_store,
        RecordKind.PLAN_ACTIVITY,
        replace(data, status="in_progress", done_on="16/1/2569"),
        record_id,
    )
    with center_store.session() as session:
        row = session.get(PlanActivity, record_id)
        assert row is not None and row.done_on is None and row.evidence is None
    assert activity_share(center_store.session(), FY).done == 0


def test_an_activity_done_in_the_future_is_refused(
    center_store: Store, plans: dict[str, int]
) -> None:
    data = PlanActivityInput(
        project_id=plans["project"], title="ประชุม", status="done", done_on="1/1/2650"
    )
    assert _refused(center_store, RecordKind.PLAN_ACTIVITY, data) == {"done_on"}


# -- lists -------------------------------------------------------------------------------------
def test_the_plan_lists_filter_by_year_plan_and_project(
    center_store: Store, plans: dict[str, int]
) -> None:
    project = plans["project"]
    _add(
        center_store,
        _activity(project, date(2025, 10, 1), WorkStatus.PLANNED),
        _activity(project, date(2026, 10, 1), WorkStatus.PLANNED),
    )
    with center_store.session() as session:

        def ids(kind: ListKind, **filters: Any) -> int:
            return count(session, ListQuery(kind, ListFilters(**filters)))

        assert ids(ListKind.PLANS, fiscal_year=FY) == 2
        assert ids(ListKind.PLANS, fiscal_year=2571) == 0
        assert ids(ListKind.PLANS, plan_kind=PlanKind.ANNUAL) == 1
        assert ids(ListKind.PROJECTS, fiscal_year=FY) == 2
        assert ids(ListKind.PROJECTS, fiscal_year=2567) == 1
        assert ids(ListKind.PROJECTS, plan_id=plans["annual"]) == 1
        assert ids(ListKind.PLAN_ACTIVITIES, fiscal_year=FY) == 1
        assert ids(ListKind.PLAN_ACTIVITIES, project_id=project) == 2
        assert ids(ListKind.PLAN_ACTIVITIES, plan_id=plans["five"]) == 0
        found = page(session, ListQuery(ListKind.PROJECTS, search="2569"), 0, 10)
        assert [row.id for row in found] == [project]


# -- the demo network --------------------------------------------------------------------------
@pytest.fixture
def demo(demo_db_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_db_template.read_bytes())
    store = open_store(path)
    yield store
    store.close()


def test_the_demo_has_plans_and_every_stored_record_loads_in_its_form(demo: Store) -> None:
    with demo.session() as session:
        for kind, list_kind in (
            (RecordKind.PLAN, ListKind.PLANS),
            (RecordKind.PROJECT, ListKind.PROJECTS),
            (RecordKind.PLAN_ACTIVITY, ListKind.PLAN_ACTIVITIES),
        ):
            rows = page(session, ListQuery(list_kind), 0, 5)
            assert rows, kind
            for row in rows:
                assert open_form(session, kind, row.id).data is not None
