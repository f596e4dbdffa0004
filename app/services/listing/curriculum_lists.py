"""The lists of curricula (ปวช. 2562 / ปวส. 2563), TPQI units of competency and the courses
of a curriculum mapped to them (manual 3.1). Small tables: text is searched with LIKE."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, case, func, select

from app.models.curriculum import CompetencyUnit, Curriculum, CurriculumUnit
from app.models.network import Subject
from app.services.listing import labels
from app.services.listing.kinds import equals, live, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec

CURRICULUM = table_of(Curriculum)
UNIT = table_of(CompetencyUnit)
MAPPING = table_of(CurriculumUnit)
SUBJECT = table_of(Subject)

# The approval steps of a revision, latest first (the first one dated is the step reached).
STEPS: tuple[tuple[str, ColumnElement[object]], ...] = (
    ("approved", CURRICULUM.c.approved_on),
    ("submitted", CURRICULUM.c.submitted_on),
    ("board_approved", CURRICULUM.c.board_approved_on),
    ("enterprise_review", CURRICULUM.c.enterprise_review_on),
    ("revision_started", CURRICULUM.c.revision_started_on),
)


def curriculum_step() -> dict[str, str]:
    """Names of the approval steps of a curriculum revision, in the UI language."""
    return {
        "revision_started": QCoreApplication.translate("Lists", "Revision started"),
        "enterprise_review": QCoreApplication.translate("Lists", "Reviewed with enterprises"),
        "board_approved": QCoreApplication.translate("Lists", "Approved by the college board"),
        "submitted": QCoreApplication.translate(
            "Lists", "Submitted to the Office of the Vocational Education Commission"
        ),
        "approved": QCoreApplication.translate("Lists", "Approved"),
    }


def _mapped_courses(mapped_to: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.count())
        .where(mapped_to, live(MAPPING))
        .correlate_except(MAPPING)
        .scalar_subquery()
    )


def _curricula() -> ListSpec:
    latest_step = case(*((column.is_not(None), key) for key, column in STEPS), else_=None)
    latest_date = func.coalesce(*(column for _key, column in STEPS))
    mapped = _mapped_courses(MAPPING.c.curriculum_id == CURRICULUM.c.id)
    return ListSpec(
        kind=ListKind.CURRICULA,
        table=CURRICULUM,
        columns=(
            Column(
                "subject",
                lambda: QCoreApplication.translate("Lists", "Excellent subject"),
                SUBJECT.c.name_th,
                sort=SUBJECT.c.name_th,
                keyset=True,
            ),
            Column(
                "level",
                lambda: QCoreApplication.translate("Lists", "Level"),
                CURRICULUM.c.level,
                Display.CHOICE,
                sort=CURRICULUM.c.level,
                keyset=True,
                labels=labels.level,
            ),
            Column(
                "edition_year",
                lambda: QCoreApplication.translate("Lists", "Edition (B.E.)"),
                CURRICULUM.c.edition_year,
                Display.YEAR,
                sort=CURRICULUM.c.edition_year,
                keyset=True,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Curriculum title"),
                CURRICULUM.c.title,
                sort=CURRICULUM.c.title,
                keyset=True,
            ),
            Column(
                "revision_status",
                lambda: QCoreApplication.translate("Lists", "Revision"),
                CURRICULUM.c.revision_status,
                Display.CHOICE,
                sort=CURRICULUM.c.revision_status,
                keyset=True,
                labels=labels.revision_status,
            ),
            Column(
                "latest_step",
                lambda: QCoreApplication.translate("Lists", "Latest step"),
                latest_step,
                Display.CHOICE,
                labels=curriculum_step,
            ),
            Column(
                "latest_step_on",
                lambda: QCoreApplication.translate("Lists", "Latest step on"),
                latest_date,
                Display.DATE,
                sort=latest_date,
            ),
            Column(
                "approved_on",
                lambda: QCoreApplication.translate("Lists", "Approved on"),
                CURRICULUM.c.approved_on,
                Display.DATE,
                sort=CURRICULUM.c.approved_on,
            ),
            Column(
                "mapped_courses",
                lambda: QCoreApplication.translate("Lists", "Mapped courses"),
                mapped,
                Display.NUMBER,
                sort=mapped,
                keyset=True,
            ),
        ),
        default_sort=Sort("edition_year", descending=True),
        joins=(Join(SUBJECT, SUBJECT.c.id == CURRICULUM.c.subject_id, outer=False),),
        filters={
            "subject_id": equals(CURRICULUM.c.subject_id),
            "level": equals(CURRICULUM.c.level),
            "revision_status": equals(CURRICULUM.c.revision_status),
        },
        search_like=(CURRICULUM.c.title, SUBJECT.c.name_th),
    )


def _competency_units() -> ListSpec:
    mapped = _mapped_courses(MAPPING.c.competency_unit_id == UNIT.c.id)
    return ListSpec(
        kind=ListKind.COMPETENCY_UNITS,
        table=UNIT,
        columns=(
            Column(
                "code",
                lambda: QCoreApplication.translate("Lists", "Unit code"),
                UNIT.c.code,
                sort=UNIT.c.code,
                keyset=True,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Unit of competency"),
                UNIT.c.title,
                sort=UNIT.c.title,
                keyset=True,
            ),
            Column(
                "tpqi_level",
                lambda: QCoreApplication.translate("Lists", "TPQI level"),
                UNIT.c.tpqi_level,
                Display.NUMBER,
                sort=UNIT.c.tpqi_level,
                keyset=True,
            ),
            Column(
                "occupation_standard",
                lambda: QCoreApplication.translate("Lists", "Occupation standard"),
                UNIT.c.occupation_standard,
                sort=UNIT.c.occupation_standard,
            ),
            Column(
                "mapped_courses",
                lambda: QCoreApplication.translate("Lists", "Mapped courses"),
                mapped,
                Display.NUMBER,
                sort=mapped,
                keyset=True,
            ),
        ),
        default_sort=Sort("code"),
        search_like=(UNIT.c.code, UNIT.c.title),
    )


def _curriculum_units() -> ListSpec:
    return ListSpec(
        kind=ListKind.CURRICULUM_UNITS,
        table=MAPPING,
        columns=(
            Column(
                "curriculum",
                lambda: QCoreApplication.translate("Lists", "Curriculum"),
                CURRICULUM.c.title,
                sort=CURRICULUM.c.title,
                keyset=True,
            ),
            Column(
                "course_code",
                lambda: QCoreApplication.translate("Lists", "Course code"),
                MAPPING.c.course_code,
                sort=MAPPING.c.course_code,
                keyset=True,
            ),
            Column(
                "course_title",
                lambda: QCoreApplication.translate("Lists", "Course title"),
                MAPPING.c.course_title,
                sort=MAPPING.c.course_title,
                keyset=True,
            ),
            Column(
                "unit_code",
                lambda: QCoreApplication.translate("Lists", "Unit code"),
                UNIT.c.code,
                sort=UNIT.c.code,
                keyset=True,
            ),
            Column(
                "unit_title",
                lambda: QCoreApplication.translate("Lists", "Unit of competency"),
                UNIT.c.title,
                sort=UNIT.c.title,
                keyset=True,
            ),
            Column(
                "unit_level",
                lambda: QCoreApplication.translate("Lists", "TPQI level"),
                UNIT.c.tpqi_level,
                Display.NUMBER,
                sort=UNIT.c.tpqi_level,
                keyset=True,
            ),
        ),
        default_sort=Sort("course_code"),
        joins=(
            Join(CURRICULUM, CURRICULUM.c.id == MAPPING.c.curriculum_id, outer=False),
            Join(UNIT, UNIT.c.id == MAPPING.c.competency_unit_id, outer=False),
        ),
        filters={
            "curriculum_id": equals(MAPPING.c.curriculum_id),
            "competency_unit_id": equals(MAPPING.c.competency_unit_id),
        },
        search_like=(MAPPING.c.course_code, MAPPING.c.course_title, UNIT.c.code, UNIT.c.title),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.CURRICULA: _curricula,
    ListKind.COMPETENCY_UNITS: _competency_units,
    ListKind.CURRICULUM_UNITS: _curriculum_units,
}
