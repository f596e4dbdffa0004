"""The list kinds of teachers and their skill gaps (manual activity 5.1).

Teachers sort by the Thai sort key of the first name (``name_sort``, indexed with
``deleted``) and are found through the trigram index of their names or their college's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.models.network import Subject
from app.models.teachers import SkillGap, Teacher
from app.services.listing.kinds import COLLEGE, COLLEGE_GROUP, NAME_TITLE, equals, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget

TEACHER = table_of(Teacher)
SKILL_GAP = table_of(SkillGap)
SUBJECT = table_of(Subject)

PRIORITIES = ("1", "2", "3")
"""Skill-gap priorities as stored: 1 high, 2 medium, 3 low."""


def priority_labels() -> dict[str, str]:
    """The translated names of the priorities (high first)."""
    return {
        "1": QCoreApplication.translate("Priority", "High"),
        "2": QCoreApplication.translate("Priority", "Medium"),
        "3": QCoreApplication.translate("Priority", "Low"),
    }


def _college_name() -> Column:
    return Column(
        "college",
        lambda: QCoreApplication.translate("Lists", "College"),
        COLLEGE.c.name_th,
        sort=COLLEGE.c.name_sort,
        keyset=True,
    )


def _college_search() -> SearchTarget:
    return SearchTarget(
        "college_fts", TEACHER.c.college_id, (COLLEGE.c.name_th, COLLEGE.c.name_en, COLLEGE.c.code)
    )


def _teacher_search() -> SearchTarget:
    return SearchTarget("teacher_fts", TEACHER.c.id, (TEACHER.c.first_name, TEACHER.c.last_name))


def _college_joins() -> tuple[Join, ...]:
    return (
        Join(COLLEGE, COLLEGE.c.id == TEACHER.c.college_id, outer=False),
        Join(COLLEGE_GROUP, COLLEGE_GROUP.c.code == COLLEGE.c.group),
    )


# -- teachers -------------------------------------------------------------------------------
def _teachers() -> ListSpec:
    return ListSpec(
        kind=ListKind.TEACHERS,
        table=TEACHER,
        columns=(
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Name title"),
                NAME_TITLE.c.th,
                Display.BILINGUAL,
                expression_en=NAME_TITLE.c.en,
            ),
            Column(
                "first_name",
                lambda: QCoreApplication.translate("Lists", "First name"),
                TEACHER.c.first_name,
                sort=TEACHER.c.name_sort,
                keyset=True,
            ),
            Column(
                "last_name",
                lambda: QCoreApplication.translate("Lists", "Last name"),
                TEACHER.c.last_name,
                sort=TEACHER.c.last_name,
            ),
            _college_name(),
            Column(
                "college_group",
                lambda: QCoreApplication.translate("Lists", "Group"),
                COLLEGE_GROUP.c.th,
                Display.BILINGUAL,
                sort=COLLEGE_GROUP.c.sort_order,
                expression_en=COLLEGE_GROUP.c.en,
            ),
            Column(
                "subject",
                lambda: QCoreApplication.translate("Lists", "Subject"),
                SUBJECT.c.name_th,
            ),
            Column(
                "position",
                lambda: QCoreApplication.translate("Lists", "Position"),
                TEACHER.c.position,
            ),
            Column(
                "qualification",
                lambda: QCoreApplication.translate("Lists", "Qualification"),
                TEACHER.c.qualification,
            ),
        ),
        default_sort=Sort("first_name"),
        joins=(
            *_college_joins(),
            Join(NAME_TITLE, NAME_TITLE.c.code == TEACHER.c.title_code),
            Join(SUBJECT, SUBJECT.c.id == TEACHER.c.subject_id),
        ),
        filters={
            "college_id": equals(TEACHER.c.college_id),
            "college_group": equals(COLLEGE.c.group),
            "subject_id": equals(TEACHER.c.subject_id),
        },
        search_targets=(_teacher_search(), _college_search()),
    )


# -- skill gaps -----------------------------------------------------------------------------
def _skill_gaps() -> ListSpec:
    return ListSpec(
        kind=ListKind.SKILL_GAPS,
        table=SKILL_GAP,
        columns=(
            Column(
                "teacher",
                lambda: QCoreApplication.translate("Lists", "Teacher"),
                TEACHER.c.first_name + " " + TEACHER.c.last_name,
                sort=TEACHER.c.name_sort,
                keyset=True,
            ),
            _college_name(),
            Column(
                "fiscal_year",
                lambda: QCoreApplication.translate("Lists", "Fiscal year"),
                SKILL_GAP.c.fiscal_year,
                Display.YEAR,
                sort=SKILL_GAP.c.fiscal_year,
                keyset=True,
            ),
            Column(
                "competency",
                lambda: QCoreApplication.translate("Lists", "Competency"),
                SKILL_GAP.c.competency,
                sort=SKILL_GAP.c.competency,
                keyset=True,
            ),
            Column(
                "current_level",
                lambda: QCoreApplication.translate("Lists", "Current level"),
                SKILL_GAP.c.current_level,
                Display.NUMBER,
                sort=SKILL_GAP.c.current_level,
                keyset=True,
            ),
            Column(
                "target_level",
                lambda: QCoreApplication.translate("Lists", "Target level"),
                SKILL_GAP.c.target_level,
                Display.NUMBER,
                sort=SKILL_GAP.c.target_level,
                keyset=True,
            ),
            Column(
                "priority",
                lambda: QCoreApplication.translate("Lists", "Priority"),
                SKILL_GAP.c.priority,
                Display.CHOICE,
                sort=SKILL_GAP.c.priority,
                keyset=True,
                labels=priority_labels,
            ),
        ),
        default_sort=Sort("fiscal_year", descending=True),
        joins=(
            Join(TEACHER, TEACHER.c.id == SKILL_GAP.c.teacher_id, outer=False),
            Join(COLLEGE, COLLEGE.c.id == TEACHER.c.college_id, outer=False),
        ),
        filters={
            "fiscal_year": equals(SKILL_GAP.c.fiscal_year),
            "teacher_id": equals(SKILL_GAP.c.teacher_id),
            "college_id": equals(TEACHER.c.college_id),
            "college_group": equals(COLLEGE.c.group),
        },
        search_targets=(
            SearchTarget(
                "teacher_fts", SKILL_GAP.c.teacher_id, (TEACHER.c.first_name, TEACHER.c.last_name)
            ),
        ),
        search_like=(SKILL_GAP.c.competency,),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.TEACHERS: _teachers,
    ListKind.SKILL_GAPS: _skill_gaps,
}
