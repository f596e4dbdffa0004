"""The list kinds of teacher training (manual 5.2-5.3): curricula, their runs, enrolments.

Enrolments may reach a million rows, so that list's usual order (newest run first, by
``run_id``) is a walk of the ``(deleted, run_id)`` index, and every joined table is an outer
join by primary key (display only): counting and paging never join. Its filters and its
college search go through the teacher's id (``teacher_id IN (...)``, indexed) instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Column as TableColumn
from sqlalchemy import ColumnElement, Integer, TypeDecorator, func, select, type_coerce

from app.models.network import Enterprise
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.listing import labels
from app.services.listing.kinds import (
    COLLEGE,
    COLLEGE_GROUP,
    equals,
    in_fiscal_year,
    live,
    table_of,
)
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget
from app.services.thai.fiscal import fiscal_year_range

COURSE = table_of(TrainingCourse)
RUN = table_of(TrainingRun)
ENROLLMENT = table_of(Enrollment)
TEACHER = table_of(Teacher)
ENTERPRISE = table_of(Enterprise)

# Aliases for the filters' subqueries: the plain tables are outer-joined by the enrolments
# list, and a subquery over the same table would otherwise be correlated to that join.
_RUN_OF = RUN.alias("filter_run")
_TEACHER_OF = TEACHER.alias("filter_teacher")
_COLLEGE_OF = COLLEGE.alias("filter_college")


# -- curricula ------------------------------------------------------------------------------
def _training_courses() -> ListSpec:
    runs = (
        select(func.count())
        .where(RUN.c.course_id == COURSE.c.id, live(RUN))
        .correlate(COURSE)
        .scalar_subquery()
    )
    return ListSpec(
        kind=ListKind.TRAINING_COURSES,
        table=COURSE,
        columns=(
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Curriculum"),
                COURSE.c.title,
                sort=COURSE.c.title,
                keyset=True,
            ),
            Column(
                "hours",
                lambda: QCoreApplication.translate("Lists", "Hours"),
                COURSE.c.hours,
                Display.NUMBER,
                sort=COURSE.c.hours,
                keyset=True,
            ),
            Column(
                "partner",
                lambda: QCoreApplication.translate("Lists", "Partner enterprise"),
                ENTERPRISE.c.name_th,
                sort=ENTERPRISE.c.name_sort,
            ),
            Column(
                "is_wbl",
                lambda: QCoreApplication.translate("Lists", "Work-based learning"),
                COURSE.c.is_wbl,
                Display.FLAG,
                sort=COURSE.c.is_wbl,
                labels=labels.flag,
            ),
            Column(
                "runs",
                lambda: QCoreApplication.translate("Lists", "Runs"),
                runs,
                Display.NUMBER,
                sort=runs,
            ),
        ),
        default_sort=Sort("title"),
        joins=(Join(ENTERPRISE, ENTERPRISE.c.id == COURSE.c.partner_enterprise_id),),
        filters={"center_id": equals(COURSE.c.center_id)},
        search_like=(COURSE.c.title, COURSE.c.competencies),
    )


# -- runs -----------------------------------------------------------------------------------
def _enrolled(run_id: ColumnElement[int], *more: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.count())
        .where(ENROLLMENT.c.run_id == run_id, live(ENROLLMENT), *more)
        .correlate(RUN)
        .scalar_subquery()
    )


def _training_runs() -> ListSpec:
    enrolled = _enrolled(RUN.c.id)
    completed = _enrolled(RUN.c.id, ENROLLMENT.c.completed.is_(True))
    return ListSpec(
        kind=ListKind.TRAINING_RUNS,
        table=RUN,
        columns=(
            Column(
                "course",
                lambda: QCoreApplication.translate("Lists", "Curriculum"),
                COURSE.c.title,
                sort=COURSE.c.title,
                keyset=True,
            ),
            Column(
                "starts_on",
                lambda: QCoreApplication.translate("Lists", "Starts on"),
                RUN.c.starts_on,
                Display.DATE,
                sort=RUN.c.starts_on,
                keyset=True,
            ),
            Column(
                "ends_on",
                lambda: QCoreApplication.translate("Lists", "Ends on"),
                RUN.c.ends_on,
                Display.DATE,
                sort=RUN.c.ends_on,
                keyset=True,
            ),
            Column(
                "venue",
                lambda: QCoreApplication.translate("Lists", "Venue"),
                RUN.c.venue,
                sort=RUN.c.venue,
            ),
            Column(
                "capacity",
                lambda: QCoreApplication.translate("Lists", "Capacity"),
                RUN.c.capacity,
                Display.NUMBER,
                sort=RUN.c.capacity,
                keyset=True,
            ),
            Column(
                "enrolled",
                lambda: QCoreApplication.translate("Lists", "Enrolled"),
                enrolled,
                Display.NUMBER,
                sort=enrolled,
            ),
            Column(
                "completed",
                lambda: QCoreApplication.translate("Lists", "Completed"),
                completed,
                Display.NUMBER,
                sort=completed,
            ),
        ),
        default_sort=Sort("starts_on", descending=True),
        joins=(Join(COURSE, COURSE.c.id == RUN.c.course_id, outer=False),),
        filters={
            "fiscal_year": in_fiscal_year(RUN.c.starts_on),
            "course_id": equals(RUN.c.course_id),
        },
        search_like=(COURSE.c.title, RUN.c.venue),
    )


# -- enrolments -----------------------------------------------------------------------------
def _runs_where(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return ENROLLMENT.c.run_id.in_(select(_RUN_OF.c.id).where(*conditions))


def _teachers_where(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return ENROLLMENT.c.teacher_id.in_(select(_TEACHER_OF.c.id).where(*conditions))


def _course_filter(course_id: int) -> ColumnElement[bool]:
    return _runs_where(_RUN_OF.c.course_id == course_id)


def _run_year_filter(fiscal_year: int) -> ColumnElement[bool]:
    first, last = fiscal_year_range(fiscal_year)
    return _runs_where(_RUN_OF.c.starts_on.between(first, last))


def _college_filter(college_id: int) -> ColumnElement[bool]:
    return _teachers_where(_TEACHER_OF.c.college_id == college_id)


def _group_filter(group: str) -> ColumnElement[bool]:
    colleges = select(_COLLEGE_OF.c.id).where(_COLLEGE_OF.c.group == str(group))
    return _teachers_where(_TEACHER_OF.c.college_id.in_(colleges))


def _completed_filter(completed: bool) -> ColumnElement[bool]:
    return ENROLLMENT.c.completed.is_(bool(completed))


def _of_teacher(column: TableColumn[Any]) -> ColumnElement[Any]:
    """A teacher's ``column`` (a college column: of the teacher's college) for each enrolment,
    without joining: the list's count and search stay free of joins."""
    query = select(column).where(TEACHER.c.id == ENROLLMENT.c.teacher_id)
    if column.table is COLLEGE:
        query = query.join_from(TEACHER, COLLEGE, COLLEGE.c.id == TEACHER.c.college_id)
    return query.correlate(ENROLLMENT).scalar_subquery()


class _CollegeOfTeacher(TypeDecorator[int]):
    """An enrolment's ``teacher_id`` typed so that ``IN (college ids)`` keeps the enrolments
    whose teacher belongs to one of those colleges.

    A search target's rows are ``id_column IN (ids the FTS index matched)``; written on the
    teacher id (indexed) instead of a per-row lookup of the college, SQLite answers a college
    search from the index rather than by walking every enrolment.
    """

    impl = Integer
    cache_ok = True

    class comparator_factory(Integer.Comparator[int]):
        def in_(self, other: Any) -> ColumnElement[bool]:
            teachers = select(_TEACHER_OF.c.id).where(_TEACHER_OF.c.college_id.in_(other))
            return ENROLLMENT.c.teacher_id.in_(teachers)


def _enrollments() -> ListSpec:
    teacher_name = TEACHER.c.first_name + " " + TEACHER.c.last_name
    return ListSpec(
        kind=ListKind.ENROLLMENTS,
        table=ENROLLMENT,
        columns=(
            Column(
                "run",
                lambda: QCoreApplication.translate("Lists", "Training run"),
                COURSE.c.title,
                sort=ENROLLMENT.c.run_id,
                keyset=True,
            ),
            Column(
                "starts_on",
                lambda: QCoreApplication.translate("Lists", "Run starts on"),
                RUN.c.starts_on,
                Display.DATE,
            ),
            Column(
                "teacher",
                lambda: QCoreApplication.translate("Lists", "Teacher"),
                teacher_name,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
            ),
            Column(
                "group",
                lambda: QCoreApplication.translate("Lists", "Group"),
                COLLEGE_GROUP.c.th,
                Display.BILINGUAL,
                expression_en=COLLEGE_GROUP.c.en,
            ),
            Column(
                "attended_hours",
                lambda: QCoreApplication.translate("Lists", "Hours attended"),
                ENROLLMENT.c.attended_hours,
                Display.NUMBER,
            ),
            Column(
                "completed",
                lambda: QCoreApplication.translate("Lists", "Completed"),
                ENROLLMENT.c.completed,
                Display.FLAG,
                labels=labels.flag,
            ),
            Column(
                "certificate_no",
                lambda: QCoreApplication.translate("Lists", "Certificate number"),
                ENROLLMENT.c.certificate_no,
            ),
        ),
        default_sort=Sort("run", descending=True),
        joins=(
            Join(RUN, RUN.c.id == ENROLLMENT.c.run_id),
            Join(COURSE, COURSE.c.id == RUN.c.course_id),
            Join(TEACHER, TEACHER.c.id == ENROLLMENT.c.teacher_id),
            Join(COLLEGE, COLLEGE.c.id == TEACHER.c.college_id),
            Join(COLLEGE_GROUP, COLLEGE_GROUP.c.code == COLLEGE.c.group),
        ),
        filters=_enrollment_filters(),
        search_targets=(
            SearchTarget(
                "teacher_fts",
                ENROLLMENT.c.teacher_id,
                (_of_teacher(TEACHER.c.first_name), _of_teacher(TEACHER.c.last_name)),
            ),
            SearchTarget(
                "college_fts",
                type_coerce(ENROLLMENT.c.teacher_id, _CollegeOfTeacher()),
                (
                    _of_teacher(COLLEGE.c.name_th),
                    _of_teacher(COLLEGE.c.name_en),
                    _of_teacher(COLLEGE.c.code),
                ),
            ),
        ),
    )


def _enrollment_filters() -> dict[str, Callable[..., ColumnElement[bool]]]:
    return {
        "run_id": equals(ENROLLMENT.c.run_id),
        "course_id": _course_filter,
        "teacher_id": equals(ENROLLMENT.c.teacher_id),
        "college_id": _college_filter,
        "college_group": _group_filter,
        "completed": _completed_filter,
        "fiscal_year": _run_year_filter,
    }


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.TRAINING_COURSES: _training_courses,
    ListKind.TRAINING_RUNS: _training_runs,
    ListKind.ENROLLMENTS: _enrollments,
}
