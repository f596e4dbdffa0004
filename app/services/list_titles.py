"""The names of the list kinds (``ListKind`` values), as the navigation, a list screen's
heading and the printed list show them.

Kept apart from ``app.services.listing`` (which loads SQLAlchemy): the main window names its
lists before any database module is imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def list_title(kind: str) -> str:
    """The name of a list kind, as the navigation, the page heading and the print show it."""
    titles = {
        "colleges": QCoreApplication.translate("ListPage", "Network colleges"),
        "enterprises": QCoreApplication.translate("ListPage", "Enterprises"),
        "workforce_demand": QCoreApplication.translate("ListPage", "Workforce demand"),
        "agreements": QCoreApplication.translate("ListPage", "Agreements (MOU/MOA)"),
        "committees": QCoreApplication.translate("ListPage", "Committees"),
        "committee_members": QCoreApplication.translate("ListPage", "Committee members"),
        "meetings": QCoreApplication.translate("ListPage", "Meetings"),
        "teachers": QCoreApplication.translate("ListPage", "Teachers"),
        "skill_gaps": QCoreApplication.translate("ListPage", "Skill gaps"),
        "training_courses": QCoreApplication.translate("ListPage", "Teacher-training curricula"),
        "training_runs": QCoreApplication.translate("ListPage", "Training runs"),
        "enrollments": QCoreApplication.translate("ListPage", "Training enrolments"),
        "teacher_internships": QCoreApplication.translate("ListPage", "Teacher internships"),
        "daily_logs": QCoreApplication.translate("ListPage", "Daily logs"),
        "internship_visits": QCoreApplication.translate("ListPage", "Supervision visits"),
        "internship_incidents": QCoreApplication.translate("ListPage", "Safety incidents"),
        "curricula": QCoreApplication.translate("ListPage", "Curricula"),
        "competency_units": QCoreApplication.translate("ListPage", "TPQI units of competency"),
        "curriculum_units": QCoreApplication.translate(
            "ListPage", "Curriculum courses and their units of competency"
        ),
        "short_courses": QCoreApplication.translate("ListPage", "Short courses"),
        "short_course_runs": QCoreApplication.translate("ListPage", "Short-course runs"),
        "short_course_trainees": QCoreApplication.translate("ListPage", "Short-course trainees"),
        "certification_centers": QCoreApplication.translate(
            "ListPage", "Certification and test centers"
        ),
        "assessment_rounds": QCoreApplication.translate("ListPage", "Assessment rounds"),
        "certifications": QCoreApplication.translate("ListPage", "Certification results"),
        "students": QCoreApplication.translate("ListPage", "Students"),
        "safety_briefings": QCoreApplication.translate(
            "ListPage", "Safety training and rights orientation"
        ),
        "placements": QCoreApplication.translate("ListPage", "Student placements"),
        "supervision_visits": QCoreApplication.translate("ListPage", "Supervision visits"),
        "incidents": QCoreApplication.translate("ListPage", "Incidents and complaints"),
        "media_contest_entries": QCoreApplication.translate(
            "ListPage", "Teaching-media contest entries"
        ),
        "plans": QCoreApplication.translate("ListPage", "Five-year and annual plans"),
        "projects": QCoreApplication.translate("ListPage", "Plan projects"),
        "plan_activities": QCoreApplication.translate("ListPage", "Progress of plan activities"),
        "knowledge_bank": QCoreApplication.translate("ListPage", "Knowledge bank components"),
        "policy_recommendations": QCoreApplication.translate("ListPage", "Policy recommendations"),
    }
    return titles[kind]
