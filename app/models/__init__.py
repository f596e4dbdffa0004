"""Typed SQLAlchemy models, one module per aggregate. No Qt here.

The package loads its modules on demand: ``from app.models import Placement`` imports
``app.models.students`` (and SQLAlchemy) the first time the name is asked for, so the program
can show its window before any model is mapped. Code that needs every table on
``Base.metadata`` (migrations, row counts, schema checks) calls :func:`load_all` first; every
session of a store does (see ``app.services.store``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.base import Base, LocalBase, SyncedBase
    from app.models.certification import AssessmentRound, Certification, CertificationCenter
    from app.models.curriculum import (
        CompetencyUnit,
        Curriculum,
        CurriculumUnit,
        ShortCourse,
        ShortCourseRun,
        ShortCourseTrainee,
    )
    from app.models.governance import Committee, CommitteeMember, Meeting, ReportDispatch
    from app.models.kpi import KpiTargetChange, KpiTargetOverride
    from app.models.matching import PlacementCapacity
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
    from app.models.sync import CentralCount, SyncConflict, SyncPackage
    from app.models.teachers import (
        DailyLog,
        Enrollment,
        InternshipVisit,
        MediaContestEntry,
        SkillGap,
        Teacher,
        TeacherInternship,
        TrainingCourse,
        TrainingRun,
    )

MODULES: dict[str, tuple[str, ...]] = {
    "base": ("Base", "LocalBase", "SyncedBase"),
    "certification": ("AssessmentRound", "Certification", "CertificationCenter"),
    "curriculum": (
        "CompetencyUnit",
        "Curriculum",
        "CurriculumUnit",
        "ShortCourse",
        "ShortCourseRun",
        "ShortCourseTrainee",
    ),
    "governance": ("Committee", "CommitteeMember", "Meeting", "ReportDispatch"),
    "kpi": ("KpiTargetChange", "KpiTargetOverride"),
    "matching": ("PlacementCapacity",),
    "network": (
        "Agreement",
        "Center",
        "College",
        "Enterprise",
        "Subject",
        "SupplyPlan",
        "WorkforceDemand",
    ),
    "planning": ("Plan", "PlanActivity", "Project"),
    "quality": (
        "Indicator",
        "IndicatorScore",
        "KnowledgeBankComponent",
        "PolicyRecommendation",
        "SelfAssessment",
    ),
    "reference": ("CollegeGroup", "NameTitle", "Province", "StudyLevel", "StudyMode"),
    "site": ("Site",),
    "students": ("Incident", "Placement", "SafetyBriefing", "Student", "SupervisionVisit"),
    "sync": ("CentralCount", "SyncConflict", "SyncPackage"),
    "teachers": (
        "DailyLog",
        "Enrollment",
        "InternshipVisit",
        "MediaContestEntry",
        "SkillGap",
        "Teacher",
        "TeacherInternship",
        "TrainingCourse",
        "TrainingRun",
    ),
}
"""Each model module and the names this package exports from it."""

_MODULE_OF = {name: module for module, names in MODULES.items() for name in names}

__all__ = [
    "Agreement",
    "AssessmentRound",
    "Base",
    "Center",
    "CentralCount",
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
    "InternshipVisit",
    "KnowledgeBankComponent",
    "KpiTargetChange",
    "KpiTargetOverride",
    "LocalBase",
    "MediaContestEntry",
    "Meeting",
    "NameTitle",
    "Placement",
    "PlacementCapacity",
    "Plan",
    "PlanActivity",
    "PolicyRecommendation",
    "Project",
    "Province",
    "ReportDispatch",
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
    "SyncConflict",
    "SyncPackage",
    "SyncedBase",
    "Teacher",
    "TeacherInternship",
    "TrainingCourse",
    "TrainingRun",
    "WorkforceDemand",
    "load_all",
]


def load_all() -> None:
    """Import every model module, so that every table is on ``Base.metadata`` (idempotent)."""
    for module in MODULES:
        importlib.import_module(f"{__name__}.{module}")


if not TYPE_CHECKING:  # type checkers see the explicit imports above instead

    def __getattr__(name: str) -> object:
        """PEP 562: import the model module that defines ``name`` on first use."""
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
