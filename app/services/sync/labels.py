"""Names people read for what travels in packages: the synced tables, the kinds of site and
the personal-data profiles (in the interface language; call them when a view translates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.enums import SiteKind


def table_label(name: str) -> str:
    """What the rows of a table are, as the lists of the program name them (the table's own
    name for a table this module does not know)."""
    translate = QCoreApplication.translate
    labels = {
        "subject": translate("SyncTables", "Excellent subjects"),
        "center": translate("SyncTables", "CVM centers"),
        "college": translate("SyncTables", "Network colleges"),
        "competency_unit": translate("SyncTables", "Units of competency"),
        "enterprise": translate("SyncTables", "Enterprises"),
        "agreement": translate("SyncTables", "Agreements (MOU/MOA)"),
        "certification_center": translate("SyncTables", "Certification and test centers"),
        "committee": translate("SyncTables", "Committees"),
        "curriculum": translate("SyncTables", "Curricula"),
        "indicator": translate("SyncTables", "Indicators"),
        "knowledge_bank_component": translate("SyncTables", "Knowledge-bank components"),
        "meeting": translate("SyncTables", "Meetings"),
        "plan": translate("SyncTables", "Development plans and annual action plans"),
        "policy_recommendation": translate("SyncTables", "Policy recommendations"),
        "report_dispatch": translate("SyncTables", "Reports sent to the central office"),
        "short_course": translate("SyncTables", "Short courses"),
        "student": translate("SyncTables", "Students"),
        "supply_plan": translate("SyncTables", "Planned intake and graduates"),
        "teacher": translate("SyncTables", "Teachers"),
        "training_course": translate("SyncTables", "Teacher-training curricula"),
        "workforce_demand": translate("SyncTables", "Workforce demand"),
        "assessment_round": translate(
            "SyncTables", "Assessment rounds of certification and test centers"
        ),
        "committee_member": translate("SyncTables", "Committee members"),
        "curriculum_unit": translate(
            "SyncTables", "Curriculum courses and their units of competency"
        ),
        "media_contest_entry": translate("SyncTables", "Teaching-media contest entries"),
        "placement_capacity": translate("SyncTables", "Placement seats offered by enterprises"),
        "project": translate("SyncTables", "Projects"),
        "safety_briefing": translate("SyncTables", "Safety training and rights orientation"),
        "self_assessment": translate("SyncTables", "Self-assessment reports (SAR)"),
        "short_course_run": translate("SyncTables", "Short-course runs"),
        "skill_gap": translate("SyncTables", "Teacher skill gaps"),
        "teacher_internship": translate("SyncTables", "Teacher internships"),
        "training_run": translate("SyncTables", "Teacher-training runs"),
        "daily_log": translate("SyncTables", "Daily logs of teacher internships"),
        "enrollment": translate("SyncTables", "Teacher-training enrolments"),
        "indicator_score": translate("SyncTables", "Indicator scores"),
        "internship_visit": translate("SyncTables", "Supervision visits of teacher internships"),
        "placement": translate("SyncTables", "Student placements"),
        "plan_activity": translate("SyncTables", "Plan activities"),
        "certification": translate("SyncTables", "Occupational certification results"),
        "incident": translate("SyncTables", "Incidents and complaints"),
        "short_course_trainee": translate("SyncTables", "Short-course trainees"),
        "supervision_visit": translate("SyncTables", "Supervision visits of student placements"),
        # Tables that stay on this machine (the installation page counts them too).
        "college_group": translate("SyncTables", "College groups"),
        "name_title": translate("SyncTables", "Name titles"),
        "province": translate("SyncTables", "Provinces"),
        "study_level": translate("SyncTables", "Study levels"),
        "study_mode": translate("SyncTables", "Modes of study"),
        "site": translate("SyncTables", "Sites (installations)"),
        "sync_package": translate("SyncTables", "Packages sent and received"),
        "sync_conflict": translate("SyncTables", "Conflicts kept for review"),
        "central_count": translate("SyncTables", "Counts sent by centers"),
    }
    return labels.get(name, name)


def site_kind_label(kind: SiteKind | str) -> str:
    """A center, a college station or the central office."""
    translate = QCoreApplication.translate
    labels = {
        SiteKind.CENTER: translate("SyncLabels", "CVM center"),
        SiteKind.COLLEGE: translate("SyncLabels", "Network college station"),
        SiteKind.CENTRAL: translate("SyncLabels", "Central office (OVEC)"),
    }
    try:
        return labels[SiteKind(kind)]
    except ValueError:
        return str(kind)


def profile_label(profile: str) -> str:
    """The personal-data profile of a package: full, pseudonymised or counts only."""
    translate = QCoreApplication.translate
    labels = {
        "full": translate("SyncLabels", "Full data"),
        "pseudonymised": translate("SyncLabels", "Pseudonymised"),
        "counts": translate("SyncLabels", "Counts only"),
    }
    return labels.get(profile, profile)


def profile_explanation(profile: str) -> str:
    """One line on what a profile puts in the package."""
    translate = QCoreApplication.translate
    lines = {
        "full": translate(
            "SyncLabels",
            "Every record as it is recorded here, names and national id numbers included.",
        ),
        "pseudonymised": translate(
            "SyncLabels",
            "Names and national id numbers are replaced by codes; phone numbers and sensitive "
            "data are left out. Enough for the central office's reports.",
        ),
        "counts": translate(
            "SyncLabels",
            "Only the number of records per table and college; no record about a person "
            "leaves this computer.",
        ),
    }
    return lines.get(profile, "")
