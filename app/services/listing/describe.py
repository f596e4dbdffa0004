"""A list in words: its title, the names of its filters and the chosen values.

The list screens (``app.views.list_page``, ``app.views.list_filters``) and the printed list
(``app.services.reports.list_report``) say the same things the same way, so the words live
here. Functions, not constants: they are called when a text is shown, so they follow a
language switch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.list_titles import list_title
from app.services.listing import labels
from app.services.listing.kinds import spec_for
from app.services.listing.query import IN_FORCE, AgreementStatus, ListFilters, ListKind
from app.services.listing.spec import Display
from app.services.thai.provinces import Region, province_by_code

__all__ = [
    "CODED",
    "FILTER_ORDER",
    "RECORD_FILTERS",
    "YES_NO_FILTERS",
    "Wording",
    "agreement_status_options",
    "filter_label",
    "filter_phrases",
    "filter_values",
    "list_title",
    "record_name",
    "value_text",
    "yes_no_options",
]

FILTER_ORDER: tuple[str, ...] = (
    "fiscal_year",
    "region",
    "province_code",
    "college_group",
    "ownership",
    "location",
    "size",
    "level",
    "agreement_kind",
    "agreement_statuses",
    "without_agreement_in_force",
    "committee_id",
    "committee_kind",
    "member_role",
    "meeting_kind",
    "person_kind",
    "certification_center_kind",
    "certification_center_status",
    "expiring",
    "certification_result",
    "revision_status",
    "skill_track",
    "trainee_category",
    "report_state",
    "completed",
    "placement_status",
    "placement_mode",
    "study_mode",
    "year_of_study",
    "briefing_kind",
    "incident_kind",
    "incident_status",
    "open_incident",
    "plan_kind",
    "work_status",
    "knowledge_component",
    "component_status",
    "recommendation_status",
)
"""The filters a list screen offers a choice for, in the order it shows them."""

CODED: dict[str, Callable[[], dict[str, str]]] = {
    "college_group": labels.college_group,
    "ownership": labels.ownership,
    "location": labels.location,
    "size": labels.size,
    "level": labels.level,
    "agreement_kind": labels.agreement_kind,
    "committee_kind": labels.committee_kind,
    "member_role": labels.member_role,
    "meeting_kind": labels.meeting_kind,
    "person_kind": labels.person_kind,
    "certification_center_kind": labels.certification_center_kind,
    "certification_center_status": labels.certification_center_status,
    "certification_result": labels.certification_result,
    "revision_status": labels.revision_status,
    "skill_track": labels.skill_track,
    "trainee_category": labels.trainee_category,
    "report_state": labels.report_state,
    "placement_status": labels.placement_status,
    "placement_mode": labels.placement_mode,
    "study_mode": labels.study_mode,
    "briefing_kind": labels.briefing_kind,
    "incident_kind": labels.incident_kind,
    "incident_status": labels.incident_status,
    "plan_kind": labels.plan_kind,
    "work_status": labels.work_status,
    "knowledge_component": labels.knowledge_component,
    "component_status": labels.component_status,
    "recommendation_status": labels.recommendation_status,
}
"""The filters whose value is a code, and the names of their codes."""


def filter_label(name: str) -> str:
    """The name of a filter: those a screen offers, and those another screen sets (an id)."""
    translate = QCoreApplication.translate
    names = {
        "fiscal_year": translate("FilterBar", "Fiscal year"),
        "region": translate("FilterBar", "Region"),
        "province_code": translate("FilterBar", "Province"),
        "college_group": translate("FilterBar", "College group"),
        "ownership": translate("FilterBar", "Ownership"),
        "location": translate("FilterBar", "In Thailand or abroad"),
        "size": translate("FilterBar", "Enterprise size"),
        "level": translate("FilterBar", "Level"),
        "agreement_kind": translate("FilterBar", "Agreement type"),
        "agreement_statuses": translate("FilterBar", "Agreement status"),
        "without_agreement_in_force": translate("FilterBar", "Agreement in force"),
        "committee_id": translate("FilterBar", "Committee"),
        "committee_kind": translate("FilterBar", "Committee type"),
        "member_role": translate("FilterBar", "Role"),
        "meeting_kind": translate("FilterBar", "Meeting type"),
        "person_kind": translate("FilterBar", "Person"),
        "certification_center_kind": translate("FilterBar", "Center type"),
        "certification_center_status": translate("FilterBar", "Center status"),
        "expiring": translate("FilterBar", "Validity"),
        "certification_result": translate("FilterBar", "Result"),
        "revision_status": translate("FilterBar", "Revision"),
        "skill_track": translate("FilterBar", "Skill track"),
        "trainee_category": translate("FilterBar", "Trainee group"),
        "report_state": translate("FilterBar", "Final report"),
        "completed": translate("FilterBar", "Completion"),
        "placement_status": translate("FilterBar", "Placement status"),
        "placement_mode": translate("FilterBar", "Placement mode"),
        "study_mode": translate("FilterBar", "Mode of study"),
        "year_of_study": translate("FilterBar", "Year of study"),
        "briefing_kind": translate("FilterBar", "Training or orientation"),
        "incident_kind": translate("FilterBar", "Kind of incident"),
        "incident_status": translate("FilterBar", "Incident status"),
        "open_incident": translate("FilterBar", "Open incident"),
        "plan_kind": translate("FilterBar", "Kind of plan"),
        "work_status": translate("FilterBar", "Progress"),
        "knowledge_component": translate("FilterBar", "Component"),
        "component_status": translate("FilterBar", "Component status"),
        "recommendation_status": translate("FilterBar", "Recommendation status"),
        # set by another screen (one parent record's rows)
        "center_id": translate("ListDescribe", "CVM center"),
        "college_id": translate("ListDescribe", "College"),
        "enterprise_id": translate("ListDescribe", "Enterprise"),
        "subject_id": translate("ListDescribe", "Excellent subject"),
        "teacher_id": translate("ListDescribe", "Teacher"),
        "course_id": translate("ListDescribe", "Teacher-training curriculum"),
        "run_id": translate("ListDescribe", "Training run"),
        "internship_id": translate("ListDescribe", "Teacher internship"),
        "curriculum_id": translate("ListDescribe", "Curriculum"),
        "competency_unit_id": translate("ListDescribe", "Unit of competency"),
        "short_course_id": translate("ListDescribe", "Short course"),
        "short_course_run_id": translate("ListDescribe", "Short-course run"),
        "certification_center_id": translate("ListDescribe", "Certification or test center"),
        "round_id": translate("ListDescribe", "Assessment round"),
        "student_id": translate("ListDescribe", "Student"),
        "placement_id": translate("ListDescribe", "Placement"),
        "plan_id": translate("ListDescribe", "Plan"),
        "project_id": translate("ListDescribe", "Project"),
    }
    return names[name]


def yes_no_options(name: str) -> list[tuple[bool, str]]:
    """The two choices of a yes/no filter, True first."""
    translate = QCoreApplication.translate
    choices = {
        "without_agreement_in_force": (
            translate("FilterBar", "No agreement in force"),
            translate("FilterBar", "At least one in force"),
        ),
        "open_incident": (
            translate("FilterBar", "With an open incident"),
            translate("FilterBar", "No open incident"),
        ),
        "completed": (
            translate("FilterBar", "Completed"),
            translate("FilterBar", "Not completed"),
        ),
        "expiring": (
            translate("FilterBar", "Ends within 90 days or has ended"),
            translate("FilterBar", "More than 90 days left"),
        ),
    }
    yes, no = choices[name]
    return [(True, yes), (False, no)]


YES_NO_FILTERS = frozenset({"without_agreement_in_force", "open_incident", "completed", "expiring"})


def agreement_status_options() -> list[tuple[frozenset[AgreementStatus], str]]:
    """The choices of the agreement-status filter."""
    status = labels.agreement_status()
    return [
        (IN_FORCE, QCoreApplication.translate("FilterBar", "In force (expiring soon included)")),
        (
            frozenset({AgreementStatus.ACTIVE}),
            QCoreApplication.translate("FilterBar", "In force, over 90 days left"),
        ),
        (frozenset({AgreementStatus.EXPIRING}), status[AgreementStatus.EXPIRING]),
        (frozenset({AgreementStatus.EXPIRED}), status[AgreementStatus.EXPIRED]),
        (frozenset({AgreementStatus.PENDING}), status[AgreementStatus.PENDING]),
    ]


# -- a filter's value in words -------------------------------------------------------------
@dataclass(frozen=True)
class _Record:
    """How the record an id filter keeps is named: columns of its own list, joined."""

    kind: ListKind
    columns: tuple[str, ...]
    separator: str = ", "


RECORD_FILTERS: Mapping[str, _Record] = {
    "college_id": _Record(ListKind.COLLEGES, ("name",)),
    "enterprise_id": _Record(ListKind.ENTERPRISES, ("name",)),
    "committee_id": _Record(ListKind.COMMITTEES, ("name",)),
    "teacher_id": _Record(ListKind.TEACHERS, ("first_name", "last_name"), " "),
    "course_id": _Record(ListKind.TRAINING_COURSES, ("title",)),
    "run_id": _Record(ListKind.TRAINING_RUNS, ("course", "starts_on")),
    "internship_id": _Record(ListKind.TEACHER_INTERNSHIPS, ("teacher", "enterprise")),
    "curriculum_id": _Record(ListKind.CURRICULA, ("title",)),
    "competency_unit_id": _Record(ListKind.COMPETENCY_UNITS, ("code", "title"), " "),
    "short_course_id": _Record(ListKind.SHORT_COURSES, ("title",)),
    "short_course_run_id": _Record(ListKind.SHORT_COURSE_RUNS, ("course", "starts_on")),
    "certification_center_id": _Record(ListKind.CERTIFICATION_CENTERS, ("name",)),
    "round_id": _Record(ListKind.ASSESSMENT_ROUNDS, ("center", "held_on")),
    "student_id": _Record(ListKind.STUDENTS, ("first_name", "last_name"), " "),
    "placement_id": _Record(ListKind.PLACEMENTS, ("student", "enterprise")),
    "plan_id": _Record(ListKind.PLANS, ("title",)),
    "project_id": _Record(ListKind.PROJECTS, ("title",)),
}


@dataclass(frozen=True)
class Wording:
    """How values are written: the language of bilingual names, digits and dates."""

    thai: bool = True
    digits: Callable[[str], str] = str
    date_text: Callable[[date], str] = date.isoformat


def filter_values(session: Session, filters: ListFilters, wording: Wording) -> dict[str, str]:
    """Each active filter's value in words, in the order a list screen shows the filters,
    then the filters set by another screen."""
    active = filters.active()
    order = [name for name in FILTER_ORDER if name in active]
    order += sorted(name for name in active if name not in FILTER_ORDER)
    return {name: value_text(session, name, active[name], wording) for name in order}


def filter_phrases(values: Mapping[str, str]) -> list[str]:
    """Each filter as a phrase ("Fiscal year B.E. 2569", "Meeting type: ..."), given the
    values of :func:`filter_values`."""
    phrases = []
    for name, value in values.items():
        if name == "fiscal_year":
            phrase = QCoreApplication.translate("ListDescribe", "Fiscal year B.E. {year}")
            phrases.append(phrase.format(year=value))
        else:
            phrase = QCoreApplication.translate("ListDescribe", "{filter}: {value}")
            phrases.append(phrase.format(filter=filter_label(name), value=value))
    return phrases


def value_text(session: Session, name: str, value: Any, wording: Wording) -> str:
    """A filter's chosen value in words (a record's name for an id filter)."""
    if name in CODED:
        return CODED[name]().get(str(value), str(value))
    if name in YES_NO_FILTERS:
        return dict(yes_no_options(name))[bool(value)]
    if name == "region":
        region = Region(value)
        return region.name_th if wording.thai else region.name_en
    if name == "province_code":
        province = province_by_code(str(value))
        if province is None:
            return str(value)
        return province.name_th if wording.thai else province.name_en
    if name == "agreement_statuses":
        return _statuses_text(frozenset(value))
    if name == "fiscal_year" or name == "year_of_study":
        return wording.digits(str(value))
    return record_name(session, name, int(value), wording)


def _statuses_text(statuses: frozenset[AgreementStatus]) -> str:
    for option, text in agreement_status_options():
        if option == statuses:
            return text
    names = labels.agreement_status()
    return ", ".join(names[AgreementStatus(status)] for status in sorted(statuses))


def record_name(session: Session, name: str, record_id: int, wording: Wording) -> str:
    """The name of the record an id filter keeps, as its own list shows it."""
    if name in ("center_id", "subject_id"):
        found = _subject_name(session, name, record_id, wording.thai)
    else:
        found = _listed_name(session, RECORD_FILTERS[name], record_id, wording)
    return found or QCoreApplication.translate("ListDescribe", "a record no longer recorded")


def _subject_name(session: Session, name: str, record_id: int, thai: bool) -> str | None:
    from app.models.network import Center, Subject

    statement = select(Subject.name_th, Subject.name_en)
    if name == "center_id":
        statement = statement.join(Center, Center.subject_id == Subject.id).where(
            Center.id == record_id
        )
    else:
        statement = statement.where(Subject.id == record_id)
    row = session.execute(statement).first()
    if row is None:
        return None
    return str(row[0] if thai or not row[1] else row[1])


def _listed_name(session: Session, record: _Record, record_id: int, wording: Wording) -> str:
    spec = spec_for(record.kind)
    columns = [spec.column(key) for key in record.columns]
    expressions = [expression for column in columns for expression in column.selected()]
    statement = select(*expressions).select_from(spec.table)
    for join in spec.joins:
        statement = statement.join(join.target, join.on, isouter=join.outer)
    row = session.execute(statement.where(spec.table.c.id == record_id)).first()
    if row is None:
        return ""
    values = list(row)
    parts = []
    for column in columns:
        if column.display is Display.BILINGUAL:
            thai, english = values.pop(0), values.pop(0)
            value = thai if wording.thai or not english else english
        else:
            value = values.pop(0)
        if value is None or value == "":
            continue
        if isinstance(value, date):
            parts.append(wording.date_text(value))
        elif column.display is Display.CHOICE and column.labels is not None:
            parts.append(column.labels().get(str(value), str(value)))
        else:
            parts.append(wording.digits(str(value)))
    return record.separator.join(parts)
