"""The enrolments table (import/export): which teacher took which training run, how far.

A row names its run by curriculum title and start date, its teacher by first and last name
within a college (name or code). The rules are the enrolment form's: one enrolment per
teacher and run (a duplicate is skipped), no more teachers than the run's capacity, a
certificate number given once, only teachers of this center's network colleges, completion
only with hours attended.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.network import College
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.tabular import values as v
from app.services.tabular.columns import NO, YES, Column, KindSpec, TableKind
from app.services.tabular.exporter import CollegeNames, stream_rows
from app.services.tabular.records import CollegeIndex, Problem, Records
from app.services.tabular.values import name_key

MAX_HOURS = 2_000

SPEC = KindSpec(
    TableKind.ENROLLMENTS,
    "การลงทะเบียนอบรม",
    "Training enrolments",
    (
        Column(
            "course", "หลักสูตร", "Curriculum", v.text_parser(250), required=True,
            example="การบำรุงรักษาหุ่นยนต์อุตสาหกรรม",
            aliases=("ชื่อหลักสูตร", "หลักสูตรอบรม", "course", "curriculum title"), width=40,
        ),
        Column(
            "starts_on", "วันเริ่มอบรม", "Run starts on", v.parse_date, required=True,
            example="1/11/2568", hint="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. (day/month/year)",
            aliases=("วันที่เริ่ม", "วันเริ่ม", "start date", "starts on"), width=14,
        ),
        Column(
            "first_name", "ชื่อครู", "Teacher first name", v.text_parser(100), required=True,
            example="สมชาย", aliases=("ชื่อ", "first name"),
        ),
        Column(
            "last_name", "นามสกุลครู", "Teacher last name", v.text_parser(100), required=True,
            example="ใจดี", aliases=("นามสกุล", "last name", "surname"),
        ),
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", hint="ชื่อหรือรหัสสถานศึกษา (name or code)",
            aliases=("ชื่อสถานศึกษา", "college name"), width=36,
        ),
        Column(
            "attended_hours", "ชั่วโมงที่เข้าอบรม", "Hours attended", v.count_parser(0, MAX_HOURS),
            example="30", hint="จำนวนชั่วโมง (hours)",
            aliases=("ชั่วโมง", "จำนวนชั่วโมง", "hours", "attended hours"),
        ),
        Column(
            "completed", "ผ่านการอบรม (ใช่/ไม่ใช่)", "Completed (yes/no)", v.parse_yes_no,
            example="ใช่", hint="ใช่ / ไม่ใช่ (yes / no); ว่าง = ไม่ใช่",
            aliases=("ผ่านการอบรม", "ผ่าน", "completed"),
        ),
        Column(
            "certificate_no", "เลขที่วุฒิบัตร", "Certificate number", v.code_parser(60),
            example="2569/12/001", aliases=("เลขวุฒิบัตร", "วุฒิบัตรเลขที่", "certificate no"),
        ),
    ),
)  # fmt: skip


def _message(key: str, **values: object) -> str:
    texts = {
        "no_run": QCoreApplication.translate(
            "Import", "No run of this curriculum starts on this date. Add the run first."
        ),
        "two_runs": QCoreApplication.translate(
            "Import", "{count} runs of this curriculum start on this date. Enrol in the form."
        ),
        "no_teacher": QCoreApplication.translate(
            "Import", "No teacher of this name is in this college. Import the teachers first."
        ),
        "two_teachers": QCoreApplication.translate(
            "Import", "{count} teachers of this college have this name. Enrol in the form."
        ),
        "full": QCoreApplication.translate(
            "Import", "The run is full: it has as many teachers enrolled as its capacity."
        ),
        "hours": QCoreApplication.translate(
            "Import", "More hours than the curriculum has ({hours})."
        ),
        "no_hours": QCoreApplication.translate(
            "Import", "A teacher who attended no hours cannot have completed the training."
        ),
        "certificate": QCoreApplication.translate(
            "Import", "This certificate number is already given to another enrolment."
        ),
    }
    return texts[key].format(**values)


class EnrollmentRecords(Records):
    kind = TableKind.ENROLLMENTS

    def load(self) -> None:
        session = self.session
        self.runs: dict[tuple[str, date], list[tuple[int, int, int]]] = {}
        for run_id, title, starts_on, capacity, hours in session.execute(
            select(
                TrainingRun.id,
                TrainingCourse.title,
                TrainingRun.starts_on,
                TrainingRun.capacity,
                TrainingCourse.hours,
            )
            .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
            .where(TrainingRun.deleted.is_(False), TrainingCourse.deleted.is_(False))
        ):
            self.runs.setdefault((name_key(title), starts_on), []).append((run_id, capacity, hours))
        self.colleges = CollegeIndex(session)
        self.teachers: dict[tuple[int, str, str], list[int]] = {}
        for teacher_id, college_id, first, last in session.execute(
            select(Teacher.id, Teacher.college_id, Teacher.first_name, Teacher.last_name).where(
                Teacher.deleted.is_(False)
            )
        ):
            key = (college_id, name_key(first), name_key(last))
            self.teachers.setdefault(key, []).append(teacher_id)
        live = Enrollment.deleted.is_(False)
        self.enrolled: Counter[int] = Counter()
        for run_id, enrolled in session.execute(
            select(Enrollment.run_id, func.count()).where(live).group_by(Enrollment.run_id)
        ):
            self.enrolled[run_id] = enrolled
        self.existing.update(
            tuple(row)
            for row in session.execute(select(Enrollment.run_id, Enrollment.teacher_id).where(live))
        )
        self.certificates: set[str] = set(
            session.scalars(
                select(Enrollment.certificate_no).where(
                    live, Enrollment.certificate_no.is_not(None)
                )
            )
        )
        self.planned: set[Hashable] = set()

    def _college(self, values: dict[str, Any], problems: list[Problem]) -> int | None:
        college = self.colleges.resolve(values["college"], self.site.center_id)
        if isinstance(college, int):
            return college
        problems.append(("college", college))
        return None

    def _teacher(self, college_id: int, values: dict[str, Any], problems: list[Problem]) -> None:
        key = (college_id, name_key(values["first_name"]), name_key(values["last_name"]))
        ids = self.teachers.get(key, [])
        if len(ids) == 1:
            values["teacher_id"] = ids[0]
        elif ids:
            problems.append(("first_name", _message("two_teachers", count=len(ids))))
        else:
            problems.append(("first_name", _message("no_teacher")))

    def _run(self, values: dict[str, Any], problems: list[Problem]) -> tuple[int, int] | None:
        runs = self.runs.get((name_key(values["course"]), values["starts_on"]), [])
        if len(runs) != 1:
            key = "two_runs" if runs else "no_run"
            problems.append(("course", _message(key, count=len(runs))))
            return None
        run_id, capacity, hours = runs[0]
        values["run_id"] = run_id
        return capacity, hours

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        values.setdefault("completed", False)
        run = self._run(values, problems)
        college_id = self._college(values, problems)
        if college_id is not None:
            self._teacher(college_id, values, problems)
        hours = values.get("attended_hours", 0)
        if run is not None and hours > run[1]:
            problems.append(("attended_hours", _message("hours", hours=run[1])))
        if values["completed"] and hours <= 0:
            problems.append(("completed", _message("no_hours")))
        if problems:
            return problems
        key = (values["run_id"], values["teacher_id"])
        if key in self.existing or key in self.planned:
            return []  # a duplicate: reported and skipped, it takes no seat
        assert run is not None
        if self.enrolled[values["run_id"]] >= run[0]:
            problems.append(("course", _message("full")))
        number = values.get("certificate_no")
        if number and number in self.certificates:
            problems.append(("certificate_no", _message("certificate")))
        if not problems:
            self.planned.add(key)
            self.enrolled[values["run_id"]] += 1
            if number:
                self.certificates.add(number)
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        return ((values["run_id"], values["teacher_id"]),)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return Enrollment(
            run_id=values["run_id"],
            teacher_id=values["teacher_id"],
            attended_hours=Decimal(values.get("attended_hours", 0)),
            completed=values["completed"],
            certificate_no=values.get("certificate_no"),
        )


HANDLER: type[Records] = EnrollmentRecords


def export_rows(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    """Enrolments in the columns of :data:`SPEC` (the college by code when its name is shared)."""
    colleges = CollegeNames(session)
    query = (
        select(
            TrainingCourse.title,
            TrainingRun.starts_on,
            Teacher.first_name,
            Teacher.last_name,
            College.name_th,
            College.code,
            Enrollment.attended_hours,
            Enrollment.completed,
            Enrollment.certificate_no,
        )
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .join(College, College.id == Teacher.college_id)
    )
    for row in stream_rows(session, query, Enrollment, ids):
        hours = row.attended_hours
        yield (
            row.title,
            row.starts_on,
            row.first_name,
            row.last_name,
            colleges.cell(row.name_th, row.code),
            None if hours is None else int(hours),
            YES if row.completed else NO,
            row.certificate_no,
        )
