"""Typed SQLAlchemy models, one module per aggregate. No Qt here.

Importing this package registers every table on ``Base.metadata``.
"""

from app.models.base import Base, LocalBase, SyncedBase
from app.models.certification import Certification, CertificationCenter
from app.models.curriculum import (
    CompetencyUnit,
    Curriculum,
    CurriculumUnit,
    ShortCourse,
    ShortCourseRun,
    ShortCourseTrainee,
)
from app.models.governance import Committee, CommitteeMember, Meeting
from app.models.network import (
    Agreement,
    Center,
    College,
    Enterprise,
    Subject,
    SupplyPlan,
    WorkforceDemand,
)
from app.models.planning import Plan, PlanActivity, Project
from app.models.quality import (
    Indicator,
    IndicatorScore,
    KnowledgeBankComponent,
    PolicyRecommendation,
    SelfAssessment,
)
from app.models.reference import CollegeGroup, NameTitle, Province, StudyLevel, StudyMode
from app.models.site import Site
from app.models.students import Incident, Placement, SafetyBriefing, Student, SupervisionVisit
from app.models.teachers import (
    DailyLog,
    Enrollment,
    SkillGap,
    Teacher,
    TeacherInternship,
    TrainingCourse,
    TrainingRun,
)

__all__ = [
    "Agreement",
    "Base",
    "Center",
    "Certification",
    "CertificationCenter",
    "College",
    "CollegeGroup",
    "Committee",
    "CommitteeMember",
    "CompetencyUnit",
    "Curriculum",
    "CurriculumUnit",
    "DailyLog",
    "Enrollment",
    "Enterprise",
    "Incident",
    "Indicator",
    "IndicatorScore",
    "KnowledgeBankComponent",
    "LocalBase",
    "Meeting",
    "NameTitle",
    "Placement",
    "Plan",
    "PlanActivity",
    "PolicyRecommendation",
    "Project",
    "Province",
    "SafetyBriefing",
    "SelfAssessment",
    "ShortCourse",
    "ShortCourseRun",
    "ShortCourseTrainee",
    "Site",
    "SkillGap",
    "Student",
    "StudyLevel",
    "StudyMode",
    "Subject",
    "SupervisionVisit",
    "SupplyPlan",
    "SyncedBase",
    "Teacher",
    "TeacherInternship",
    "TrainingCourse",
    "TrainingRun",
    "WorkforceDemand",
]
