"""The list kinds of students and their safety briefings (manual 6.1-6.2).

Students are personal data: the list shows what a person needs to find a student (code,
name, college, level, year, subject, mode of study) and never the national id or the
sensitive (equity) fields. Students sort by the Thai sort key of the first name
(``name_sort``, indexed with ``deleted``) and are found through the trigram index of their
names and code or their college's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.models.network import Subject
from app.models.students import SafetyBriefing, Student
from app.services.listing import labels
from app.services.listing.kinds import (
    COLLEGE,
    NAME_TITLE,
    equals,
    in_fiscal_year,
    table_of,
)
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Expression, Join, ListSpec, SearchTarget

STUDENT = table_of(Student)
BRIEFING = table_of(SafetyBriefing)
SUBJECT = table_of(Subject)


def _college_name(keyset: bool = True) -> Column:
    return Column(
        "college",
        lambda: QCoreApplication.translate("Lists", "College"),
        COLLEGE.c.name_th,
        sort=COLLEGE.c.name_sort,
        keyset=keyset,
    )


def _college_search(id_column: Expression) -> SearchTarget:
    return SearchTarget(
        "college_fts",
        id_column,
        (COLLEGE.c.name_th, COLLEGE.c.name_en, COLLEGE.c.code),
    )


# -- students ---------------------------------------------------------------------------------
def _students() -> ListSpec:
    return ListSpec(
        kind=ListKind.STUDENTS,
        table=STUDENT,
        columns=(
            Column(
                "student_code",
                lambda: QCoreApplication.translate("Lists", "Student code"),
                STUDENT.c.student_code,
                sort=STUDENT.c.student_code,
            ),
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
                STUDENT.c.first_name,
                sort=STUDENT.c.name_sort,
                keyset=True,
            ),
            Column(
                "last_name",
                lambda: QCoreApplication.translate("Lists", "Last name"),
                STUDENT.c.last_name,
                sort=STUDENT.c.last_name,
            ),
            _college_name(),
            Column(
                "level",
                lambda: QCoreApplication.translate("Lists", "Level"),
                STUDENT.c.level,
                Display.CHOICE,
                sort=STUDENT.c.level,
                labels=labels.level,
            ),
            Column(
                "year_of_study",
                lambda: QCoreApplication.translate("Lists", "Year of study"),
                STUDENT.c.year_of_study,
                Display.NUMBER,
                sort=STUDENT.c.year_of_study,
            ),
            Column(
                "subject",
                lambda: QCoreApplication.translate("Lists", "Subject"),
                SUBJECT.c.name_th,
            ),
            Column(
                "study_mode",
                lambda: QCoreApplication.translate("Lists", "Mode of study"),
                STUDENT.c.study_mode,
                Display.CHOICE,
                sort=STUDENT.c.study_mode,
                labels=labels.study_mode,
            ),
        ),
        default_sort=Sort("first_name"),
        joins=(
            Join(COLLEGE, COLLEGE.c.id == STUDENT.c.college_id, outer=False),
            Join(NAME_TITLE, NAME_TITLE.c.code == STUDENT.c.title_code),
            Join(SUBJECT, SUBJECT.c.id == STUDENT.c.subject_id),
        ),
        filters={
            "college_id": equals(STUDENT.c.college_id),
            "level": equals(STUDENT.c.level),
            "year_of_study": equals(STUDENT.c.year_of_study),
            "study_mode": equals(STUDENT.c.study_mode),
        },
        search_targets=(
            SearchTarget(
                "student_fts",
                STUDENT.c.id,
                (STUDENT.c.first_name, STUDENT.c.last_name, STUDENT.c.student_code),
            ),
            _college_search(STUDENT.c.college_id),
        ),
    )


# -- safety briefings -------------------------------------------------------------------------
def _safety_briefings() -> ListSpec:
    return ListSpec(
        kind=ListKind.SAFETY_BRIEFINGS,
        table=BRIEFING,
        columns=(
            Column(
                "student",
                lambda: QCoreApplication.translate("Lists", "Student"),
                STUDENT.c.first_name + " " + STUDENT.c.last_name,
                sort=STUDENT.c.name_sort,
                keyset=True,
            ),
            _college_name(),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Type"),
                BRIEFING.c.kind,
                Display.CHOICE,
                sort=BRIEFING.c.kind,
                keyset=True,
                labels=labels.briefing_kind,
            ),
            Column(
                "held_on",
                lambda: QCoreApplication.translate("Lists", "Held on"),
                BRIEFING.c.held_on,
                Display.DATE,
                sort=BRIEFING.c.held_on,
                keyset=True,
            ),
            Column(
                "given_by",
                lambda: QCoreApplication.translate("Lists", "Given by"),
                BRIEFING.c.given_by,
                sort=BRIEFING.c.given_by,
            ),
        ),
        default_sort=Sort("held_on", descending=True),
        joins=(
            Join(STUDENT, STUDENT.c.id == BRIEFING.c.student_id, outer=False),
            Join(COLLEGE, COLLEGE.c.id == STUDENT.c.college_id, outer=False),
        ),
        filters={
            "student_id": equals(BRIEFING.c.student_id),
            "briefing_kind": equals(BRIEFING.c.kind),
            "college_id": equals(STUDENT.c.college_id),
            "fiscal_year": in_fiscal_year(BRIEFING.c.held_on),
        },
        search_targets=(
            SearchTarget(
                "student_fts",
                BRIEFING.c.student_id,
                (STUDENT.c.first_name, STUDENT.c.last_name, STUDENT.c.student_code),
            ),
        ),
        search_like=(BRIEFING.c.given_by,),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.STUDENTS: _students,
    ListKind.SAFETY_BRIEFINGS: _safety_briefings,
}
