"""The meetings report (1.1): the year's meetings by kind, the targets of 1.1 as the
scorecard judges them, the committees, and a proper report for a year without meetings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Center, Committee, CommitteeMember, Meeting
from app.models.enums import CommitteeKind, MeetingKind, MemberRole
from app.services.kpi.scorecard import scorecard
from app.services.reports import meetings_report
from app.services.reports import targets as report_targets
from app.services.reports.catalogue import Need, ReportOptions
from app.services.reports.document import Cell, ReportDocument
from app.services.store import Store
from app.services.thai.fiscal import fiscal_year_range
from tests.services.report_pdf import flat, one_line, open_demo_copy, written_pages

FY = 2569  # 1 Oct 2025 .. 30 Sep 2026
TODAY = date(2026, 11, 21)


class SpyDocument(ReportDocument):
    """A report document that keeps the rows of each table."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tables: list[tuple[list[str], list[list[Cell]]]] = []

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], **options: Any) -> None:
        self.tables.append((list(headers), [list(row) for row in rows]))
        super().table(headers, rows, **options)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_targets, "today", lambda: TODAY)


def _build(store: Store, *, thai_digits: bool = False) -> SpyDocument:
    spec = meetings_report.REPORTS[0]
    document = SpyDocument(spec.title(), thai_digits=thai_digits)
    with store.session() as session:
        spec.build(session, ReportOptions(fiscal_year=FY, thai_digits=thai_digits), document)
    return document


def _text(document: ReportDocument, tmp_path: Path) -> str:
    return one_line("\n".join(written_pages(document, tmp_path / "meetings.pdf")))


def _meeting(center_id: int, kind: MeetingKind, held_on: date, title: str, **more: Any) -> Meeting:
    return Meeting(center_id=center_id, kind=kind, held_on=held_on, title=title, **more)


@pytest.fixture
def meetings(center_store: Store) -> Store:
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        cancelled = _meeting(center_id, MeetingKind.EXECUTIVE, date(2026, 2, 2), "Deleted one")
        cancelled.deleted = True
        session.add_all(
            [
                _meeting(
                    center_id,
                    MeetingKind.EXECUTIVE,
                    date(2025, 10, 1),
                    "Executive 1/2569",
                    attendees=11,
                    minutes_path="minutes/exec-1.pdf",
                ),
                _meeting(center_id, MeetingKind.EXECUTIVE, date(2026, 9, 30), "Executive 2/2569"),
                _meeting(center_id, MeetingKind.DIRECTORS, date(2026, 1, 15), "Directors 1/2569"),
                # the last day of fiscal year 2568 and a tombstone count nowhere
                _meeting(center_id, MeetingKind.ENTERPRISES, date(2025, 9, 30), "Last year"),
                cancelled,
            ]
        )
        committee = Committee(
            center_id=center_id,
            kind=CommitteeKind.EXECUTIVE,
            name="Executive committee of the center",
            appointed_on=date(2025, 10, 20),
        )
        session.add(committee)
        session.flush()
        session.add_all(
            [
                CommitteeMember(
                    committee_id=committee.id,
                    full_name="Member Two",
                    organisation="Beta Co",
                    role=MemberRole.MEMBER,
                ),
                CommitteeMember(
                    committee_id=committee.id,
                    title_code="mr",
                    full_name="Chair One",
                    organisation="Alpha Co",
                    role=MemberRole.CHAIR,
                ),
            ]
        )
    return center_store


def test_a_year_without_meetings_is_a_proper_report(center_store: Store, tmp_path: Path) -> None:
    text = _text(_build(center_store), tmp_path)
    assert text.startswith("Report on the meetings of the center")
    assert "No meeting was recorded in fiscal year B.E. 2569." in text
    assert text.count("No meeting of this kind was recorded in the fiscal year.") == len(
        MeetingKind
    )
    assert "No committee of the center has been recorded." in text
    assert "Results against the targets of activity 1.1" in text


def test_the_meetings_of_the_year_by_kind(meetings: Store, tmp_path: Path) -> None:
    document = _build(meetings)
    text = _text(document, tmp_path)
    assert "In fiscal year B.E. 2569 the center held 3 meetings." in text
    assert "Meetings of the center's executive committee 2 times" in text
    assert "Meetings of the network college directors 1 times" in text
    meeting_rows = [rows for headers, rows in document.tables if "Minutes" in headers]
    assert [[row[2] for row in rows] for rows in meeting_rows] == [
        ["Executive 1/2569", "Executive 2/2569"],
        ["Directors 1/2569"],
    ]
    assert meeting_rows[0][0][3:] == [11, "Filed"]
    assert meeting_rows[0][1][3:] == [None, "-"]
    assert "Last year" not in text and "Deleted one" not in text
    # the committee: the chair first, the title written against the name
    assert "Executive committee of the center" in text
    (members,) = [rows for headers, rows in document.tables if "Role in the committee" in headers]
    assert [row[1:] for row in members] == [
        ["นายChair One", "Alpha Co", "Chair"],
        ["Member Two", "Beta Co", "Member"],
    ]


def test_the_targets_of_activity_one_one_are_the_scorecards(meetings: Store) -> None:
    document = _build(meetings)
    with meetings.session() as session:
        results = [r for r in scorecard(session, FY, today=TODAY).results if r.activity == "1.1"]
    (targets,) = [
        rows for headers, rows in document.tables if headers[:2] == ["Activity", "Target"]
    ]
    assert [(row[1], row[3], row[4]) for row in targets] == [
        (
            result.title,
            report_targets.value_text(document, result),
            report_targets.status_label(result.status),
        )
        for result in results
    ]
    # two executive meetings meet the goal of two; one directors' meeting of two does not
    assert [row[4] for row in targets] == ["Met", "Not met", "Not met"]


def test_the_demo_networks_meetings(demo_db_template: Path, tmp_path: Path) -> None:
    store = open_demo_copy(demo_db_template, tmp_path)
    try:
        first, last = fiscal_year_range(FY)
        with store.session() as session:
            titles = session.scalars(
                select(Meeting.title).where(
                    Meeting.held_on.between(first, last), Meeting.deleted.is_(False)
                )
            ).all()
        document = _build(store, thai_digits=True)
        text = flat(_text(document, tmp_path))
    finally:
        store.close()
    assert titles
    listed = [row[2] for headers, rows in document.tables if "Minutes" in headers for row in rows]
    assert sorted(map(str, listed)) == sorted(titles)
    assert "การประชุมคณะกรรมการบริหารศูนย์ฯครั้งที่" in text  # Thai reads back whole
    assert "๑/๒๕๖๙" in text


def test_the_report_is_listed_for_a_fiscal_year() -> None:
    (spec,) = meetings_report.REPORTS
    assert spec.name == "meetings"
    assert spec.needs == frozenset({Need.FISCAL_YEAR})
