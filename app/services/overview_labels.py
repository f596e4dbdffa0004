"""Labels of the overview's figures: light (Qt core only), so a window can show them at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["figure_label"]


def figure_label(key: str) -> str:
    """The translated label of a figure key (in the current language)."""
    labels = {
        "1.1.exec_meetings": QCoreApplication.translate("Overview", "Executive committee meetings"),
        "1.1.director_meetings": QCoreApplication.translate(
            "Overview", "Meetings of network college directors"
        ),
        "1.1.enterprise_meetings": QCoreApplication.translate(
            "Overview", "Meetings with enterprises"
        ),
        "1.2.enterprises": QCoreApplication.translate(
            "Overview", "Enterprises with workforce demand recorded for the year"
        ),
        "1.2.positions": QCoreApplication.translate("Overview", "Positions demanded"),
        "1.2.report_sent": QCoreApplication.translate(
            "Overview", "Enterprise database summary sent to the central office"
        ),
        "1.3.report_sent": QCoreApplication.translate(
            "Overview", "Matching report sent to the central office"
        ),
        "1.3.agreements": QCoreApplication.translate("Overview", "Active MOU/MOA agreements"),
        "1.3.colleges_matched": QCoreApplication.translate(
            "Overview", "Network colleges with an active agreement"
        ),
        "1.3.planned_intake": QCoreApplication.translate(
            "Overview", "Planned intake of the network colleges"
        ),
        "1.4.components": QCoreApplication.translate(
            "Overview", "Knowledge-bank components in place at host colleges"
        ),
        "2.1.plans": QCoreApplication.translate("Overview", "Five-year plans covering the year"),
        "2.1.plans_sent": QCoreApplication.translate(
            "Overview", "Five-year plans sent to the central office"
        ),
        "2.2.plans": QCoreApplication.translate("Overview", "Annual action plans for the year"),
        "2.2.activities_done": QCoreApplication.translate(
            "Overview", "Planned activities due in the year and done"
        ),
        "3.1.approved": QCoreApplication.translate("Overview", "Curricula approved"),
        "3.1.revising": QCoreApplication.translate("Overview", "Curricula under revision"),
        "3.2.courses": QCoreApplication.translate("Overview", "Competency-based short courses"),
        "3.2.trainees": QCoreApplication.translate(
            "Overview", "Short-course trainees in courses starting in the year"
        ),
        "3.2.runs_at_target": QCoreApplication.translate(
            "Overview", "Short-course runs of the year with at least 20 trainees"
        ),
        "4.1.centers": QCoreApplication.translate("Overview", "Accredited TPQI assessment centers"),
        "4.1.certified": QCoreApplication.translate(
            "Overview", "Certifications passed at TPQI centers in the year"
        ),
        "4.2.centers": QCoreApplication.translate("Overview", "Licensed DSD skill test centers"),
        "4.2.certified": QCoreApplication.translate(
            "Overview", "Certifications passed at DSD centers in the year"
        ),
        "4.3.centers": QCoreApplication.translate(
            "Overview", "Authorised international test centers"
        ),
        "4.3.certified": QCoreApplication.translate(
            "Overview", "Certifications passed at international test centers in the year"
        ),
        "5.1.teachers_with_gap": QCoreApplication.translate(
            "Overview", "Teachers with a skill gap recorded for the year"
        ),
        "5.2.courses": QCoreApplication.translate("Overview", "Teacher-training curricula"),
        "5.3.trained": QCoreApplication.translate(
            "Overview", "Teachers who completed training in the year"
        ),
        "5.3.trained_cvm": QCoreApplication.translate(
            "Overview", "of them from the CVM center (host college)"
        ),
        "5.3.trained_excellent": QCoreApplication.translate(
            "Overview", "of them from Excellent Center colleges"
        ),
        "5.3.trained_expert": QCoreApplication.translate(
            "Overview", "of them from Expert colleges"
        ),
        "5.3.trained_standard": QCoreApplication.translate(
            "Overview", "of them from Standard colleges"
        ),
        "5.4.internships": QCoreApplication.translate(
            "Overview", "Teacher internships ending in the year"
        ),
        "5.4.reports_on_time": QCoreApplication.translate(
            "Overview", "Internship reports received within 15 days"
        ),
        "5.4.incidents": QCoreApplication.translate(
            "Overview", "Incidents during teacher internships"
        ),
        "5.5.certified": QCoreApplication.translate("Overview", "Teachers certified in the year"),
        "6.1.placements": QCoreApplication.translate(
            "Overview", "Work-based learning placements starting in the year"
        ),
        "6.1.teachers": QCoreApplication.translate(
            "Overview", "Teachers who completed WBL training in the year"
        ),
        "6.2.safe_students": QCoreApplication.translate(
            "Overview", "Placed students without an incident"
        ),
        "6.2.placements": QCoreApplication.translate(
            "Overview", "Student placements starting in the year"
        ),
        "6.2.students": QCoreApplication.translate("Overview", "Students placed in enterprises"),
        "6.2.oriented": QCoreApplication.translate(
            "Overview", "Placements with safety training before the start"
        ),
        "6.2.incidents": QCoreApplication.translate(
            "Overview", "Incidents and complaints during placements"
        ),
        "6.2.accidents": QCoreApplication.translate("Overview", "Accidents during placements"),
        "6.3.students": QCoreApplication.translate(
            "Overview", "Students trained in short courses in the year"
        ),
        "6.4.certified": QCoreApplication.translate(
            "Overview", "Students and graduates certified in the year (of final-year students)"
        ),
        "7.1.sar": QCoreApplication.translate(
            "Overview", "Network colleges whose self-assessment report was received"
        ),
        "7.2.recommendations": QCoreApplication.translate(
            "Overview", "Policy recommendations for the year"
        ),
        "7.2.sent": QCoreApplication.translate(
            "Overview", "Policy recommendations sent to the central office"
        ),
    }
    return labels.get(key, key)
