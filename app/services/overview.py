"""What the database holds for one fiscal year, per area and activity of the CVM manual.

Every figure is one SQL aggregate over the live rows (tombstones excluded); date figures use
range predicates on indexed date columns (``starts_on BETWEEN first_day AND last_day``), so a
database with a million placements answers in well under a second. Figures are plain data:
their labels are looked up (translated) when they are shown, so a language switch needs no
new query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    distinct,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.models import (
    Agreement,
    Certification,
    CertificationCenter,
    College,
    Curriculum,
    Enrollment,
    Enterprise,
    Incident,
    KnowledgeBankComponent,
    Meeting,
    Placement,
    Plan,
    PlanActivity,
    PolicyRecommendation,
    ReportDispatch,
    SafetyBriefing,
    SelfAssessment,
    ShortCourse,
    ShortCourseRun,
    ShortCourseTrainee,
    SkillGap,
    SupplyPlan,
    Teacher,
    TeacherInternship,
    TrainingCourse,
    TrainingRun,
    WorkforceDemand,
)
from app.models.base import SyncedBase
from app.models.enums import (
    BriefingKind,
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    CollegeGroupCode,
    ComponentStatus,
    IncidentKind,
    MeetingKind,
    PersonKind,
    PlacementMode,
    PlanKind,
    RecommendationStatus,
    RevisionStatus,
    SentReportKind,
    TraineeCategory,
    WorkStatus,
)
from app.services.certification import final_year_share
from app.services.overview_labels import figure_label
from app.services.reference_data import activities
from app.services.safety import safety_kpi
from app.services.short_course_targets import short_course_targets
from app.services.thai.fiscal import current_fiscal_year, fiscal_year_of, fiscal_year_range
from app.services.training import teachers_trained

REPORT_DUE_DAYS = 15
"""A teacher's internship report is due within this many days after the internship ends."""

YEARS_BACK = 30
YEARS_AHEAD = 10


# -- data ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """One count of an activity; ``total`` makes it "value of total"."""

    key: str
    value: int
    total: int | None = None
    target_id: str | None = None
    met: bool | None = None
    """Whether the linked target of activities.json is reached (None: nothing to judge yet)."""

    @property
    def label(self) -> str:
        return figure_label(self.key)

    @property
    def percent(self) -> float | None:
        if self.total is None or self.total <= 0:
            return None
        return 100.0 * self.value / self.total


@dataclass(frozen=True)
class ActivityOverview:
    code: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class AreaOverview:
    code: str
    fiscal_year: int
    activities: tuple[ActivityOverview, ...]

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for a in self.activities for f in a.figures)

    def figure(self, key: str) -> Figure:
        for candidate in self.figures:
            if candidate.key == key:
                return candidate
        raise KeyError(key)

    @property
    def targets_judged(self) -> int:
        return sum(1 for f in self.figures if f.met is not None)

    @property
    def targets_met(self) -> int:
        return sum(1 for f in self.figures if f.met)


# -- labels -------------------------------------------------------------------------------
# -- SQL helpers --------------------------------------------------------------------------
class DaysBetween(FunctionElement[int]):
    """Whole days from the first date to the second (portable: SQLite and PostgreSQL)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(DaysBetween, "sqlite")
def _days_between_sqlite(element: DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    first, second = list(element.clauses)
    return (
        f"CAST(julianday({compiler.process(second, **kw)})"
        f" - julianday({compiler.process(first, **kw)}) AS INTEGER)"
    )


@compiles(DaysBetween)
def _days_between_default(element: DaysBetween, compiler: SQLCompiler, **kw: Any) -> str:
    first, second = list(element.clauses)
    return f"({compiler.process(second, **kw)} - {compiler.process(first, **kw)})"


def _live(*models: type[SyncedBase]) -> ColumnElement[bool]:
    return and_(*(model.deleted.is_(False) for model in models))


def _int(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def _row(session: Session, query: Select[Any]) -> tuple[int, ...]:
    row = session.execute(query).one()
    return tuple(int(value or 0) for value in row)


def _count_by(session: Session, query: Select[Any]) -> dict[Any, int]:
    return {key: int(count) for key, count in session.execute(query).all()}


def _when(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """1 where ``condition`` holds, else 0 (sum it to count)."""
    return case((condition, 1), else_=0)


def _targets() -> dict[str, dict[str, Any]]:
    return {
        target["id"]: target
        for area in activities()["areas"]
        for activity in area["activities"]
        for target in activity.get("targets", [])
    }


def _judge(figure: Figure, mode: str, targets: dict[str, dict[str, Any]]) -> Figure:
    """Fill ``met`` from the linked target: "count" (value >= target), "share" (percent >=
    target), "all" (value reaches total), "exists" (at least one), "none" (nothing at all)."""
    target = targets.get(figure.target_id or "")
    met: bool | None
    if mode == "all":
        met = None if not figure.total else figure.value >= figure.total
    elif mode == "none":
        met = figure.value == 0
    elif mode == "exists":
        met = figure.value >= 1
    elif mode == "share":
        percent = figure.percent
        wanted = float(target["value"]) if target else 100.0
        met = None if percent is None else percent >= wanted
    else:
        wanted = float(target["value"]) if target else 1.0
        met = figure.value >= wanted
    return Figure(figure.key, figure.value, figure.total, figure.target_id, met)


# -- the overview -------------------------------------------------------------------------
def area_overview(session: Session, fiscal_year_be: int) -> list[AreaOverview]:
    """The figures of each of the manual's seven areas for B.E. fiscal year ``fiscal_year_be``."""
    first, last = fiscal_year_range(fiscal_year_be)
    fy = fiscal_year_be
    targets = _targets()
    figures: dict[str, list[Figure]] = {}

    def add(
        code: str,
        key: str,
        value: int,
        total: int | None = None,
        *,
        target: str | None = None,
        mode: str = "count",
    ) -> None:
        figure = Figure(f"{code}.{key}", value, total, target)
        if target is not None:
            figure = _judge(figure, mode, targets)
        figures.setdefault(code, []).append(figure)

    colleges = _int(session, select(func.count()).select_from(College).where(_live(College)))
    teachers = _int(session, select(func.count()).select_from(Teacher).where(_live(Teacher)))

    # 1.1 meetings of the year by kind
    meetings = _count_by(
        session,
        select(Meeting.kind, func.count())
        .where(Meeting.held_on.between(first, last), _live(Meeting))
        .group_by(Meeting.kind),
    )
    add("1.1", "exec_meetings", meetings.get(MeetingKind.EXECUTIVE, 0), target="1.1.exec_meetings")
    add(
        "1.1",
        "director_meetings",
        meetings.get(MeetingKind.DIRECTORS, 0),
        target="1.1.director_meetings",
    )
    add(
        "1.1",
        "enterprise_meetings",
        meetings.get(MeetingKind.ENTERPRISES, 0),
        target="1.1.enterprise_meetings",
    )

    # 1.2 enterprises with demand for the year, positions demanded
    enterprises = _int(
        session, select(func.count()).select_from(Enterprise).where(_live(Enterprise))
    )
    demanding, positions = _row(
        session,
        select(
            func.count(distinct(WorkforceDemand.enterprise_id)),
            func.sum(WorkforceDemand.positions),
        ).where(WorkforceDemand.fiscal_year == fy, _live(WorkforceDemand)),
    )
    add("1.2", "enterprises", demanding, enterprises, target="1.2.enterprises")
    add("1.2", "positions", positions)
    sent_reports = _count_by(
        session,
        select(ReportDispatch.kind, func.count())
        .where(ReportDispatch.fiscal_year == fy, _live(ReportDispatch))
        .group_by(ReportDispatch.kind),
    )
    add(
        "1.2",
        "report_sent",
        sent_reports.get(SentReportKind.ENTERPRISE_SUMMARY, 0),
        target="1.2.report",
        mode="exists",
    )

    # 1.3 agreements in force during the year, colleges matched, planned intake
    in_force = and_(
        Agreement.signed_on <= last,
        or_(Agreement.expires_on.is_(None), Agreement.expires_on >= first),
        _live(Agreement),
    )
    agreements = _int(session, select(func.count()).select_from(Agreement).where(in_force))
    matched = _int(
        session,
        select(func.count(distinct(Agreement.college_id)))
        .join(College, College.id == Agreement.college_id)
        .where(in_force, _live(College)),
    )
    intake = _int(
        session,
        select(func.sum(SupplyPlan.planned_intake)).where(
            SupplyPlan.fiscal_year == fy, _live(SupplyPlan)
        ),
    )
    add("1.3", "agreements", agreements)
    add("1.3", "colleges_matched", matched, colleges, target="1.3.colleges_matched", mode="share")
    add("1.3", "planned_intake", intake)
    add(
        "1.3",
        "report_sent",
        sent_reports.get(SentReportKind.MATCHING, 0),
        target="1.3.report",
        mode="exists",
    )

    # 1.4 knowledge-bank components in place at the host college(s)
    hosts = _int(
        session,
        select(func.count())
        .select_from(College)
        .where(College.group == CollegeGroupCode.CVM, _live(College)),
    )
    components_in_place = (
        select(KnowledgeBankComponent.college_id, KnowledgeBankComponent.component)
        .join(College, College.id == KnowledgeBankComponent.college_id)
        .where(
            KnowledgeBankComponent.status == ComponentStatus.IN_PLACE,
            College.group == CollegeGroupCode.CVM,
            _live(KnowledgeBankComponent, College),
        )
        .distinct()
        .subquery()
    )
    in_place = _int(session, select(func.count()).select_from(components_in_place))
    add("1.4", "components", in_place, 4 * hosts, target="1.4.components", mode="all")

    # 2.1 / 2.2 plans covering the year, activities due in the year and done
    plans = _count_by(
        session,
        select(Plan.kind, func.count())
        .where(Plan.first_fy <= fy, Plan.last_fy >= fy, _live(Plan))
        .group_by(Plan.kind),
    )
    five_year_sent = _int(
        session,
        select(func.count())
        .select_from(Plan)
        .where(
            Plan.kind == PlanKind.FIVE_YEAR,
            Plan.first_fy <= fy,
            Plan.last_fy >= fy,
            Plan.sent_on.is_not(None),
            _live(Plan),
        ),
    )
    due, done = _row(
        session,
        select(func.count(), func.sum(_when(PlanActivity.status == WorkStatus.DONE))).where(
            PlanActivity.due_on.between(first, last),
            PlanActivity.status != WorkStatus.CANCELLED,
            _live(PlanActivity),
        ),
    )
    add("2.1", "plans", plans.get(PlanKind.FIVE_YEAR, 0))
    add("2.1", "plans_sent", five_year_sent, target="2.1.plan", mode="exists")
    add("2.2", "plans", plans.get(PlanKind.ANNUAL, 0), target="2.2.plan", mode="exists")
    add("2.2", "activities_done", done, due, target="2.2.progress", mode="share")

    # 3.1 curricula by revision status; 3.2 short courses and trainees of the year
    curricula = _count_by(
        session,
        select(Curriculum.revision_status, func.count())
        .where(_live(Curriculum))
        .group_by(Curriculum.revision_status),
    )
    add(
        "3.1",
        "approved",
        curricula.get(RevisionStatus.APPROVED, 0),
        target="3.1.revised",
        mode="exists",
    )
    add(
        "3.1",
        "revising",
        curricula.get(RevisionStatus.REVISING, 0) + curricula.get(RevisionStatus.SUBMITTED, 0),
    )
    short_courses = _int(
        session, select(func.count()).select_from(ShortCourse).where(_live(ShortCourse))
    )
    trainees, student_trainees = _row(
        session,
        select(
            func.count(),
            func.sum(_when(ShortCourseTrainee.category == TraineeCategory.STUDENT)),
        )
        .select_from(ShortCourseTrainee)
        .join(ShortCourseRun, ShortCourseRun.id == ShortCourseTrainee.run_id)
        .where(
            ShortCourseRun.starts_on.between(first, last), _live(ShortCourseTrainee, ShortCourseRun)
        ),
    )
    add("3.2", "courses", short_courses)
    add("3.2", "trainees", trainees, target="3.2.trainees")
    runs = short_course_targets(session, fy).runs
    add("3.2", "runs_at_target", sum(run.met for run in runs), len(runs))

    # 4.1-4.3 certification centers by kind and certifications passed in the year
    accredited = _count_by(
        session,
        select(CertificationCenter.kind, func.count())
        .where(
            CertificationCenter.status == CertificationCenterStatus.ACCREDITED,
            _live(CertificationCenter),
        )
        .group_by(CertificationCenter.kind),
    )
    passed = _count_by(
        session,
        select(CertificationCenter.kind, func.count())
        .select_from(Certification)
        .join(CertificationCenter, CertificationCenter.id == Certification.certification_center_id)
        .where(
            Certification.assessed_on.between(first, last),
            Certification.result == CertificationResult.PASSED,
            _live(Certification),
        )
        .group_by(CertificationCenter.kind),
    )
    for code, kind in (
        ("4.1", CertificationCenterKind.TPQI),
        ("4.2", CertificationCenterKind.DSD),
        ("4.3", CertificationCenterKind.INTERNATIONAL),
    ):
        add(code, "centers", accredited.get(kind, 0), target=f"{code}.center")
        add(code, "certified", passed.get(kind, 0), target=f"{code}.certified")

    # 5.1 skill gaps; 5.2 training curricula; 5.3 teachers trained in the year
    with_gap = _int(
        session,
        select(func.count(distinct(SkillGap.teacher_id))).where(
            SkillGap.fiscal_year == fy, _live(SkillGap)
        ),
    )
    add("5.1", "teachers_with_gap", with_gap, teachers, target="5.1.plan", mode="all")
    courses = _int(
        session, select(func.count()).select_from(TrainingCourse).where(_live(TrainingCourse))
    )
    add("5.2", "courses", courses, target="5.2.curricula")
    trained = (
        select(func.count(distinct(Enrollment.teacher_id)))
        .select_from(Enrollment)
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .where(
            TrainingRun.starts_on.between(first, last),
            Enrollment.completed.is_(True),
            _live(Enrollment, TrainingRun),
        )
    )
    by_group = teachers_trained(session, fy)
    add("5.3", "trained", by_group.total, target="5.3.trained")
    for group, count in by_group.by_group:
        add("5.3", f"trained_{group.value}", count)

    # 5.4 teacher internships ending in the year, reports on time, incidents
    ended, on_time = _row(
        session,
        select(
            func.count(),
            func.sum(
                _when(
                    and_(
                        TeacherInternship.report_received_on.is_not(None),
                        DaysBetween(TeacherInternship.ends_on, TeacherInternship.report_received_on)
                        <= REPORT_DUE_DAYS,
                    )
                )
            ),
        ).where(TeacherInternship.ends_on.between(first, last), _live(TeacherInternship)),
    )
    add("5.4", "internships", ended)
    add("5.4", "reports_on_time", on_time, ended, target="5.4.reports_on_time", mode="share")
    internship_incidents = _int(
        session,
        select(func.count())
        .select_from(Incident)
        .where(
            Incident.internship_id.is_not(None),
            Incident.occurred_on.between(first, last),
            _live(Incident),
        ),
    )
    add("5.4", "incidents", internship_incidents, target="5.4.safety", mode="none")

    # 5.5 teachers certified in the year
    teachers_certified = _int(
        session,
        select(func.count(distinct(Certification.teacher_id))).where(
            Certification.person_kind == PersonKind.TEACHER,
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(first, last),
            _live(Certification),
        ),
    )
    add("5.5", "certified", teachers_certified, target="5.5.certified")

    # 6.1 / 6.2 placements starting in the year
    # One pass over the year's placements (starts_on index) for all four placement figures.
    briefed_before = exists().where(
        SafetyBriefing.student_id == Placement.student_id,
        SafetyBriefing.kind == BriefingKind.SAFETY_TRAINING,
        SafetyBriefing.held_on <= Placement.starts_on,
        _live(SafetyBriefing),
    )
    placements, students_placed, wbl, oriented = _row(
        session,
        select(
            func.count(),
            func.count(distinct(Placement.student_id)),
            func.sum(_when(Placement.mode == PlacementMode.WBL)),
            func.sum(_when(briefed_before)),
        ).where(Placement.starts_on.between(first, last), _live(Placement)),
    )
    wbl_teachers = _int(
        session,
        trained.join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id).where(
            TrainingCourse.is_wbl.is_(True)
        ),
    )
    incidents = _count_by(
        session,
        select(Incident.kind, func.count())
        .where(
            Incident.placement_id.is_not(None),
            Incident.occurred_on.between(first, last),
            _live(Incident),
        )
        .group_by(Incident.kind),
    )
    add("6.1", "placements", wbl)
    add("6.1", "teachers", wbl_teachers, target="6.1.teachers")
    add("6.2", "placements", placements)
    add("6.2", "students", students_placed)
    add("6.2", "oriented", oriented, placements, target="6.2.orientation", mode="share")
    add("6.2", "incidents", sum(incidents.values()))
    add("6.2", "accidents", incidents.get(IncidentKind.ACCIDENT, 0))
    # The manual's safety target: placed students without an incident (the safety page's KPI).
    safety = safety_kpi(session, fy).network
    add(
        "6.2",
        "safe_students",
        safety.placed - safety.with_incident,
        safety.placed,
        target="6.2.safety",
        mode="share",
    )

    # 6.3 students in short courses; 6.4 students and graduates certified in the year
    add("6.3", "students", student_trainees, target="6.3.students")
    # Final-year students (ปวช.3, ปวส.2) and those of them certified in the year.
    final_year = final_year_share(session, fy)
    add(
        "6.4",
        "certified",
        final_year.certified,
        final_year.final_year,
        target="6.4.certified",
        mode="share",
    )

    # 7.1 self-assessment reports received; 7.2 policy recommendations
    sars = _int(
        session,
        select(func.count(distinct(SelfAssessment.college_id)))
        .join(College, College.id == SelfAssessment.college_id)
        .where(
            SelfAssessment.fiscal_year == fy,
            SelfAssessment.received_on.is_not(None),
            _live(SelfAssessment, College),
        ),
    )
    add("7.1", "sar", sars, colleges, target="7.1.sar", mode="share")
    recommendations, sent = _row(
        session,
        select(
            func.count(),
            func.sum(
                _when(
                    PolicyRecommendation.status.in_(
                        [RecommendationStatus.SENT, RecommendationStatus.ACKNOWLEDGED]
                    )
                )
            ),
        ).where(PolicyRecommendation.fiscal_year == fy, _live(PolicyRecommendation)),
    )
    add("7.2", "recommendations", recommendations)
    add("7.2", "sent", sent, target="7.2.report", mode="exists")

    return [
        AreaOverview(
            code=area["code"],
            fiscal_year=fy,
            activities=tuple(
                ActivityOverview(activity["code"], tuple(figures.get(activity["code"], [])))
                for activity in area["activities"]
            ),
        )
        for area in activities()["areas"]
    ]


# -- the fiscal-year selector -------------------------------------------------------------
def _date_bounds() -> Iterable[Any]:
    return (
        Meeting.held_on,
        Placement.starts_on,
        Certification.assessed_on,
        TrainingRun.starts_on,
        ShortCourseRun.starts_on,
        TeacherInternship.starts_on,
        Agreement.signed_on,
        Incident.occurred_on,
        PlanActivity.due_on,
    )


def _year_bounds() -> Iterable[Any]:
    return (
        WorkforceDemand.fiscal_year,
        SupplyPlan.fiscal_year,
        SelfAssessment.fiscal_year,
        PolicyRecommendation.fiscal_year,
        SkillGap.fiscal_year,
    )


def fiscal_years_with_data(session: Session, today: date | None = None) -> list[int]:
    """The B.E. fiscal years from the earliest to the latest record, plus the current year.

    Cheap: ``min``/``max`` of indexed columns only. Years further than 30 back or 10 ahead of
    the current one (typing slips such as 2099) are left out.
    """
    current = current_fiscal_year(today)
    years: set[int] = {current}
    values: list[Any] = []
    for column in (*_date_bounds(), *_year_bounds(), Plan.first_fy, Plan.last_fy):
        # One aggregate per query: SQLite answers a lone min() or max() from the index.
        values.append(session.scalar(select(func.min(column))))
        values.append(session.scalar(select(func.max(column))))
    for value in values:
        if isinstance(value, date):
            years.add(fiscal_year_of(value))
        elif value is not None:
            years.add(int(value))
    years = {y for y in years if current - YEARS_BACK <= y <= current + YEARS_AHEAD}
    return list(range(min(years), max(years) + 1))
