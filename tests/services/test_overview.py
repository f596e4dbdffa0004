"""The fiscal-year overview counts the right rows: year boundaries, tombstones, targets."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from app.models import (
    Agreement,
    Center,
    Certification,
    CertificationCenter,
    College,
    Enterprise,
    Incident,
    Meeting,
    Placement,
    SafetyBriefing,
    SelfAssessment,
    Student,
    Teacher,
    TeacherInternship,
    WorkforceDemand,
)
from app.models.enums import (
    AgreementKind,
    BriefingKind,
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    CollegeGroupCode,
    EnterpriseLocation,
    IncidentKind,
    IncidentStatus,
    Level,
    MeetingKind,
    Ownership,
    PersonKind,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)
from app.services.overview import (
    AreaOverview,
    area_overview,
    figure_label,
    fiscal_years_with_data,
)
from app.services.store import Store

FY = 2569  # 1 Oct 2025 .. 30 Sep 2026


def _overview(store: Store, fiscal_year: int = FY) -> dict[str, int]:
    with store.session() as session:
        areas = area_overview(session, fiscal_year)
    return {f.key: f.value for area in areas for f in area.figures}


def _areas(store: Store, fiscal_year: int = FY) -> list[AreaOverview]:
    with store.session() as session:
        return area_overview(session, fiscal_year)


def _center_id(session: Session) -> int:
    return session.scalars(select(Center.id).where(Center.seq == 11)).one()


def _host(session: Session) -> College:
    return session.scalars(select(College).where(College.group == CollegeGroupCode.CVM)).one()


def _add(store: Store, *rows: Any) -> None:
    with store.transaction() as session:
        session.add_all(rows)


def _enterprise() -> Enterprise:
    return Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)


def _student(college_id: int, *, level: Level = Level.PVS, year: int = 2) -> Student:
    return Student(
        college_id=college_id,
        first_name="สมชาย",
        last_name="ใจดี",
        level=level,
        year_of_study=year,
        entry_academic_year=2567,
        study_mode=StudyModeCode.DUAL,
    )


def test_empty_network_has_seven_areas_and_every_activity(center_store: Store) -> None:
    areas = _areas(center_store)
    assert [a.code for a in areas] == ["1", "2", "3", "4", "5", "6", "7"]
    codes = [activity.code for area in areas for activity in area.activities]
    assert len(codes) == 22
    assert all(activity.figures for area in areas for activity in area.activities)
    figures = _overview(center_store)
    assert figures["1.1.exec_meetings"] == 0
    assert figures["6.2.placements"] == 0


def test_meetings_on_30_september_and_1_october_fall_in_different_years(
    center_store: Store,
) -> None:
    with center_store.session() as session:
        center_id = _center_id(session)
    _add(
        center_store,
        Meeting(
            center_id=center_id,
            kind=MeetingKind.EXECUTIVE,
            held_on=date(2025, 9, 30),
            title="ประชุมครั้งที่ 2/2568",
        ),
        Meeting(
            center_id=center_id,
            kind=MeetingKind.EXECUTIVE,
            held_on=date(2025, 10, 1),
            title="ประชุมครั้งที่ 1/2569",
        ),
        Meeting(
            center_id=center_id,
            kind=MeetingKind.DIRECTORS,
            held_on=date(2026, 9, 30),
            title="ประชุมผู้อำนวยการ",
        ),
    )
    assert _overview(center_store, 2568)["1.1.exec_meetings"] == 1
    this_year = _overview(center_store, 2569)
    assert this_year["1.1.exec_meetings"] == 1
    assert this_year["1.1.director_meetings"] == 1
    assert _overview(center_store, 2570)["1.1.director_meetings"] == 0


def test_tombstoned_rows_are_not_counted(center_store: Store) -> None:
    with center_store.session() as session:
        center_id = _center_id(session)
    _add(
        center_store,
        Meeting(
            center_id=center_id,
            kind=MeetingKind.EXECUTIVE,
            held_on=date(2025, 11, 1),
            title="ประชุม",
        ),
        Meeting(
            center_id=center_id,
            kind=MeetingKind.EXECUTIVE,
            held_on=date(2025, 12, 1),
            title="ประชุมที่ยกเลิก",
        ),
    )
    assert _overview(center_store)["1.1.exec_meetings"] == 2
    with center_store.transaction() as session:
        cancelled = session.scalars(select(Meeting).where(Meeting.title == "ประชุมที่ยกเลิก")).one()
        session.delete(cancelled)
    with center_store.session() as session:
        assert session.scalar(text("SELECT count(*) FROM meeting")) == 2  # a tombstone is kept
    assert _overview(center_store)["1.1.exec_meetings"] == 1


def test_targets_are_judged(center_store: Store) -> None:
    with center_store.session() as session:
        center_id = _center_id(session)
    _add(
        center_store,
        *(
            Meeting(
                center_id=center_id,
                kind=MeetingKind.EXECUTIVE,
                held_on=date(2026, m, 1),
                title=f"ประชุม {m}",
            )
            for m in (1, 2)
        ),
    )
    area = _areas(center_store)[0]
    executive = area.figure("1.1.exec_meetings")
    assert executive.met is True
    assert area.figure("1.1.director_meetings").met is False
    assert area.targets_judged >= area.targets_met >= 1


def test_placements_students_orientation_and_incidents(center_store: Store) -> None:
    with center_store.session() as session:
        host_id = _host(session).id
    enterprise = _enterprise()
    first, second = _student(host_id), _student(host_id)
    _add(center_store, enterprise, first, second)
    _add(
        center_store,
        SafetyBriefing(
            student_id=first.id,
            kind=BriefingKind.SAFETY_TRAINING,
            held_on=date(2025, 10, 20),
            given_by="ครูนิเทศก์",
        ),
    )

    def placement(student: Student, starts: date, mode: PlacementMode) -> Placement:
        return Placement(
            student_id=student.id,
            college_id=host_id,
            enterprise_id=enterprise.id,
            mode=mode,
            starts_on=starts,
            ends_on=date(2026, 9, 30),
            status=PlacementStatus.IN_PROGRESS,
        )

    old = placement(first, date(2025, 9, 30), PlacementMode.DUAL)  # previous fiscal year
    p1 = placement(first, date(2025, 11, 1), PlacementMode.DUAL)
    p2 = placement(first, date(2026, 5, 1), PlacementMode.WBL)
    p3 = placement(second, date(2026, 9, 30), PlacementMode.INTERNSHIP)
    _add(center_store, old, p1, p2, p3)
    _add(
        center_store,
        Incident(
            placement_id=p1.id,
            kind=IncidentKind.ACCIDENT,
            occurred_on=date(2026, 1, 5),
            severity=Severity.LOW,
            description="มีดบาด",
            status=IncidentStatus.CLOSED,
        ),
        Incident(
            placement_id=p3.id,
            kind=IncidentKind.COMPLAINT,
            occurred_on=date(2026, 9, 30),
            severity=Severity.LOW,
            description="ร้องเรียน",
            status=IncidentStatus.OPEN,
        ),
    )
    figures = _overview(center_store)
    assert figures["6.2.placements"] == 3
    assert figures["6.2.students"] == 2
    assert figures["6.1.placements"] == 1
    assert figures["6.2.oriented"] == 2  # the first student's two placements after 20 Oct
    assert figures["6.2.incidents"] == 2
    assert figures["6.2.accidents"] == 1
    # both placed students had an incident in a placement of the year: 0 of 2 safe
    assert figures["6.2.safe_students"] == 0
    area6 = _areas(center_store)[5]
    assert area6.figure("6.2.safe_students").total == 2
    assert area6.figure("6.2.safe_students").met is False
    assert area6.figure("6.2.accidents").met is None  # a figure, no longer the target
    assert area6.figure("6.2.oriented").total == 3


def test_agreements_in_force_and_colleges_matched(center_store: Store) -> None:
    with center_store.session() as session:
        host_id = _host(session).id
    other = College(
        name_th="วิทยาลัยเทคนิคทดสอบ", ownership=Ownership.PRIVATE, group=CollegeGroupCode.STANDARD
    )
    enterprise = _enterprise()
    _add(center_store, other, enterprise)

    def agreement(college_id: int, signed: date, expires: date | None) -> Agreement:
        return Agreement(
            kind=AgreementKind.MOU,
            college_id=college_id,
            enterprise_id=enterprise.id,
            signed_on=signed,
            expires_on=expires,
        )

    _add(
        center_store,
        agreement(host_id, date(2020, 1, 1), None),  # open-ended: in force
        agreement(host_id, date(2026, 9, 30), date(2028, 1, 1)),  # signed on the last day
        agreement(other.id, date(2020, 1, 1), date(2025, 9, 30)),  # expired the day before
        agreement(other.id, date(2026, 10, 1), None),  # signed after the year
    )
    figures = _overview(center_store)
    assert figures["1.3.agreements"] == 2
    assert figures["1.3.colleges_matched"] == 1
    share = _areas(center_store)[0].figure("1.3.colleges_matched")
    assert share.total == 2
    assert share.percent == 50.0
    assert share.met is False


def test_certifications_by_center_kind_and_person(center_store: Store) -> None:
    with center_store.session() as session:
        host_id = _host(session).id
    tpqi = CertificationCenter(
        college_id=host_id,
        kind=CertificationCenterKind.TPQI,
        name="ศูนย์ประเมิน",
        status=CertificationCenterStatus.ACCREDITED,
    )
    dsd = CertificationCenter(
        college_id=host_id,
        kind=CertificationCenterKind.DSD,
        name="ศูนย์ทดสอบ",
        status=CertificationCenterStatus.PREPARING,
    )
    teacher = Teacher(college_id=host_id, first_name="สมศรี", last_name="ขยัน")
    student = _student(host_id)
    _add(center_store, tpqi, dsd, teacher, student)

    def result(center: CertificationCenter, passed: bool, when: date, **person: Any) -> Any:
        return Certification(
            certification_center_id=center.id,
            standard="ช่างเมคคาทรอนิกส์",
            level=3,
            result=CertificationResult.PASSED if passed else CertificationResult.FAILED,
            assessed_on=when,
            **person,
        )

    _add(
        center_store,
        result(tpqi, True, date(2026, 3, 1), person_kind=PersonKind.TEACHER, teacher_id=teacher.id),
        result(tpqi, True, date(2026, 3, 2), person_kind=PersonKind.STUDENT, student_id=student.id),
        result(dsd, False, date(2026, 3, 3), person_kind=PersonKind.STUDENT, student_id=student.id),
        result(dsd, True, date(2025, 9, 1), person_kind=PersonKind.STUDENT, student_id=student.id),
    )
    figures = _overview(center_store)
    assert figures["4.1.centers"] == 1
    assert figures["4.2.centers"] == 0
    assert figures["4.1.certified"] == 2
    assert figures["4.2.certified"] == 0
    assert figures["5.5.certified"] == 1
    assert figures["6.4.certified"] == 1


def test_internship_reports_within_15_days(center_store: Store) -> None:
    with center_store.session() as session:
        host_id = _host(session).id
    teacher = Teacher(college_id=host_id, first_name="สมศักดิ์", last_name="ฝึกงาน")
    enterprise = _enterprise()
    _add(center_store, teacher, enterprise)

    def internship(ends: date, received: date | None) -> TeacherInternship:
        return TeacherInternship(
            teacher_id=teacher.id,
            enterprise_id=enterprise.id,
            starts_on=date(2026, 4, 1),
            ends_on=ends,
            report_received_on=received,
        )

    _add(
        center_store,
        internship(date(2026, 5, 1), date(2026, 5, 16)),  # day 15: on time
        internship(date(2026, 5, 1), date(2026, 5, 17)),  # day 16: late
        internship(date(2026, 6, 1), None),  # not received
    )
    figures = _overview(center_store)
    assert figures["5.4.internships"] == 3
    assert figures["5.4.reports_on_time"] == 1


def test_demand_and_sar_of_the_fiscal_year(center_store: Store) -> None:
    with center_store.session() as session:
        host = _host(session)
        subject_id = session.scalars(select(Center.subject_id).where(Center.seq == 11)).one()
        host_id = host.id
    a, b = (
        _enterprise(),
        Enterprise(name_th="Abroad Co.", location=EnterpriseLocation.ABROAD, country_code="JP"),
    )
    _add(center_store, a, b)
    _add(
        center_store,
        WorkforceDemand(
            enterprise_id=a.id, subject_id=subject_id, level=Level.PVS, fiscal_year=FY, positions=12
        ),
        WorkforceDemand(
            enterprise_id=a.id, subject_id=subject_id, level=Level.PVC, fiscal_year=FY, positions=3
        ),
        WorkforceDemand(
            enterprise_id=b.id,
            subject_id=subject_id,
            level=Level.PVS,
            fiscal_year=FY + 1,
            positions=100,
        ),
        SelfAssessment(college_id=host_id, fiscal_year=FY, received_on=date(2026, 8, 1)),
    )
    figures = _overview(center_store)
    assert figures["1.2.enterprises"] == 1
    assert figures["1.2.positions"] == 15
    assert figures["7.1.sar"] == 1
    assert _areas(center_store)[6].figure("7.1.sar").met is True


def test_every_figure_has_a_translated_label(center_store: Store) -> None:
    for area in _areas(center_store):
        for figure in area.figures:
            assert figure_label(figure.key) != figure.key


def test_fiscal_years_with_data_spans_records_and_today(center_store: Store) -> None:
    today = date(2026, 1, 15)  # fiscal year 2569
    with center_store.session() as session:
        assert fiscal_years_with_data(session, today) == [2569]
        center_id = _center_id(session)
    _add(
        center_store,
        Meeting(
            center_id=center_id, kind=MeetingKind.EXECUTIVE, held_on=date(2023, 9, 30), title="เก่า"
        ),
        Meeting(
            center_id=center_id, kind=MeetingKind.EXECUTIVE, held_on=date(2099, 1, 1), title="พิมพ์ผิด"
        ),
    )
    with center_store.session() as session:
        assert fiscal_years_with_data(session, today) == [2566, 2567, 2568, 2569]


def test_big_tables_are_searched_by_index_never_scanned(center_store: Store) -> None:
    """Every overview query reads placements and certifications through an index."""
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    event.listen(center_store.engine, "before_cursor_execute", remember)
    try:
        _areas(center_store)
    finally:
        event.remove(center_store.engine, "before_cursor_execute", remember)
    placement_queries = 0
    with center_store.engine.connect() as connection:
        for statement, parameters in statements:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            details = [str(row[-1]) for row in plan]
            for table in ("placement", "certification", "incident", "meeting"):
                assert not any(d.split()[:2] == ["SCAN", table] for d in details), (
                    statement,
                    details,
                )
            placement_queries += "FROM placement" in statement
    assert placement_queries >= 1
