"""Controlled values used by the models (stored as their text value)."""

from __future__ import annotations

from enum import StrEnum


class SiteKind(StrEnum):
    COLLEGE = "college"
    CENTER = "center"
    CENTRAL = "central"


class Ownership(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


class CollegeGroupCode(StrEnum):
    CVM = "cvm"
    EXCELLENT = "excellent"
    EXPERT = "expert"
    STANDARD = "standard"


class Level(StrEnum):
    PVC = "pvc"
    PVS = "pvs"
    BTECH = "btech"
    SHORT = "short"


class StudyModeCode(StrEnum):
    FORMAL = "formal"
    NONFORMAL = "nonformal"
    DUAL = "dual"


class EnterpriseLocation(StrEnum):
    DOMESTIC = "domestic"
    ABROAD = "abroad"


class EnterpriseSize(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class AgreementKind(StrEnum):
    MOU = "mou"
    MOA = "moa"


class CommitteeKind(StrEnum):
    ADVISORY = "advisory"
    EXECUTIVE = "executive"


class MemberRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"


class MeetingKind(StrEnum):
    EXECUTIVE = "executive"
    DIRECTORS = "directors"
    ENTERPRISES = "enterprises"
    ADVISORY = "advisory"


class PlanKind(StrEnum):
    FIVE_YEAR = "five_year"
    ANNUAL = "annual"


class WorkStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class RevisionStatus(StrEnum):
    CURRENT = "current"
    REVISING = "revising"
    SUBMITTED = "submitted"
    APPROVED = "approved"


class SkillTrack(StrEnum):
    NEW_SKILL = "new_skill"
    UP_SKILL = "up_skill"
    RE_SKILL = "re_skill"


class TraineeCategory(StrEnum):
    STUDENT = "student"
    GRADUATE = "graduate"
    UNEMPLOYED = "unemployed"
    PUBLIC = "public"


class CertificationCenterKind(StrEnum):
    TPQI = "tpqi"
    DSD = "dsd"
    INTERNATIONAL = "international"


class CertificationCenterStatus(StrEnum):
    PREPARING = "preparing"
    APPLIED = "applied"
    ACCREDITED = "accredited"
    EXPIRED = "expired"


class PersonKind(StrEnum):
    TEACHER = "teacher"
    STUDENT = "student"
    GRADUATE = "graduate"


class CertificationResult(StrEnum):
    PASSED = "passed"
    FAILED = "failed"


class PlacementMode(StrEnum):
    INTERNSHIP = "internship"
    DUAL = "dual"
    WBL = "wbl"


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class BriefingKind(StrEnum):
    SAFETY_TRAINING = "safety_training"
    ORIENTATION = "orientation"


class IncidentKind(StrEnum):
    ACCIDENT = "accident"
    HARASSMENT = "harassment"
    UNPAID_WORK = "unpaid_work"
    UNSAFE_WORK = "unsafe_work"
    COMPLAINT = "complaint"
    OTHER = "other"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class IncidentStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class KnowledgeComponent(StrEnum):
    INFRASTRUCTURE = "infrastructure"
    LEARNING_SYSTEM = "learning_system"
    COLLABORATION = "collaboration"
    MANAGEMENT_SYSTEM = "management_system"


class ComponentStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    IN_PLACE = "in_place"


class SentReportKind(StrEnum):
    """A report the manual asks the center to send to the central office."""

    ENTERPRISE_SUMMARY = "enterprise_summary"  # 1.2: summary of the enterprise database
    MATCHING = "matching"  # 1.3: enterprises, workforce demand and planned supply


class RecommendationStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
