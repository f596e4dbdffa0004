"""The placements and safety report (manual 6.2): the placements of a fiscal year by college
and mode, supervision visits, incidents by kind and severity, the safety figure and the
targets of 6.2.

Placements of the year are the live placements starting in the fiscal year; withdrawn ones
are counted apart. Every figure is a grouped SQL aggregate (the placement start index finds
the year's rows), so the report stays quick on a network with a hundred thousand placements.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, case, exists, false, func, select
from sqlalchemy.orm import Session

from app.models.enums import (
    BriefingKind,
    IncidentKind,
    IncidentStatus,
    PlacementMode,
    PlacementStatus,
    Severity,
)
from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, SafetyBriefing, SupervisionVisit
from app.services.kpi.scorecard import TargetResult
from app.services.listing import labels
from app.services.reports.catalogue import ReportOptions, ReportSpec
from app.services.reports.certification_report import rate
from app.services.reports.charts import grouped_bar_chart
from app.services.reports.common import standard_cover
from app.services.reports.document import ReportDocument
from app.services.reports.targets import targets_section
from app.services.safety import SAFETY_TARGET, SafetyKpi, safety_kpi
from app.services.thai.fiscal import fiscal_year_range

MODES = tuple(PlacementMode)
SEVERITIES = (Severity.LOW, Severity.MEDIUM, Severity.HIGH)
CHART_COLLEGES = 40
"""The most colleges one chart shows (more would not fit on a page)."""


def _of_year(first: date, last: date) -> list[ColumnElement[bool]]:
    return [Placement.starts_on.between(first, last), Placement.deleted == false()]


def _count_when(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _college_names(session: Session, ids: Sequence[int]) -> list[tuple[int, str]]:
    """``ids`` with their names, in Thai order of name."""
    return [
        (row_id, name)
        for row_id, name in session.execute(
            select(College.id, College.name_th)
            .where(College.id.in_(list(ids)))
            .order_by(College.name_sort, College.id)
        )
    ]


# -- 1. placements by college and mode --------------------------------------------------------
def _by_college_and_mode(
    session: Session, first: date, last: date
) -> dict[int, dict[PlacementMode, int]]:
    counts: dict[int, dict[PlacementMode, int]] = {}
    query = (
        select(Placement.college_id, Placement.mode, func.count())
        .where(*_of_year(first, last), Placement.status != PlacementStatus.WITHDRAWN)
        .group_by(Placement.college_id, Placement.mode)
    )
    for college_id, mode, number in session.execute(query):
        counts.setdefault(college_id, {})[PlacementMode(mode)] = int(number)
    return counts


def _placements(
    session: Session, document: ReportDocument, first: date, last: date, safety: SafetyKpi
) -> list[tuple[str, dict[PlacementMode, int]]]:
    """The table of placements per college and mode; returns (college, by mode) per row."""
    document.heading(
        QCoreApplication.translate(
            "PlacementsReport", "1. Placements of the fiscal year by college and mode"
        ),
    )
    counts = _by_college_and_mode(session, first, last)
    if not counts:
        document.no_data(
            QCoreApplication.translate(
                "PlacementsReport", "No placement starting in this fiscal year has been recorded."
            )
        )
        return []
    students = {share.college_id: share.placed for share in safety.colleges}
    modes = labels.placement_mode()
    per_college: list[tuple[str, dict[PlacementMode, int]]] = []
    rows: list[list[Any]] = []
    for index, (college_id, name) in enumerate(_college_names(session, list(counts)), start=1):
        by_mode = counts[college_id]
        total = sum(by_mode.values())
        per_college.append((name, by_mode))
        rows.append(
            [
                index,
                name,
                *(by_mode.get(mode, 0) for mode in MODES),
                total,
                students.get(college_id),
            ]
        )
    totals = [sum(counts[c].get(mode, 0) for c in counts) for mode in MODES]
    placements = sum(totals)
    document.paragraph(
        QCoreApplication.translate(
            "PlacementsReport",
            "{placements} placements of {students} students in {colleges} network colleges "
            "started in the fiscal year (withdrawn placements not counted).",
        ).format(
            placements=document.number(placements),
            students=document.number(safety.network.placed),
            colleges=document.number(len(counts)),
        )
    )
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "No."),
            QCoreApplication.translate("PlacementsReport", "College"),
            *(modes[mode] for mode in MODES),
            QCoreApplication.translate("PlacementsReport", "Total"),
            QCoreApplication.translate("PlacementsReport", "Students placed"),
        ],
        rows,
        widths=[0.07, 0.33, 0.11, 0.11, 0.14, 0.11, 0.13],
        numeric=[0, 2, 3, 4, 5, 6],
        total=[
            "",
            QCoreApplication.translate("PlacementsReport", "Total"),
            *totals,
            placements,
            safety.network.placed,
        ],
    )
    document.note(
        QCoreApplication.translate(
            "PlacementsReport", "Unit: placements; students placed: persons."
        )
    )
    return per_college


def _chart(
    document: ReportDocument, per_college: list[tuple[str, dict[PlacementMode, int]]]
) -> None:
    """Placements per college, a bar per college stacked by mode (at most the
    :data:`CHART_COLLEGES` with the most placements, so the chart fits on one page)."""
    if len(per_college) < 2:
        return
    caption = QCoreApplication.translate(
        "PlacementsReport", "Figure 1 Placements of the fiscal year per college and mode"
    )
    if len(per_college) > CHART_COLLEGES:
        ranked = sorted(per_college, key=lambda item: -sum(item[1].values()))
        per_college = ranked[:CHART_COLLEGES]
        caption = QCoreApplication.translate(
            "PlacementsReport",
            "Figure 1 Placements of the fiscal year per college and mode (the {count} colleges "
            "with the most placements)",
        ).format(count=document.number(CHART_COLLEGES))
    modes = labels.placement_mode()
    png = grouped_bar_chart(
        [name for name, _ in per_college],
        [
            (modes[mode], [float(by_mode.get(mode, 0)) for _, by_mode in per_college])
            for mode in MODES
        ],
        thai_digits=document.thai_digits,
        horizontal=True,
        stacked=True,
    )
    document.chart(png, caption=caption)


def _by_status(session: Session, document: ReportDocument, first: date, last: date) -> None:
    document.heading(QCoreApplication.translate("PlacementsReport", "2. Placements by status"), 1)
    counts: dict[tuple[PlacementStatus, PlacementMode], int] = {
        (PlacementStatus(status), PlacementMode(mode)): int(number)
        for status, mode, number in session.execute(
            select(Placement.status, Placement.mode, func.count())
            .where(*_of_year(first, last))
            .group_by(Placement.status, Placement.mode)
        )
    }
    if not counts:
        document.no_data()
        return
    modes, statuses = labels.placement_mode(), labels.placement_status()
    rows: list[list[Any]] = [
        [
            statuses[status],
            *(counts.get((status, mode), 0) for mode in MODES),
            sum(counts.get((status, mode), 0) for mode in MODES),
        ]
        for status in PlacementStatus
    ]
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "Status"),
            *(modes[mode] for mode in MODES),
            QCoreApplication.translate("PlacementsReport", "Total"),
        ],
        rows,
        widths=[0.3, 0.16, 0.16, 0.22, 0.16],
        numeric=[1, 2, 3, 4],
        total=[
            QCoreApplication.translate("PlacementsReport", "Total"),
            *(sum(counts.get((status, mode), 0) for status in PlacementStatus) for mode in MODES),
            sum(counts.values()),
        ],
    )


# -- 3. supervision ------------------------------------------------------------------------------
def _supervision(session: Session, document: ReportDocument, first: date, last: date) -> None:
    document.heading(QCoreApplication.translate("PlacementsReport", "3. Supervision visits"))
    visited = (
        select(SupervisionVisit.id)
        .where(
            SupervisionVisit.placement_id == Placement.id,
            SupervisionVisit.deleted == false(),
            SupervisionVisit.visited_on.is_not(None),
        )
        .correlate(Placement)
        .exists()
    )
    placed = {
        college_id: (int(total), int(seen or 0))
        for college_id, total, seen in session.execute(
            select(Placement.college_id, func.count(), _count_when(visited))
            .where(*_of_year(first, last), Placement.status != PlacementStatus.WITHDRAWN)
            .group_by(Placement.college_id)
        )
    }
    visits = {
        college_id: (int(number), rating)
        for college_id, number, rating in session.execute(
            select(Placement.college_id, func.count(), func.avg(SupervisionVisit.rating))
            .join(Placement, Placement.id == SupervisionVisit.placement_id)
            .where(
                SupervisionVisit.deleted == false(),
                SupervisionVisit.visited_on.between(first, last),
            )
            .group_by(Placement.college_id)
        )
    }
    if not placed and not visits:
        document.no_data(
            QCoreApplication.translate(
                "PlacementsReport",
                "No placement or supervision visit has been recorded for this year.",
            )
        )
        return
    rows: list[list[Any]] = []
    for index, (college_id, name) in enumerate(
        _college_names(session, sorted(set(placed) | set(visits))), start=1
    ):
        total, seen = placed.get(college_id, (0, 0))
        made, rating = visits.get(college_id, (0, None))
        rows.append(
            [
                index,
                name,
                total,
                seen,
                document.percent(rate(seen, total)),
                made,
                document.number(rating, 1) if rating is not None else "-",
            ]
        )
    total = sum(value[0] for value in placed.values())
    seen = sum(value[1] for value in placed.values())
    made = sum(value[0] for value in visits.values())
    document.paragraph(
        QCoreApplication.translate(
            "PlacementsReport",
            "{seen} of the {total} placements of the year ({share}) had at least one "
            "supervision visit; {made} visits were made in the fiscal year.",
        ).format(
            seen=document.number(seen),
            total=document.number(total),
            share=document.percent(rate(seen, total)),
            made=document.number(made),
        )
    )
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "No."),
            QCoreApplication.translate("PlacementsReport", "College"),
            QCoreApplication.translate("PlacementsReport", "Placements"),
            QCoreApplication.translate("PlacementsReport", "Placements visited"),
            QCoreApplication.translate("PlacementsReport", "Share visited"),
            QCoreApplication.translate("PlacementsReport", "Visits made in the year"),
            QCoreApplication.translate("PlacementsReport", "Average rating (1-5)"),
        ],
        rows,
        widths=[0.07, 0.31, 0.12, 0.12, 0.12, 0.13, 0.13],
        numeric=[0, 2, 3, 4, 5, 6],
        total=[
            "",
            QCoreApplication.translate("PlacementsReport", "Total"),
            total,
            seen,
            document.percent(rate(seen, total)),
            made,
            "",
        ],
    )


# -- 4. incidents -------------------------------------------------------------------------------
def _incidents(session: Session, document: ReportDocument, first: date, last: date) -> None:
    document.heading(
        QCoreApplication.translate("PlacementsReport", "4. Incidents of placed students")
    )
    in_year = [
        Incident.deleted == false(),
        Incident.placement_id.is_not(None),
        Incident.occurred_on.between(first, last),
    ]
    counts: dict[tuple[IncidentKind, Severity], int] = {
        (IncidentKind(kind), Severity(severity)): int(number)
        for kind, severity, number in session.execute(
            select(Incident.kind, Incident.severity, func.count())
            .where(*in_year)
            .group_by(Incident.kind, Incident.severity)
        )
    }
    if not counts:
        document.no_data(
            QCoreApplication.translate(
                "PlacementsReport",
                "No incident of a placed student was recorded in this fiscal year.",
            )
        )
        return
    kinds, severities = labels.incident_kind(), labels.severity()
    document.heading(
        QCoreApplication.translate("PlacementsReport", "4.1 Incidents by kind and severity"),
        2,
    )
    present = [kind for kind in IncidentKind if any(counts.get((kind, s)) for s in SEVERITIES)]
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "Kind"),
            *(severities[s] for s in SEVERITIES),
            QCoreApplication.translate("PlacementsReport", "Total"),
        ],
        [
            [
                kinds[kind],
                *(counts.get((kind, s), 0) for s in SEVERITIES),
                sum(counts.get((kind, s), 0) for s in SEVERITIES),
            ]
            for kind in present
        ],
        widths=[0.4, 0.15, 0.15, 0.15, 0.15],
        numeric=[1, 2, 3, 4],
        total=[
            QCoreApplication.translate("PlacementsReport", "Total"),
            *(sum(counts.get((k, s), 0) for k in IncidentKind) for s in SEVERITIES),
            sum(counts.values()),
        ],
    )
    document.note(
        QCoreApplication.translate(
            "PlacementsReport", "Unit: incidents. Severity as recorded by the college."
        )
    )
    document.heading(QCoreApplication.translate("PlacementsReport", "4.2 Incidents of the year"), 2)
    rank = case(
        {Severity.HIGH.value: 0, Severity.MEDIUM.value: 1}, value=Incident.severity, else_=2
    )
    rows = session.execute(
        select(
            Incident.occurred_on,
            College.name_th,
            Enterprise.name_th,
            Incident.kind,
            Incident.severity,
            Incident.status,
            Incident.escalated_on,
        )
        .join(Placement, Placement.id == Incident.placement_id)
        .join(College, College.id == Placement.college_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(*in_year)
        .order_by(rank, Incident.occurred_on, Incident.id)
    ).all()
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "No."),
            QCoreApplication.translate("PlacementsReport", "Date"),
            QCoreApplication.translate("PlacementsReport", "College"),
            QCoreApplication.translate("PlacementsReport", "Enterprise"),
            QCoreApplication.translate("PlacementsReport", "Kind"),
            QCoreApplication.translate("PlacementsReport", "Severity"),
            QCoreApplication.translate("PlacementsReport", "Status"),
        ],
        [
            [
                index,
                document.date(day, "short"),
                college,
                enterprise,
                kinds[IncidentKind(kind)],
                severities[Severity(severity)],
                _status_text(document, IncidentStatus(status), escalated),
            ]
            for index, (day, college, enterprise, kind, severity, status, escalated) in enumerate(
                rows, start=1
            )
        ],
        widths=[0.06, 0.11, 0.2, 0.2, 0.17, 0.1, 0.16],
        numeric=[0],
    )
    document.note(
        QCoreApplication.translate(
            "PlacementsReport", "Students are not named in this report; see the incident records."
        )
    )


def _status_text(document: ReportDocument, status: IncidentStatus, escalated: date | None) -> str:
    text = labels.incident_status()[status]
    if escalated is None:
        return text
    return QCoreApplication.translate("PlacementsReport", "{status}; escalated {day}").format(
        status=text, day=document.date(escalated, "short")
    )


# -- 5. safety ------------------------------------------------------------------------------------
def _safety(
    session: Session, document: ReportDocument, first: date, last: date, safety: SafetyKpi
) -> None:
    document.heading(
        QCoreApplication.translate(
            "PlacementsReport", "5. Safety of placed students (activity 6.2)"
        ),
    )
    network = safety.network
    if network.placed == 0:
        document.no_data(
            QCoreApplication.translate(
                "PlacementsReport",
                "Nobody was placed in this fiscal year: there is no safety figure to compute.",
            )
        )
        return
    document.paragraph(
        QCoreApplication.translate(
            "PlacementsReport",
            "Of the {placed} students placed in the fiscal year, {safe} had no incident: "
            "{share} (target: {target}).",
        ).format(
            placed=document.number(network.placed),
            safe=document.number(network.placed - network.with_incident),
            share=document.percent(network.share_without_incident),
            target=document.percent(SAFETY_TARGET, 0),
        )
    )
    document.heading(
        QCoreApplication.translate(
            "PlacementsReport", "5.1 Students placed without an incident, by college"
        ),
        2,
    )
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "No."),
            QCoreApplication.translate("PlacementsReport", "College"),
            QCoreApplication.translate("PlacementsReport", "Students placed"),
            QCoreApplication.translate("PlacementsReport", "With an incident"),
            QCoreApplication.translate("PlacementsReport", "Without an incident"),
            QCoreApplication.translate("PlacementsReport", "Target met"),
        ],
        [
            [
                index,
                share.name,
                share.placed,
                share.with_incident,
                document.percent(share.share_without_incident),
                _met(share.target_met),
            ]
            for index, share in enumerate(safety.colleges, start=1)
        ],
        widths=[0.07, 0.37, 0.14, 0.14, 0.14, 0.14],
        numeric=[0, 2, 3, 4],
        total=[
            "",
            QCoreApplication.translate("PlacementsReport", "Network"),
            network.placed,
            network.with_incident,
            document.percent(network.share_without_incident),
            _met(network.target_met),
        ],
    )
    document.heading(
        QCoreApplication.translate(
            "PlacementsReport", "5.2 Safety training before the placement started"
        ),
        2,
    )
    trained_before = exists().where(
        SafetyBriefing.student_id == Placement.student_id,
        SafetyBriefing.kind == BriefingKind.SAFETY_TRAINING,
        SafetyBriefing.held_on <= Placement.starts_on,
        SafetyBriefing.deleted == false(),
    )
    counts = {
        college_id: (int(total), int(trained or 0))
        for college_id, total, trained in session.execute(
            select(Placement.college_id, func.count(), _count_when(trained_before))
            .where(*_of_year(first, last))
            .group_by(Placement.college_id)
        )
    }
    total = sum(value[0] for value in counts.values())
    trained = sum(value[1] for value in counts.values())
    document.table(
        [
            QCoreApplication.translate("PlacementsReport", "No."),
            QCoreApplication.translate("PlacementsReport", "College"),
            QCoreApplication.translate("PlacementsReport", "Placements"),
            QCoreApplication.translate("PlacementsReport", "Safety training before the start"),
            QCoreApplication.translate("PlacementsReport", "Share"),
        ],
        [
            [index, name, placed, done, document.percent(rate(done, placed))]
            for index, (name, placed, done) in enumerate(
                ((name, *counts[cid]) for cid, name in _college_names(session, list(counts))),
                start=1,
            )
        ],
        widths=[0.07, 0.41, 0.15, 0.22, 0.15],
        numeric=[0, 2, 3, 4],
        total=[
            "",
            QCoreApplication.translate("PlacementsReport", "Network"),
            total,
            trained,
            document.percent(rate(trained, total)),
        ],
    )
    document.note(
        QCoreApplication.translate(
            "PlacementsReport",
            "Counted as the target 6.2 counts it: every placement starting in the year, "
            "withdrawn ones included.",
        )
    )


def _met(met: bool | None) -> str:
    if met is None:
        return "-"
    return (
        QCoreApplication.translate("PlacementsReport", "Met")
        if met
        else QCoreApplication.translate("PlacementsReport", "Not met")
    )


# -- the report ----------------------------------------------------------------------------------
def _is_placement_target(result: TargetResult) -> bool:
    return result.target_id.startswith("6.2.")


def build(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    fiscal_year = options.fiscal_year
    first, last = fiscal_year_range(fiscal_year)
    standard_cover(session, document, fiscal_year)
    safety = safety_kpi(session, fiscal_year)
    per_college = _placements(session, document, first, last, safety)
    _chart(document, per_college)
    _by_status(session, document, first, last)
    _supervision(session, document, first, last)
    _incidents(session, document, first, last)
    _safety(session, document, first, last, safety)
    document.heading(QCoreApplication.translate("PlacementsReport", "6. Targets of activity 6.2"))
    targets_section(session, document, fiscal_year, _is_placement_target)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="placements",
        title=lambda: QCoreApplication.translate(
            "PlacementsReport", "Student placements and safety report"
        ),
        build=build,
        description=lambda: QCoreApplication.translate(
            "PlacementsReport",
            "Placements of the year by college and mode, supervision visits, incidents by "
            "severity, the safety figure and the targets of activity 6.2.",
        ),
    ),
)
