"""The student placements table (import/export).

A row names its student by college (name or code) and student code, its enterprise by name
and its supervising teacher (optional) by full name within the student's college. The rules
are the placement form's: no end before the start, no overlap with another placement of the
student (in the database or earlier in the file), a seat left in the enterprise for the year
and mode (counted across the file), no placement started without the safety record, a
reason for a withdrawal. The same student, enterprise and start day again is a duplicate.

The database is read per student and per enterprise, year and mode when a row first needs
it (a million stored placements are never loaded whole); what the file adds is counted on
top, so checking and saving (which flushes rows as it goes) agree.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.enums import PlacementMode, PlacementStatus
from app.models.network import College, Enterprise
from app.models.students import Placement, Student
from app.models.teachers import Teacher
from app.services import placements as rules
from app.services.tabular import values as v
from app.services.tabular.columns import Column, KindSpec, TableKind, first_spelling
from app.services.tabular.exporter import CollegeNames, stream_rows
from app.services.tabular.records import CollegeIndex, NameIndex, Problem, Records
from app.services.tabular.values import name_key
from app.services.thai.fiscal import fiscal_year_of

PLACEMENT_MODES: dict[PlacementMode, tuple[str, ...]] = {
    PlacementMode.INTERNSHIP: ("ฝึกงาน", "internship", "การฝึกงาน", "ฝึกประสบการณ์"),
    PlacementMode.DUAL: (
        "ทวิภาคี", "dual", "ฝึกอาชีพระบบทวิภาคี", "ระบบทวิภาคี", "dual system",
    ),
    PlacementMode.WBL: ("WBL", "wbl", "การเรียนรู้จากการทำงาน", "work-based learning"),
}  # fmt: skip
PLACEMENT_STATUSES: dict[PlacementStatus, tuple[str, ...]] = {
    PlacementStatus.PLANNED: ("วางแผน", "planned", "วางแผนแล้ว", "แผน"),
    PlacementStatus.CONFIRMED: ("ยืนยันแล้ว", "confirmed", "ยืนยัน"),
    PlacementStatus.IN_PROGRESS: ("กำลังฝึก", "in progress", "in_progress", "ระหว่างฝึก"),
    PlacementStatus.COMPLETED: ("ฝึกเสร็จสิ้น", "completed", "เสร็จสิ้น", "สำเร็จ"),
    PlacementStatus.WITHDRAWN: ("ถอนตัว", "withdrawn", "ยกเลิก", "ถอน"),
}  # fmt: skip
_DATE_HINT = "วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. (day/month/year)"

SPEC = KindSpec(
    TableKind.PLACEMENTS,
    "การฝึกในสถานประกอบการ",
    "Student placements",
    (
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", hint="ชื่อหรือรหัสสถานศึกษา (name or code)",
            aliases=("ชื่อสถานศึกษา", "วิทยาลัย", "college name"), width=36,
        ),
        Column(
            "student_code", "รหัสนักเรียน", "Student code", v.code_parser(20), required=True,
            example="66301040001", aliases=("รหัสนักศึกษา", "รหัสประจำตัว", "student id"),
        ),
        Column(
            "enterprise", "สถานประกอบการ", "Enterprise", v.text_parser(250), required=True,
            example="บริษัท ไทยออโตเมชั่น จำกัด",
            aliases=("ชื่อสถานประกอบการ", "enterprise name", "company"), width=36,
        ),
        Column(
            "mode", "รูปแบบการฝึก", "Placement mode", v.choice_parser(PLACEMENT_MODES),
            required=True, example="ทวิภาคี",
            hint="ฝึกงาน / ทวิภาคี / WBL (internship / dual / wbl)",
            aliases=("รูปแบบ", "mode"),
        ),
        Column(
            "starts_on", "วันเริ่มฝึก", "Starts on", v.parse_date, required=True,
            example="1/11/2568", hint=_DATE_HINT, aliases=("วันเริ่ม", "start date"), width=14,
        ),
        Column(
            "ends_on", "วันสิ้นสุดการฝึก", "Ends on", v.parse_date, required=True,
            example="28/2/2569", hint=_DATE_HINT, aliases=("วันสิ้นสุด", "end date"), width=14,
        ),
        Column(
            "trainer_name", "ครูฝึก", "Enterprise trainer", v.text_parser(200),
            example="นายสมศักดิ์ รักงาน", aliases=("ครูฝึกในสถานประกอบการ", "trainer"), width=24,
        ),
        Column(
            "supervisor", "ครูนิเทศก์", "Supervising teacher", v.text_parser(201),
            example="สมชาย ใจดี", hint="ชื่อ นามสกุล ครูของสถานศึกษา (first and last name)",
            aliases=("ครูนิเทศ", "supervisor", "supervising teacher name"), width=24,
        ),
        Column(
            "tasks", "งานที่ตกลง", "Agreed tasks", v.text_parser(4000, multiline=True),
            example="ติดตั้งและบำรุงรักษาระบบหุ่นยนต์", aliases=("งานที่มอบหมาย", "tasks"),
            width=40,
        ),
        Column(
            "status", "สถานะ", "Status", v.choice_parser(PLACEMENT_STATUSES),
            example="วางแผน",
            hint="วางแผน / ยืนยันแล้ว / กำลังฝึก / ฝึกเสร็จสิ้น / ถอนตัว; ว่าง = วางแผน",
            aliases=("สถานะการฝึก", "status"),
        ),
        Column(
            "withdrawal_reason", "เหตุผลที่ถอนตัว", "Reason for withdrawal",
            v.text_parser(4000, multiline=True), example="",
            hint="ต้องระบุเมื่อสถานะเป็นถอนตัว (required when withdrawn)",
            aliases=("เหตุผลการถอนตัว", "withdrawal reason"), width=30,
        ),
    ),
)  # fmt: skip


def _message(key: str) -> str:
    texts = {
        "no_student": QCoreApplication.translate(
            "Import", "No student of this college has this student code. Import the students first."
        ),
        "two_students": QCoreApplication.translate(
            "Import", "Several students of this college have this student code. Use the form."
        ),
        "no_teacher": QCoreApplication.translate(
            "Import", "No teacher of the student's college has this name."
        ),
        "two_teachers": QCoreApplication.translate(
            "Import", "Several teachers of the student's college have this name. Use the form."
        ),
        "ends": QCoreApplication.translate("Import", "A placement cannot end before it starts."),
    }
    return texts[key]


Span = tuple[date, date, int, bool]
"""(starts, ends, enterprise id, withdrawn) of a placement of one student."""


class PlacementRecords(Records):
    kind = TableKind.PLACEMENTS

    def load(self) -> None:
        session = self.session
        self.colleges = CollegeIndex(session)
        self.enterprises = NameIndex()
        for record_id, name_th, name_en in session.execute(
            select(Enterprise.id, Enterprise.name_th, Enterprise.name_en).where(
                Enterprise.deleted.is_(False)
            )
        ):
            self.enterprises.add(name_th, record_id)
            self.enterprises.add(name_en, record_id)
        self.spans: dict[int, list[Span]] = {}
        self.seats: dict[tuple[int, int, PlacementMode], int | None] = {}
        self.taken: dict[tuple[int, int, PlacementMode], int] = {}
        self.added: set[Hashable] = set()

    # -- references -------------------------------------------------------------------------
    def _college(self, values: dict[str, Any], problems: list[Problem]) -> int | None:
        college = self.colleges.resolve(values["college"], self.site.center_id)
        if isinstance(college, int):
            return college
        problems.append(("college", college))
        return None

    def _student(self, college_id: int, values: dict[str, Any], problems: list[Problem]) -> None:
        ids = list(
            self.session.scalars(
                select(Student.id).where(
                    Student.college_id == college_id,
                    Student.student_code == values["student_code"],
                    Student.deleted.is_(False),
                )
            )
        )
        if len(ids) == 1:
            values["student_id"] = ids[0]
            values["college_id"] = college_id
        else:
            problems.append(("student_code", _message("two_students" if ids else "no_student")))

    def _enterprise(self, values: dict[str, Any], problems: list[Problem]) -> None:
        ids = self.enterprises.find(values["enterprise"])
        if len(ids) == 1:
            values["enterprise_id"] = ids[0]
            return
        if ids:
            message = QCoreApplication.translate(
                "Import", "{count} enterprises have this name. Give them different names first."
            ).format(count=len(ids))
        else:
            message = QCoreApplication.translate(
                "Import",
                "No enterprise with this name is in the database. Import the enterprises first.",
            )
        problems.append(("enterprise", message))

    def _supervisor(self, college_id: int, values: dict[str, Any], problems: list[Problem]) -> None:
        wanted = name_key(values["supervisor"])
        ids = [
            teacher_id
            for teacher_id, first, last in self.session.execute(
                select(Teacher.id, Teacher.first_name, Teacher.last_name).where(
                    Teacher.college_id == college_id, Teacher.deleted.is_(False)
                )
            )
            if name_key(f"{first}{last}") == wanted
        ]
        if len(ids) == 1:
            values["supervisor_teacher_id"] = ids[0]
        else:
            problems.append(("supervisor", _message("two_teachers" if ids else "no_teacher")))

    # -- the database, read when first needed -----------------------------------------------
    def _spans(self, student_id: int) -> list[Span]:
        if student_id not in self.spans:
            self.spans[student_id] = [
                (starts, ends, enterprise_id, status == PlacementStatus.WITHDRAWN)
                for starts, ends, enterprise_id, status in self.session.execute(
                    select(
                        Placement.starts_on,
                        Placement.ends_on,
                        Placement.enterprise_id,
                        Placement.status,
                    ).where(Placement.student_id == student_id, Placement.deleted.is_(False))
                )
            ]
        return self.spans[student_id]

    def _seat_key(self, values: dict[str, Any]) -> tuple[int, int, PlacementMode]:
        key = (values["enterprise_id"], fiscal_year_of(values["starts_on"]), values["mode"])
        if key not in self.seats:
            self.seats[key] = rules.seats_of(self.session, *key)
            self.taken[key] = rules.seats_taken(self.session, *key)
        return key

    # -- the rules --------------------------------------------------------------------------
    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        values.setdefault("status", PlacementStatus.PLANNED)
        college_id = self._college(values, problems)
        if college_id is not None:
            self._student(college_id, values, problems)
            if values.get("supervisor"):
                self._supervisor(college_id, values, problems)
        self._enterprise(values, problems)
        if values["ends_on"] < values["starts_on"]:
            problems.append(("ends_on", _message("ends")))
        if problems:
            return problems
        spans = self._spans(values["student_id"])
        starts, ends, status = values["starts_on"], values["ends_on"], values["status"]
        keys = self.keys(values)
        if self.added.intersection(keys):
            return []  # the same as an earlier row of the file: reported and skipped
        if any(s == starts and e_id == values["enterprise_id"] for s, _e, e_id, _w in spans):
            self.existing.update(keys)
            return []  # already in the database: reported and skipped
        refusal = rules.transition_refusal(status, status, values.get("withdrawal_reason"))
        if refusal is not None:
            problems.append(("withdrawal_reason", refusal))
        if status in rules.STARTED:
            missing = rules.missing_briefings(self.session, values["student_id"], starts)
            safety = rules.safety_refusal(missing)
            if safety is not None:
                problems.append(("status", safety))
        withdrawn = status is PlacementStatus.WITHDRAWN
        key = self._seat_key(values)
        if not withdrawn:
            other = next(
                ((s, e) for s, e, _id, gone in spans if not gone and s <= ends and e >= starts),
                None,
            )
            if other is not None:
                problems.append(("starts_on", rules.overlap_refusal(*other)))
            seats = self.seats[key]
            if seats is not None and self.taken[key] >= seats:
                problems.append(("enterprise", rules.full_refusal(key[1], seats)))
        if not problems:
            self.added.update(keys)
            spans.append((starts, ends, values["enterprise_id"], withdrawn))
            if not withdrawn:
                self.taken[key] += 1
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        return ((values["student_id"], values["enterprise_id"], values["starts_on"]),)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        withdrawn = values["status"] is PlacementStatus.WITHDRAWN
        return Placement(
            student_id=values["student_id"],
            college_id=values["college_id"],
            enterprise_id=values["enterprise_id"],
            mode=values["mode"],
            starts_on=values["starts_on"],
            ends_on=values["ends_on"],
            trainer_name=values.get("trainer_name"),
            supervisor_teacher_id=values.get("supervisor_teacher_id"),
            tasks=values.get("tasks"),
            status=values["status"],
            withdrawal_reason=values.get("withdrawal_reason") if withdrawn else None,
        )


HANDLER: type[Records] = PlacementRecords


def export_rows(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    """Placements in the columns of :data:`SPEC` (the college by code when its name is shared)."""
    colleges = CollegeNames(session)
    supervisor = Teacher.__table__.alias("supervisor")
    query = (
        select(
            College.name_th,
            College.code,
            Student.student_code,
            Enterprise.name_th.label("enterprise"),
            Placement.mode,
            Placement.starts_on,
            Placement.ends_on,
            Placement.trainer_name,
            supervisor.c.first_name,
            supervisor.c.last_name,
            Placement.tasks,
            Placement.status,
            Placement.withdrawal_reason,
        )
        .join(Student, Student.id == Placement.student_id)
        .join(College, College.id == Placement.college_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .outerjoin(supervisor, supervisor.c.id == Placement.supervisor_teacher_id)
    )
    for row in stream_rows(session, query, Placement, ids):
        teacher = f"{row.first_name} {row.last_name}" if row.first_name is not None else None
        yield (
            colleges.cell(row.name_th, row.code),
            row.student_code,
            row.enterprise,
            first_spelling(PLACEMENT_MODES, PlacementMode(row.mode)),
            row.starts_on,
            row.ends_on,
            row.trainer_name,
            teacher,
            row.tasks,
            first_spelling(PLACEMENT_STATUSES, PlacementStatus(row.status)),
            row.withdrawal_reason,
        )
