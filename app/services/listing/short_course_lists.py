"""The lists of short courses, their runs and trainees (manual 3.2, 6.3). Small tables: text
is searched with LIKE. A run "meets the target" when it has at least 20 live trainees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, func, select, true

from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.network import College
from app.models.students import Student
from app.services.listing import labels
from app.services.listing.kinds import equals, in_fiscal_year, live, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec
from app.services.short_course_targets import TRAINEE_TARGET

COURSE = table_of(ShortCourse)
RUN = table_of(ShortCourseRun)
TRAINEE = table_of(ShortCourseTrainee)
COLLEGE = table_of(College)
STUDENT = table_of(Student)


def target_met() -> dict[str, str]:
    """Labels of the 20-trainee target column, keyed "1" and "0"."""
    return {
        "1": QCoreApplication.translate("Lists", "Met"),
        "0": QCoreApplication.translate("Lists", "Not met"),
    }


def _trainees_of_run(*conditions: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.count())
        .where(TRAINEE.c.run_id == RUN.c.id, live(TRAINEE), *conditions)
        .correlate(RUN)
        .scalar_subquery()
    )


def _college_name() -> Column:
    return Column(
        "college",
        lambda: QCoreApplication.translate("Lists", "College"),
        COLLEGE.c.name_th,
        sort=COLLEGE.c.name_sort,
    )


def _short_courses() -> ListSpec:
    runs = (
        select(func.count())
        .where(RUN.c.short_course_id == COURSE.c.id, live(RUN))
        .correlate(COURSE)
        .scalar_subquery()
    )
    trainees = (
        select(func.count())
        .select_from(TRAINEE.join(RUN, RUN.c.id == TRAINEE.c.run_id))
        .where(RUN.c.short_course_id == COURSE.c.id, live(RUN), live(TRAINEE))
        .correlate(COURSE)
        .scalar_subquery()
    )
    return ListSpec(
        kind=ListKind.SHORT_COURSES,
        table=COURSE,
        columns=(
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Short-course title"),
                COURSE.c.title,
                sort=COURSE.c.title,
                keyset=True,
            ),
            _college_name(),
            Column(
                "track",
                lambda: QCoreApplication.translate("Lists", "Skill track"),
                COURSE.c.track,
                Display.CHOICE,
                sort=COURSE.c.track,
                keyset=True,
                labels=labels.skill_track,
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
                "approved_on",
                lambda: QCoreApplication.translate("Lists", "Approved on"),
                COURSE.c.approved_on,
                Display.DATE,
                sort=COURSE.c.approved_on,
            ),
            Column(
                "approved_by",
                lambda: QCoreApplication.translate("Lists", "Approved by"),
                COURSE.c.approved_by,
            ),
            Column(
                "runs",
                lambda: QCoreApplication.translate("Lists", "Runs"),
                runs,
                Display.NUMBER,
                sort=runs,
                keyset=True,
            ),
            Column(
                "trainees",
                lambda: QCoreApplication.translate("Lists", "Trainees"),
                trainees,
                Display.NUMBER,
                sort=trainees,
                keyset=True,
            ),
        ),
        default_sort=Sort("title"),
        joins=(Join(COLLEGE, COLLEGE.c.id == COURSE.c.college_id),),
        filters={
            "skill_track": equals(COURSE.c.track),
            "college_id": equals(COURSE.c.college_id),
            "center_id": equals(COURSE.c.center_id),
        },
        search_like=(COURSE.c.title,),
    )


def _short_course_runs() -> ListSpec:
    trainees = _trainees_of_run()
    completed = _trainees_of_run(TRAINEE.c.completed == true())
    met = trainees >= TRAINEE_TARGET
    return ListSpec(
        kind=ListKind.SHORT_COURSE_RUNS,
        table=RUN,
        columns=(
            Column(
                "course",
                lambda: QCoreApplication.translate("Lists", "Short-course title"),
                COURSE.c.title,
                sort=COURSE.c.title,
                keyset=True,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
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
                "capacity",
                lambda: QCoreApplication.translate("Lists", "Capacity"),
                RUN.c.capacity,
                Display.NUMBER,
                sort=RUN.c.capacity,
                keyset=True,
            ),
            Column(
                "trainees",
                lambda: QCoreApplication.translate("Lists", "Trainees"),
                trainees,
                Display.NUMBER,
                sort=trainees,
                keyset=True,
            ),
            Column(
                "completed",
                lambda: QCoreApplication.translate("Lists", "Completed"),
                completed,
                Display.NUMBER,
                sort=completed,
                keyset=True,
            ),
            Column(
                "target_met",
                lambda: QCoreApplication.translate("Lists", "20-trainee target"),
                met,
                Display.FLAG,
                labels=target_met,
            ),
        ),
        default_sort=Sort("starts_on", descending=True),
        joins=(
            Join(COURSE, COURSE.c.id == RUN.c.short_course_id, outer=False),
            Join(COLLEGE, COLLEGE.c.id == RUN.c.college_id, outer=False),
        ),
        filters={
            "short_course_id": equals(RUN.c.short_course_id),
            "fiscal_year": in_fiscal_year(RUN.c.starts_on),
            "college_id": equals(RUN.c.college_id),
        },
        search_like=(COURSE.c.title, COLLEGE.c.name_th),
    )


def _short_course_trainees() -> ListSpec:
    return ListSpec(
        kind=ListKind.SHORT_COURSE_TRAINEES,
        table=TRAINEE,
        columns=(
            Column(
                "full_name",
                lambda: QCoreApplication.translate("Lists", "Full name"),
                TRAINEE.c.full_name,
                sort=TRAINEE.c.full_name,
                keyset=True,
            ),
            Column(
                "category",
                lambda: QCoreApplication.translate("Lists", "Trainee group"),
                TRAINEE.c.category,
                Display.CHOICE,
                sort=TRAINEE.c.category,
                keyset=True,
                labels=labels.trainee_category,
            ),
            Column(
                "student_code",
                lambda: QCoreApplication.translate("Lists", "Student code"),
                STUDENT.c.student_code,
            ),
            Column(
                "course",
                lambda: QCoreApplication.translate("Lists", "Short-course title"),
                COURSE.c.title,
                sort=COURSE.c.title,
                keyset=True,
            ),
            Column(
                "run_starts_on",
                lambda: QCoreApplication.translate("Lists", "Run starts on"),
                RUN.c.starts_on,
                Display.DATE,
                sort=RUN.c.starts_on,
                keyset=True,
            ),
            Column(
                "completed",
                lambda: QCoreApplication.translate("Lists", "Completed"),
                TRAINEE.c.completed,
                Display.FLAG,
                sort=TRAINEE.c.completed,
                labels=labels.flag,
            ),
        ),
        default_sort=Sort("full_name"),
        joins=(
            Join(RUN, RUN.c.id == TRAINEE.c.run_id, outer=False),
            Join(COURSE, COURSE.c.id == RUN.c.short_course_id, outer=False),
            Join(STUDENT, STUDENT.c.id == TRAINEE.c.student_id),
        ),
        filters={
            "short_course_run_id": equals(TRAINEE.c.run_id),
            "short_course_id": equals(RUN.c.short_course_id),
            "trainee_category": equals(TRAINEE.c.category),
            "completed": equals(TRAINEE.c.completed),
            "fiscal_year": in_fiscal_year(RUN.c.starts_on),
        },
        search_like=(TRAINEE.c.full_name,),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.SHORT_COURSES: _short_courses,
    ListKind.SHORT_COURSE_RUNS: _short_course_runs,
    ListKind.SHORT_COURSE_TRAINEES: _short_course_trainees,
}
