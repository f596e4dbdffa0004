"""The placements and safety report (6.2): a proper report for a year with nothing recorded,
the demo network, and the figures of a hand-made year read back from the PDF text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from app.services.listing import labels
from app.services.reports.catalogue import ReportOptions, make_report, report_named
from app.services.reports.document import ReportDocument
from app.services.reports.placements_report import CHART_COLLEGES, REPORTS, _chart
from app.services.store import Store
from tests.services.report_pdf import (
    build_report,
    flat,
    open_demo_copy,
    pdf_pages,
    read_pages,
)

FY = 2569  # 1 Oct 2025 - 30 Sep 2026
SPEC = REPORTS[0]
OTHER = "วิทยาลัยทดสอบสอง"
SURNAME = "นามสกุลลับ"


def tr(text: str) -> str:
    return QCoreApplication.translate("PlacementsReport", text)


@pytest.fixture
def thai(thai_messages: None) -> None:
    """The report comes out in Thai, as a user sees it."""


@dataclass
class Year:
    store: Store
    host: str


def _student(session: Session, college_id: int, first: str) -> int:
    student = Student(
        college_id=college_id,
        first_name=first,
        last_name=SURNAME,
        level=Level.PVS,
        year_of_study=2,
        entry_academic_year=2568,
        study_mode=StudyModeCode.DUAL,
    )
    session.add(student)
    session.flush()
    return student.id


def _placement(
    session: Session,
    student_id: int,
    college_id: int,
    enterprise_id: int,
    mode: PlacementMode,
    starts: date,
    status: PlacementStatus = PlacementStatus.COMPLETED,
) -> int:
    placement = Placement(
        student_id=student_id,
        college_id=college_id,
        enterprise_id=enterprise_id,
        mode=mode,
        starts_on=starts,
        ends_on=date(starts.year, starts.month, 28),
        status=status,
        withdrawal_reason="ย้ายสถานศึกษา" if status is PlacementStatus.WITHDRAWN else None,
    )
    session.add(placement)
    session.flush()
    return placement.id


def _incident(
    session: Session, placement_id: int, kind: IncidentKind, severity: Severity, on: date
) -> None:
    session.add(
        Incident(
            placement_id=placement_id,
            kind=kind,
            occurred_on=on,
            severity=severity,
            description="เหตุทดสอบ",
            status=IncidentStatus.CLOSED,
        )
    )


@pytest.fixture
def year(center_store: Store) -> Year:
    """Host college: 4 placements of 3 students (internship 2, dual 1, WBL 1) and a withdrawn
    one; the other college: 1 WBL placement. Two visits (ratings 4 and 5) to one placement;
    a high-severity accident and a low-severity complaint; one student trained in safety
    before the start; a placement of the year before that must not count."""
    with center_store.transaction() as session:
        host = session.scalars(select(College).order_by(College.id)).first()
        assert host is not None
        other = College(
            name_th=OTHER,
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=host.center_id,
        )
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([other, enterprise])
        session.flush()
        h, o, e = host.id, other.id, enterprise.id
        first, second, third, fourth = (_student(session, h, name) for name in "กขคง")
        fifth = _student(session, o, "จ")
        visited = _placement(session, first, h, e, PlacementMode.INTERNSHIP, date(2025, 11, 3))
        hurt = _placement(session, second, h, e, PlacementMode.DUAL, date(2025, 11, 3))
        _placement(session, third, h, e, PlacementMode.WBL, date(2025, 11, 3))
        _placement(session, third, h, e, PlacementMode.INTERNSHIP, date(2026, 3, 2))
        _placement(
            session,
            fourth,
            h,
            e,
            PlacementMode.INTERNSHIP,
            date(2026, 3, 2),
            PlacementStatus.WITHDRAWN,
        )
        complained = _placement(session, fifth, o, e, PlacementMode.WBL, date(2026, 5, 4))
        _placement(session, first, h, e, PlacementMode.WBL, date(2025, 9, 1))  # year before
        session.add_all(
            [
                SupervisionVisit(placement_id=visited, visited_on=date(2025, 11, 20), rating=4),
                SupervisionVisit(placement_id=visited, visited_on=date(2025, 11, 27), rating=5),
                SupervisionVisit(placement_id=hurt, planned_on=date(2025, 12, 1)),
                SafetyBriefing(
                    student_id=first,
                    kind=BriefingKind.SAFETY_TRAINING,
                    held_on=date(2025, 10, 20),
                    given_by="ครูสมศรี",
                ),
            ]
        )
        _incident(session, hurt, IncidentKind.ACCIDENT, Severity.HIGH, date(2025, 11, 10))
        _incident(session, complained, IncidentKind.COMPLAINT, Severity.LOW, date(2026, 5, 20))
        host_name = host.name_th
    return Year(center_store, host_name)


def test_the_catalogue_names_the_placements_report() -> None:
    assert report_named("placements").build is SPEC.build


def test_a_year_with_nothing_recorded_is_a_proper_report(
    thai: None, center_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "placements.pdf"
    texts = read_pages(out, make_report(center_store, "placements", ReportOptions(FY), out))
    assert len(texts) >= 2
    whole = flat("".join(texts))
    assert flat(SPEC.title()) in flat(texts[0])
    for expected in (
        tr("No placement starting in this fiscal year has been recorded."),
        tr("No placement or supervision visit has been recorded for this year."),
        tr("No incident of a placed student was recorded in this fiscal year."),
        tr("Nobody was placed in this fiscal year: there is no safety figure to compute."),
    ):
        assert flat(expected) in whole


def test_the_figures_of_a_hand_made_year(thai: None, year: Year, tmp_path: Path) -> None:
    out = tmp_path / "placements.pdf"
    build_report(SPEC, year.store, ReportOptions(fiscal_year=FY), out)
    whole = flat("".join(pdf_pages(out)))
    host, total = year.host, tr("Total")
    # By college and mode (internship, dual, WBL, total, students placed); withdrawn apart.
    assert flat(f"{host} 2 1 1 4 3") in whole
    assert flat(f"{OTHER} 0 0 1 1 1") in whole
    assert flat(f"{total} 2 1 2 5 4") in whole
    statuses = labels.placement_status()
    assert flat(f"{statuses[PlacementStatus.WITHDRAWN]} 1 0 0 1") in whole
    assert flat(f"{statuses[PlacementStatus.COMPLETED]} 2 1 2 5") in whole
    # Supervision: placements, visited, share, visits made, average rating.
    assert flat(f"{host} 4 1 25.0% 2 4.5") in whole
    # Incidents by kind and severity (low, medium, high, total).
    kinds = labels.incident_kind()
    assert flat(f"{kinds[IncidentKind.ACCIDENT]} 0 0 1 1") in whole
    assert flat(f"{kinds[IncidentKind.COMPLAINT]} 1 0 0 1") in whole
    assert flat(f"{total} 1 0 1 2") in whole
    # Safety: students placed, with an incident, share without; the network.
    assert flat(f"{host} 3 1 66.7%") in whole
    assert flat(f"{OTHER} 1 1 0.0%") in whole
    assert flat(f"{tr('Network')} 4 2 50.0%") in whole
    # Safety training before the start, counted with the withdrawn placement: 1 of 5.
    assert flat(f"{host} 5 1 20.0%") in whole
    # Students are never named.
    assert SURNAME not in whole


def test_the_demo_network(thai: None, demo_db_template: Path, tmp_path: Path) -> None:
    store = open_demo_copy(demo_db_template, tmp_path)
    first, last = date(2025, 10, 1), date(2026, 9, 30)
    try:
        out = tmp_path / "placements.pdf"
        pages = build_report(SPEC, store, ReportOptions(fiscal_year=FY), out)
        with store.session() as session:
            placed = session.scalar(
                select(func.count()).where(
                    Placement.starts_on.between(first, last),
                    Placement.deleted.is_(False),
                    Placement.status != PlacementStatus.WITHDRAWN,
                )
            )
    finally:
        store.close()
    texts = read_pages(out, pages)
    assert len(texts) > 3
    whole = flat("".join(texts))
    assert placed
    assert flat(f"{placed:,}") in whole
    assert flat(tr("Figure 1 Placements of the fiscal year per college and mode")) in whole


def test_the_chart_of_a_large_network_shows_the_colleges_with_most_placements(
    tmp_path: Path,
) -> None:
    document = ReportDocument(SPEC.title())
    per_college = [
        (f"วิทยาลัยเทคนิคทดสอบแห่งที่ {number}", {PlacementMode.WBL: number}) for number in range(1, 101)
    ]
    _chart(document, per_college)
    out = tmp_path / "chart.pdf"
    assert document.write(out) == 1
    caption = tr(
        "Figure 1 Placements of the fiscal year per college and mode (the {count} colleges "
        "with the most placements)"
    ).format(count=CHART_COLLEGES)
    assert flat(caption) in flat(pdf_pages(out)[0])
