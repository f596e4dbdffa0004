"""The network and matching report (1.2-1.3): an empty year, the demo network, and the figures
of a small hand-made network read back from the PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    EnterpriseLocation,
    EnterpriseSize,
    Level,
    Ownership,
    PlacementMode,
)
from app.models.matching import PlacementCapacity
from app.models.network import (
    Agreement,
    College,
    Enterprise,
    Subject,
    SupplyPlan,
    WorkforceDemand,
)
from app.services.listing import labels
from app.services.overview import area_overview
from app.services.reports.catalogue import Need, ReportOptions
from app.services.reports.network_report import REPORTS, build_network_report
from app.services.store import Store
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


def tr(source: str, context: str = "NetworkReport") -> str:
    return QCoreApplication.translate(context, source)


def make_pdf(store: Store, tmp_path: Path, year: int, *, thai_digits: bool = False) -> str:
    return fiscal_year_text(REPORTS[0], store, tmp_path, year, thai_digits=thai_digits)


# -- the catalogue entry ------------------------------------------------------------------------
def test_the_report_is_named_network_and_asks_for_a_fiscal_year() -> None:
    (spec,) = REPORTS
    assert spec.name == "network"
    assert spec.needs == frozenset({Need.FISCAL_YEAR})
    assert spec.build is build_network_report
    assert spec.title().strip()


def test_the_catalogue_makes_it(center_store: Store, tmp_path: Path) -> None:
    check_made_by_catalogue(center_store, "network", ReportOptions(fiscal_year=YEAR), tmp_path)


# -- a year with nothing recorded ---------------------------------------------------------------
def test_a_year_with_nothing_recorded_makes_a_proper_report(
    center_store: Store, tmp_path: Path
) -> None:
    text = make_pdf(center_store, tmp_path, YEAR)
    flat = plain(text)
    assert plain(REPORTS[0].title()) in flat
    for sentence in (
        "No enterprise has recorded workforce demand for this year.",
        "Neither workforce demand nor planned intake has been recorded for this year.",
        "No MOU or MOA agreement was in force during this year.",
        "The colleges below had no agreement in force during the year:",
    ):
        assert plain(tr(sentence)) in flat, sentence
    # The host college is the network's only college, and it is not matched.
    with center_store.session() as session:
        host = session.scalars(select(College.name_th).where(College.deleted.is_(False))).one()
    assert flat.count(plain(host)) >= 3  # cover, the college list, the unmatched list
    # No page is empty.
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
            agreements = session.scalar(select(func.count()).select_from(Agreement))
    finally:
        store.close()
    flat = plain(text)
    assert len(text.split("\f")) > 5
    demanding = figures["1.2.enterprises"].value
    positions = figures["1.2.positions"].value
    matched = figures["1.3.colleges_matched"]
    assert demanding > 0 and positions > 0 and agreements
    label = plain(tr("Enterprises with workforce demand for the year"))
    assert f"{label}{demanding}" in flat
    assert f"{plain(tr('Positions demanded (people)'))}{positions:,}" in flat
    in_force = plain(tr("MOU/MOA agreements in force during the year"))
    assert f"{in_force}{figures['1.3.agreements'].value}" in flat
    assert plain(tr("{count} of {total}").format(count=matched.value, total=matched.total)) in flat


# -- the figures of a small network -------------------------------------------------------------
@dataclass
class SmallNetwork:
    host: str
    matched: str
    unmatched: str
    expired_partner: str


def build_small_network(store: Store) -> SmallNetwork:
    """Three colleges, three enterprises with known demand, supply, seats and agreements."""
    with store.transaction() as session:
        host = session.scalars(select(College).where(College.deleted.is_(False))).one()
        subject = Subject(name_th="สาขาทดสอบรายงาน")
        matched = College(
            name_th="วิทยาลัยจับคู่แล้ว",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.EXPERT,
            province_code="20",
        )
        unmatched = College(
            name_th="วิทยาลัยยังไม่จับคู่",
            ownership=Ownership.PRIVATE,
            group=CollegeGroupCode.STANDARD,
            province_code="21",
        )
        gone = College(
            name_th="วิทยาลัยที่ลบแล้ว",
            ownership=Ownership.PRIVATE,
            group=CollegeGroupCode.STANDARD,
        )
        chonburi = Enterprise(
            name_th="บริษัท ชลทดสอบ จำกัด",
            location=EnterpriseLocation.DOMESTIC,
            province_code="20",
            industry="ชิ้นส่วนยานยนต์",
            size=EnterpriseSize.LARGE,
        )
        rayong = Enterprise(
            name_th="บริษัท ระยองทดสอบ จำกัด",
            location=EnterpriseLocation.DOMESTIC,
            province_code="21",
            industry="ชิ้นส่วนยานยนต์",
            size=EnterpriseSize.SMALL,
        )
        tokyo = Enterprise(
            name_th="Tokyo Test Co., Ltd.",
            location=EnterpriseLocation.ABROAD,
            country_code="JP",
            industry="หุ่นยนต์",
            size=EnterpriseSize.MEDIUM,
        )
        expired = Enterprise(name_th="บริษัท หมดอายุทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([subject, matched, unmatched, gone, chonburi, rayong, tokyo, expired])
        session.flush()

        def demand(enterprise: Enterprise, level: Level, positions: int, year: int = YEAR) -> None:
            session.add(
                WorkforceDemand(
                    enterprise_id=enterprise.id,
                    subject_id=subject.id,
                    level=level,
                    fiscal_year=year,
                    positions=positions,
                )
            )

        demand(chonburi, Level.PVC, 10)
        demand(chonburi, Level.PVS, 20)
        demand(rayong, Level.PVC, 2)
        demand(tokyo, Level.PVS, 7)
        demand(tokyo, Level.BTECH, 3)
        demand(rayong, Level.PVC, 500, year=YEAR + 1)  # another year never counts
        for college, level, intake, graduates in (
            (matched, Level.PVC, 30, 25),
            (unmatched, Level.PVC, 10, 8),
            (matched, Level.PVS, 15, 12),
        ):
            session.add(
                SupplyPlan(
                    college_id=college.id,
                    subject_id=subject.id,
                    level=level,
                    fiscal_year=YEAR,
                    planned_intake=intake,
                    expected_graduates=graduates,
                )
            )
        session.add(
            PlacementCapacity(
                enterprise_id=chonburi.id,
                college_id=matched.id,
                subject_id=subject.id,
                level=Level.PVC,
                fiscal_year=YEAR,
                mode=PlacementMode.DUAL,
                seats=6,
            )
        )
        session.add_all(
            [
                Agreement(
                    kind=AgreementKind.MOA,
                    college_id=matched.id,
                    enterprise_id=chonburi.id,
                    signed_on=date(2022, 5, 1),
                    expires_on=date(2024, 4, 30),
                    dual_system=True,
                ),
                Agreement(  # ended the day before the year began
                    kind=AgreementKind.MOU,
                    college_id=unmatched.id,
                    enterprise_id=expired.id,
                    signed_on=date(2020, 1, 1),
                    expires_on=date(2022, 9, 30),
                ),
            ]
        )
        session.flush()
        session.delete(gone)
        return SmallNetwork(host.name_th, matched.name_th, unmatched.name_th, expired.name_th)


def test_figures_of_a_small_network(center_store: Store, tmp_path: Path) -> None:
    network = build_small_network(center_store)
    text = make_pdf(center_store, tmp_path, YEAR)
    flat = plain(pdf_text(tmp_path / "network.pdf", "-raw"))
    # Summary: 3 live colleges, 3 enterprises with demand, 42 positions, intake 55.
    assert f"{plain(tr('Network colleges'))}3" in flat
    assert f"{plain(tr('Enterprises with workforce demand for the year'))}3" in flat
    assert f"{plain(tr('Positions demanded (people)'))}42" in flat
    assert f"{plain(tr('Planned intake of the network colleges (people)'))}55" in flat
    assert f"{plain(tr('MOU/MOA agreements in force during the year'))}1" in flat
    # Demand against supply by level: demanded, intake, graduates, seats, intake - demand.
    level = labels.level()
    assert re.search(r"\s12\s+40\s+33\s+6\s+28\s*$", line_with(text, level[Level.PVC], "40"))
    assert re.search(r"\s27\s+15\s+12\s+0\s+-12\s*$", line_with(text, level[Level.PVS], "27"))
    assert re.search(r"\s3\s+0\s+0\s+0\s+-3\s*$", line_with(text, level[Level.BTECH], " 3 "))
    # The enterprise list: positions by level and in all.
    assert re.search(r"\s10\s+20\s+0\s+30\s*$", line_with(text, "ชลทดสอบ", "30"))
    assert re.search(r"\s0\s+7\s+3\s+10\s*$", line_with(text, "Tokyo Test", "10"))
    # By province or country: Chon Buri 1 enterprise 30 positions; Japan 1 enterprise 10.
    assert re.search(r"\s1\s+30\s*$", line_with(text, "ชลบุรี", "30"))
    # By size: the large one demands 30.
    assert re.search(r"\s1\s+30\s*$", line_with(text, labels.size()[EnterpriseSize.LARGE]))
    # The agreement in force is listed; the one that had ended is not.
    assert plain(network.expired_partner) not in flat
    assert re.search(r"MOA", line_with(text, network.matched, "ชลทดสอบ"))
    # Matching: 1 of 3 colleges; the unmatched ones are listed (the deleted one never).
    assert plain(tr("{count} of {total}").format(count=1, total=3)) in flat
    unmatched_part = section(
        flat,
        tr("The colleges below had no agreement in force during the year:"),
        tr("6. Targets of activities 1.2 and 1.3"),
    )
    assert plain(network.unmatched) in unmatched_part
    assert plain(network.host) in unmatched_part
    assert plain(network.matched) not in unmatched_part
    assert plain("วิทยาลัยที่ลบแล้ว") not in flat
    # Targets 1.2 and 1.3 with their status: 1 of 3 colleges matched is "not met".
    targets = flat[flat.rindex(plain(tr("Goal", "ReportTargets"))) :]
    assert plain(tr("Not met", "ReportTargets")) in targets
    assert plain(
        tr("{percent} ({count} of {total})", "ReportTargets").format(
            percent="33.3%", count=1, total=3
        )
    ) in (targets)


def test_thai_digits(center_store: Store, tmp_path: Path) -> None:
    build_small_network(center_store)
    text = make_pdf(center_store, tmp_path, YEAR, thai_digits=True)
    level = labels.level()
    line = line_with(text, level[Level.PVC], "๔๐")
    assert re.search(r"\s๑๒\s+๔๐\s+๓๓\s+๖\s+๒๘\s*$", line)
    assert "2566" not in text and "๒๕๖๖" in text


def test_several_subjects_are_told_apart(center_store: Store, tmp_path: Path) -> None:
    build_small_network(center_store)
    with center_store.transaction() as session:
        other = Subject(name_th="สาขาที่สองทดสอบ")
        session.add(other)
        session.flush()
        enterprise = session.scalars(
            select(Enterprise).where(Enterprise.name_th == "บริษัท ระยองทดสอบ จำกัด")
        ).one()
        session.add(
            WorkforceDemand(
                enterprise_id=enterprise.id,
                subject_id=other.id,
                level=Level.PVC,
                fiscal_year=YEAR,
                positions=4,
            )
        )
    text = make_pdf(center_store, tmp_path, YEAR)
    level = labels.level()[Level.PVC]
    assert re.search(r"\s4\s+0\s+0\s+0\s+-4\s*$", line_with(text, "สาขาที่สองทดสอบ", level))
    assert re.search(r"\s12\s+40\s+33\s+6\s+28\s*$", line_with(text, "สาขาทดสอบรายงาน", level))
