"""Certification centers at a glance: validity warnings (89/90/91 days, ended), coverage of
the three kinds, the results of a fiscal year and the share of final-year students certified
(the same final-year students as the overview), and the three lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from app.models.certification import AssessmentRound, Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    CollegeGroupCode,
    Level,
    Ownership,
    PersonKind,
    StudyModeCode,
)
from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.certification import (
    coverage,
    expiry_warnings,
    final_year_share,
    year_results,
)
from app.services.listing import ListFilters, ListKind, ListQuery, count, page
from app.services.overview import area_overview
from app.services.store import Store

TODAY = date(2026, 3, 1)
FISCAL_YEAR = 2569  # 1 Oct 2025 - 30 Sep 2026
IN_YEAR = date(2026, 1, 15)
HOST_COLLEGE = 1


def _center(
    session: Session,
    kind: CertificationCenterKind,
    until: date | None,
    status: CertificationCenterStatus = CertificationCenterStatus.ACCREDITED,
    name: str | None = None,
) -> CertificationCenter:
    center = CertificationCenter(
        college_id=HOST_COLLEGE,
        kind=kind,
        name=name or f"ศูนย์ {kind.value} {until}",
        licence_no="L-1",
        valid_from=date(2024, 1, 1),
        valid_until=until,
        status=status,
    )
    session.add(center)
    session.flush()
    return center


def _student(session: Session, level: Level, year: int, first: str = "สมหญิง") -> Student:
    student = Student(
        college_id=HOST_COLLEGE,
        first_name=first,
        last_name="ทดสอบ",
        level=level,
        year_of_study=year,
        entry_academic_year=2567,
        study_mode=StudyModeCode.FORMAL,
    )
    session.add(student)
    session.flush()
    return student


def _result(
    session: Session,
    *,
    student: Student | None = None,
    teacher: Teacher | None = None,
    kind: PersonKind = PersonKind.STUDENT,
    result: CertificationResult = CertificationResult.PASSED,
    on: date = IN_YEAR,
    center: CertificationCenter | None = None,
) -> Certification:
    row = Certification(
        person_kind=kind,
        student_id=None if student is None else student.id,
        teacher_id=None if teacher is None else teacher.id,
        standard="มาตรฐานอาชีพช่างเทคนิคเมคคาทรอนิกส์",
        level=3,
        result=result,
        assessed_on=on,
        certification_center_id=None if center is None else center.id,
    )
    session.add(row)
    session.flush()
    return row


# -- validity warnings and coverage ---------------------------------------------------------
def test_expiry_warnings_within_90_days_and_ended(center_store: Store) -> None:
    with center_store.transaction() as session:
        for days in (89, 90, 91):
            _center(session, CertificationCenterKind.TPQI, TODAY + timedelta(days=days))
        _center(session, CertificationCenterKind.DSD, TODAY - timedelta(days=3))
        _center(
            session,
            CertificationCenterKind.DSD,
            TODAY + timedelta(days=10),
            CertificationCenterStatus.APPLIED,
        )
    with center_store.session() as session:
        warnings = expiry_warnings(session, TODAY)
    assert [warning.days_left for warning in warnings] == [-3, 89, 90]
    assert [warning.ended for warning in warnings] == [True, False, False]


def test_a_center_on_its_last_valid_day_is_not_ended(center_store: Store) -> None:
    with center_store.transaction() as session:
        _center(session, CertificationCenterKind.TPQI, TODAY)
    with center_store.session() as session:
        (warning,) = expiry_warnings(session, TODAY)
        kinds = {item.kind: item.met for item in coverage(session, TODAY)}
    assert warning.days_left == 0 and not warning.ended
    assert kinds[CertificationCenterKind.TPQI]


def test_coverage_needs_a_valid_accredited_center_of_each_kind(center_store: Store) -> None:
    with center_store.session() as session:
        assert [item.met for item in coverage(session, TODAY)] == [False, False, False]
    with center_store.transaction() as session:
        _center(session, CertificationCenterKind.TPQI, TODAY + timedelta(days=400))
        _center(session, CertificationCenterKind.DSD, TODAY - timedelta(days=1))  # ended
        _center(
            session,
            CertificationCenterKind.INTERNATIONAL,
            TODAY + timedelta(days=400),
            CertificationCenterStatus.APPLIED,
        )
    with center_store.session() as session:
        found = coverage(session, TODAY)
    assert [item.kind for item in found] == list(CertificationCenterKind)
    assert [item.met for item in found] == [True, False, False]
    with center_store.transaction() as session:
        _center(session, CertificationCenterKind.DSD, TODAY + timedelta(days=30), name="DSD 2")
        _center(session, CertificationCenterKind.INTERNATIONAL, TODAY + timedelta(days=30))
    with center_store.session() as session:
        assert all(item.met for item in coverage(session, TODAY))


# -- results of a year and the final-year share ---------------------------------------------
def test_final_year_share_has_no_data_without_final_year_students(center_store: Store) -> None:
    with center_store.transaction() as session:
        _result(session, student=_student(session, Level.PVC, 1))
    with center_store.session() as session:
        share = final_year_share(session, FISCAL_YEAR)
    assert share.final_year == 0 and share.percent is None


def test_final_year_share_counts_final_year_students_certified_in_the_year(
    center_store: Store,
) -> None:
    with center_store.transaction() as session:
        final = [_student(session, Level.PVC, 3), _student(session, Level.PVS, 2)]
        final += [_student(session, Level.PVS, 2, first=f"ผู้เรียน{n}") for n in range(4)]
        second_year = _student(session, Level.PVC, 2)  # not in the final year
        _result(session, student=second_year)  # certified, but not counted in the share
        final.append(_student(session, Level.PVC, 4, first="ผู้เรียนซ้ำชั้น"))  # repeats year 3
        _result(session, student=final[-1])
        _result(session, student=final[0])
        _result(session, student=final[0])  # twice: one person
        _result(session, student=final[1], kind=PersonKind.GRADUATE)
        _result(session, student=final[2], result=CertificationResult.FAILED)
        _result(session, student=final[3], on=date(2025, 9, 30))  # the year before
        gone = _result(session, student=final[4])
        session.delete(gone)
    with center_store.session() as session:
        share = final_year_share(session, FISCAL_YEAR)
        overview = next(
            area.figure("6.4.certified")
            for area in area_overview(session, FISCAL_YEAR)
            if any(figure.key == "6.4.certified" for figure in area.figures)
        )
    assert (share.final_year, share.certified) == (7, 3)
    assert share.percent == 42.9
    assert overview.total == share.final_year
    assert overview.value == share.certified
    assert overview.percent is not None and round(overview.percent, 1) == share.percent


def test_year_results_by_center_kind_and_person_kind(center_store: Store) -> None:
    with center_store.transaction() as session:
        tpqi = _center(session, CertificationCenterKind.TPQI, TODAY + timedelta(days=400))
        teacher = Teacher(college_id=HOST_COLLEGE, first_name="สมชาย", last_name="ครูดี")
        session.add(teacher)
        session.flush()
        student = _student(session, Level.PVS, 2)
        _result(session, teacher=teacher, kind=PersonKind.TEACHER, center=tpqi)
        _result(session, teacher=teacher, kind=PersonKind.TEACHER, center=tpqi)
        _result(session, student=student, center=tpqi, result=CertificationResult.FAILED)
        _result(session, student=student)
        _result(session, student=student, on=date(2026, 10, 1))  # next year
    with center_store.session() as session:
        results = year_results(session, FISCAL_YEAR)
    rows = [(c.center_kind, c.person_kind, c.assessed, c.passed) for c in results.counts]
    assert rows == [
        (CertificationCenterKind.TPQI, PersonKind.TEACHER, 2, 2),
        (CertificationCenterKind.TPQI, PersonKind.STUDENT, 1, 0),
        (None, PersonKind.STUDENT, 1, 1),
    ]
    assert (results.assessed, results.passed) == (4, 3)
    assert results.teachers_certified == 1
    assert results.final_year.certified == 1


# -- the lists -------------------------------------------------------------------------------
@pytest.fixture
def listed(center_store: Store) -> dict[str, int]:
    with center_store.transaction() as session:
        other = College(
            name_th="วิทยาลัยเทคนิคอื่น",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
        )
        session.add(other)
        session.flush()
        soon = _center(session, CertificationCenterKind.TPQI, TODAY + timedelta(days=60))
        later = _center(session, CertificationCenterKind.DSD, TODAY + timedelta(days=400))
        held = AssessmentRound(
            certification_center_id=soon.id, held_on=IN_YEAR, standard="มาตรฐาน ก"
        )
        session.add(held)
        session.flush()
        teacher = Teacher(college_id=HOST_COLLEGE, first_name="วิชัย", last_name="ช่างคิด")
        far = Teacher(college_id=other.id, first_name="ประเสริฐ", last_name="ไกลบ้าน")
        session.add_all([teacher, far])
        session.flush()
        student = _student(session, Level.PVC, 3, first="กนกพร")
        first = _result(session, teacher=teacher, kind=PersonKind.TEACHER, center=soon)
        first.round_id = held.id
        _result(session, student=student, center=later, result=CertificationResult.FAILED)
        _result(session, teacher=far, kind=PersonKind.TEACHER, on=date(2024, 1, 1))
        return {"soon": soon.id, "later": later.id, "round": held.id, "other": other.id}


def _count(store: Store, kind: ListKind, **filters: object) -> int:
    query = ListQuery(kind, ListFilters(**filters), as_of=TODAY)  # type: ignore[arg-type]
    with store.session() as session:
        return count(session, query)


def test_center_list_flags_expiring_centers(center_store: Store, listed: dict[str, int]) -> None:
    with center_store.session() as session:
        rows = page(session, ListQuery(ListKind.CERTIFICATION_CENTERS, as_of=TODAY), 0, 10)
    flags = {row.id: row.values[-1] for row in rows}
    assert flags == {listed["soon"]: True, listed["later"]: False}
    assert _count(center_store, ListKind.CERTIFICATION_CENTERS, expiring=True) == 1
    assert _count(center_store, ListKind.CERTIFICATION_CENTERS, expiring=False) == 1
    kind = CertificationCenterKind.DSD
    assert _count(center_store, ListKind.CERTIFICATION_CENTERS, certification_center_kind=kind) == 1


def test_round_list_counts_results(center_store: Store, listed: dict[str, int]) -> None:
    with center_store.session() as session:
        (row,) = page(session, ListQuery(ListKind.ASSESSMENT_ROUNDS), 0, 10)
    assert row.values[-2:] == (1, 1)
    assert (
        _count(center_store, ListKind.ASSESSMENT_ROUNDS, certification_center_id=listed["later"])
        == 0
    )


def test_certification_list_filters_and_search(center_store: Store, listed: dict[str, int]) -> None:
    kind = ListKind.CERTIFICATIONS
    assert _count(center_store, kind) == 3
    assert _count(center_store, kind, fiscal_year=FISCAL_YEAR) == 2
    assert _count(center_store, kind, person_kind=PersonKind.TEACHER) == 2
    assert _count(center_store, kind, certification_result=CertificationResult.FAILED) == 1
    assert _count(center_store, kind, certification_center_kind=CertificationCenterKind.TPQI) == 1
    assert _count(center_store, kind, college_id=HOST_COLLEGE) == 2
    assert _count(center_store, kind, college_id=listed["other"]) == 1
    assert _count(center_store, kind, round_id=listed["round"]) == 1
    with center_store.session() as session:
        rows = page(session, ListQuery(kind), 0, 10)
        assert [row.values[0] for row in rows] == sorted(
            (row.values[0] for row in rows), reverse=True
        )
        names = {row.values[2] for row in rows}
        assert names == {"วิชัย ช่างคิด", "กนกพร ทดสอบ", "ประเสริฐ ไกลบ้าน"}
        for text, expected in (("ช่างคิด", 1), ("กนก", 1), ("ไก", 1), ("ไม่มีใคร", 0)):
            found = page(session, ListQuery(kind, search=text), 0, 10)
            assert len(found) == expected == count(session, ListQuery(kind, search=text)), text
