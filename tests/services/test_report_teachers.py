"""The teacher development report (5.1-5.5): an empty year, the demo network, and the figures
of a small hand-made set of teachers read back from the PDF."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.models.certification import Certification
from app.models.enums import (
    CertificationResult,
    CollegeGroupCode,
    IncidentKind,
    IncidentStatus,
    Ownership,
    PersonKind,
    Severity,
)
from app.models.network import College, Enterprise
from app.models.students import Incident
from app.models.teachers import (
    Enrollment,
    SkillGap,
    Teacher,
    TeacherInternship,
    TrainingCourse,
    TrainingRun,
)
from app.services.internships import late_reports
from app.services.listing import labels
from app.services.listing.query import ReportState
from app.services.overview import area_overview
from app.services.reports.catalogue import Need, ReportOptions
from app.services.reports.teachers_report import REPORTS, build_teachers_report
from app.services.store import Store
from app.services.tabular.records import site_context
from tests.services.report_pdf import (
    check_made_by_catalogue,
    fiscal_year_text,
    line_with,
    open_demo_copy,
    pdf_text,
    plain,
    section,
)

YEAR = 2566  # 1 October 2022 - 30 September 2023: long past, whatever the day the tests run


@pytest.fixture(autouse=True)
def thai(thai_messages: None) -> None:
    """The report in Thai, as the program makes it by default."""


def tr(source: str) -> str:
    return QCoreApplication.translate("TeachersReport", source)


def make_pdf(store: Store, tmp_path: Path, year: int, *, thai_digits: bool = False) -> str:
    return fiscal_year_text(REPORTS[0], store, tmp_path, year, thai_digits=thai_digits)


# -- the catalogue entry ------------------------------------------------------------------------
def test_the_report_is_named_teachers_and_asks_for_a_fiscal_year() -> None:
    (spec,) = REPORTS
    assert spec.name == "teachers"
    assert spec.needs == frozenset({Need.FISCAL_YEAR})
    assert spec.build is build_teachers_report
    assert spec.title().strip()


def test_the_catalogue_makes_it(center_store: Store, tmp_path: Path) -> None:
    check_made_by_catalogue(center_store, "teachers", ReportOptions(fiscal_year=YEAR), tmp_path)


# -- a year with nothing recorded ---------------------------------------------------------------
def test_a_year_with_nothing_recorded_makes_a_proper_report(
    center_store: Store, tmp_path: Path
) -> None:
    text = make_pdf(center_store, tmp_path, YEAR)
    flat = plain(text)
    assert plain(REPORTS[0].title()) in flat
    for sentence in (
        "No network teacher has been recorded.",
        "No teacher-training curriculum has been recorded.",
        "No teacher-training run started in this year.",
        "No teacher completed a training run that started in this year.",
        "No teacher internship ended in this year.",
        "No final report was due, as no internship ended in this year.",
        "No incident during a teacher internship was recorded.",
        "No teacher was assessed against an occupational standard.",
        "Targets of activities 5.1 to 5.5",
    ):
        assert plain(tr(sentence)) in flat, sentence
    assert all(page.strip() for page in text.split("\f")[:-1])


# -- the demo network ---------------------------------------------------------------------------
def test_the_demo_network_report_agrees_with_the_overview(
    demo_db_template: Path, tmp_path: Path
) -> None:
    store = open_demo_copy(demo_db_template, tmp_path)
    try:
        text = make_pdf(store, tmp_path, 2569)
        with store.session() as session:
            figures = {f.key: f for area in area_overview(session, 2569) for f in area.figures}
            late = late_reports(session, 2569, date.today())
    finally:
        store.close()
    flat = plain(text)
    assert len(text.split("\f")) > 5
    raw = plain(pdf_text(tmp_path / "teachers.pdf", "-raw"))
    trained = figures["5.3.trained"].value
    internships = figures["5.4.internships"].value
    certified = figures["5.5.certified"].value
    assert trained and internships and certified
    assert f"{plain(tr('Teachers trained in the year (people)'))}{trained}" in flat
    assert f"{plain(tr('Teacher internships that ended in the year'))}{internships}" in flat
    assert f"{plain(tr('Teachers certified in the year (people)'))}{certified}" in flat
    # Every late or overdue report of the year is listed, with its days late.
    assert late
    listed = section(
        raw,
        tr("5.4.2 Final reports received late or overdue"),
        tr("5.4.3 Incidents during the internships"),
    )
    for report in late:
        assert plain(report.enterprise) in listed
        assert plain(f"{report.college}{report.enterprise}") in listed


# -- the figures of a small set of teachers -----------------------------------------------------
def build_teachers(store: Store) -> None:
    """Three live teachers (and a deleted one) of two colleges, with gaps, training,
    internships and certification in fiscal year 2566 and a little outside it."""
    with store.transaction() as session:
        center_id = site_context(session).center_id
        host = session.scalars(select(College).where(College.deleted.is_(False))).one()
        other = College(
            name_th="วิทยาลัยครูทดสอบ",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.EXPERT,
            center_id=center_id,
        )
        firm = Enterprise(name_th="บริษัท ฝึกครู จำกัด", location="domestic")
        late_firm = Enterprise(name_th="บริษัท ส่งช้า จำกัด", location="domestic")
        missing_firm = Enterprise(name_th="บริษัท ไม่ส่ง จำกัด", location="domestic")
        session.add_all([other, firm, late_firm, missing_firm])
        session.flush()
        one = Teacher(college_id=other.id, title_code="mr", first_name="หนึ่ง", last_name="ทดสอบ")
        two = Teacher(college_id=other.id, title_code="miss", first_name="สอง", last_name="ทดสอบ")
        three = Teacher(college_id=host.id, title_code="mrs", first_name="สาม", last_name="ทดสอบ")
        gone = Teacher(college_id=host.id, first_name="ลบ", last_name="แล้ว")
        session.add_all([one, two, three, gone])
        session.flush()
        for teacher, competency, priority in (
            (one, "การโปรแกรม PLC ขั้นสูง", 1),
            (two, "การโปรแกรม PLC ขั้นสูง", 2),
            (three, "ระบบวิชันอัตโนมัติ", 1),
        ):
            session.add(
                SkillGap(
                    teacher_id=teacher.id,
                    fiscal_year=YEAR,
                    competency=competency,
                    current_level=2,
                    target_level=4,
                    priority=priority,
                )
            )
        plc = TrainingCourse(
            center_id=center_id,
            title="หลักสูตรครู PLC",
            competencies="การโปรแกรม PLC ขั้นสูง",
            hours=30,
            partner_enterprise_id=firm.id,
        )
        wbl = TrainingCourse(center_id=center_id, title="หลักสูตรครู WBL", hours=18, is_wbl=True)
        session.add_all([plc, wbl])
        session.flush()
        first = TrainingRun(
            course_id=plc.id,
            starts_on=date(2022, 11, 1),
            ends_on=date(2022, 11, 5),
            venue="ห้องปฏิบัติการ",
            capacity=20,
        )
        second = TrainingRun(
            course_id=plc.id, starts_on=date(2023, 2, 1), ends_on=date(2023, 2, 3), capacity=15
        )
        next_year = TrainingRun(
            course_id=wbl.id, starts_on=date(2023, 10, 5), ends_on=date(2023, 10, 6), capacity=9
        )
        session.add_all([first, second, next_year])
        session.flush()
        for run, teacher, completed in (
            (first, one, True),
            (first, two, True),
            (first, three, False),
            (second, one, True),  # trained twice, counted once
            (next_year, three, True),  # the next fiscal year
        ):
            session.add(
                Enrollment(
                    run_id=run.id,
                    teacher_id=teacher.id,
                    completed=completed,
                    attended_hours=Decimal(30),
                )
            )
        on_time = TeacherInternship(
            teacher_id=one.id,
            enterprise_id=firm.id,
            starts_on=date(2023, 3, 1),
            ends_on=date(2023, 3, 10),
            report_received_on=date(2023, 3, 25),  # the due day itself
        )
        late = TeacherInternship(
            teacher_id=two.id,
            enterprise_id=late_firm.id,
            starts_on=date(2023, 4, 1),
            ends_on=date(2023, 5, 1),
            report_received_on=date(2023, 5, 30),  # due 16 May: 14 days late
        )
        missing = TeacherInternship(
            teacher_id=three.id,
            enterprise_id=missing_firm.id,
            starts_on=date(2023, 5, 15),
            ends_on=date(2023, 6, 1),
        )
        later = TeacherInternship(
            teacher_id=three.id,
            enterprise_id=missing_firm.id,
            starts_on=date(2023, 11, 1),
            ends_on=date(2023, 12, 1),
        )
        session.add_all([on_time, late, missing, later])
        session.flush()
        session.add(
            Incident(
                internship_id=late.id,
                kind=IncidentKind.ACCIDENT,
                occurred_on=date(2023, 4, 10),
                severity=Severity.LOW,
                description="ลื่นล้ม",
                status=IncidentStatus.CLOSED,
            )
        )
        for teacher, result, day in (
            (one, CertificationResult.PASSED, date(2023, 1, 15)),
            (two, CertificationResult.FAILED, date(2023, 1, 15)),
            (three, CertificationResult.PASSED, date(2023, 10, 15)),  # the next fiscal year
        ):
            session.add(
                Certification(
                    person_kind=PersonKind.TEACHER,
                    teacher_id=teacher.id,
                    standard="มาตรฐานช่างเมคคาทรอนิกส์",
                    level=3,
                    result=result,
                    assessed_on=day,
                )
            )
        session.flush()
        session.delete(gone)


def test_figures_of_a_small_set_of_teachers(center_store: Store, tmp_path: Path) -> None:
    build_teachers(center_store)
    text = make_pdf(center_store, tmp_path, YEAR)
    flat = plain(pdf_text(tmp_path / "teachers.pdf", "-raw"))
    for label, value in (
        ("Teachers of the network (people)", 3),
        ("Teachers with a skill gap recorded for the year (people)", 3),
        ("Teacher-training curricula (curricula)", 2),
        ("Training runs that started in the year (runs)", 2),
        ("Teachers trained in the year (people)", 2),
        ("Teacher internships that ended in the year", 3),
        ("Teachers certified in the year (people)", 1),
    ):
        assert f"{plain(tr(label))}{value}" in flat, label
    # 5.1: two teachers need PLC (covered by the PLC curriculum, one enrolled... both here).
    assert re.search(r"\s2\s+หลักสูตรครู PLC\s+2\s*$", line_with(text, "PLC ขั้นสูง", "หลักสูตรครู"))
    assert tr("No curriculum yet") in line_with(text, "ระบบวิชันอัตโนมัติ")
    # 5.2: the runs of the year with places and enrolments.
    assert re.search(r"\s20\s+3\s*$", line_with(text, "หลักสูตรครู PLC", "ห้องปฏิบัติการ"))
    # 5.3: by college group, by curriculum (2 runs, 2 teachers) and by college.
    groups = labels.college_group()
    assert re.search(r"\s2\s*$", line_with(text, groups[CollegeGroupCode.EXPERT]))
    assert re.search(r"\s0\s*$", line_with(text, groups[CollegeGroupCode.CVM]))
    curricula = section(flat, tr("5.3.2 By curriculum"), tr("5.3.3 By college"))
    assert plain("หลักสูตรครู PLC22") in curricula
    assert re.search(r"\s2\s+2\s+100\.0%\s*$", line_with(text, "วิทยาลัยครูทดสอบ", "100"))
    # 5.4: one on time, one late, one overdue; the late list names both, days late.
    for label, value in (
        ("Final reports received within 15 days", 1),
        ("Final reports received late", 1),
        ("Final reports overdue (not received)", 1),
        ("Final reports not yet due", 0),
    ):
        assert f"{plain(tr(label))}{value}" in flat, label
    late = section(
        flat,
        tr("5.4.2 Final reports received late or overdue"),
        tr("5.4.3 Incidents during the internships"),
    )
    assert plain("นางสาวสองทดสอบ") in late and plain("บริษัท ส่งช้า จำกัด") in late
    assert plain("นางสามทดสอบ") in late and plain(tr("Not received")) in late
    assert plain("บริษัท ฝึกครู จำกัด") not in late
    assert re.search(r"\s14\s*$", line_with(text, "สอง", "ส่งช้า", "16 พ.ค. 66"))
    states = labels.report_state()
    listed = section(
        flat,
        tr("5.4.1 Internships that ended in the year"),
        tr("5.4.2 Final reports received late or overdue"),
    )
    assert plain(states[ReportState.ON_TIME]) in listed
    assert plain(states[ReportState.OVERDUE]) in listed
    # The incident, and the safety figure: 2 of 3 internships without one.
    incidents = section(
        flat,
        tr("5.4.3 Incidents during the internships"),
        tr("5.5 Occupational-standard certification of teachers"),
    )
    assert plain(labels.incident_kind()[IncidentKind.ACCIDENT]) in incidents
    assert plain("นางสาวสองทดสอบ") in incidents
    assert plain(
        tr("{count} of {total} ({percent})").format(count=2, total=3, percent="66.7%")
    ) in (flat)
    # 5.5: two assessed, one certified and listed; next year's never.
    certified = section(
        flat,
        tr("5.5.2 Teachers certified in the year"),
        tr("Targets of activities 5.1 to 5.5"),
    )
    assert plain("นายหนึ่งทดสอบ") in certified
    assert plain("สาม") not in certified
    # The targets of area 5: the internship safety target is not met (2 of 3).
    targets = flat[flat.rindex(plain(tr("Targets of activities 5.1 to 5.5"))) :]
    assert plain("66.7%") in targets


def test_a_deleted_teacher_never_counts(center_store: Store, tmp_path: Path) -> None:
    build_teachers(center_store)
    text = make_pdf(center_store, tmp_path, YEAR)
    assert plain("ลบแล้ว") not in plain(text)


def test_thai_digits(center_store: Store, tmp_path: Path) -> None:
    build_teachers(center_store)
    text = make_pdf(center_store, tmp_path, YEAR, thai_digits=True)
    assert re.search(r"\s๑๔\s*$", line_with(text, "สอง", "ส่งช้า", "๑๖ พ.ค. ๖๖"))
    assert "2566" not in text
