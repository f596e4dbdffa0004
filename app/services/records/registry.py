"""Where each kind of record describes its form (imported when first asked for)."""

from __future__ import annotations

from importlib import import_module

from app.services.records.spec import RecordKind, RecordSpec

_MODULES: dict[RecordKind, str] = {
    RecordKind.ENTERPRISE: "app.services.records.network",
    RecordKind.DEMAND: "app.services.records.network",
    RecordKind.AGREEMENT: "app.services.records.network",
    RecordKind.COLLEGE: "app.services.records.college",
    RecordKind.MEETING: "app.services.records.meeting",
    RecordKind.COMMITTEE: "app.services.records.committee",
    RecordKind.COMMITTEE_MEMBER: "app.services.records.committee",
    RecordKind.PLACEMENT_CAPACITY: "app.services.records.capacity",
    RecordKind.TEACHER: "app.services.records.teachers",
    RecordKind.SKILL_GAP: "app.services.records.teachers",
    RecordKind.TRAINING_COURSE: "app.services.records.training",
    RecordKind.TRAINING_RUN: "app.services.records.training",
    RecordKind.ENROLLMENT: "app.services.records.training",
    RecordKind.TEACHER_INTERNSHIP: "app.services.records.internships",
    RecordKind.DAILY_LOG: "app.services.records.internships",
    RecordKind.INTERNSHIP_VISIT: "app.services.records.internships",
    RecordKind.INTERNSHIP_INCIDENT: "app.services.records.internships",
    RecordKind.CURRICULUM: "app.services.records.curricula",
    RecordKind.COMPETENCY_UNIT: "app.services.records.curricula",
    RecordKind.CURRICULUM_UNIT: "app.services.records.curricula",
    RecordKind.SHORT_COURSE: "app.services.records.short_courses",
    RecordKind.SHORT_COURSE_RUN: "app.services.records.short_courses",
    RecordKind.SHORT_COURSE_TRAINEE: "app.services.records.short_courses",
    RecordKind.CERTIFICATION_CENTER: "app.services.records.certification",
    RecordKind.ASSESSMENT_ROUND: "app.services.records.certification",
    RecordKind.CERTIFICATION: "app.services.records.certification",
    RecordKind.STUDENT: "app.services.records.students",
    RecordKind.SAFETY_BRIEFING: "app.services.records.students",
    RecordKind.PLACEMENT: "app.services.records.placements",
    RecordKind.SUPERVISION_VISIT: "app.services.records.safety",
    RecordKind.INCIDENT: "app.services.records.safety",
    RecordKind.MEDIA_CONTEST_ENTRY: "app.services.records.wbl",
    RecordKind.PLAN: "app.services.records.plans",
    RecordKind.PROJECT: "app.services.records.plans",
    RecordKind.PLAN_ACTIVITY: "app.services.records.plans",
    RecordKind.KNOWLEDGE_BANK_COMPONENT: "app.services.records.quality",
    RecordKind.POLICY_RECOMMENDATION: "app.services.records.quality",
}
"""Each module defines ``SPECS: dict[RecordKind, RecordSpec]`` for its kinds."""


def record_spec(kind: RecordKind) -> RecordSpec:
    """The description of ``kind``'s form and storage."""
    specs: dict[RecordKind, RecordSpec] = import_module(_MODULES[kind]).SPECS
    return specs[kind]
