"""Safety of placed students (manual 6.2): the overdue-visit rule at its boundary, placements
not cleared before they start, the safety KPI, open incidents and the two lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.models.enums import (
    BriefingKind,
    CollegeGroupCode,
    EnterpriseLocation,
    IncidentKind,
    IncidentStatus,
    Level,
    Ownership,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)
from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, SafetyBriefing, Student, SupervisionVisit
from app.models.teachers import Teacher, TeacherInternship
from app.services.listing import ListFilters, ListKind, ListQuery, count, page
from app.services.listing.kinds import spec_for
from app.services.safety import (
    SUPERVISION_DUE_DAYS,
    not_cleared,
    open_incidents,
    overdue_visits,
    safety_kpi,
)
from app.services.store import Store

TODAY = date(2026, 3, 15)  # fiscal year 2569
FISCAL_YEAR = 2569


@dataclass
class Setting:
    colleges: list[int]
    enterprise_id: int
    store: Store

    def student(self, college: int = 0, name: str = "สมชาย") -> int:
        with self.store.transaction() as session:
            row = Student(
                college_id=self.colleges[college],
                first_name=name,
                last_name="ใจดี",
                level=Level.PVS,
                year_of_study=2,
                entry_academic_year=2567,
                study_mode=StudyModeCode.DUAL,
            )
            session.add(row)
            session.flush()
            return row.id

    def placement(
        self,
        student_id: int,
        starts: date,
        status: PlacementStatus = PlacementStatus.IN_PROGRESS,
        college: int = 0,
        days: int = 120,
    ) -> int:
        with self.store.transaction() as session:
            row = Placement(
                student_id=student_id,
                college_id=self.colleges[college],
                enterprise_id=self.enterprise_id,
                mode=PlacementMode.DUAL,
                starts_on=starts,
                ends_on=starts + timedelta(days=days),
                status=status,
            )
            session.add(row)
            session.flush()
            return row.id

    def visit(self, placement_id: int, visited: date | None, planned: date | None = None) -> None:
        with self.store.transaction() as session:
            session.add(
                SupervisionVisit(placement_id=placement_id, planned_on=planned, visited_on=visited)
            )

    def incident(
        self,
        placement_id: int,
        occurred: date,
        severity: Severity = Severity.LOW,
        status: IncidentStatus = IncidentStatus.OPEN,
    ) -> int:
        with self.store.transaction() as session:
            row = Incident(
                placement_id=placement_id,
                kind=IncidentKind.ACCIDENT,
                occurred_on=occurred,
                severity=severity,
                description="มีดบาดมือ",
                status=status,
            )
            session.add(row)
            session.flush()
            return row.id

    def briefing(self, student_id: int, kind: BriefingKind) -> None:
        with self.store.transaction() as session:
            session.add(
                SafetyBriefing(student_id=student_id, kind=kind, held_on=TODAY, given_by="ครูสมศรี")
            )


@pytest.fixture
def setting(center_store: Store) -> Setting:
    with center_store.transaction() as session:
        host = session.scalars(select(College)).first()
        assert host is not None
        # "ก..." sorts before the host college's name in Thai order
        other = College(
            name_th="กรุงเทพเทคโนโลยี",
            ownership=Ownership.PRIVATE,
            group=CollegeGroupCode.STANDARD,
            center_id=host.center_id,
        )
        enterprise = Enterprise(name_th="บริษัท หุ่นยนต์ไทย จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([other, enterprise])
        session.flush()
        return Setting([host.id, other.id], enterprise.id, center_store)


# -- overdue visits ---------------------------------------------------------------------------
def test_the_rule_is_30_days() -> None:
    assert SUPERVISION_DUE_DAYS == 30


def _overdue_ids(store: Store, today: date) -> list[int]:
    with store.session() as session:
        return [item.placement_id for item in overdue_visits(session, today)]


def test_day_30_is_not_overdue_and_day_31_is(setting: Setting) -> None:
    starts = date(2026, 1, 1)
    placement = setting.placement(setting.student(), starts)
    day_30 = starts + timedelta(days=29)
    assert _overdue_ids(setting.store, day_30) == []
    assert _overdue_ids(setting.store, day_30 + timedelta(days=1)) == [placement]
    with setting.store.session() as session:
        (item,) = overdue_visits(session, day_30 + timedelta(days=1))
    assert (item.days_without_visit, item.first_visit_on, item.starts_on) == (31, None, starts)


def test_a_visit_on_day_30_counts_and_one_on_day_31_is_late(setting: Setting) -> None:
    starts = date(2026, 1, 1)
    in_time = setting.placement(setting.student(name="สุดา"), starts)
    late = setting.placement(setting.student(name="วิชัย"), starts)
    setting.visit(in_time, starts + timedelta(days=29))
    setting.visit(late, starts + timedelta(days=30))
    setting.visit(late, None, planned=starts + timedelta(days=10))  # only planned: no visit
    assert _overdue_ids(setting.store, TODAY) == [late]
    with setting.store.session() as session:
        (item,) = overdue_visits(session, TODAY)
    assert (item.days_without_visit, item.first_visit_on) == (30, starts + timedelta(days=30))


def test_only_placements_in_progress_can_be_overdue(setting: Setting) -> None:
    starts = date(2025, 12, 1)
    for status in (PlacementStatus.CONFIRMED, PlacementStatus.COMPLETED, PlacementStatus.WITHDRAWN):
        setting.placement(setting.student(), starts, status)
    assert _overdue_ids(setting.store, TODAY) == []
    with setting.store.session() as session:
        assert overdue_visits(session, TODAY, due_days=200) == []


# -- placements not cleared -------------------------------------------------------------------
def test_placements_starting_within_14_days_without_briefings(setting: Setting) -> None:
    students = [setting.student(name=name) for name in ("ก้อง", "ขวัญ", "คม", "แก้ว")]
    in_13 = setting.placement(students[0], TODAY + timedelta(days=13), PlacementStatus.PLANNED)
    in_14 = setting.placement(students[1], TODAY + timedelta(days=14), PlacementStatus.CONFIRMED)
    setting.placement(students[2], TODAY + timedelta(days=15), PlacementStatus.PLANNED)
    cleared = setting.placement(students[3], TODAY + timedelta(days=3), PlacementStatus.PLANNED)
    for kind in BriefingKind:
        setting.briefing(students[3], kind)
    setting.briefing(students[1], BriefingKind.ORIENTATION)  # training still missing
    with setting.store.session() as session:
        found = {item.placement_id: item.missing for item in not_cleared(session, TODAY)}
    assert found == {
        in_13: (BriefingKind.SAFETY_TRAINING, BriefingKind.ORIENTATION),
        in_14: (BriefingKind.SAFETY_TRAINING,),
    }
    assert cleared not in found


def test_a_placement_already_started_is_not_checked_for_clearance(setting: Setting) -> None:
    setting.placement(setting.student(), TODAY + timedelta(days=2))  # in progress
    with setting.store.session() as session:
        assert not_cleared(session, TODAY) == []


# -- the safety KPI ---------------------------------------------------------------------------
def test_the_kpi_without_and_with_incidents_per_college(setting: Setting) -> None:
    starts = date(2025, 11, 1)
    first = [setting.placement(setting.student(0), starts) for _ in range(4)]
    second = setting.placement(setting.student(1), starts, college=1)
    with setting.store.session() as session:
        kpi = safety_kpi(session, FISCAL_YEAR)
    # in Thai order of name: the second college ("กรุง...") first
    assert [c.college_id for c in kpi.colleges] == [setting.colleges[1], setting.colleges[0]]
    assert [(c.placed, c.with_incident) for c in kpi.colleges] == [(1, 0), (4, 0)]
    assert kpi.network.share_without_incident == 100.0
    assert kpi.network.target_met is True

    setting.incident(first[0], starts + timedelta(days=5))
    setting.incident(first[0], starts + timedelta(days=9))  # the same student: counted once
    setting.incident(second, starts + timedelta(days=5), status=IncidentStatus.CLOSED)
    with setting.store.session() as session:
        kpi = safety_kpi(session, FISCAL_YEAR)
        one = safety_kpi(session, FISCAL_YEAR, college_id=setting.colleges[0])
    by_college = {c.college_id: c for c in kpi.colleges}
    assert (
        by_college[setting.colleges[0]].placed,
        by_college[setting.colleges[0]].with_incident,
    ) == (
        4,
        1,
    )
    assert by_college[setting.colleges[0]].share_without_incident == 75.0
    assert by_college[setting.colleges[0]].target_met is False
    assert by_college[setting.colleges[1]].share_without_incident == 0.0
    assert (kpi.network.placed, kpi.network.with_incident) == (5, 2)
    assert kpi.network.share_without_incident == pytest.approx(60.0)
    assert [c.college_id for c in one.colleges] == [setting.colleges[0]]
    assert (one.network.placed, one.network.with_incident) == (4, 1)


def test_the_kpi_counts_a_student_once_and_leaves_out_withdrawn_and_other_years(
    setting: Setting,
) -> None:
    student = setting.student()
    setting.placement(student, date(2025, 10, 1), days=30)
    setting.placement(student, date(2026, 1, 1), days=30)  # the same student again
    withdrawn = setting.placement(setting.student(), date(2025, 12, 1), PlacementStatus.WITHDRAWN)
    setting.incident(withdrawn, date(2025, 12, 2))
    setting.placement(setting.student(), date(2025, 9, 30))  # fiscal year 2568
    with setting.store.session() as session:
        kpi = safety_kpi(session, FISCAL_YEAR)
    assert (kpi.network.placed, kpi.network.with_incident) == (1, 0)


def test_no_data_when_nobody_was_placed(setting: Setting) -> None:
    setting.placement(setting.student(), date(2025, 12, 1), PlacementStatus.WITHDRAWN)
    with setting.store.session() as session:
        kpi = safety_kpi(session, FISCAL_YEAR)
    assert kpi.colleges == ()
    assert kpi.network.placed == 0
    assert kpi.network.share_without_incident is None
    assert kpi.network.target_met is None


def test_a_deleted_incident_does_not_count(setting: Setting) -> None:
    placement = setting.placement(setting.student(), date(2025, 12, 1))
    incident = setting.incident(placement, date(2025, 12, 3))
    with setting.store.transaction() as session:
        row = session.get(Incident, incident)
        assert row is not None
        row.deleted = True
    with setting.store.session() as session:
        assert safety_kpi(session, FISCAL_YEAR).network.with_incident == 0


# -- open incidents and the lists -------------------------------------------------------------
def test_open_incidents_most_severe_then_oldest(setting: Setting) -> None:
    placement = setting.placement(setting.student(), date(2025, 12, 1))
    low_old = setting.incident(placement, date(2025, 12, 2))
    high_new = setting.incident(placement, date(2025, 12, 20), Severity.HIGH)
    high_old = setting.incident(
        placement, date(2025, 12, 5), Severity.HIGH, IncidentStatus.IN_PROGRESS
    )
    setting.incident(placement, date(2025, 12, 1), Severity.HIGH, IncidentStatus.CLOSED)
    with setting.store.session() as session:
        found = [item.incident_id for item in open_incidents(session)]
    assert found == [high_old, high_new, low_old]


def test_the_incident_list_holds_placement_incidents_only(setting: Setting) -> None:
    student = setting.student()
    placement = setting.placement(student, date(2025, 12, 1))
    kept = setting.incident(placement, date(2025, 12, 2))
    closed = setting.incident(placement, date(2025, 12, 3), status=IncidentStatus.CLOSED)
    with setting.store.transaction() as session:
        teacher = Teacher(college_id=setting.colleges[0], first_name="ครู", last_name="หนึ่ง")
        session.add(teacher)
        session.flush()
        internship = TeacherInternship(
            teacher_id=teacher.id,
            enterprise_id=setting.enterprise_id,
            starts_on=date(2025, 12, 1),
            ends_on=date(2025, 12, 31),
        )
        session.add(internship)
        session.flush()
        session.add(
            Incident(
                internship_id=internship.id,
                kind=IncidentKind.ACCIDENT,
                occurred_on=date(2025, 12, 4),
                severity=Severity.LOW,
                description="ลื่นล้ม",
                status=IncidentStatus.OPEN,
            )
        )
    spec = spec_for(ListKind.INCIDENTS)
    with setting.store.session() as session:
        rows = page(session, ListQuery(ListKind.INCIDENTS), 0, 50)
        assert [row.id for row in rows] == [closed, kept]  # newest first
        assert rows[0].values[spec.index_of("student")] == "สมชาย ใจดี"
        open_only = ListQuery(
            ListKind.INCIDENTS,
            ListFilters(incident_status=IncidentStatus.OPEN, student_id=student),
        )
        assert [row.id for row in page(session, open_only, 0, 50)] == [kept]
        assert count(session, ListQuery(ListKind.INCIDENTS, ListFilters(fiscal_year=2570))) == 0


def test_the_visit_list_orders_by_the_day_of_the_visit(setting: Setting) -> None:
    placement = setting.placement(setting.student(), date(2025, 12, 1))
    setting.visit(placement, None, planned=date(2026, 1, 20))
    setting.visit(placement, date(2025, 12, 10), planned=date(2026, 2, 1))
    spec = spec_for(ListKind.SUPERVISION_VISITS)
    with setting.store.session() as session:
        rows = page(
            session,
            ListQuery(ListKind.SUPERVISION_VISITS, ListFilters(placement_id=placement)),
            0,
            9,
        )
    days = [row.values[spec.index_of("visit_day")] for row in rows]
    assert days == [date(2026, 1, 20), date(2025, 12, 10)]
