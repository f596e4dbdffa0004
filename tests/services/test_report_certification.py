"""The certification report (4.x, 6.4): a proper report for a year with nothing recorded, the
demo network, and the figures and lists of a hand-made year read back from the PDF text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.certification import Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    Level,
    PersonKind,
    StudyModeCode,
)
from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.listing import labels
from app.services.reports.catalogue import ReportOptions, make_report, report_named
from app.services.reports.certification_report import REPORTS
from app.services.store import Store
from tests.services.report_pdf import (
    build_report,
    flat,
    open_demo_copy,
    pdf_pages,
    pdf_text,
    read_pages,
)

FY = 2569  # 1 Oct 2025 - 30 Sep 2026
IN_YEAR = date(2026, 1, 15)
HOST_COLLEGE = 1


def tr(text: str) -> str:
    return QCoreApplication.translate("CertificationReport", text)


# -- fixtures ----------------------------------------------------------------------------------
@pytest.fixture
def thai(thai_messages: None) -> None:
    """The reports come out in Thai, as a user sees them."""


SPEC = REPORTS[0]


def _center(
    session: Session,
    name: str,
    kind: CertificationCenterKind,
    status: CertificationCenterStatus = CertificationCenterStatus.ACCREDITED,
) -> int:
    center = CertificationCenter(
        college_id=HOST_COLLEGE,
        kind=kind,
        name=name,
        valid_until=date(2028, 3, 31),
        status=status,
    )
    session.add(center)
    session.flush()
    return center.id


def _student(session: Session, first: str, national_id: str | None = None) -> int:
    student = Student(
        college_id=HOST_COLLEGE,
        title_code="miss",
        first_name=first,
        last_name="ทดสอบ",
        national_id=national_id,
        level=Level.PVS,
        year_of_study=2,
        entry_academic_year=2568,
        study_mode=StudyModeCode.FORMAL,
    )
    session.add(student)
    session.flush()
    return student.id


def _result(
    session: Session,
    center_id: int,
    kind: PersonKind,
    person_id: int,
    passed: bool,
    *,
    on: date = IN_YEAR,
    standard: str = "มาตรฐานช่างกล",
    deleted: bool = False,
) -> None:
    session.add(
        Certification(
            certification_center_id=center_id,
            person_kind=kind,
            teacher_id=person_id if kind is PersonKind.TEACHER else None,
            student_id=None if kind is PersonKind.TEACHER else person_id,
            standard=standard,
            level=3,
            result=CertificationResult.PASSED if passed else CertificationResult.FAILED,
            assessed_on=on,
            deleted=deleted,
        )
    )


@pytest.fixture
def year_of_results(center_store: Store) -> Store:
    """Center A (TPQI): 3 tested, 2 passed; center B (DSD): 2 tested, 1 passed; a third center
    with no result; a pass of the year before and a deleted pass that must not count."""
    with center_store.transaction() as session:
        a = _center(session, "ศูนย์ทดสอบเอ", CertificationCenterKind.TPQI)
        b = _center(session, "ศูนย์ทดสอบบี", CertificationCenterKind.DSD)
        _center(
            session,
            "ศูนย์เตรียมการซี",
            CertificationCenterKind.INTERNATIONAL,
            CertificationCenterStatus.PREPARING,
        )
        teacher = Teacher(
            college_id=HOST_COLLEGE,
            title_code="mr",
            first_name="สมชาย",
            last_name="ใจดี",
            national_id="3100600123451",
        )
        session.add(teacher)
        session.flush()
        _result(session, a, PersonKind.TEACHER, teacher.id, True)
        _result(session, a, PersonKind.STUDENT, _student(session, "กมลา", "1100700456781"), True)
        _result(session, a, PersonKind.STUDENT, _student(session, "ขวัญตา"), False)
        _result(session, b, PersonKind.STUDENT, _student(session, "จันทรา"), True)
        _result(session, b, PersonKind.GRADUATE, _student(session, "ดารณี"), False)
        last_year = _student(session, "ปีก่อน")
        _result(session, a, PersonKind.STUDENT, last_year, True, on=date(2025, 9, 30))
        _result(session, a, PersonKind.STUDENT, _student(session, "ลบแล้ว"), True, deleted=True)
    return center_store


# -- tests -------------------------------------------------------------------------------------
def test_the_catalogue_names_the_certification_report() -> None:
    spec = report_named("certification")
    assert spec.build is SPEC.build
    assert not spec.landscape_pages and spec.numbered


def test_a_year_with_nothing_recorded_is_a_proper_report(
    thai: None, center_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "certification.pdf"
    texts = read_pages(out, make_report(center_store, "certification", ReportOptions(FY), out))
    assert len(texts) >= 2
    whole = flat("".join(texts))
    assert flat(SPEC.title()) in flat(texts[0])
    for expected in (
        tr("No certification or test center has been recorded."),
        tr("No assessment or test was recorded in this fiscal year."),
        tr("Nobody was certified in this fiscal year."),
    ):
        assert flat(expected) in whole
    assert "2569" in pdf_text(out, "-layout")


def test_the_figures_of_a_hand_made_year(
    thai: None, year_of_results: Store, tmp_path: Path
) -> None:
    out = tmp_path / "certification.pdf"
    build_report(SPEC, year_of_results, ReportOptions(fiscal_year=FY), out)
    whole = flat("".join(pdf_pages(out)))
    kinds = labels.certification_center_kind()
    people = labels.person_kind()
    # Per center: tested, passed, pass rate; the total; the centers with their status.
    assert flat(f"ศูนย์ทดสอบเอ {kinds[CertificationCenterKind.TPQI]} 3 2 66.7%") in whole
    assert flat(f"ศูนย์ทดสอบบี {kinds[CertificationCenterKind.DSD]} 2 1 50.0%") in whole
    assert flat(f"{tr('Total')} 5 3 60.0%") in whole
    assert "ศูนย์เตรียมการซี" in whole
    # Per kind of center and person.
    tpqi = kinds[CertificationCenterKind.TPQI]
    assert flat(f"{tpqi} {people[PersonKind.STUDENT]} 2 1 50.0%") in whole
    assert flat(f"{tpqi} {people[PersonKind.TEACHER]} 1 1 100.0%") in whole
    # The lists: passes of the year only, names with their title, never a national id.
    assert flat("นายสมชาย ใจดี") in whole
    assert flat("นางสาวกมลา ทดสอบ") in whole
    assert flat("นางสาวจันทรา ทดสอบ") in whole
    for absent in ("ขวัญตา", "ดารณี", "ปีก่อน", "ลบแล้ว", "3100600123451", "1100700456781"):
        assert absent not in whole


def test_thai_digits_are_used_throughout_when_chosen(
    year_of_results: Store, tmp_path: Path
) -> None:
    out = tmp_path / "certification.pdf"
    build_report(SPEC, year_of_results, ReportOptions(fiscal_year=FY, thai_digits=True), out)
    whole = flat("".join(pdf_pages(out)))
    assert "๖๖.๗%" in whole and "๒๕๖๙" in whole
    assert "66.7%" not in whole


def test_the_demo_network(thai: None, demo_db_template: Path, tmp_path: Path) -> None:
    store = open_demo_copy(demo_db_template, tmp_path)
    try:
        out = tmp_path / "certification.pdf"
        pages = build_report(SPEC, store, ReportOptions(fiscal_year=FY), out)
        with store.session() as session:
            certified = session.execute(
                select(Teacher.first_name, Teacher.last_name, Teacher.national_id)
                .join(Certification, Certification.teacher_id == Teacher.id)
                .where(
                    Certification.result == CertificationResult.PASSED,
                    Certification.assessed_on.between(date(2025, 10, 1), date(2026, 9, 30)),
                    Certification.deleted.is_(False),
                )
            ).all()
            colleges = session.scalars(select(College.name_th)).all()
    finally:
        store.close()
    texts = read_pages(out, pages)
    assert len(texts) > 3
    whole = flat("".join(texts))
    assert certified
    for first, last, national_id in certified:
        assert flat(f"{first} {last}") in whole
        assert not national_id or national_id not in whole
    assert any(flat(name) in whole for name in colleges)
