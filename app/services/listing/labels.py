"""Translated names of the coded values the lists show (ownership, level, status ...).

Functions, not constants: they are called when a list is drawn, so they follow a language
switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
    Severity,
    SkillTrack,
    StudyModeCode,
    TraineeCategory,
    WorkStatus,
)
from app.services.listing.query import AgreementStatus, ReportState


def ownership() -> dict[str, str]:
    return {
        Ownership.PUBLIC: QCoreApplication.translate("Lists", "Public"),
        Ownership.PRIVATE: QCoreApplication.translate("Lists", "Private"),
    }


def college_group() -> dict[str, str]:
    return {
        CollegeGroupCode.CVM: QCoreApplication.translate("Lists", "CVM center (host college)"),
        CollegeGroupCode.EXCELLENT: QCoreApplication.translate("Lists", "Excellent Center group"),
        CollegeGroupCode.EXPERT: QCoreApplication.translate("Lists", "Expert group"),
        CollegeGroupCode.STANDARD: QCoreApplication.translate("Lists", "Standard group"),
    }


def location() -> dict[str, str]:
    return {
        EnterpriseLocation.DOMESTIC: QCoreApplication.translate("Lists", "In Thailand"),
        EnterpriseLocation.ABROAD: QCoreApplication.translate("Lists", "Abroad"),
    }


def size() -> dict[str, str]:
    return {
        EnterpriseSize.MICRO: QCoreApplication.translate("Lists", "Micro"),
        EnterpriseSize.SMALL: QCoreApplication.translate("Lists", "Small"),
        EnterpriseSize.MEDIUM: QCoreApplication.translate("Lists", "Medium"),
        EnterpriseSize.LARGE: QCoreApplication.translate("Lists", "Large"),
    }


def level() -> dict[str, str]:
    return {
        Level.PVC: QCoreApplication.translate("Lists", "Vocational Certificate"),
        Level.PVS: QCoreApplication.translate("Lists", "Higher Vocational Certificate"),
        Level.BTECH: QCoreApplication.translate("Lists", "Bachelor of Technology"),
        Level.SHORT: QCoreApplication.translate("Lists", "Short course"),
    }


def agreement_kind() -> dict[str, str]:
    return {
        AgreementKind.MOU: QCoreApplication.translate("Lists", "MOU"),
        AgreementKind.MOA: QCoreApplication.translate("Lists", "MOA"),
    }


def agreement_status() -> dict[str, str]:
    return {
        AgreementStatus.ACTIVE: QCoreApplication.translate("Lists", "In force"),
        AgreementStatus.EXPIRING: QCoreApplication.translate("Lists", "Expires within 90 days"),
        AgreementStatus.EXPIRED: QCoreApplication.translate("Lists", "Expired"),
        AgreementStatus.PENDING: QCoreApplication.translate("Lists", "Not yet in force"),
    }


def placement_mode() -> dict[str, str]:
    return {
        PlacementMode.INTERNSHIP: QCoreApplication.translate("Lists", "Internship"),
        PlacementMode.DUAL: QCoreApplication.translate("Lists", "Dual vocational training"),
        PlacementMode.WBL: QCoreApplication.translate("Lists", "Work-based learning (WBL)"),
    }


def committee_kind() -> dict[str, str]:
    return {
        CommitteeKind.ADVISORY: QCoreApplication.translate("Lists", "Advisory committee"),
        CommitteeKind.EXECUTIVE: QCoreApplication.translate("Lists", "Executive committee"),
    }


def member_role() -> dict[str, str]:
    return {
        MemberRole.CHAIR: QCoreApplication.translate("Lists", "Chair"),
        MemberRole.VICE_CHAIR: QCoreApplication.translate("Lists", "Vice chair"),
        MemberRole.MEMBER: QCoreApplication.translate("Lists", "Member"),
        MemberRole.SECRETARY: QCoreApplication.translate("Lists", "Member and secretary"),
    }


def meeting_kind() -> dict[str, str]:
    return {
        MeetingKind.EXECUTIVE: QCoreApplication.translate("Lists", "Center executive committee"),
        MeetingKind.DIRECTORS: QCoreApplication.translate("Lists", "Network college directors"),
        MeetingKind.ENTERPRISES: QCoreApplication.translate("Lists", "Enterprises"),
        MeetingKind.ADVISORY: QCoreApplication.translate("Lists", "Advisory committee"),
    }


def flag() -> dict[str, str]:
    """Labels of a yes/no column, keyed "1" and "0"."""
    return {
        "1": QCoreApplication.translate("Lists", "Yes"),
        "0": QCoreApplication.translate("Lists", "No"),
    }


# -- teachers workspace -------------------------------------------------------------------------
def revision_status() -> dict[str, str]:
    return {
        RevisionStatus.CURRENT: QCoreApplication.translate("Lists", "In use, not under revision"),
        RevisionStatus.REVISING: QCoreApplication.translate("Lists", "Being revised"),
        RevisionStatus.SUBMITTED: QCoreApplication.translate("Lists", "Submitted for approval"),
        RevisionStatus.APPROVED: QCoreApplication.translate("Lists", "Revision approved"),
    }


def skill_track() -> dict[str, str]:
    return {
        SkillTrack.NEW_SKILL: QCoreApplication.translate("Lists", "New skill"),
        SkillTrack.UP_SKILL: QCoreApplication.translate("Lists", "Up-skill"),
        SkillTrack.RE_SKILL: QCoreApplication.translate("Lists", "Re-skill"),
    }


def trainee_category() -> dict[str, str]:
    return {
        TraineeCategory.STUDENT: QCoreApplication.translate(
            "Lists", "Student (Vocational Cert. year 3 / Higher Cert. year 2)"
        ),
        TraineeCategory.GRADUATE: QCoreApplication.translate("Lists", "Graduate"),
        TraineeCategory.UNEMPLOYED: QCoreApplication.translate("Lists", "Unemployed person"),
        TraineeCategory.PUBLIC: QCoreApplication.translate("Lists", "Member of the public"),
    }


def certification_center_kind() -> dict[str, str]:
    return {
        CertificationCenterKind.TPQI: QCoreApplication.translate(
            "Lists", "TPQI competency assessment center"
        ),
        CertificationCenterKind.DSD: QCoreApplication.translate(
            "Lists", "DSD skill-standard test center"
        ),
        CertificationCenterKind.INTERNATIONAL: QCoreApplication.translate(
            "Lists", "International test center"
        ),
    }


def certification_center_status() -> dict[str, str]:
    return {
        CertificationCenterStatus.PREPARING: QCoreApplication.translate("Lists", "Preparing"),
        CertificationCenterStatus.APPLIED: QCoreApplication.translate("Lists", "Applied"),
        CertificationCenterStatus.ACCREDITED: QCoreApplication.translate(
            "Lists", "Accredited or licensed"
        ),
        CertificationCenterStatus.EXPIRED: QCoreApplication.translate("Lists", "Expired"),
    }


def person_kind() -> dict[str, str]:
    return {
        PersonKind.TEACHER: QCoreApplication.translate("Lists", "Teacher"),
        PersonKind.STUDENT: QCoreApplication.translate("Lists", "Student"),
        PersonKind.GRADUATE: QCoreApplication.translate("Lists", "Graduate"),
    }


def certification_result() -> dict[str, str]:
    return {
        CertificationResult.PASSED: QCoreApplication.translate("Lists", "Passed"),
        CertificationResult.FAILED: QCoreApplication.translate("Lists", "Not passed"),
    }


def report_state() -> dict[str, str]:
    return {
        ReportState.ON_TIME: QCoreApplication.translate("Lists", "Report received on time"),
        ReportState.LATE: QCoreApplication.translate("Lists", "Report received late"),
        ReportState.OVERDUE: QCoreApplication.translate("Lists", "Report overdue"),
        ReportState.DUE: QCoreApplication.translate("Lists", "Report not yet due"),
    }


def incident_kind() -> dict[str, str]:
    return {
        IncidentKind.ACCIDENT: QCoreApplication.translate("Lists", "Accident"),
        IncidentKind.HARASSMENT: QCoreApplication.translate("Lists", "Harassment"),
        IncidentKind.UNPAID_WORK: QCoreApplication.translate("Lists", "Unpaid or overtime work"),
        IncidentKind.UNSAFE_WORK: QCoreApplication.translate("Lists", "Unsafe work"),
        IncidentKind.COMPLAINT: QCoreApplication.translate("Lists", "Complaint"),
        IncidentKind.OTHER: QCoreApplication.translate("Lists", "Other"),
    }


def severity() -> dict[str, str]:
    return {
        # Their own context: "Medium" of the Lists context is an enterprise size.
        Severity.LOW: QCoreApplication.translate("Severity", "Low"),
        Severity.MEDIUM: QCoreApplication.translate("Severity", "Medium"),
        Severity.HIGH: QCoreApplication.translate("Severity", "High"),
    }


def incident_status() -> dict[str, str]:
    return {
        IncidentStatus.OPEN: QCoreApplication.translate("Lists", "Open"),
        IncidentStatus.IN_PROGRESS: QCoreApplication.translate("Lists", "Being dealt with"),
        IncidentStatus.CLOSED: QCoreApplication.translate("Lists", "Closed"),
    }


# -- placements workspace -----------------------------------------------------------------------
def placement_status() -> dict[str, str]:
    return {
        PlacementStatus.PLANNED: QCoreApplication.translate("Lists", "Planned"),
        PlacementStatus.CONFIRMED: QCoreApplication.translate("Lists", "Confirmed"),
        PlacementStatus.IN_PROGRESS: QCoreApplication.translate("Lists", "In progress"),
        PlacementStatus.COMPLETED: QCoreApplication.translate("Lists", "Completed placement"),
        PlacementStatus.WITHDRAWN: QCoreApplication.translate("Lists", "Withdrawn"),
    }


def study_mode() -> dict[str, str]:
    return {
        StudyModeCode.FORMAL: QCoreApplication.translate("Lists", "Formal"),
        StudyModeCode.NONFORMAL: QCoreApplication.translate("Lists", "Non-formal"),
        StudyModeCode.DUAL: QCoreApplication.translate("Lists", "Dual vocational training"),
    }


def briefing_kind() -> dict[str, str]:
    return {
        BriefingKind.SAFETY_TRAINING: QCoreApplication.translate(
            "Lists", "Occupational-safety training"
        ),
        BriefingKind.ORIENTATION: QCoreApplication.translate(
            "Lists", "Orientation on rights and the complaint channel"
        ),
    }


# -- plans, knowledge bank, policy recommendations -------------------------------------------
def plan_kind() -> dict[str, str]:
    return {
        PlanKind.FIVE_YEAR: QCoreApplication.translate("Lists", "Five-year development plan"),
        PlanKind.ANNUAL: QCoreApplication.translate("Lists", "Annual action plan"),
    }


def work_status() -> dict[str, str]:
    return {
        WorkStatus.PLANNED: QCoreApplication.translate("Lists", "Not yet started"),
        WorkStatus.IN_PROGRESS: QCoreApplication.translate("Lists", "Under way"),
        WorkStatus.DONE: QCoreApplication.translate("Lists", "Done"),
        WorkStatus.CANCELLED: QCoreApplication.translate("Lists", "Cancelled"),
    }


def knowledge_component() -> dict[str, str]:
    return {
        KnowledgeComponent.INFRASTRUCTURE: QCoreApplication.translate("Lists", "Infrastructure"),
        KnowledgeComponent.LEARNING_SYSTEM: QCoreApplication.translate("Lists", "Learning system"),
        KnowledgeComponent.COLLABORATION: QCoreApplication.translate("Lists", "Collaboration"),
        KnowledgeComponent.MANAGEMENT_SYSTEM: QCoreApplication.translate(
            "Lists", "Management system"
        ),
    }


def component_status() -> dict[str, str]:
    return {
        ComponentStatus.NOT_STARTED: QCoreApplication.translate("Lists", "Not started"),
        ComponentStatus.IN_PROGRESS: QCoreApplication.translate("Lists", "Being developed"),
        ComponentStatus.IN_PLACE: QCoreApplication.translate("Lists", "In place"),
    }


def recommendation_status() -> dict[str, str]:
    return {
        RecommendationStatus.DRAFT: QCoreApplication.translate("Lists", "Draft"),
        RecommendationStatus.SENT: QCoreApplication.translate("Lists", "Sent"),
        RecommendationStatus.ACKNOWLEDGED: QCoreApplication.translate(
            "Lists", "Acknowledged by the recipient"
        ),
    }
