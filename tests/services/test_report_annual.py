"""The annual operations report: a proper report for an empty year, the exact figures of a
small hand-made network, the demo network with its per-college tables, and a targets table
whose statuses are the scorecard's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

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
    Student,
)
from app.models.enums import (
    AgreementKind,
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
from app.services.kpi.scorecard import scorecard
from app.services.overview import area_overview
from app.services.reports import annual_report
from app.services.reports import targets as report_targets
from app.services.reports.catalogue import Need, ReportOptions
from app.services.reports.document import Cell, ReportDocument
from app.services.settings import Settings
from app.services.store import Store
from app.views.i18n import LanguageManager
from tests.services.report_pdf import flat, one_line, open_demo_copy, written_pages

FY = 2569  # 1 Oct 2025 .. 30 Sep 2026
TODAY = date(2026, 11, 21)  # the demo's today: FY 2569 is over
ACTIVITIES = 22


class SpyDocument(ReportDocument):
    """A report document that keeps what each table was given."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tables: list[tuple[list[str], list[list[Cell]], list[Cell] | None]] = []

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        **options: Any,
    ) -> None:
        total = options.get("total")
        self.tables.append(
            (list(headers), [list(row) for row in rows], None if total is None else list(total))
        )
        super().table(headers, rows, **options)

    def tables_headed(self, first: str, containing: str) -> list[list[list[Cell]]]:
        return [
            rows
            for headers, rows, _ in self.tables
            if headers[0] == first and containing in headers
        ]


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_targets, "today", lambda: TODAY)


@pytest.fixture
def demo_store(demo_db_template: Path, tmp_path: Path) -> Iterator[Store]:
    store = open_demo_copy(demo_db_template, tmp_path)
    yield store
    store.close()


@pytest.fixture
def thai(qapp: QApplication) -> Iterator[None]:
    manager = LanguageManager(Settings())
    manager.apply("th", remember=False)
    yield
    manager.remove()


def _build(store: Store, *, fiscal_year: int = FY, thai_digits: bool = False) -> SpyDocument:
    spec = annual_report.REPORTS[0]
    document = SpyDocument(spec.title(), thai_digits=thai_digits)
    with store.session() as session:
        spec.build(
            session, ReportOptions(fiscal_year=fiscal_year, thai_digits=thai_digits), document
        )
    return document


def _pages(document: ReportDocument, tmp_path: Path) -> list[str]:
    """The text of each page, as ``pdftotext -layout`` reads it back."""
    return written_pages(document, tmp_path / "annual.pdf")


# -- an empty year -----------------------------------------------------------------------------
def test_an_empty_year_is_a_proper_report_saying_nothing_was_recorded(
    center_store: Store, tmp_path: Path
) -> None:
    pages = _pages(_build(center_store), tmp_path)
    text = one_line("\n".join(pages))
    assert text.startswith("Operations report")
    assert "Fiscal year B.E. 2569" in text
    for code in "1234567":
        assert f"Area {code}:" in text
    assert text.count("Nothing was recorded for this activity in the fiscal year.") == ACTIVITIES
    assert "Nothing was recorded for the network colleges in the fiscal year." in text
    assert "Results against the targets" in text
    # Every page says something besides its number; an empty year takes no page per area.
    assert all(len(one_line(page)) > 20 for page in pages)
    assert len(pages) < 10


def test_the_report_is_listed_for_a_fiscal_year() -> None:
    (spec,) = annual_report.REPORTS
    assert spec.name == "annual"
    assert spec.needs == frozenset({Need.FISCAL_YEAR})
    assert spec.title() == "Operations report"


# -- a small network, exact figures ------------------------------------------------------------
def _college(name: str, group: CollegeGroupCode = CollegeGroupCode.STANDARD) -> College:
    return College(name_th=name, ownership=Ownership.PUBLIC, group=group)


def _student(college: College, level: Level, year: int) -> Student:
    return Student(
        college_id=college.id,
        first_name="Somchai",
        last_name="Jaidee",
        level=level,
        year_of_study=year,
        entry_academic_year=2567,
        study_mode=StudyModeCode.FORMAL,
    )


def _placement(
    student: Student, enterprise: Enterprise, mode: PlacementMode, starts_on: date
) -> Placement:
    return Placement(
        student_id=student.id,
        college_id=student.college_id,
        enterprise_id=enterprise.id,
        mode=mode,
        starts_on=starts_on,
        ends_on=starts_on + timedelta(days=60),
        status=PlacementStatus.IN_PROGRESS,
    )


@pytest.fixture
def small_network(center_store: Store) -> Store:
    """Two network colleges besides the host, with placements, an incident, agreements,
    certifications and meetings around the edges of fiscal year 2569."""
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        a, b = _college("Alpha Tech"), _college("Beta Tech")
        enterprise = Enterprise(name_th="Omega Co", location=EnterpriseLocation.DOMESTIC)
        session.add_all([a, b, enterprise])
        session.flush()
        students = [_student(a, Level.PVS, 2) for _ in range(3)] + [_student(b, Level.PVC, 1)]
        session.add_all(students)
        session.flush()
        s1, s2, s3, s4 = students
        first = _placement(s1, enterprise, PlacementMode.INTERNSHIP, date(2025, 10, 1))
        gone = _placement(s2, enterprise, PlacementMode.DUAL, date(2026, 2, 1))
        gone.deleted = True  # a tombstone counts nowhere
        session.add_all(
            [
                first,
                _placement(s2, enterprise, PlacementMode.INTERNSHIP, date(2026, 1, 5)),
                _placement(s3, enterprise, PlacementMode.DUAL, date(2026, 9, 30)),
                _placement(s4, enterprise, PlacementMode.WBL, date(2026, 5, 1)),
                # 30 September 2025 belongs to fiscal year 2568
                _placement(s3, enterprise, PlacementMode.INTERNSHIP, date(2025, 9, 30)),
                gone,
            ]
        )
        session.flush()
        session.add(
            Incident(
                placement_id=first.id,
                kind=IncidentKind.ACCIDENT,
                occurred_on=date(2025, 11, 2),
                severity=Severity.LOW,
                description="A cut finger",
                status=IncidentStatus.CLOSED,
            )
        )
        center = CertificationCenter(
            college_id=a.id,
            kind=CertificationCenterKind.TPQI,
            name="Alpha assessment center",
            status=CertificationCenterStatus.ACCREDITED,
        )
        session.add(center)
        session.flush()
        for student, result in ((s1, CertificationResult.PASSED), (s2, CertificationResult.FAILED)):
            session.add(
                Certification(
                    certification_center_id=center.id,
                    person_kind=PersonKind.STUDENT,
                    student_id=student.id,
                    standard="Mechatronics technician",
                    level=3,
                    result=result,
                    assessed_on=date(2026, 3, 1),
                )
            )
        session.add_all(
            [
                Agreement(
                    kind=AgreementKind.MOU,
                    college_id=a.id,
                    enterprise_id=enterprise.id,
                    signed_on=date(2025, 1, 1),
                ),
                Agreement(  # expired before the year began: not in force
                    kind=AgreementKind.MOA,
                    college_id=b.id,
                    enterprise_id=enterprise.id,
                    signed_on=date(2024, 1, 1),
                    expires_on=date(2025, 6, 1),
                ),
                Meeting(
                    center_id=center_id,
                    kind=MeetingKind.EXECUTIVE,
                    held_on=date(2025, 11, 20),
                    title="Executive meeting 1/2569",
                    attendees=9,
                ),
            ]
        )
    return center_store


def test_the_figures_of_a_small_network_read_back_from_the_pdf(
    small_network: Store, tmp_path: Path
) -> None:
    document = _build(small_network)
    text = one_line("\n".join(_pages(document, tmp_path)))
    # Placements by college: internship, dual, WBL, placements, students, safe (2 of 3).
    assert "Alpha Tech 2 1 0 3 3 66.7%" in text
    assert "Beta Tech 0 0 1 1 1 100.0%" in text
    assert "Total 2 1 1 4 4" in text
    # Agreements in force: Alpha's MOU; Beta's MOA had expired.
    assert "Alpha Tech 1 0 1 0 0" in text
    assert "Beta Tech 0 0 0 0 0" in text
    assert "2 network colleges have no agreement in force in the fiscal year." in text
    # Certifications passed by college (teachers, students, graduates, total) ...
    assert "Alpha Tech 0 1 0 1" in text
    # ... and final-year students certified: 1 of Alpha's 3 (ปวส. year 2).
    assert "Alpha Tech 3 1 33.3%" in text
    # The meeting of the year, its attendance.
    assert "Executive meeting 1/2569 9" in text


def test_per_college_tables_agree_with_the_overview(small_network: Store) -> None:
    document = _build(small_network)
    with small_network.session() as session:
        figures = {f.key: f.value for area in area_overview(session, FY) for f in area.figures}
    (placements,) = document.tables_headed("College", "Placements")
    counted = {str(row[0]): row[1:6] for row in placements}
    assert counted["Alpha Tech"] == [2, 1, 0, 3, 3]
    assert sum(int(row[4] or 0) for row in placements) == figures["6.2.placements"] == 4
    assert sum(int(row[5] or 0) for row in placements) == figures["6.2.students"] == 4


def test_the_targets_table_shows_the_scorecards_statuses(small_network: Store) -> None:
    document = _build(small_network)
    with small_network.session() as session:
        card = scorecard(session, FY, today=TODAY)
    (targets,) = [
        rows
        for headers, rows, _ in document.tables
        if headers[:2] == ["Activity", "Target"] and len(rows) == len(card.results)
    ]
    assert [row[4] for row in targets] == [
        report_targets.status_label(result.status) for result in card.results
    ]
    assert [row[1] for row in targets] == [result.title for result in card.results]


def test_thai_report_reads_back_in_thai_with_thai_digits(
    small_network: Store, tmp_path: Path, thai: None
) -> None:
    text = flat("\n".join(_pages(_build(small_network, thai_digits=True), tmp_path)))
    assert "๑ตุลาคม๒๕๖๘" in text and "๓๐กันยายน๒๕๖๙" in text  # the fiscal year on the cover
    assert "การประชุมคณะกรรมการบริหารศูนย์" in text  # a figure of 1.1
    assert "การบริหารจัดการศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา" in text
    assert "AlphaTech๒๑๐๓๓๖๖.๗%" in text
    assert not re.search("[0-9]", text)  # every number, date and page in Thai digits


# -- the demo network --------------------------------------------------------------------------
def test_the_demo_network_fills_every_area_with_tables_and_charts(
    demo_store: Store, tmp_path: Path
) -> None:
    document = _build(demo_store)
    pages = _pages(document, tmp_path)
    text = one_line("\n".join(pages))
    assert len(pages) >= 20
    assert all(len(one_line(page)) > 20 for page in pages)
    assert "Nothing was recorded for this activity" not in text.split("Results against")[0]
    with demo_store.session() as session:
        colleges = session.scalars(select(College.name_th).where(College.deleted.is_(False))).all()
        figures = {f.key: f.value for area in area_overview(session, FY) for f in area.figures}
        card = scorecard(session, FY, today=TODAY)
    per_college = [rows for headers, rows, _ in document.tables if headers[0] == "College"]
    # Agreements, knowledge bank, certified, teachers, placements, final year, SAR and the
    # appendix's four tables of targets (the short courses list only colleges with runs).
    assert sum(1 for rows in per_college if len(rows) == len(colleges)) >= 11
    (placements,) = document.tables_headed("College", "Placements")
    assert sum(int(row[4] or 0) for row in placements) == figures["6.2.placements"]
    charts = [item for item in document.story if type(item).__name__ == "KeepTogether"]
    assert len(charts) >= 5
    (targets,) = [
        rows
        for headers, rows, _ in document.tables
        if headers[:2] == ["Activity", "Target"] and len(rows) == len(card.results)
    ]
    assert [row[4] for row in targets] == [
        report_targets.status_label(result.status) for result in card.results
    ]
