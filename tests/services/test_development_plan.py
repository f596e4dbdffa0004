"""The development plan of a fiscal year: teachers with and without gaps, curricula that cover
a competency, enrolments in runs of the year, and the totals against the 5.1 target."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import Center, College
from app.models.teachers import Enrollment, SkillGap, Teacher, TrainingCourse, TrainingRun
from app.services.development_plan import DevelopmentPlan, development_plan
from app.services.store import Store

YEAR = 2569  # 1 October 2025 - 30 September 2026


@pytest.fixture
def network(center_store: Store) -> dict[str, int]:
    """Three network teachers, one teacher of a college outside the network, two curricula."""
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        host = session.scalars(select(College.id).where(College.center_id == center_id)).one()
        outside = College(
            name_th="วิทยาลัยเครือข่ายอื่น",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
        )
        session.add(outside)
        session.flush()
        ids: dict[str, int] = {}
        for key, first, college in (
            ("kamol", "กมล", host),
            ("chatree", "ชาตรี", host),
            ("eakchai", "เอกชัย", host),
            ("outsider", "ขจร", outside.id),
        ):
            teacher = Teacher(college_id=college, first_name=first, last_name="ใจดี")
            session.add(teacher)
            session.flush()
            ids[key] = teacher.id
        plc = TrainingCourse(
            center_id=center_id,
            title="หลักสูตรการโปรแกรม PLC ขั้นสูง",
            competencies="PLC Programming; HMI",
            hours=30,
        )
        robot = TrainingCourse(
            center_id=center_id,
            title="Industrial robot",
            competencies="การบำรุงรักษาหุ่นยนต์อุตสาหกรรม, robot arm",
            hours=18,
        )
        session.add_all([plc, robot])
        session.flush()
        ids["plc"], ids["robot"] = plc.id, robot.id
        gaps = (
            ("kamol", YEAR, "plc programming", 3),
            ("kamol", YEAR, "การบำรุงรักษา หุ่นยนต์อุตสาหกรรม", 1),
            ("chatree", YEAR, "PLC  Programming", 2),
            ("chatree", YEAR, "ระบบนิวเมติกส์", 1),
            ("eakchai", YEAR - 1, "PLC Programming", 1),  # another year
            ("outsider", YEAR, "PLC Programming", 1),  # outside the network
        )
        for key, year, competency, priority in gaps:
            session.add(
                SkillGap(
                    teacher_id=ids[key],
                    fiscal_year=year,
                    competency=competency,
                    current_level=1,
                    target_level=3,
                    priority=priority,
                )
            )
        in_year = TrainingRun(
            course_id=plc.id, starts_on=date(2025, 10, 1), ends_on=date(2025, 10, 5), capacity=20
        )
        last_year = TrainingRun(
            course_id=robot.id, starts_on=date(2025, 9, 30), ends_on=date(2025, 10, 2), capacity=20
        )
        session.add_all([in_year, last_year])
        session.flush()
        session.add(Enrollment(run_id=in_year.id, teacher_id=ids["chatree"]))
        session.add(Enrollment(run_id=last_year.id, teacher_id=ids["kamol"]))
    return ids


def _plan(store: Store, year: int = YEAR) -> DevelopmentPlan:
    with store.session() as session:
        return development_plan(session, year)


def test_every_network_teacher_is_listed_and_counted(
    center_store: Store, network: dict[str, int]
) -> None:
    plan = _plan(center_store)
    assert [teacher.first_name for teacher in plan.teachers] == ["กมล", "ชาตรี", "เอกชัย"]
    assert (plan.network_teachers, plan.with_gap, plan.without_gap) == (3, 2, 1)
    assert [teacher.first_name for teacher in plan.teachers_without_gap()] == ["เอกชัย"]
    assert not plan.target_met
    assert _plan(center_store, YEAR - 1).with_gap == 1


def test_gaps_are_by_priority_with_the_curricula_that_cover_them(
    center_store: Store, network: dict[str, int]
) -> None:
    kamol = next(t for t in _plan(center_store).teachers if t.teacher_id == network["kamol"])
    assert [gap.priority for gap in kamol.gaps] == [1, 3]
    robot_gap, plc_gap = kamol.gaps
    # Spaces and case do not matter; the title or the competencies text may hold it.
    assert [course.course_id for course in robot_gap.courses] == [network["robot"]]
    assert [course.course_id for course in plc_gap.courses] == [network["plc"]]


def test_an_enrolment_counts_only_in_a_run_starting_in_the_year(
    center_store: Store, network: dict[str, int]
) -> None:
    plan = _plan(center_store)
    teachers = {teacher.teacher_id: teacher for teacher in plan.teachers}
    chatree = {gap.competency: gap for gap in teachers[network["chatree"]].gaps}
    assert chatree["PLC  Programming"].enrolled  # the run starts on 1 October, in the year
    assert not chatree["ระบบนิวเมติกส์"].enrolled
    assert not chatree["ระบบนิวเมติกส์"].covered
    kamol = teachers[network["kamol"]]
    assert not any(gap.enrolled for gap in kamol.gaps)  # the robot run started a day early


def test_competencies_are_counted_across_teachers(
    center_store: Store, network: dict[str, int]
) -> None:
    needs = {need.competency: need for need in _plan(center_store).competencies}
    assert len(needs) == 3
    plc = needs["plc programming"]  # the first spelling seen names it
    assert (plc.teachers, plc.covered, plc.enrolled) == (2, True, 1)
    assert next(iter(needs)) == "plc programming"  # most needed first
    assert not needs["ระบบนิวเมติกส์"].covered


def test_the_target_is_met_when_every_network_teacher_has_a_gap(
    center_store: Store, network: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        session.add(
            SkillGap(
                teacher_id=network["eakchai"],
                fiscal_year=YEAR,
                competency="HMI",
                current_level=2,
                target_level=3,
                priority=2,
            )
        )
    plan = _plan(center_store)
    assert (plan.without_gap, plan.target_met) == (0, True)


def test_deleted_rows_do_not_count(center_store: Store, network: dict[str, int]) -> None:
    with center_store.transaction() as session:
        for gap in session.scalars(select(SkillGap).where(SkillGap.teacher_id == network["kamol"])):
            gap.deleted = True
        session.get(Teacher, network["eakchai"]).deleted = True  # type: ignore[union-attr]
        session.get(TrainingCourse, network["plc"]).deleted = True  # type: ignore[union-attr]
    plan = _plan(center_store)
    assert (plan.network_teachers, plan.with_gap) == (2, 1)
    chatree = plan.teachers[1]
    assert all(not gap.covered and not gap.enrolled for gap in chatree.gaps)


def test_an_empty_network_has_no_target_met(center_store: Store) -> None:
    plan = _plan(center_store)
    assert (plan.network_teachers, plan.target_met, plan.competencies) == (0, False, ())
