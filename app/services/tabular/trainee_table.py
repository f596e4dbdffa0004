"""Short-course trainees in a spreadsheet (manual 3.2, 6.3): import, template and export.

A row names its run by the course title and the start date, and by the college when the
course has more than one run that day. A student code links the student of the run's
college. The rules are the form's: a trainee of the student group is a recorded student of
ปวช.3 or ปวส.2, nobody is twice in a run, and a run never takes more than its capacity
(counting the rows of the same file before it).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.enums import TraineeCategory
from app.models.network import College
from app.models.students import Student
from app.services.records.short_courses import full_run_message, student_problem
from app.services.tabular import values as v
from app.services.tabular.columns import NO, YES, Column, KindSpec, TableKind, first_spelling
from app.services.tabular.exporter import CollegeNames, stream_rows
from app.services.tabular.records import CollegeIndex, NameIndex, Problem, Records
from app.services.tabular.values import name_key

CATEGORIES: dict[TraineeCategory, tuple[str, ...]] = {
    TraineeCategory.STUDENT: (
        "นักเรียน", "student", "นักศึกษา", "นักเรียนนักศึกษา", "นักเรียน นักศึกษา", "ผู้เรียน",
    ),
    TraineeCategory.GRADUATE: (
        "ผู้สำเร็จการศึกษา", "graduate", "ผู้จบการศึกษา", "จบการศึกษา", "ศิษย์เก่า",
    ),
    TraineeCategory.UNEMPLOYED: (
        "ผู้ว่างงาน", "unemployed", "ว่างงาน", "unemployed person", "คนว่างงาน",
    ),
    TraineeCategory.PUBLIC: (
        "ประชาชนทั่วไป", "public", "ประชาชน", "บุคคลทั่วไป", "general public",
        "member of the public",
    ),
}  # fmt: skip

SPEC = KindSpec(
    TableKind.TRAINEES,
    "ผู้เข้ารับการฝึกอบรม",
    "Short-course trainees",
    (
        Column(
            "course", "หลักสูตรระยะสั้น", "Short course", v.text_parser(250), required=True,
            example="การเขียนโปรแกรม PLC เบื้องต้น",
            aliases=("ชื่อหลักสูตร", "ชื่อหลักสูตรระยะสั้น", "หลักสูตร", "course", "course title"),
            width=40,
        ),
        Column(
            "starts_on", "วันที่เริ่มอบรม", "Run start date", v.parse_date, required=True,
            example="1/11/2568", hint="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. (day/month/year)",
            aliases=("วันเริ่มอบรม", "วันที่เริ่ม", "start date", "starts on"), width=14,
        ),
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200),
            example="วิทยาลัยเทคนิคชลบุรี",
            hint="ชื่อหรือรหัสสถานศึกษา; ว่างได้ถ้าหลักสูตรมีรุ่นเดียวที่เริ่มวันนั้น "
            "(name or code; may be empty when the course has one run that day)",
            aliases=("ชื่อสถานศึกษา", "college name"), width=36,
        ),
        Column(
            "category", "ประเภทผู้เข้ารับการฝึกอบรม", "Trainee group",
            v.choice_parser(CATEGORIES), required=True, example="ประชาชนทั่วไป",
            hint="นักเรียน / ผู้สำเร็จการศึกษา / ผู้ว่างงาน / ประชาชนทั่วไป "
            "(student / graduate / unemployed / public)",
            aliases=("ประเภท", "กลุ่มผู้เข้าอบรม", "category", "trainee category"), width=22,
        ),
        Column(
            "full_name", "ชื่อ-นามสกุล", "Full name", v.text_parser(200), required=True,
            example="นายสมชาย ใจดี", aliases=("ชื่อ", "ชื่อผู้เข้าอบรม", "name"), width=30,
        ),
        Column(
            "student_code", "รหัสนักเรียน", "Student code", v.code_parser(20),
            example="", hint="รหัสนักเรียนของสถานศึกษาที่จัดอบรม (student code at that college)",
            aliases=("รหัสนักศึกษา", "student id"),
        ),
        Column(
            "completed", "จบหลักสูตร (ใช่/ไม่ใช่)", "Completed (yes/no)", v.parse_yes_no,
            example="ใช่", hint="ใช่ / ไม่ใช่ (yes / no); ว่าง = ไม่ใช่",
            aliases=("จบหลักสูตร", "ผ่านการอบรม", "completed"),
        ),
    ),
)  # fmt: skip


class RunSlot(NamedTuple):
    run_id: int
    college_id: int
    capacity: int


class TraineeRecords(Records):
    kind = TableKind.TRAINEES

    def load(self) -> None:
        self.courses = NameIndex()
        for course_id, title in self.session.execute(
            select(ShortCourse.id, ShortCourse.title).where(ShortCourse.deleted.is_(False))
        ):
            self.courses.add(title, course_id)
        self.runs: dict[tuple[int, date], list[RunSlot]] = {}
        for run_id, course_id, starts_on, college_id, capacity in self.session.execute(
            select(
                ShortCourseRun.id,
                ShortCourseRun.short_course_id,
                ShortCourseRun.starts_on,
                ShortCourseRun.college_id,
                ShortCourseRun.capacity,
            ).where(ShortCourseRun.deleted.is_(False))
        ):
            slot = RunSlot(run_id, college_id, capacity)
            self.runs.setdefault((course_id, starts_on), []).append(slot)
        self.colleges = CollegeIndex(self.session)
        self.taken: dict[int, int] = dict(
            self.session.execute(  # type: ignore[arg-type]
                select(ShortCourseTrainee.run_id, func.count())
                .where(ShortCourseTrainee.deleted.is_(False))
                .group_by(ShortCourseTrainee.run_id)
            ).all()
        )
        for run_id, student_id, full_name in self.session.execute(
            select(
                ShortCourseTrainee.run_id,
                ShortCourseTrainee.student_id,
                ShortCourseTrainee.full_name,
            ).where(ShortCourseTrainee.deleted.is_(False))
        ):
            self.existing.add(("name", run_id, name_key(full_name)))
            if student_id is not None:
                self.existing.add(("student", run_id, student_id))
        self.added: dict[int, set[Hashable]] = {}
        """Per run, the keys of the people earlier rows of the file add."""
        self.new_people: dict[int, int] = {}
        """Per run, how many people earlier rows of the file add."""

    def _run(self, values: dict[str, Any]) -> Problem | RunSlot:
        course_ids = self.courses.find(values["course"])
        if len(course_ids) != 1:
            if course_ids:
                message = QCoreApplication.translate(
                    "Import", "{count} short courses have this title. Give them different titles."
                ).format(count=len(course_ids))
            else:
                message = QCoreApplication.translate(
                    "Import", "No short course with this title is in the database."
                )
            return ("course", message)
        runs = self.runs.get((course_ids[0], values["starts_on"]), [])
        if not runs:
            message = QCoreApplication.translate(
                "Import", "This short course has no run starting on this date."
            )
            return ("starts_on", message)
        college = values.get("college")
        if college is not None:
            ids = set(self.colleges.find(college))
            runs = [run for run in runs if run.college_id in ids]
            if not runs:
                message = QCoreApplication.translate(
                    "Import", "No run of this course starting on this date is held by this college."
                )
                return ("college", message)
        if len(runs) > 1:
            message = QCoreApplication.translate(
                "Import",
                "Several runs of this course start on this date. Write the college that holds it.",
            )
            return ("college", message)
        return runs[0]

    def _student(self, values: dict[str, Any], college_id: int) -> Problem | Student | None:
        code = values.get("student_code")
        if code is None:
            return None
        found = self.session.scalars(
            select(Student).where(
                Student.deleted.is_(False),
                Student.college_id == college_id,
                Student.student_code == code,
            )
        ).all()
        if len(found) != 1:
            message = QCoreApplication.translate(
                "Import", "No student with this code is recorded at the college of the run."
            )
            return ("student_code", message)
        return found[0]

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        values.setdefault("completed", False)
        run = self._run(values)
        if not isinstance(run, RunSlot):
            return [run]
        values["run_id"] = run.run_id
        problems: list[Problem] = []
        found = self._student(values, run.college_id)
        student = found if isinstance(found, Student) else None
        if isinstance(found, tuple):
            problems.append(found)
        values["student_id"] = student.id if student is not None else None
        reason = student_problem(values["category"], student)
        if reason is not None and not isinstance(found, tuple):
            field = "student_code" if values.get("student_code") else "category"
            problems.append((field, reason))
        keys = set(self.keys(values))
        added = self.added.setdefault(run.run_id, set())
        if not keys & self.existing and not keys & added:  # a person new to the run
            people = self.taken.get(run.run_id, 0) + self.new_people.get(run.run_id, 0)
            if people >= run.capacity:
                problems.append(("full_name", full_run_message()))
            elif not problems:
                added.update(keys)
                self.new_people[run.run_id] = self.new_people.get(run.run_id, 0) + 1
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        run_id = values["run_id"]
        name = ("name", run_id, name_key(values["full_name"]))
        student_id = values.get("student_id")
        return (name, ("student", run_id, student_id)) if student_id is not None else (name,)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return ShortCourseTrainee(
            run_id=values["run_id"],
            category=values["category"],
            student_id=values.get("student_id"),
            full_name=values["full_name"],
            completed=values["completed"],
        )


HANDLER = TraineeRecords


def export_rows(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    """The trainees' cells in SPEC's column order (the college by code when names clash)."""
    colleges = CollegeNames(session)
    query = (
        select(
            ShortCourse.title,
            ShortCourseRun.starts_on,
            College.name_th,
            College.code,
            ShortCourseTrainee.category,
            ShortCourseTrainee.full_name,
            Student.student_code,
            ShortCourseTrainee.completed,
        )
        .join(ShortCourseRun, ShortCourseRun.id == ShortCourseTrainee.run_id)
        .join(ShortCourse, ShortCourse.id == ShortCourseRun.short_course_id)
        .join(College, College.id == ShortCourseRun.college_id)
        .outerjoin(Student, Student.id == ShortCourseTrainee.student_id)
    )
    for (
        title,
        starts_on,
        college,
        code,
        category,
        full_name,
        student_code,
        completed,
    ) in stream_rows(session, query, ShortCourseTrainee, ids):
        yield (
            title,
            starts_on,
            colleges.cell(college, code),
            first_spelling(CATEGORIES, TraineeCategory(category)),
            full_name,
            student_code,
            YES if completed else NO,
        )
