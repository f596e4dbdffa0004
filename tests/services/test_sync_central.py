"""The national overview: figures per CVM center from the rows held or from a counts-only
package, and the date of the last package received from each center."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import new_uuid
from app.models.certification import Certification
from app.models.enums import (
    CertificationResult,
    CollegeGroupCode,
    EnterpriseLocation,
    Level,
    Ownership,
    PersonKind,
    PlacementMode,
    PlacementStatus,
    SiteKind,
    StudyModeCode,
)
from app.models.network import Center, College, Enterprise
from app.models.site import Site
from app.models.students import Placement, Student
from app.models.sync import CentralCount, SyncPackage
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.store import Store
from app.services.sync.central import CenterFigures, national_overview, totals


def _center(session: Session, line: int) -> Center:
    return session.scalars(select(Center).where(Center.seq == line)).one()


def _college(session: Session, center: Center | None, name: str) -> College:
    college = College(
        name_th=name,
        ownership=Ownership.PUBLIC,
        group=CollegeGroupCode.STANDARD,
        center_id=None if center is None else center.id,
    )
    session.add(college)
    session.flush()
    return college


def _teacher(session: Session, college: College, *, deleted: bool = False) -> Teacher:
    teacher = Teacher(college_id=college.id, first_name="ครู", last_name="ทดสอบ", deleted=deleted)
    session.add(teacher)
    session.flush()
    return teacher


def _student(session: Session, college: College) -> Student:
    student = Student(
        college_id=college.id,
        first_name="นักเรียน",
        last_name="ทดสอบ",
        level=Level.PVC,
        year_of_study=2,
        entry_academic_year=2568,
        study_mode=StudyModeCode.FORMAL,
    )
    session.add(student)
    session.flush()
    return student


def _placement(session: Session, student: Student, enterprise: Enterprise) -> None:
    session.add(
        Placement(
            student_id=student.id,
            college_id=student.college_id,
            enterprise_id=enterprise.id,
            mode=PlacementMode.INTERNSHIP,
            starts_on=date(2026, 6, 1),
            ends_on=date(2026, 7, 31),
            status=PlacementStatus.COMPLETED,
        )
    )


def _certification(session: Session, **person: Any) -> None:
    session.add(
        Certification(
            standard="ช่างเมคคาทรอนิกส์",
            result=CertificationResult.PASSED,
            assessed_on=date(2026, 8, 1),
            **person,
        )
    )


def _by_line(figures: list[CenterFigures]) -> dict[int, CenterFigures]:
    return {entry.line: entry for entry in figures}


def _measures(entry: CenterFigures) -> tuple[int, ...]:
    return (
        entry.colleges,
        entry.teachers,
        entry.students,
        entry.placements,
        entry.certifications,
        entry.enrollments,
    )


def _peer(session: Session, kind: SiteKind, center: Center | None) -> Site:
    site = Site(
        uuid=new_uuid(),
        kind=kind,
        name="ศูนย์ทดสอบ",
        is_local=False,
        center_uuid=None if center is None else center.uuid,
        public_key="ab" * 32,
        key_id="0" * 16,
        enrolled_at=datetime(2026, 1, 1),
    )
    session.add(site)
    session.flush()
    return site


def _package(
    session: Session,
    peer: Site,
    at: datetime,
    profile: str = "pseudonymised",
    direction: str = "in",
) -> str:
    package_uuid = new_uuid()
    session.add(
        SyncPackage(
            package_uuid=package_uuid,
            direction=direction,
            peer_uuid=peer.uuid,
            profile=profile,
            since_seq=-1,
            through_seq=10,
            rows=0,
            file_name="p.cvmpkg",
            summary={},
            at=at,
        )
    )
    return package_uuid


def test_every_center_is_listed_by_line(center_store: Store) -> None:
    with center_store.session() as session:
        figures = national_overview(session)
    assert [entry.line for entry in figures] == list(range(1, 102))
    own = _by_line(figures)[11]
    assert "เมคคาทรอนิกส์" in own.subject_th
    assert own.host_college
    assert _measures(own) == (1, 0, 0, 0, 0, 0), "the host college of the center"
    assert all(_measures(e) == (0,) * 6 for e in figures if e.line != 11)
    assert all(e.last_package_at is None and e.source == "rows" for e in figures)


def test_rows_in_use_count_under_the_center_of_their_college(center_store: Store) -> None:
    with center_store.transaction() as session:
        center11, center23 = _center(session, 11), _center(session, 23)
        host = session.scalars(select(College).where(College.center_id == center11.id)).one()
        second = _college(session, center11, "วิทยาลัยเทคนิคทดสอบ")
        other = _college(session, center23, "วิทยาลัยการอาชีพอีกเครือข่าย")
        loose = _college(session, None, "วิทยาลัยที่ยังไม่สังกัดศูนย์")
        _college(session, center11, "วิทยาลัยที่ลบแล้ว").deleted = True
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        course = TrainingCourse(center_id=center11.id, title="หุ่นยนต์", hours=12)
        session.add_all([enterprise, course])
        session.flush()
        run = TrainingRun(
            course_id=course.id, starts_on=date(2026, 5, 1), ends_on=date(2026, 5, 2), capacity=9
        )
        session.add(run)
        session.flush()

        teachers = [_teacher(session, host), _teacher(session, second), _teacher(session, other)]
        _teacher(session, host, deleted=True)
        _teacher(session, loose)
        for teacher in teachers:
            session.add(Enrollment(run_id=run.id, teacher_id=teacher.id))
        session.add(Enrollment(run_id=run.id, teacher_id=teachers[0].id, deleted=True))

        students = [_student(session, host), _student(session, host), _student(session, other)]
        for student in students:
            _placement(session, student, enterprise)
        # A certification reaches its college through the teacher or the student.
        _certification(session, person_kind=PersonKind.TEACHER, teacher_id=teachers[2].id)
        _certification(session, person_kind=PersonKind.STUDENT, student_id=students[0].id)
        _certification(session, person_kind=PersonKind.GRADUATE, student_id=students[1].id)
        _certification(session, person_kind=PersonKind.STUDENT, student_id=students[2].id)

    with center_store.session() as session:
        figures = national_overview(session)
    shown = _by_line(figures)
    # colleges, teachers, students, placements, certifications, enrolments
    assert _measures(shown[11]) == (2, 2, 2, 2, 2, 2)
    assert _measures(shown[23]) == (1, 1, 1, 1, 2, 1)
    assert totals(figures) == {
        "colleges": 3,
        "teachers": 3,
        "students": 3,
        "placements": 3,
        "certifications": 4,
        "enrollments": 3,
    }


def test_a_counts_only_package_gives_the_figures_of_its_center(center_store: Store) -> None:
    college_a, college_b = new_uuid(), new_uuid()
    reported = {
        ("college", college_a): 1,
        ("college", college_b): 1,
        ("teacher", college_a): 5,
        ("teacher", college_b): 2,
        ("student", college_a): 40,
        ("placement", college_a): 30,
        ("certification", college_b): 7,
        ("enrollment", college_a): 4,
        ("training_course", ""): 3,  # owned by the center, not by a college
        ("subject", ""): 101,
    }
    with center_store.transaction() as session:
        center23 = _center(session, 23)
        peer = _peer(session, SiteKind.CENTER, center23)
        package_uuid = _package(session, peer, datetime(2026, 10, 5, 9, 30), profile="counts")
        for (table, college), rows in reported.items():
            session.add(
                CentralCount(
                    center_uuid=center23.uuid,
                    table_name=table,
                    college_uuid=college,
                    rows=rows,
                    package_uuid=package_uuid,
                )
            )
    with center_store.session() as session:
        entry = _by_line(national_overview(session))[23]
    assert entry.source == "counts"
    assert _measures(entry) == (2, 7, 40, 30, 7, 4)
    assert entry.last_package_at == datetime(2026, 10, 5, 9, 30)

    # A later package with records replaces the counts by the rows held (none here).
    with center_store.transaction() as session:
        peer = session.scalars(select(Site).where(Site.uuid == peer.uuid)).one()
        _package(session, peer, datetime(2026, 11, 1, 8, 0))
    with center_store.session() as session:
        entry = _by_line(national_overview(session))[23]
    assert entry.source == "rows"
    assert _measures(entry) == (0,) * 6
    assert entry.last_package_at == datetime(2026, 11, 1, 8, 0)


def test_the_last_package_is_the_latest_received_from_the_center(center_store: Store) -> None:
    with center_store.transaction() as session:
        center5, center7 = _center(session, 5), _center(session, 7)
        old_site = _peer(session, SiteKind.CENTER, center5)
        new_site = _peer(session, SiteKind.CENTER, center5)  # re-installed after a revocation
        _package(session, old_site, datetime(2026, 3, 1))
        _package(session, new_site, datetime(2026, 4, 2))
        _package(session, new_site, datetime(2026, 9, 9), direction="out")  # sent, not received
        college_site = _peer(session, SiteKind.COLLEGE, center7)
        _package(session, college_site, datetime(2026, 5, 5))
    with center_store.session() as session:
        shown = _by_line(national_overview(session))
    assert shown[5].last_package_at == datetime(2026, 4, 2)
    assert shown[7].last_package_at is None, "only packages from the center itself count"
    assert shown[11].last_package_at is None
