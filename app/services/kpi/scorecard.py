"""The KPI scorecard: every target of activities.json, its live value and its status.

Network scope reads the figures of :func:`app.services.overview.area_overview` (their
``target_id`` links). College scope counts the same records of one network college; the
targets that belong to the center as a whole have no college value and show "no data"
there (:data:`NETWORK_ONLY`), never a false "met".

Status of a target for a fiscal year:

* ``NO_DATA`` - nothing the target counts exists: the year holds no record at all (of any
  kind), a share's denominator is empty (no placements, no teachers ...), or the program
  does not compute the target yet;
* ``MET`` - the value reaches the goal (``>=``; an ``exists`` target: the record exists);
* ``AT_RISK`` - not reached, the year is not over yet and the value is on pace: at least
  the goal times the share of the year's days gone by (whole numbers for a count, rounded
  down; an ``exists`` target is at risk until the year ends; a year not begun yet is at
  risk);
* ``NOT_MET`` - otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, distinct, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Agreement,
    Certification,
    CertificationCenter,
    College,
    Enrollment,
    Incident,
    KnowledgeBankComponent,
    Meeting,
    Placement,
    PlanActivity,
    PolicyRecommendation,
    Project,
    ReportDispatch,
    SafetyBriefing,
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
    BriefingKind,
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    ComponentStatus,
    MeetingKind,
    PersonKind,
    PlanKind,
    RevisionStatus,
    TraineeCategory,
    WorkStatus,
)
from app.services.final_year import final_year_condition
from app.services.kpi.catalogue import (
    OP_EXISTS,
    UNIT_COUNT,
    UNIT_FLAG,
    UNIT_PERCENT,
    CatalogueTarget,
    EffectiveTarget,
    targets_for,
)
from app.services.kpi.page_links import DISPATCH_PAGE, PAGE_LINKS, SAR_PAGE
from app.services.overview import REPORT_DUE_DAYS, DaysBetween, Figure, area_overview
from app.services.thai.fiscal import fiscal_year_range

KNOWLEDGE_COMPONENTS = 4

NETWORK_ONLY: frozenset[str] = frozenset(
    {
        "1.1.exec_meetings",
        "1.1.director_meetings",
        "1.1.enterprise_meetings",
        "1.2.enterprises",
        "1.2.report",
        "1.3.report",
        "2.1.plan",
        "2.2.plan",
        "3.1.revised",
        "5.2.curricula",
        "7.2.report",
    }
)
"""Targets of the center as a whole: no value for one college."""


class KpiStatus(StrEnum):
    MET = "met"
    AT_RISK = "at_risk"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class TargetResult:
    target_id: str
    area: str
    activity: str
    title: str
    """Translated (Thai UI: the Thai title of activities.json; English: its ``en``)."""
    op: str
    goal: float
    overridden: bool
    value: float | None
    """The live value (a count, or a percent when ``unit == "percent"``; 1/0 for a flag)."""
    numerator: int | None
    denominator: int | None
    unit: str
    """``"count"`` | ``"percent"`` | ``"flag"``."""
    status: KpiStatus
    list_kind: str | None
    """The list holding the records behind the figure (a ListKind value)."""
    list_filters: dict[str, object]
    """``ListFilters(**list_filters)`` opens them."""


@dataclass(frozen=True)
class Scorecard:
    fiscal_year: int
    college_id: int | None
    results: tuple[TargetResult, ...]

    def by_area(self) -> dict[str, tuple[TargetResult, ...]]:
        """The results per area code ("1" .. "7"), in the manual's order."""
        areas: dict[str, list[TargetResult]] = {}
        for result in self.results:
            areas.setdefault(result.area, []).append(result)
        return {code: tuple(results) for code, results in areas.items()}

    def result(self, target_id: str) -> TargetResult:
        for candidate in self.results:
            if candidate.target_id == target_id:
                return candidate
        raise KeyError(target_id)


@dataclass(frozen=True)
class Measure:
    """What a target counts: ``numerator`` of ``denominator`` (None: not a share)."""

    numerator: int
    denominator: int | None = None


# -- status -------------------------------------------------------------------------------
def judge(
    value: float | None, goal: float, op: str, unit: str, fiscal_year: int, today: date
) -> KpiStatus:
    """The status of a value against its goal on ``today`` (rule: see the module docstring)."""
    if value is None:
        return KpiStatus.NO_DATA
    reached = value >= goal if op in (">=", OP_EXISTS) else value <= goal
    if reached:
        return KpiStatus.MET
    first, last = fiscal_year_range(fiscal_year)
    if today > last or op == "<=":
        return KpiStatus.NOT_MET
    if today < first or unit == UNIT_FLAG:
        return KpiStatus.AT_RISK
    elapsed = ((today - first).days + 1) / ((last - first).days + 1)
    fair = goal * elapsed
    if unit == UNIT_COUNT:
        fair = math.floor(fair)
    return KpiStatus.AT_RISK if value >= fair else KpiStatus.NOT_MET


def _value(target: CatalogueTarget, measure: Measure | None) -> float | None:
    if measure is None:
        return None
    if target.unit == UNIT_PERCENT:
        if not measure.denominator:
            return None
        return 100.0 * measure.numerator / measure.denominator
    if target.unit == UNIT_FLAG:
        if measure.denominator is not None:  # "every one of them" (5.1: teachers with a gap)
            if measure.denominator == 0:
                return None
            return 1.0 if measure.numerator >= measure.denominator else 0.0
        return 1.0 if measure.numerator >= 1 else 0.0
    if target.id == "1.4.components":  # components per host college
        hosts = (measure.denominator or 0) // KNOWLEDGE_COMPONENTS
        return None if hosts == 0 else measure.numerator / hosts
    return float(measure.numerator)


# -- the records behind a figure ----------------------------------------------------------
def _links(fy: int) -> dict[str, tuple[str, dict[str, object]]]:
    from app.services.listing.query import IN_FORCE

    def certified(kind: CertificationCenterKind) -> dict[str, object]:
        return {
            "fiscal_year": fy,
            "certification_center_kind": kind,
            "certification_result": CertificationResult.PASSED,
        }

    def centers(kind: CertificationCenterKind) -> dict[str, object]:
        return {
            "certification_center_kind": kind,
            "certification_center_status": CertificationCenterStatus.ACCREDITED,
        }

    year = {"fiscal_year": fy}
    return {
        "1.1.exec_meetings": ("meetings", {**year, "meeting_kind": MeetingKind.EXECUTIVE}),
        "1.1.director_meetings": ("meetings", {**year, "meeting_kind": MeetingKind.DIRECTORS}),
        "1.1.enterprise_meetings": (
            "meetings",
            {**year, "meeting_kind": MeetingKind.ENTERPRISES},
        ),
        "1.2.enterprises": ("workforce_demand", dict(year)),
        "1.3.colleges_matched": ("agreements", {"agreement_statuses": IN_FORCE}),
        "3.1.revised": ("curricula", {"revision_status": RevisionStatus.APPROVED}),
        "3.2.trainees": ("short_course_trainees", dict(year)),
        "4.1.center": ("certification_centers", centers(CertificationCenterKind.TPQI)),
        "4.1.certified": ("certifications", certified(CertificationCenterKind.TPQI)),
        "4.2.center": ("certification_centers", centers(CertificationCenterKind.DSD)),
        "4.2.certified": ("certifications", certified(CertificationCenterKind.DSD)),
        "4.3.center": ("certification_centers", centers(CertificationCenterKind.INTERNATIONAL)),
        "4.3.certified": ("certifications", certified(CertificationCenterKind.INTERNATIONAL)),
        "5.1.plan": ("skill_gaps", dict(year)),
        "5.2.curricula": ("training_courses", {}),
        "5.3.trained": ("enrollments", {**year, "completed": True}),
        "5.4.reports_on_time": ("teacher_internships", dict(year)),
        "5.4.safety": ("internship_incidents", dict(year)),
        "5.5.certified": (
            "certifications",
            {
                **year,
                "person_kind": PersonKind.TEACHER,
                "certification_result": CertificationResult.PASSED,
            },
        ),
        "1.4.components": ("knowledge_bank", {}),
        "2.1.plan": ("plans", {**year, "plan_kind": PlanKind.FIVE_YEAR}),
        "2.2.plan": ("plans", {**year, "plan_kind": PlanKind.ANNUAL}),
        "2.2.progress": ("plan_activities", dict(year)),
        "1.2.report": (DISPATCH_PAGE, dict(year)),
        "1.3.report": (DISPATCH_PAGE, dict(year)),
        "7.1.sar": (SAR_PAGE, dict(year)),
        "7.2.report": ("policy_recommendations", dict(year)),
        "6.1.teachers": ("enrollments", {**year, "completed": True}),
        "6.2.safety": ("incidents", dict(year)),
        "6.2.orientation": ("placements", dict(year)),
        "6.3.students": (
            "short_course_trainees",
            {**year, "trainee_category": TraineeCategory.STUDENT},
        ),
        "6.4.certified": (
            "certifications",
            {
                **year,
                "person_kind": PersonKind.STUDENT,
                "certification_result": CertificationResult.PASSED,
            },
        ),
    }


def _list_of(
    target_id: str, links: dict[str, tuple[str, dict[str, object]]], college_id: int | None
) -> tuple[str | None, dict[str, object]]:
    """The list of the target's records; in college scope only a list that can keep the
    college's rows (a list without a college filter would show the network's)."""
    from app.services.listing.query import ListKind

    link = links.get(target_id)
    if link is None:
        return None, {}
    kind, filters = link
    if college_id is None:
        return kind, dict(filters)
    if kind in PAGE_LINKS:
        return None, {}
    from app.services.listing.kinds import spec_for

    if "college_id" not in spec_for(ListKind(kind)).filters:
        return None, {}
    return kind, {**filters, "college_id": college_id}


# -- "does the year hold anything at all" -------------------------------------------------
def year_has_records(session: Session, fiscal_year: int) -> bool:
    """Whether any record of any kind is dated in (or filed for) the fiscal year."""
    first, last = fiscal_year_range(fiscal_year)
    dated = (
        Meeting.held_on,
        Placement.starts_on,
        Certification.assessed_on,
        TrainingRun.starts_on,
        ShortCourseRun.starts_on,
        TeacherInternship.ends_on,
        Agreement.signed_on,
        Incident.occurred_on,
        PlanActivity.due_on,
    )
    yearly = (
        WorkforceDemand.fiscal_year,
        SupplyPlan.fiscal_year,
        SelfAssessment.fiscal_year,
        PolicyRecommendation.fiscal_year,
        ReportDispatch.fiscal_year,
        SkillGap.fiscal_year,
    )
    conditions: list[ColumnElement[bool]] = [
        exists().where(column.between(first, last)) for column in dated
    ]
    conditions += [exists().where(column == fiscal_year) for column in yearly]
    # One EXISTS at a time: the first that holds answers (each is one index probe).
    return any(bool(session.scalar(select(condition))) for condition in conditions)


# -- network measures (from the overview's figures) ---------------------------------------
def _network_measures(session: Session, fiscal_year: int) -> dict[str, Measure]:
    figures: dict[str, Figure] = {
        figure.target_id: figure
        for area in area_overview(session, fiscal_year)
        for figure in area.figures
        if figure.target_id is not None
    }
    measures = {
        target_id: Measure(figure.value, figure.total) for target_id, figure in figures.items()
    }
    measures["5.4.safety"] = _intern_safety(session, fiscal_year, None)
    return measures


# -- college measures ---------------------------------------------------------------------
def _int(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def _teacher_of(college_id: int) -> ColumnElement[bool]:
    return and_(Teacher.college_id == college_id, Teacher.deleted.is_(False))


def _intern_safety(session: Session, fy: int, college_id: int | None) -> Measure:
    """Teacher internships ending in the year, and those of them without any incident."""
    first, last = fiscal_year_range(fy)
    with_incident = exists().where(
        Incident.internship_id == TeacherInternship.id, Incident.deleted.is_(False)
    )
    query = (
        select(func.count(), func.count().filter(~with_incident))
        .select_from(TeacherInternship)
        .where(TeacherInternship.ends_on.between(first, last), TeacherInternship.deleted.is_(False))
    )
    if college_id is not None:
        query = query.join(Teacher, Teacher.id == TeacherInternship.teacher_id).where(
            _teacher_of(college_id)
        )
    ended, safe = session.execute(query).one()
    return Measure(int(safe or 0), int(ended or 0))


def _one_of_one(session: Session, condition: ColumnElement[bool]) -> Measure:
    return Measure(1 if session.scalar(select(exists().where(condition))) else 0, 1)


def _matched(session: Session, fy: int, college_id: int) -> Measure:
    first, last = fiscal_year_range(fy)
    return _one_of_one(
        session,
        and_(
            Agreement.college_id == college_id,
            Agreement.signed_on <= last,
            or_(Agreement.expires_on.is_(None), Agreement.expires_on >= first),
            Agreement.deleted.is_(False),
        ),
    )


def _components(session: Session, fy: int, college_id: int) -> Measure:
    in_place = _int(
        session,
        select(func.count(distinct(KnowledgeBankComponent.component))).where(
            KnowledgeBankComponent.college_id == college_id,
            KnowledgeBankComponent.status == ComponentStatus.IN_PLACE,
            KnowledgeBankComponent.deleted.is_(False),
        ),
    )
    return Measure(in_place, KNOWLEDGE_COMPONENTS)


def _progress(session: Session, fy: int, college_id: int) -> Measure:
    first, last = fiscal_year_range(fy)
    due, done = session.execute(
        select(func.count(), func.count().filter(PlanActivity.status == WorkStatus.DONE))
        .select_from(PlanActivity)
        .join(Project, Project.id == PlanActivity.project_id)
        .where(
            Project.responsible_college_id == college_id,
            PlanActivity.due_on.between(first, last),
            PlanActivity.status != WorkStatus.CANCELLED,
            PlanActivity.deleted.is_(False),
            Project.deleted.is_(False),
        )
    ).one()
    return Measure(int(done or 0), int(due or 0))


def _trainees(student_only: bool) -> Callable[[Session, int, int], Measure]:
    def measure(session: Session, fy: int, college_id: int) -> Measure:
        first, last = fiscal_year_range(fy)
        query = (
            select(func.count())
            .select_from(ShortCourseTrainee)
            .join(ShortCourseRun, ShortCourseRun.id == ShortCourseTrainee.run_id)
            .where(
                ShortCourseRun.college_id == college_id,
                ShortCourseRun.starts_on.between(first, last),
                ShortCourseTrainee.deleted.is_(False),
                ShortCourseRun.deleted.is_(False),
            )
        )
        if student_only:
            query = query.where(ShortCourseTrainee.category == TraineeCategory.STUDENT)
        return Measure(_int(session, query))

    return measure


def _of_college(college_id: int) -> ColumnElement[bool]:
    teachers = select(Teacher.id).where(Teacher.college_id == college_id)
    students = select(Student.id).where(Student.college_id == college_id)
    return or_(Certification.teacher_id.in_(teachers), Certification.student_id.in_(students))


def _center(kind: CertificationCenterKind) -> Callable[[Session, int, int], Measure]:
    def measure(session: Session, fy: int, college_id: int) -> Measure:
        return Measure(
            _int(
                session,
                select(func.count()).where(
                    CertificationCenter.college_id == college_id,
                    CertificationCenter.kind == kind,
                    CertificationCenter.status == CertificationCenterStatus.ACCREDITED,
                    CertificationCenter.deleted.is_(False),
                ),
            )
        )

    return measure


def _certified(kind: CertificationCenterKind) -> Callable[[Session, int, int], Measure]:
    def measure(session: Session, fy: int, college_id: int) -> Measure:
        first, last = fiscal_year_range(fy)
        query = (
            select(func.count())
            .select_from(Certification)
            .join(
                CertificationCenter,
                CertificationCenter.id == Certification.certification_center_id,
            )
            .where(
                CertificationCenter.kind == kind,
                Certification.assessed_on.between(first, last),
                Certification.result == CertificationResult.PASSED,
                Certification.deleted.is_(False),
                _of_college(college_id),
            )
        )
        return Measure(_int(session, query))

    return measure


def _skill_gaps(session: Session, fy: int, college_id: int) -> Measure:
    teachers = _int(
        session, select(func.count()).select_from(Teacher).where(_teacher_of(college_id))
    )
    with_gap = _int(
        session,
        select(func.count(distinct(SkillGap.teacher_id)))
        .join(Teacher, Teacher.id == SkillGap.teacher_id)
        .where(SkillGap.fiscal_year == fy, SkillGap.deleted.is_(False), _teacher_of(college_id)),
    )
    return Measure(with_gap, teachers)


def _trained_query(fy: int, wbl_only: bool) -> Select[Any]:
    """Distinct teachers who completed a training run starting in the year (live teachers)."""
    first, last = fiscal_year_range(fy)
    query = (
        select(func.count(distinct(Enrollment.teacher_id)))
        .select_from(Enrollment)
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .where(
            TrainingRun.starts_on.between(first, last),
            Enrollment.completed.is_(True),
            Enrollment.deleted.is_(False),
            TrainingRun.deleted.is_(False),
            Teacher.deleted.is_(False),
        )
    )
    if wbl_only:
        query = query.join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id).where(
            TrainingCourse.is_wbl.is_(True)
        )
    return query


def _trained(wbl_only: bool) -> Callable[[Session, int, int], Measure]:
    def measure(session: Session, fy: int, college_id: int) -> Measure:
        query = _trained_query(fy, wbl_only).where(Teacher.college_id == college_id)
        return Measure(_int(session, query))

    return measure


def _trained_by_college(wbl_only: bool) -> Callable[[Session, int], dict[int, Measure]]:
    def measures(session: Session, fy: int) -> dict[int, Measure]:
        query = (
            _trained_query(fy, wbl_only)
            .add_columns(Teacher.college_id)
            .group_by(Teacher.college_id)
        )
        return {college_id: Measure(int(count)) for count, college_id in session.execute(query)}

    return measures


def _reports_on_time(session: Session, fy: int, college_id: int) -> Measure:
    first, last = fiscal_year_range(fy)
    on_time = and_(
        TeacherInternship.report_received_on.is_not(None),
        DaysBetween(TeacherInternship.ends_on, TeacherInternship.report_received_on)
        <= REPORT_DUE_DAYS,
    )
    ended, done = session.execute(
        select(func.count(), func.count().filter(on_time))
        .select_from(TeacherInternship)
        .join(Teacher, Teacher.id == TeacherInternship.teacher_id)
        .where(
            TeacherInternship.ends_on.between(first, last),
            TeacherInternship.deleted.is_(False),
            _teacher_of(college_id),
        )
    ).one()
    return Measure(int(done or 0), int(ended or 0))


def _teachers_certified(session: Session, fy: int, college_id: int) -> Measure:
    first, last = fiscal_year_range(fy)
    return Measure(
        _int(
            session,
            select(func.count(distinct(Certification.teacher_id)))
            .join(Teacher, Teacher.id == Certification.teacher_id)
            .where(
                Certification.person_kind == PersonKind.TEACHER,
                Certification.result == CertificationResult.PASSED,
                Certification.assessed_on.between(first, last),
                Certification.deleted.is_(False),
                _teacher_of(college_id),
            ),
        )
    )


def _oriented_query(fy: int) -> Select[Any]:
    first, last = fiscal_year_range(fy)
    briefed_before = exists().where(
        SafetyBriefing.student_id == Placement.student_id,
        SafetyBriefing.kind == BriefingKind.SAFETY_TRAINING,
        SafetyBriefing.held_on <= Placement.starts_on,
        SafetyBriefing.deleted.is_(False),
    )
    return select(func.count(), func.count().filter(briefed_before)).where(
        Placement.starts_on.between(first, last), Placement.deleted.is_(False)
    )


def _oriented(session: Session, fy: int, college_id: int) -> Measure:
    placed, oriented = session.execute(
        _oriented_query(fy).where(Placement.college_id == college_id)
    ).one()
    return Measure(int(oriented or 0), int(placed or 0))


def _oriented_by_college(session: Session, fy: int) -> dict[int, Measure]:
    query = _oriented_query(fy).add_columns(Placement.college_id).group_by(Placement.college_id)
    return {
        college_id: Measure(int(oriented or 0), int(placed or 0))
        for placed, oriented, college_id in session.execute(query)
    }


def _students_safe(session: Session, fy: int, college_id: int) -> Measure:
    return _students_safe_by_college(session, fy, college_id).get(college_id, Measure(0, 0))


def _students_safe_by_college(
    session: Session, fy: int, college_id: int | None = None
) -> dict[int, Measure]:
    from app.services.safety import safety_kpi

    return {
        share.college_id: Measure(share.placed - share.with_incident, share.placed)
        for share in safety_kpi(session, fy, college_id).colleges
        if share.college_id is not None
    }


def _final_year_certified(session: Session, fy: int, college_id: int) -> Measure:
    first, last = fiscal_year_range(fy)
    of_college = and_(final_year_condition(), Student.college_id == college_id)
    final_year = _int(session, select(func.count()).select_from(Student).where(of_college))
    certified = _int(
        session,
        select(func.count(distinct(Certification.student_id)))
        .join(Student, Student.id == Certification.student_id)
        .where(
            of_college,
            Certification.deleted.is_(False),
            Certification.person_kind.in_([PersonKind.STUDENT, PersonKind.GRADUATE]),
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(first, last),
        ),
    )
    return Measure(certified, final_year)


def _sar(session: Session, fy: int, college_id: int) -> Measure:
    return _one_of_one(
        session,
        and_(
            SelfAssessment.college_id == college_id,
            SelfAssessment.fiscal_year == fy,
            SelfAssessment.received_on.is_not(None),
            SelfAssessment.deleted.is_(False),
        ),
    )


COLLEGE_MEASURES: dict[str, Callable[[Session, int, int], Measure]] = {
    "1.3.colleges_matched": _matched,
    "1.4.components": _components,
    "2.2.progress": _progress,
    "3.2.trainees": _trainees(student_only=False),
    "4.1.center": _center(CertificationCenterKind.TPQI),
    "4.1.certified": _certified(CertificationCenterKind.TPQI),
    "4.2.center": _center(CertificationCenterKind.DSD),
    "4.2.certified": _certified(CertificationCenterKind.DSD),
    "4.3.center": _center(CertificationCenterKind.INTERNATIONAL),
    "4.3.certified": _certified(CertificationCenterKind.INTERNATIONAL),
    "5.1.plan": _skill_gaps,
    "5.3.trained": _trained(wbl_only=False),
    "5.4.reports_on_time": _reports_on_time,
    "5.4.safety": lambda session, fy, college_id: _intern_safety(session, fy, college_id),
    "5.5.certified": _teachers_certified,
    "6.1.teachers": _trained(wbl_only=True),
    "6.2.safety": _students_safe,
    "6.2.orientation": _oriented,
    "6.3.students": _trainees(student_only=True),
    "6.4.certified": _final_year_certified,
    "7.1.sar": _sar,
}
"""How each target is counted for one college (the others are :data:`NETWORK_ONLY`)."""

GROUPED_MEASURES: dict[str, Callable[[Session, int], dict[int, Measure]]] = {
    "5.3.trained": _trained_by_college(wbl_only=False),
    "6.1.teachers": _trained_by_college(wbl_only=True),
    "6.2.orientation": _oriented_by_college,
    "6.2.safety": _students_safe_by_college,
}
"""Targets counted for every college in one grouped query (:func:`per_college`); a college
missing from the result counts nothing (``Measure(0, 0)``: the same value as its one-college
measure, which is 0 of 0 or a count of 0)."""


# -- the scorecard ------------------------------------------------------------------------
def _result(
    effective: EffectiveTarget,
    measure: Measure | None,
    fiscal_year: int,
    today: date,
    link: tuple[str | None, dict[str, object]],
) -> TargetResult:
    target = effective.target
    goal = effective.value if effective.value is not None else 1.0
    value = _value(target, measure)
    return TargetResult(
        target_id=target.id,
        area=target.area,
        activity=target.activity,
        title=target.title,
        op=target.op,
        goal=goal,
        overridden=effective.overridden,
        value=value,
        numerator=None if measure is None else measure.numerator,
        denominator=None if measure is None else measure.denominator,
        unit=target.unit,
        status=judge(value, goal, target.op, target.unit, fiscal_year, today),
        list_kind=link[0],
        list_filters=link[1],
    )


def _measures(
    session: Session, fiscal_year: int, college_id: int | None, target_ids: list[str]
) -> dict[str, Measure]:
    if college_id is None:
        measures = _network_measures(session, fiscal_year)
    else:
        measures = {
            target_id: COLLEGE_MEASURES[target_id](session, fiscal_year, college_id)
            for target_id in target_ids
            if target_id in COLLEGE_MEASURES
        }
    return measures


def _scorecard(
    session: Session,
    fiscal_year: int,
    college_id: int | None,
    today: date | None,
    only: str | None = None,
) -> Scorecard:
    day = today or date.today()
    effective = [e for e in targets_for(session, fiscal_year) if only in (None, e.target.id)]
    has_records = year_has_records(session, fiscal_year)
    measures = (
        _measures(session, fiscal_year, college_id, [e.target.id for e in effective])
        if has_records
        else {}
    )
    links = _links(fiscal_year)
    results = tuple(
        _result(
            item,
            measures.get(item.target.id),
            fiscal_year,
            day,
            _list_of(item.target.id, links, college_id),
        )
        for item in effective
    )
    return Scorecard(fiscal_year, college_id, results)


def scorecard(
    session: Session, fiscal_year: int, college_id: int | None = None, *, today: date | None = None
) -> Scorecard:
    """Every target of the catalogue for B.E. fiscal year ``fiscal_year``: the whole network
    (``college_id`` None) or one network college; statuses judged on ``today``."""
    return _scorecard(session, fiscal_year, college_id, today)


def trend(
    session: Session,
    target_id: str,
    fiscal_years: list[int],
    college_id: int | None = None,
) -> list[tuple[int, float | None]]:
    """The target's value in each fiscal year given (None: no data that year)."""
    return [
        (year, _scorecard(session, year, college_id, None, target_id).result(target_id).value)
        for year in fiscal_years
    ]


def per_college(
    session: Session, target_id: str, fiscal_year: int
) -> list[tuple[str, float | None]]:
    """The target's value for each live network college (Thai name order); an empty list
    for a target of the center as a whole."""
    if target_id in NETWORK_ONLY:
        return []
    # The same values as one college scorecard per college, with the year's checks made
    # once and, where it can, one grouped query for every college.
    effective = [e for e in targets_for(session, fiscal_year) if e.target.id == target_id]
    if not effective:
        raise KeyError(target_id)
    target = effective[0].target
    colleges = session.execute(
        select(College.id, College.name_th)
        .where(College.deleted.is_(False))
        .order_by(College.name_sort, College.id)
    ).all()
    measures: dict[int, Measure] = {}
    counted = target_id in COLLEGE_MEASURES
    if counted and year_has_records(session, fiscal_year):
        grouped = GROUPED_MEASURES.get(target_id)
        if grouped is not None:
            found = grouped(session, fiscal_year)
            measures = {
                college_id: found.get(college_id, Measure(0, 0)) for college_id, _ in colleges
            }
        else:
            measure = COLLEGE_MEASURES[target_id]
            measures = {
                college_id: measure(session, fiscal_year, college_id) for college_id, _ in colleges
            }
    return [(name, _value(target, measures.get(college_id))) for college_id, name in colleges]
