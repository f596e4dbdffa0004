"""What a list screen asks for: a kind of list, filters, a free-text search and a sort.

Every type here is frozen and hashable, so a query can key a cache (see ``CountCache``), and
carries plain values only: a list query never holds a Session or an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.models.enums import (
    AgreementKind,
    BriefingKind,
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    CollegeGroupCode,
    CommitteeKind,
    ComponentStatus,
    EnterpriseLocation,
    EnterpriseSize,
    IncidentKind,
    IncidentStatus,
    KnowledgeComponent,
    Level,
    MeetingKind,
    MemberRole,
    Ownership,
    PersonKind,
    PlacementMode,
    PlacementStatus,
    PlanKind,
    RecommendationStatus,
    RevisionStatus,
    SkillTrack,
    StudyModeCode,
    TraineeCategory,
    WorkStatus,
)

EXPIRING_WITHIN_DAYS = 90
"""An agreement in force that ends within this many days is "expiring"."""


class ListKind(StrEnum):
    COLLEGES = "colleges"
    ENTERPRISES = "enterprises"
    WORKFORCE_DEMAND = "workforce_demand"
    AGREEMENTS = "agreements"
    COMMITTEES = "committees"
    COMMITTEE_MEMBERS = "committee_members"
    MEETINGS = "meetings"
    # teachers workspace (manual 3.1-3.2, 4.1-4.3, 5.1-5.5, 6.3-6.4)
    TEACHERS = "teachers"
    SKILL_GAPS = "skill_gaps"
    TRAINING_COURSES = "training_courses"
    TRAINING_RUNS = "training_runs"
    ENROLLMENTS = "enrollments"
    TEACHER_INTERNSHIPS = "teacher_internships"
    DAILY_LOGS = "daily_logs"
    INTERNSHIP_VISITS = "internship_visits"
    INTERNSHIP_INCIDENTS = "internship_incidents"
    CURRICULA = "curricula"
    COMPETENCY_UNITS = "competency_units"
    CURRICULUM_UNITS = "curriculum_units"
    SHORT_COURSES = "short_courses"
    SHORT_COURSE_RUNS = "short_course_runs"
    SHORT_COURSE_TRAINEES = "short_course_trainees"
    CERTIFICATION_CENTERS = "certification_centers"
    ASSESSMENT_ROUNDS = "assessment_rounds"
    CERTIFICATIONS = "certifications"
    # placements workspace (manual 6.1-6.2)
    STUDENTS = "students"
    SAFETY_BRIEFINGS = "safety_briefings"
    PLACEMENTS = "placements"
    SUPERVISION_VISITS = "supervision_visits"
    INCIDENTS = "incidents"
    MEDIA_CONTEST_ENTRIES = "media_contest_entries"
    # plans, knowledge bank, policy recommendations (manual 1.4, 2.1-2.2, 7.2)
    PLANS = "plans"
    PROJECTS = "projects"
    PLAN_ACTIVITIES = "plan_activities"
    KNOWLEDGE_BANK = "knowledge_bank"
    POLICY_RECOMMENDATIONS = "policy_recommendations"


class ReportState(StrEnum):
    """Where a teacher internship's final report stands on a given day (15-day rule).

    ``ON_TIME`` received at most 15 days after the end, ``LATE`` received later,
    ``OVERDUE`` not received and the due day (end + 15 days) has passed, ``DUE`` not received
    and not yet overdue (the internship may still be running).
    """

    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"
    DUE = "due"


class AgreementStatus(StrEnum):
    """Where an agreement stands on a given day (``ListQuery.as_of``); exactly one applies.

    ``ACTIVE`` in force and not ending within 90 days (or open-ended), ``EXPIRING`` in force
    and ending within 90 days (the end day counts as in force), ``EXPIRED`` ended before the
    day, ``PENDING`` signed after the day.
    """

    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    PENDING = "pending"


IN_FORCE: frozenset[AgreementStatus] = frozenset({AgreementStatus.ACTIVE, AgreementStatus.EXPIRING})
"""The ``agreement_statuses`` filter for every agreement in force on the day."""


@dataclass(frozen=True)
class ListFilters:
    """Filters of a list; ``None`` means "any". A list refuses a filter it does not know.

    ``fiscal_year`` is a B.E. fiscal year (1 Oct - 30 Sep): demand of that year, agreements
    signed in it, meetings held in it. ``province_code`` / ``region`` / ``location`` of an
    enterprise list, a demand list (the enterprise's) or a college list; ``location`` of an
    agreement list is the enterprise's (domestic or abroad). ``without_agreement_in_force``
    of a college list: True keeps the colleges with no agreement in force on
    ``ListQuery.as_of`` (active or expiring), False those with at least one.

    The ``..._id`` filters keep the rows of one parent record (a screen sets them; a new
    record made on a list filtered so starts with that parent). ``report_state`` of a teacher
    internship list is judged on ``ListQuery.as_of``; ``expiring`` of a certification center
    list keeps the centers whose validity ends within 90 days of it (True) or not (False).
    ``open_incident`` of a placement list keeps the placements whose student has an incident
    not yet closed (True) or none (False).

    ``fiscal_year`` of a plan list keeps the plans whose period contains the year, of a
    project list the projects of those plans, of a plan-activity list the activities due in
    the year.
    """

    fiscal_year: int | None = None
    province_code: str | None = None
    region: str | None = None
    college_group: CollegeGroupCode | None = None
    ownership: Ownership | None = None
    location: EnterpriseLocation | None = None
    size: EnterpriseSize | None = None
    level: Level | None = None
    agreement_kind: AgreementKind | None = None
    agreement_statuses: frozenset[AgreementStatus] | None = None
    committee_kind: CommitteeKind | None = None
    member_role: MemberRole | None = None
    meeting_kind: MeetingKind | None = None
    center_id: int | None = None
    college_id: int | None = None
    enterprise_id: int | None = None
    committee_id: int | None = None
    without_agreement_in_force: bool | None = None
    # teachers workspace
    subject_id: int | None = None
    teacher_id: int | None = None
    course_id: int | None = None
    run_id: int | None = None
    internship_id: int | None = None
    curriculum_id: int | None = None
    competency_unit_id: int | None = None
    short_course_id: int | None = None
    short_course_run_id: int | None = None
    certification_center_id: int | None = None
    round_id: int | None = None
    person_kind: PersonKind | None = None
    certification_center_kind: CertificationCenterKind | None = None
    certification_center_status: CertificationCenterStatus | None = None
    certification_result: CertificationResult | None = None
    revision_status: RevisionStatus | None = None
    skill_track: SkillTrack | None = None
    trainee_category: TraineeCategory | None = None
    report_state: ReportState | None = None
    completed: bool | None = None
    expiring: bool | None = None
    # placements workspace
    student_id: int | None = None
    placement_id: int | None = None
    placement_status: PlacementStatus | None = None
    placement_mode: PlacementMode | None = None
    study_mode: StudyModeCode | None = None
    year_of_study: int | None = None
    briefing_kind: BriefingKind | None = None
    incident_kind: IncidentKind | None = None
    incident_status: IncidentStatus | None = None
    open_incident: bool | None = None
    # plans, knowledge bank, policy recommendations
    plan_id: int | None = None
    project_id: int | None = None
    plan_kind: PlanKind | None = None
    work_status: WorkStatus | None = None
    knowledge_component: KnowledgeComponent | None = None
    component_status: ComponentStatus | None = None
    recommendation_status: RecommendationStatus | None = None

    def active(self) -> dict[str, Any]:
        """The filters that are set: ``{name: value}``."""
        return {name: value for name, value in vars(self).items() if value is not None}


@dataclass(frozen=True)
class Sort:
    """Order by the list column ``column`` (ties: by row id, in the same direction)."""

    column: str
    descending: bool = False


@dataclass(frozen=True)
class ListQuery:
    """One list as a screen shows it. ``sort=None`` is the list's usual order.

    ``search`` is split at spaces; a row matches when it matches every word, each word
    anywhere inside the searched columns (a word of 3 characters or more through the FTS5
    trigram index, a shorter one with LIKE). ``as_of`` is the day agreement statuses are
    judged on (None: today).
    """

    kind: ListKind
    filters: ListFilters = field(default_factory=ListFilters)
    search: str = ""
    sort: Sort | None = None
    as_of: date | None = None

    def day(self) -> date:
        return self.as_of or date.today()

    def expiring_until(self) -> date:
        return self.day() + timedelta(days=EXPIRING_WITHIN_DAYS)


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a list: its id and one plain value per list column (never an ORM object).

    A value is ``None``, text, a number, a ``date``, a choice code (text), a flag (bool), or
    for a bilingual column a ``(thai, english)`` pair. ``key`` is the row's position in its
    order (sort value, id), used to read the next page without OFFSET.
    """

    id: int
    values: tuple[Any, ...]
    key: tuple[Any, ...] = field(default=(), compare=False, repr=False)
