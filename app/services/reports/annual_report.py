"""The annual operations report of the center (รายงานผลการดำเนินงาน) for one fiscal year.

The cover, a summary of the targets met, then one part per area of the manual: each
activity's figures of the year (:func:`app.services.overview.area_overview`), tables per
network college where they help, and charts; then the table of every target of the KPI
scorecard with its goal, value and status, and an appendix of each network college's
values of the targets, shaded by status.

Every table is one grouped SQL query (the demo network has tens of thousands of
placements); a college with nothing recorded shows zeros, an activity with nothing recorded
says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle
from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Agreement,
    Certification,
    CertificationCenter,
    College,
    Curriculum,
    Enrollment,
    Enterprise,
    IndicatorScore,
    KnowledgeBankComponent,
    Meeting,
    Placement,
    Plan,
    PlanActivity,
    PolicyRecommendation,
    Project,
    SelfAssessment,
    ShortCourseRun,
    ShortCourseTrainee,
    SkillGap,
    Student,
    SupplyPlan,
    Teacher,
    TeacherInternship,
    TrainingCourse,
    TrainingRun,
    WorkforceDemand,
)
from app.models.enums import (
    AgreementKind,
    CertificationCenterKind,
    CertificationResult,
    EnterpriseLocation,
    KnowledgeComponent,
    Level,
    PersonKind,
    PlacementMode,
    PlanKind,
    TraineeCategory,
    WorkStatus,
)
from app.services.certification import year_results
from app.services.final_year import final_year_condition
from app.services.kpi.catalogue import thai_ui
from app.services.kpi.scorecard import (
    NETWORK_ONLY,
    KpiStatus,
    Scorecard,
    TargetResult,
    scorecard,
    year_has_records,
)
from app.services.listing import labels
from app.services.overview import REPORT_DUE_DAYS, DaysBetween, Figure, area_overview
from app.services.reference_data import activities
from app.services.reports import targets
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.charts import bar_chart, grouped_bar_chart
from app.services.reports.common import standard_cover
from app.services.reports.document import Cell, ReportDocument
from app.services.reports.targets import (
    goal_text,
    judged_on_note,
    status_counts,
    status_label,
    targets_table,
)
from app.services.safety import safety_kpi
from app.services.short_course_targets import short_course_targets
from app.services.thai.fiscal import fiscal_year_range


# -- the report ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Year:
    fiscal_year: int
    first: date
    last: date
    colleges: tuple[tuple[int, str], ...]
    """Live network colleges (id, Thai name) in Thai order."""


Extra = Callable[[Session, _Year, ReportDocument], bool]
"""Adds an activity's tables or charts; False when it had nothing to show."""


def build(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    fy = options.fiscal_year
    first, last = fiscal_year_range(fy)
    standard_cover(session, document, fy)
    colleges = tuple(
        (int(row[0]), str(row[1]))
        for row in session.execute(
            select(College.id, College.name_th)
            .where(College.deleted.is_(False))
            .order_by(College.name_sort, College.id)
        )
    )
    year = _Year(fy, first, last, colleges)
    day = targets.today()
    card = scorecard(session, fy, today=day)
    _summary(session, year, document, card, day)
    extras = _extras()
    # A year with records starts each area on a page; an empty one says so area by area.
    new_pages = year_has_records(session, fy)
    for area in area_overview(session, fy):
        if new_pages:
            document.page_break()
        else:
            document.spacer()
        document.heading(_area_title(document, area.code))
        for activity in area.activities:
            document.heading(f"{activity.code} {_title_of(activity.code)}", 2)
            shown = _figures(document, activity.figures)
            for extra in extras.get(activity.code, ()):
                shown = extra(session, year, document) or shown
            if not shown:
                document.no_data(
                    QCoreApplication.translate(
                        "AnnualReport", "Nothing was recorded for this activity in the fiscal year."
                    )
                )
        for extra in extras.get(area.code, ()):
            extra(session, year, document)
    document.page_break()
    document.heading(QCoreApplication.translate("AnnualReport", "Results against the targets"))
    targets_table(document, card.results)
    judged_on_note(document, year.fiscal_year, day)
    _appendix(session, year, document, day)


def _area_title(document: ReportDocument, code: str) -> str:
    return document.digits(
        QCoreApplication.translate("AnnualReport", "Area {code}: {title}").format(
            code=code, title=_title_of(code)
        )
    )


def _title_of(code: str) -> str:
    """The Thai (or English) title of an area or activity of the manual."""
    key = "th" if thai_ui() else "en"
    for area in activities()["areas"]:
        if area["code"] == code:
            return str(area.get(key) or area["en"])
        for activity in area["activities"]:
            if activity["code"] == code:
                return str(activity.get(key) or activity["en"])
    return code


def _figures(document: ReportDocument, figures: Sequence[Figure]) -> bool:
    """The activity's figures as label / value lines; False (nothing shown) when all are 0."""
    if not any(figure.value for figure in figures):
        return False
    rows = []
    for figure in figures:
        if figure.total is None:
            value = document.number(figure.value)
        else:
            value = QCoreApplication.translate(
                "AnnualReport", "{value} of {total} ({percent})"
            ).format(
                value=document.number(figure.value),
                total=document.number(figure.total),
                percent=document.percent(figure.percent),
            )
        rows.append((figure.label, value))
    document.figures(rows)
    return True


def _summary(
    session: Session, year: _Year, document: ReportDocument, card: Scorecard, day: date
) -> None:
    document.heading(QCoreApplication.translate("AnnualReport", "Summary"))
    network = _network_size(session)
    document.figures(
        [
            (
                QCoreApplication.translate("AnnualReport", "Network colleges"),
                document.number(len(year.colleges)),
            ),
            (
                QCoreApplication.translate("AnnualReport", "Enterprises in the database"),
                document.number(network[0]),
            ),
            (
                QCoreApplication.translate("AnnualReport", "Teachers of the subject"),
                document.number(network[1]),
            ),
            (
                QCoreApplication.translate("AnnualReport", "Students of the subject"),
                document.number(network[2]),
            ),
        ]
    )
    counts = status_counts(card.results)
    document.paragraph(
        QCoreApplication.translate(
            "AnnualReport",
            "In fiscal year B.E. {year} the center followed {count} targets of the operations "
            "manual: {met} met, {at_risk} at risk, {not_met} not met and {no_data} without "
            "data.",
        ).format(
            year=document.digits(str(year.fiscal_year)),
            count=document.number(len(card.results)),
            met=document.number(counts[KpiStatus.MET]),
            at_risk=document.number(counts[KpiStatus.AT_RISK]),
            not_met=document.number(counts[KpiStatus.NOT_MET]),
            no_data=document.number(counts[KpiStatus.NO_DATA]),
        )
    )
    rows: list[list[Cell]] = []
    for code, results in card.by_area().items():
        area = status_counts(results)
        rows.append(
            [
                _area_title(document, code),
                len(results),
                area[KpiStatus.MET],
                area[KpiStatus.AT_RISK],
                area[KpiStatus.NOT_MET],
                area[KpiStatus.NO_DATA],
            ]
        )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Area"),
            QCoreApplication.translate("AnnualReport", "Targets"),
            QCoreApplication.translate("AnnualReport", "Met"),
            QCoreApplication.translate("AnnualReport", "At risk"),
            QCoreApplication.translate("AnnualReport", "Not met"),
            QCoreApplication.translate("AnnualReport", "No data"),
        ],
        rows,
        widths=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1],
        numeric=[1, 2, 3, 4, 5],
        total=[
            QCoreApplication.translate("AnnualReport", "Total"),
            len(card.results),
            counts[KpiStatus.MET],
            counts[KpiStatus.AT_RISK],
            counts[KpiStatus.NOT_MET],
            counts[KpiStatus.NO_DATA],
        ],
    )
    judged_on_note(document, year.fiscal_year, day)
    if counts[KpiStatus.NO_DATA] < len(card.results):
        _status_chart(document, card)


STATUS_COLOURS = {
    KpiStatus.MET: "#5b9e4d",
    KpiStatus.AT_RISK: "#e08e2b",
    KpiStatus.NOT_MET: "#c0392b",
    KpiStatus.NO_DATA: "#9a9a9a",
}


def _status_chart(document: ReportDocument, card: Scorecard) -> None:
    """The targets of each area, stacked by status."""
    areas = card.by_area()
    counts = {code: status_counts(results) for code, results in areas.items()}
    png = grouped_bar_chart(
        [
            document.digits(
                QCoreApplication.translate("AnnualReport", "Area {code}").format(code=code)
            )
            for code in areas
        ],
        [
            (status_label(status), [float(counts[code][status]) for code in areas])
            for status in KpiStatus
        ],
        thai_digits=document.thai_digits,
        stacked=True,
        colors=[STATUS_COLOURS[status] for status in KpiStatus],
    )
    document.chart(
        png,
        width_share=0.75,
        caption=QCoreApplication.translate("AnnualReport", "Targets of each area by status"),
    )


def _network_size(session: Session) -> tuple[int, int, int]:
    def count(model: Any) -> int:
        return int(
            session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
            or 0
        )

    return count(Enterprise), count(Teacher), count(Student)


# -- tables per college -------------------------------------------------------------------------
def _grouped(session: Session, query: Select[Any]) -> dict[int, tuple[Any, ...]]:
    """``college id -> the other columns`` of a query grouped by college."""
    return {int(row[0]): tuple(row[1:]) for row in session.execute(query)}


def _int(value: Any) -> int:
    return int(value or 0)


def _when(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def _college_table(
    document: ReportDocument,
    year: _Year,
    heading: str,
    headers: Sequence[str],
    values: Callable[[int], Sequence[Cell]],
    *,
    widths: Sequence[float],
    numeric: Sequence[int],
    only_active: bool = False,
    level: int = 3,
) -> bool:
    """Under ``heading``, one row per network college (its name, then ``values(college
    id)``) and a total row of the whole-number columns; ``only_active`` leaves out colleges
    with only zeros. Nothing at all (False) when no college has anything."""
    rows: list[list[Cell]] = []
    for college_id, name in year.colleges:
        cells = list(values(college_id))
        if only_active and not any(_positive(cell) for cell in cells):
            continue
        rows.append([name, *cells])
    if not any(_positive(cell) for row in rows for cell in row[1:]):
        return False
    total: list[Cell] = [QCoreApplication.translate("AnnualReport", "Total")]
    for column in range(1, len(headers)):
        column_values = [row[column] for row in rows]
        if column in numeric and all(isinstance(v, int) for v in column_values):
            total.append(sum(int(v or 0) for v in column_values))
        else:
            total.append("")
    document.heading(heading, level)
    document.table(
        [QCoreApplication.translate("AnnualReport", "College"), *headers],
        rows,
        widths=widths,
        numeric=numeric,
        total=total,
    )
    return True


def _positive(cell: Cell) -> bool:
    return isinstance(cell, int | float) and cell > 0


def _college_chart(
    document: ReportDocument,
    year: _Year,
    counts: dict[int, int],
    title: str,
    caption: str,
) -> None:
    """Horizontal bars of ``counts`` for the colleges that have any."""
    pairs = [(name, counts.get(college_id, 0)) for college_id, name in year.colleges]
    pairs = [(name, value) for name, value in pairs if value > 0]
    if not pairs:
        return
    png = bar_chart(
        [name for name, _value in pairs],
        [float(value) for _name, value in pairs],
        title=title,
        thai_digits=document.thai_digits,
    )
    document.chart(png, caption=caption)


# -- area 1 -------------------------------------------------------------------------------------
def _meetings(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = session.execute(
        select(Meeting.held_on, Meeting.kind, Meeting.title, Meeting.attendees)
        .where(Meeting.held_on.between(year.first, year.last), Meeting.deleted.is_(False))
        .order_by(Meeting.held_on, Meeting.id)
    ).all()
    if not rows:
        return False
    kinds = labels.meeting_kind()
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Date"),
            QCoreApplication.translate("AnnualReport", "Meeting of"),
            QCoreApplication.translate("AnnualReport", "Title"),
            QCoreApplication.translate("AnnualReport", "Attendees"),
        ],
        [
            [document.date(held_on, "short"), kinds.get(kind, kind), title, attendees]
            for held_on, kind, title, attendees in rows
        ],
        widths=[0.15, 0.22, 0.5, 0.13],
        numeric=[3],
    )
    return True


def _demand(session: Session, year: _Year, document: ReportDocument) -> bool:
    live = and_(
        WorkforceDemand.fiscal_year == year.fiscal_year,
        WorkforceDemand.deleted.is_(False),
        Enterprise.deleted.is_(False),
    )
    abroad = Enterprise.location == EnterpriseLocation.ABROAD
    rows = session.execute(
        select(
            WorkforceDemand.level,
            func.count(distinct(WorkforceDemand.enterprise_id)),
            func.sum(case((abroad, 0), else_=WorkforceDemand.positions)),
            func.sum(case((abroad, WorkforceDemand.positions), else_=0)),
        )
        .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
        .where(live)
        .group_by(WorkforceDemand.level)
    ).all()
    if not rows:
        return False
    order = {level: index for index, level in enumerate(Level)}
    names = labels.level()
    table: list[list[Cell]] = [
        [names.get(level, level), _int(firms), _int(home), _int(away), _int(home) + _int(away)]
        for level, firms, home, away in sorted(rows, key=lambda row: order.get(row[0], 99))
    ]
    document.heading(QCoreApplication.translate("AnnualReport", "Workforce demand by level"), 3)
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Level"),
            QCoreApplication.translate("AnnualReport", "Enterprises"),
            QCoreApplication.translate("AnnualReport", "Positions in Thailand"),
            QCoreApplication.translate("AnnualReport", "Positions abroad"),
            QCoreApplication.translate("AnnualReport", "Positions in all"),
        ],
        table,
        widths=[0.36, 0.16, 0.16, 0.16, 0.16],
        numeric=[1, 2, 3, 4],
        total=[
            QCoreApplication.translate("AnnualReport", "Total"),
            "",
            *(sum(int(row[c] or 0) for row in table) for c in (2, 3, 4)),
        ],
    )
    largest = session.execute(
        select(Enterprise.name_th, Enterprise.location, func.sum(WorkforceDemand.positions))
        .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
        .where(live)
        .group_by(Enterprise.id)
        .order_by(func.sum(WorkforceDemand.positions).desc(), Enterprise.name_sort)
        .limit(10)
    ).all()
    locations = labels.location()
    document.heading(
        QCoreApplication.translate("AnnualReport", "The ten enterprises with the largest demand"),
        3,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Enterprise"),
            QCoreApplication.translate("AnnualReport", "Location"),
            QCoreApplication.translate("AnnualReport", "Positions"),
        ],
        [[name, locations.get(where, where), _int(n)] for name, where, n in largest],
        widths=[0.6, 0.22, 0.18],
        numeric=[2],
    )
    return True


def _matching(session: Session, year: _Year, document: ReportDocument) -> bool:
    in_force = and_(
        Agreement.signed_on <= year.last,
        or_(Agreement.expires_on.is_(None), Agreement.expires_on >= year.first),
        Agreement.deleted.is_(False),
    )
    agreements = _grouped(
        session,
        select(
            Agreement.college_id,
            func.sum(_when(Agreement.kind == AgreementKind.MOU)),
            func.sum(_when(Agreement.kind == AgreementKind.MOA)),
            func.count(distinct(Agreement.enterprise_id)),
        )
        .where(in_force)
        .group_by(Agreement.college_id),
    )
    supply = _grouped(
        session,
        select(
            SupplyPlan.college_id,
            func.sum(SupplyPlan.planned_intake),
            func.sum(SupplyPlan.expected_graduates),
        )
        .where(SupplyPlan.fiscal_year == year.fiscal_year, SupplyPlan.deleted.is_(False))
        .group_by(SupplyPlan.college_id),
    )

    def values(college_id: int) -> list[Cell]:
        mou, moa, firms = agreements.get(college_id, (0, 0, 0))
        intake, graduates = supply.get(college_id, (0, 0))
        return [_int(mou), _int(moa), _int(firms), _int(intake), _int(graduates)]

    shown = _college_table(
        document,
        year,
        QCoreApplication.translate(
            "AnnualReport", "Agreements in force and planned intake by college"
        ),
        [
            QCoreApplication.translate("AnnualReport", "MOU"),
            QCoreApplication.translate("AnnualReport", "MOA"),
            QCoreApplication.translate("AnnualReport", "Partner enterprises"),
            QCoreApplication.translate("AnnualReport", "Planned intake"),
            QCoreApplication.translate("AnnualReport", "Expected graduates"),
        ],
        values,
        widths=[0.4, 0.1, 0.1, 0.14, 0.13, 0.13],
        numeric=[1, 2, 3, 4, 5],
    )
    if not shown:
        return False
    unmatched = sum(1 for college_id, _name in year.colleges if college_id not in agreements)
    if unmatched:
        document.note(
            QCoreApplication.translate(
                "AnnualReport",
                "{count} network colleges have no agreement in force in the fiscal year.",
            ).format(count=document.number(unmatched))
        )
    return True


def _knowledge_bank(session: Session, year: _Year, document: ReportDocument) -> bool:
    found: dict[int, dict[str, str]] = {}
    for college_id, component, status in session.execute(
        select(
            KnowledgeBankComponent.college_id,
            KnowledgeBankComponent.component,
            KnowledgeBankComponent.status,
        ).where(KnowledgeBankComponent.deleted.is_(False))
    ):
        found.setdefault(int(college_id), {})[str(component)] = str(status)
    if not found:
        return False
    names = labels.knowledge_component()
    states = labels.component_status()
    rows: list[list[Cell]] = [
        [name, *(states.get(found[college_id].get(c, ""), "-") for c in KnowledgeComponent)]
        for college_id, name in year.colleges
        if college_id in found
    ]
    document.heading(
        QCoreApplication.translate("AnnualReport", "Knowledge-bank components by college"),
        3,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "College"),
            *(names[c] for c in KnowledgeComponent),
        ],
        rows,
        widths=[0.32, 0.17, 0.17, 0.17, 0.17],
    )
    return True


# -- area 2 -------------------------------------------------------------------------------------
def _plans(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = session.execute(
        select(Plan.title, Plan.kind, Plan.first_fy, Plan.last_fy, Plan.approved_on, Plan.sent_on)
        .where(
            Plan.first_fy <= year.fiscal_year,
            Plan.last_fy >= year.fiscal_year,
            Plan.kind == PlanKind.FIVE_YEAR,
            Plan.deleted.is_(False),
        )
        .order_by(Plan.first_fy, Plan.id)
    ).all()
    if not rows:
        return False
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Plan"),
            QCoreApplication.translate("AnnualReport", "Fiscal years"),
            QCoreApplication.translate("AnnualReport", "Approved on"),
            QCoreApplication.translate("AnnualReport", "Sent on"),
        ],
        [
            [
                title,
                f"{first_fy} - {last_fy}",
                document.date(approved, "short"),
                document.date(sent, "short"),
            ]
            for title, _kind, first_fy, last_fy, approved, sent in rows
        ],
        widths=[0.5, 0.18, 0.16, 0.16],
    )
    return True


def _projects(session: Session, year: _Year, document: ReportDocument) -> bool:
    due_in_year = and_(
        PlanActivity.project_id == Project.id,
        PlanActivity.due_on.between(year.first, year.last),
        PlanActivity.status != WorkStatus.CANCELLED,
        PlanActivity.deleted.is_(False),
    )
    rows = session.execute(
        select(
            Project.title,
            College.name_th,
            Project.budget,
            func.count(PlanActivity.id),
            func.sum(_when(PlanActivity.status == WorkStatus.DONE)),
        )
        .join(Plan, Plan.id == Project.plan_id)
        .outerjoin(College, College.id == Project.responsible_college_id)
        .outerjoin(PlanActivity, due_in_year)
        .where(
            Plan.kind == PlanKind.ANNUAL,
            Plan.first_fy <= year.fiscal_year,
            Plan.last_fy >= year.fiscal_year,
            Plan.deleted.is_(False),
            Project.deleted.is_(False),
        )
        .group_by(Project.id)
        .order_by(Project.activity_code, Project.id)
    ).all()
    if not rows:
        return False
    table: list[list[Cell]] = [
        [
            index,
            title,
            college or "-",
            document.number(float(budget), 2) if budget is not None else "-",
            _int(due),
            _int(done),
        ]
        for index, (title, college, budget, due, done) in enumerate(rows, start=1)
    ]
    budgets = [float(row[2]) for row in rows if row[2] is not None]
    document.heading(
        QCoreApplication.translate("AnnualReport", "Projects of the annual action plan"),
        3,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "No."),
            QCoreApplication.translate("AnnualReport", "Project"),
            QCoreApplication.translate("AnnualReport", "Responsible college"),
            QCoreApplication.translate("AnnualReport", "Budget (baht)"),
            QCoreApplication.translate("AnnualReport", "Activities due"),
            QCoreApplication.translate("AnnualReport", "Done"),
        ],
        table,
        widths=[0.06, 0.36, 0.22, 0.16, 0.1, 0.1],
        numeric=[0, 3, 4, 5],
        total=[
            "",
            QCoreApplication.translate("AnnualReport", "Total"),
            "",
            document.number(sum(budgets), 2) if budgets else "-",
            sum(int(row[4] or 0) for row in table),
            sum(int(row[5] or 0) for row in table),
        ],
    )
    return True


# -- area 3 -------------------------------------------------------------------------------------
def _curricula(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = session.execute(
        select(
            Curriculum.title,
            Curriculum.level,
            Curriculum.edition_year,
            Curriculum.revision_status,
            Curriculum.approved_on,
        )
        .where(Curriculum.deleted.is_(False))
        .order_by(Curriculum.level, Curriculum.edition_year, Curriculum.id)
    ).all()
    if not rows:
        return False
    levels = labels.level()
    states = labels.revision_status()
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Curriculum"),
            QCoreApplication.translate("AnnualReport", "Level"),
            QCoreApplication.translate("AnnualReport", "Edition (B.E.)"),
            QCoreApplication.translate("AnnualReport", "Revision"),
            QCoreApplication.translate("AnnualReport", "Approved on"),
        ],
        [
            [
                title,
                levels.get(level, level),
                str(edition),
                states.get(status, status),
                document.date(approved, "short"),
            ]
            for title, level, edition, status, approved in rows
        ],
        widths=[0.34, 0.2, 0.12, 0.2, 0.14],
    )
    return True


def _short_courses(session: Session, year: _Year, document: ReportDocument) -> bool:
    runs = short_course_targets(session, year.fiscal_year).runs
    if not runs:
        return False
    document.heading(
        QCoreApplication.translate("AnnualReport", "Short-course runs starting in the fiscal year"),
        3,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Course"),
            QCoreApplication.translate("AnnualReport", "College"),
            QCoreApplication.translate("AnnualReport", "Starts on"),
            QCoreApplication.translate("AnnualReport", "Trainees"),
            QCoreApplication.translate("AnnualReport", "Completed"),
        ],
        [
            [
                run.course_title,
                run.college_name,
                document.date(run.starts_on, "short"),
                run.trainees,
                run.completed,
            ]
            for run in runs
        ],
        widths=[0.34, 0.3, 0.14, 0.11, 0.11],
        numeric=[3, 4],
        total=[
            QCoreApplication.translate("AnnualReport", "Total"),
            "",
            "",
            sum(run.trainees for run in runs),
            sum(run.completed for run in runs),
        ],
    )
    trainees = _trainee_counts(session, year)
    _college_chart(
        document,
        year,
        {college_id: _int(row[1]) for college_id, row in trainees.items()},
        QCoreApplication.translate("AnnualReport", "Short-course trainees by college"),
        QCoreApplication.translate(
            "AnnualReport",
            "Trainees of the short-course runs starting in the fiscal year (persons)",
        ),
    )
    return True


def _trainee_counts(session: Session, year: _Year) -> dict[int, tuple[Any, ...]]:
    """Per college: short-course runs starting in the year, trainees, students among them
    and those who completed."""
    return _grouped(
        session,
        select(
            ShortCourseRun.college_id,
            func.count(distinct(ShortCourseRun.id)),
            func.count(ShortCourseTrainee.id),
            func.sum(_when(ShortCourseTrainee.category == TraineeCategory.STUDENT)),
            func.sum(_when(ShortCourseTrainee.completed.is_(True))),
        )
        .join(ShortCourseTrainee, ShortCourseTrainee.run_id == ShortCourseRun.id)
        .where(
            ShortCourseRun.starts_on.between(year.first, year.last),
            ShortCourseRun.deleted.is_(False),
            ShortCourseTrainee.deleted.is_(False),
        )
        .group_by(ShortCourseRun.college_id),
    )


def _trainees_by_college(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = _trainee_counts(session, year)
    return _college_table(
        document,
        year,
        QCoreApplication.translate("AnnualReport", "Students trained in short courses by college"),
        [
            QCoreApplication.translate("AnnualReport", "Runs"),
            QCoreApplication.translate("AnnualReport", "Trainees"),
            QCoreApplication.translate("AnnualReport", "Of them students"),
            QCoreApplication.translate("AnnualReport", "Completed"),
        ],
        lambda college_id: [_int(v) for v in rows.get(college_id, (0, 0, 0, 0))],
        widths=[0.44, 0.14, 0.14, 0.14, 0.14],
        numeric=[1, 2, 3, 4],
        only_active=True,
    )


# -- area 4 -------------------------------------------------------------------------------------
def _centers(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = session.execute(
        select(
            CertificationCenter.name,
            CertificationCenter.kind,
            College.name_th,
            CertificationCenter.valid_until,
            CertificationCenter.status,
        )
        .join(College, College.id == CertificationCenter.college_id)
        .where(CertificationCenter.deleted.is_(False))
        .order_by(CertificationCenter.kind, CertificationCenter.name)
    ).all()
    if not rows:
        return False
    kinds = labels.certification_center_kind()
    states = labels.certification_center_status()
    document.heading(
        QCoreApplication.translate("AnnualReport", "Certification and test centers of the network"),
        2,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Center"),
            QCoreApplication.translate("AnnualReport", "Kind"),
            QCoreApplication.translate("AnnualReport", "College"),
            QCoreApplication.translate("AnnualReport", "Valid until"),
            QCoreApplication.translate("AnnualReport", "Status"),
        ],
        [
            [
                name,
                kinds.get(kind, kind),
                college,
                document.date(until, "short"),
                states.get(status, status),
            ]
            for name, kind, college, until, status in rows
        ],
        widths=[0.26, 0.2, 0.24, 0.13, 0.17],
    )
    return True


def _results(session: Session, year: _Year, document: ReportDocument) -> bool:
    results = year_results(session, year.fiscal_year)
    if not results.counts:
        return False
    kinds = labels.certification_center_kind()
    people = labels.person_kind()
    no_center = QCoreApplication.translate("AnnualReport", "No center recorded")
    rows: list[list[Cell]] = [
        [
            kinds.get(count.center_kind, no_center) if count.center_kind else no_center,
            people.get(count.person_kind, count.person_kind),
            count.assessed,
            count.passed,
            document.percent(100.0 * count.passed / count.assessed if count.assessed else None),
        ]
        for count in results.counts
    ]
    document.heading(
        QCoreApplication.translate("AnnualReport", "Certification results of the fiscal year"),
        2,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Center"),
            QCoreApplication.translate("AnnualReport", "Person"),
            QCoreApplication.translate("AnnualReport", "Assessed"),
            QCoreApplication.translate("AnnualReport", "Passed"),
            QCoreApplication.translate("AnnualReport", "Share passed"),
        ],
        rows,
        widths=[0.34, 0.18, 0.16, 0.16, 0.16],
        numeric=[2, 3, 4],
        total=[
            QCoreApplication.translate("AnnualReport", "Total"),
            "",
            results.assessed,
            results.passed,
            document.percent(
                100.0 * results.passed / results.assessed if results.assessed else None
            ),
        ],
    )
    by_kind: dict[CertificationCenterKind | None, list[int]] = {}
    for count in results.counts:
        totals = by_kind.setdefault(count.center_kind, [0, 0])
        totals[0] += count.assessed
        totals[1] += count.passed
    names = [kinds.get(kind, no_center) if kind else no_center for kind in by_kind]
    png = grouped_bar_chart(
        names,
        [
            (
                QCoreApplication.translate("AnnualReport", "Assessed"),
                [float(v[0]) for v in by_kind.values()],
            ),
            (
                QCoreApplication.translate("AnnualReport", "Passed"),
                [float(v[1]) for v in by_kind.values()],
            ),
        ],
        title=QCoreApplication.translate("AnnualReport", "Certification results by kind of center"),
        thai_digits=document.thai_digits,
        horizontal=False,
    )
    document.chart(
        png,
        width_share=0.8,
        caption=QCoreApplication.translate(
            "AnnualReport", "Assessments in the fiscal year (persons)"
        ),
    )
    return True


def _certified_by_college(session: Session, year: _Year, document: ReportDocument) -> bool:
    college = func.coalesce(Student.college_id, Teacher.college_id)
    counts: dict[int, dict[str, int]] = {}
    for college_id, person, number in session.execute(
        select(college, Certification.person_kind, func.count())
        .select_from(Certification)
        .outerjoin(Student, Student.id == Certification.student_id)
        .outerjoin(Teacher, Teacher.id == Certification.teacher_id)
        .where(
            Certification.deleted.is_(False),
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(year.first, year.last),
            college.is_not(None),
        )
        .group_by(college, Certification.person_kind)
    ):
        counts.setdefault(int(college_id), {})[str(person)] = int(number)

    def values(college_id: int) -> list[Cell]:
        found = counts.get(college_id, {})
        cells: list[Cell] = [found.get(kind, 0) for kind in PersonKind]
        return [*cells, sum(found.values())]

    people = labels.person_kind()
    return _college_table(
        document,
        year,
        QCoreApplication.translate("AnnualReport", "Certifications passed by college"),
        [
            *(people[kind] for kind in PersonKind),
            QCoreApplication.translate("AnnualReport", "Total"),
        ],
        values,
        widths=[0.44, 0.14, 0.14, 0.14, 0.14],
        numeric=[1, 2, 3, 4],
        level=2,
    )


# -- area 5 -------------------------------------------------------------------------------------
def _teachers_by_college(session: Session, year: _Year, document: ReportDocument) -> bool:
    live_teacher = Teacher.deleted.is_(False)
    teachers = _grouped(
        session,
        select(Teacher.college_id, func.count()).where(live_teacher).group_by(Teacher.college_id),
    )
    gaps = _grouped(
        session,
        select(Teacher.college_id, func.count(distinct(SkillGap.teacher_id)))
        .join(Teacher, Teacher.id == SkillGap.teacher_id)
        .where(SkillGap.fiscal_year == year.fiscal_year, SkillGap.deleted.is_(False), live_teacher)
        .group_by(Teacher.college_id),
    )
    trained = _grouped(
        session,
        select(Teacher.college_id, func.count(distinct(Enrollment.teacher_id)))
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .where(
            Enrollment.deleted.is_(False),
            Enrollment.completed.is_(True),
            TrainingRun.deleted.is_(False),
            TrainingRun.starts_on.between(year.first, year.last),
        )
        .group_by(Teacher.college_id),
    )
    on_time = and_(
        TeacherInternship.report_received_on.is_not(None),
        DaysBetween(TeacherInternship.ends_on, TeacherInternship.report_received_on)
        <= REPORT_DUE_DAYS,
    )
    internships = _grouped(
        session,
        select(Teacher.college_id, func.count(), func.sum(_when(on_time)))
        .join(Teacher, Teacher.id == TeacherInternship.teacher_id)
        .where(
            TeacherInternship.ends_on.between(year.first, year.last),
            TeacherInternship.deleted.is_(False),
        )
        .group_by(Teacher.college_id),
    )
    certified = _grouped(
        session,
        select(Teacher.college_id, func.count(distinct(Certification.teacher_id)))
        .join(Teacher, Teacher.id == Certification.teacher_id)
        .where(
            Certification.person_kind == PersonKind.TEACHER,
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(year.first, year.last),
            Certification.deleted.is_(False),
        )
        .group_by(Teacher.college_id),
    )

    def values(college_id: int) -> list[Cell]:
        ended, reported = internships.get(college_id, (0, 0))
        return [
            _int(teachers.get(college_id, (0,))[0]),
            _int(gaps.get(college_id, (0,))[0]),
            _int(trained.get(college_id, (0,))[0]),
            _int(ended),
            _int(reported),
            _int(certified.get(college_id, (0,))[0]),
        ]

    shown = _college_table(
        document,
        year,
        QCoreApplication.translate("AnnualReport", "Teacher development by college"),
        [
            QCoreApplication.translate("AnnualReport", "Teachers"),
            QCoreApplication.translate("AnnualReport", "With a skill gap"),
            QCoreApplication.translate("AnnualReport", "Trained"),
            QCoreApplication.translate("AnnualReport", "Internships ended"),
            QCoreApplication.translate("AnnualReport", "Reports on time"),
            QCoreApplication.translate("AnnualReport", "Certified"),
        ],
        values,
        widths=[0.34, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11],
        numeric=[1, 2, 3, 4, 5, 6],
        level=2,
    )
    if shown:
        document.note(
            QCoreApplication.translate(
                "AnnualReport",
                "Trained: completed a training run starting in the fiscal year. Reports on "
                "time: received within {days} days of the internship's end.",
            ).format(days=document.number(REPORT_DUE_DAYS))
        )
        _college_chart(
            document,
            year,
            {college_id: _int(row[0]) for college_id, row in trained.items()},
            QCoreApplication.translate("AnnualReport", "Teachers trained by college"),
            QCoreApplication.translate(
                "AnnualReport", "Teachers who completed training in the fiscal year (persons)"
            ),
        )
    return shown


def _training_runs(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = session.execute(
        select(
            TrainingCourse.title,
            TrainingRun.starts_on,
            TrainingRun.ends_on,
            func.count(Enrollment.id),
            func.sum(_when(Enrollment.completed.is_(True))),
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .outerjoin(
            Enrollment,
            and_(Enrollment.run_id == TrainingRun.id, Enrollment.deleted.is_(False)),
        )
        .where(TrainingRun.starts_on.between(year.first, year.last), TrainingRun.deleted.is_(False))
        .group_by(TrainingRun.id)
        .order_by(TrainingRun.starts_on, TrainingRun.id)
    ).all()
    if not rows:
        return False
    document.heading(
        QCoreApplication.translate("AnnualReport", "Teacher-training runs of the fiscal year"),
        3,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "Course"),
            QCoreApplication.translate("AnnualReport", "Dates"),
            QCoreApplication.translate("AnnualReport", "Enrolled"),
            QCoreApplication.translate("AnnualReport", "Completed"),
        ],
        [
            [
                title,
                QCoreApplication.translate("AnnualReport", "{first} to {last}").format(
                    first=document.date(starts, "short"), last=document.date(ends, "short")
                ),
                _int(enrolled),
                _int(done),
            ]
            for title, starts, ends, enrolled, done in rows
        ],
        widths=[0.46, 0.28, 0.13, 0.13],
        numeric=[2, 3],
        total=[
            QCoreApplication.translate("AnnualReport", "Total"),
            "",
            sum(_int(row[3]) for row in rows),
            sum(_int(row[4]) for row in rows),
        ],
    )
    return True


# -- area 6 -------------------------------------------------------------------------------------
def _placements_by_college(session: Session, year: _Year, document: ReportDocument) -> bool:
    placements = _grouped(
        session,
        select(
            Placement.college_id,
            func.sum(_when(Placement.mode == PlacementMode.INTERNSHIP)),
            func.sum(_when(Placement.mode == PlacementMode.DUAL)),
            func.sum(_when(Placement.mode == PlacementMode.WBL)),
            func.count(),
            func.count(distinct(Placement.student_id)),
        )
        .where(Placement.starts_on.between(year.first, year.last), Placement.deleted.is_(False))
        .group_by(Placement.college_id),
    )
    safety = {share.college_id: share for share in safety_kpi(session, year.fiscal_year).colleges}

    def values(college_id: int) -> list[Cell]:
        counts = [_int(v) for v in placements.get(college_id, (0, 0, 0, 0, 0))]
        share = safety.get(college_id)
        safe = share.share_without_incident if share is not None else None
        return [*counts, document.percent(safe) if safe is not None else "-"]

    modes = labels.placement_mode()
    shown = _college_table(
        document,
        year,
        QCoreApplication.translate("AnnualReport", "Placements in enterprises by college"),
        [
            modes[PlacementMode.INTERNSHIP],
            modes[PlacementMode.DUAL],
            modes[PlacementMode.WBL],
            QCoreApplication.translate("AnnualReport", "Placements"),
            QCoreApplication.translate("AnnualReport", "Students"),
            QCoreApplication.translate("AnnualReport", "Safe"),
        ],
        values,
        widths=[0.3, 0.12, 0.12, 0.12, 0.11, 0.11, 0.12],
        numeric=[1, 2, 3, 4, 5, 6],
    )
    if not shown:
        return False
    document.note(
        QCoreApplication.translate(
            "AnnualReport",
            "Placements starting in the fiscal year. Safe: share of the students placed "
            "(not withdrawn) without an incident.",
        )
    )
    active = [(cid, name) for cid, name in year.colleges if cid in placements]
    png = grouped_bar_chart(
        [name for _cid, name in active],
        [
            (modes[mode], [float(_int(placements[cid][column])) for cid, _name in active])
            for column, mode in enumerate(PlacementMode)
        ],
        title=QCoreApplication.translate("AnnualReport", "Placements by college and mode"),
        thai_digits=document.thai_digits,
        stacked=True,
    )
    document.chart(
        png,
        caption=QCoreApplication.translate(
            "AnnualReport", "Placements starting in the fiscal year"
        ),
    )
    return True


def _final_year_by_college(session: Session, year: _Year, document: ReportDocument) -> bool:
    final_year = _grouped(
        session,
        select(Student.college_id, func.count())
        .where(final_year_condition())
        .group_by(Student.college_id),
    )
    certified = _grouped(
        session,
        select(Student.college_id, func.count(distinct(Certification.student_id)))
        .join(Student, Student.id == Certification.student_id)
        .where(
            final_year_condition(),
            Certification.deleted.is_(False),
            Certification.person_kind.in_([PersonKind.STUDENT, PersonKind.GRADUATE]),
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(year.first, year.last),
        )
        .group_by(Student.college_id),
    )

    def values(college_id: int) -> list[Cell]:
        students = _int(final_year.get(college_id, (0,))[0])
        passed = _int(certified.get(college_id, (0,))[0])
        share = document.percent(100.0 * passed / students) if students else "-"
        return [students, passed, share]

    return _college_table(
        document,
        year,
        QCoreApplication.translate("AnnualReport", "Final-year students certified by college"),
        [
            QCoreApplication.translate("AnnualReport", "Final-year students"),
            QCoreApplication.translate("AnnualReport", "Certified"),
            QCoreApplication.translate("AnnualReport", "Share"),
        ],
        values,
        widths=[0.52, 0.16, 0.16, 0.16],
        numeric=[1, 2, 3],
    )


# -- area 7 -------------------------------------------------------------------------------------
def _sar_by_college(session: Session, year: _Year, document: ReportDocument) -> bool:
    reports = _grouped(
        session,
        select(
            SelfAssessment.college_id,
            func.max(SelfAssessment.received_on),
            func.avg(IndicatorScore.score),
        )
        .outerjoin(
            IndicatorScore,
            and_(
                IndicatorScore.self_assessment_id == SelfAssessment.id,
                IndicatorScore.deleted.is_(False),
            ),
        )
        .where(SelfAssessment.fiscal_year == year.fiscal_year, SelfAssessment.deleted.is_(False))
        .group_by(SelfAssessment.college_id),
    )
    if not reports:
        return False
    not_received = QCoreApplication.translate("AnnualReport", "Not received")

    def row(college_id: int) -> list[Cell]:
        received, score = reports.get(college_id, (None, None))
        return [
            document.date(received, "short") if received else not_received,
            document.number(float(score), 2) if score is not None else "-",
        ]

    rows: list[list[Cell]] = [[name, *row(cid)] for cid, name in year.colleges]
    document.heading(
        QCoreApplication.translate("AnnualReport", "Self-assessment reports by college"),
        3,
    )
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "College"),
            QCoreApplication.translate("AnnualReport", "Received on"),
            QCoreApplication.translate("AnnualReport", "Mean indicator score"),
        ],
        rows,
        widths=[0.56, 0.22, 0.22],
        numeric=[2],
    )
    return True


def _recommendations(session: Session, year: _Year, document: ReportDocument) -> bool:
    rows = session.execute(
        select(
            PolicyRecommendation.title, PolicyRecommendation.status, PolicyRecommendation.sent_on
        )
        .where(
            PolicyRecommendation.fiscal_year == year.fiscal_year,
            PolicyRecommendation.deleted.is_(False),
        )
        .order_by(PolicyRecommendation.id)
    ).all()
    if not rows:
        return False
    states = labels.recommendation_status()
    document.heading(QCoreApplication.translate("AnnualReport", "Policy recommendations"), 3)
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "No."),
            QCoreApplication.translate("AnnualReport", "Recommendation"),
            QCoreApplication.translate("AnnualReport", "Status"),
            QCoreApplication.translate("AnnualReport", "Sent on"),
        ],
        [
            [index, title, states.get(status, status), document.date(sent, "short")]
            for index, (title, status, sent) in enumerate(rows, start=1)
        ],
        widths=[0.07, 0.55, 0.22, 0.16],
        numeric=[0],
    )
    return True


def _extras() -> dict[str, tuple[Extra, ...]]:
    """The tables and charts shown under each activity (after its figures) or, keyed by an
    area's code, after the area's last activity."""
    return {
        "1.1": (_meetings,),
        "1.2": (_demand,),
        "1.3": (_matching,),
        "1.4": (_knowledge_bank,),
        "2.1": (_plans,),
        "2.2": (_projects,),
        "3.1": (_curricula,),
        "3.2": (_short_courses,),
        "4": (_centers, _results, _certified_by_college),
        "5.3": (_training_runs,),
        "5": (_teachers_by_college,),
        "6.2": (_placements_by_college,),
        "6.3": (_trainees_by_college,),
        "6.4": (_final_year_by_college,),
        "7.1": (_sar_by_college,),
        "7.2": (_recommendations,),
    }


# -- appendix: each college's targets ----------------------------------------------------------
APPENDIX_PARTS = (("1", "3"), ("4", "4"), ("5", "5"), ("6", "7"))
"""The areas of each table of the appendix (at most six targets a table, so "▼ 100%" fits
in a column)."""
NOT_MET_MARK = "▼"
SHADES = {
    KpiStatus.MET: "#d9ead3",
    KpiStatus.AT_RISK: "#fce5cd",
    KpiStatus.NOT_MET: "#f4cccc",
    KpiStatus.NO_DATA: "#ffffff",
}


def _appendix(session: Session, year: _Year, document: ReportDocument, day: date) -> None:
    """Each network college's value of every target it can be judged on (the targets of the
    center as a whole are left out), shaded by status: one table per group of areas."""
    document.page_break()
    document.heading(
        QCoreApplication.translate("AnnualReport", "Appendix: results of each network college")
    )
    if not year.colleges or not year_has_records(session, year.fiscal_year):
        document.no_data(
            QCoreApplication.translate(
                "AnnualReport", "Nothing was recorded for the network colleges in the fiscal year."
            )
        )
        return
    cards = {
        college_id: [
            result
            for result in scorecard(session, year.fiscal_year, college_id, today=day).results
            if result.target_id not in NETWORK_ONLY
        ]
        for college_id, _name in year.colleges
    }
    targets = next(iter(cards.values()))
    document.paragraph(
        QCoreApplication.translate(
            "AnnualReport",
            "Each cell is the college's value of the target numbered in the column's heading, "
            "shaded by its status: green met, orange at risk, red not met (also marked "
            '{mark}); "-" no data.',
        ).format(mark=NOT_MET_MARK)
    )
    for first, last in APPENDIX_PARTS:
        columns = [index for index, t in enumerate(targets) if first <= t.area <= last]
        if not columns:
            continue
        if first == last:
            title = _area_title(document, first)
        else:
            title = QCoreApplication.translate("AnnualReport", "Areas {first} to {last}").format(
                first=first, last=last
            )
        document.heading(title, 2)
        document.table(
            [
                QCoreApplication.translate("AnnualReport", "No."),
                QCoreApplication.translate("AnnualReport", "Activity"),
                QCoreApplication.translate("AnnualReport", "Target"),
                QCoreApplication.translate("AnnualReport", "Goal"),
            ],
            [
                [
                    number,
                    targets[index].activity,
                    targets[index].title,
                    goal_text(document, targets[index]),
                ]
                for number, index in enumerate(columns, start=1)
            ],
            widths=[0.07, 0.1, 0.65, 0.18],
            numeric=[0],
        )
        _matrix(document, year, cards, columns)


def _matrix(
    document: ReportDocument,
    year: _Year,
    cards: dict[int, list[TargetResult]],
    columns: Sequence[int],
) -> None:
    """Colleges down, the ``columns`` targets across, each cell shaded by its status."""
    rows: list[list[Cell]] = []
    shading: list[tuple[Any, ...]] = []
    for row, (college_id, name) in enumerate(year.colleges, start=1):
        results = [cards[college_id][index] for index in columns]
        rows.append([name, *(_cell_value(document, result) for result in results)])
        for column, result in enumerate(results, start=1):
            shading.append(
                ("BACKGROUND", (column, row), (column, row), colors.HexColor(SHADES[result.status]))
            )
    share = 0.7 / len(columns)
    document.table(
        [
            QCoreApplication.translate("AnnualReport", "College"),
            *(document.digits(str(n)) for n in range(1, len(columns) + 1)),
        ],
        rows,
        widths=[0.3, *([share] * len(columns))],
        numeric=list(range(1, len(columns) + 1)),
    )
    _shade_last_table(document, shading)


def _cell_value(document: ReportDocument, result: TargetResult) -> str:
    """A value short enough for a narrow column (12 / 85% / yes), marked ▼ when the
    target is not met (the mark survives a black-and-white print)."""
    value = result.value
    if value is None:
        return "-"
    if result.unit == "flag":
        text = (
            QCoreApplication.translate("AnnualReport", "Yes")
            if value >= 1
            else QCoreApplication.translate("AnnualReport", "No")
        )
    elif result.unit == "percent":
        text = document.percent(value, 0)
    else:
        text = document.number(value, 0 if float(value).is_integer() else 1)
    return f"{NOT_MET_MARK} {text}" if result.status is KpiStatus.NOT_MET else text


def _shade_last_table(document: ReportDocument, commands: Sequence[tuple[Any, ...]]) -> None:
    """Add style ``commands`` (cell backgrounds) to the table ``document.table`` just made."""
    for item in reversed(document.story):
        if isinstance(item, Table):
            item.setStyle(TableStyle(list(commands)))
            return


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="annual",
        title=lambda: QCoreApplication.translate("AnnualReport", "Operations report"),
        build=build,
        needs=frozenset({Need.FISCAL_YEAR}),
        description=lambda: QCoreApplication.translate(
            "AnnualReport",
            "The center's annual operations report: the figures of every area of the manual "
            "with tables per network college, charts and the targets met and not met.",
        ),
    ),
)
