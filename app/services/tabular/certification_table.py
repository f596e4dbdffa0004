"""Certification results as a spreadsheet (import, template and export).

A row names its person by kind, first and last name and college (a student also by the
student code); the person must be of this installation's network, as in the form. The same
result twice (person, standard, level and day) is a duplicate, skipped; a certificate number
already given to another result, in the database (even a deleted one) or on an earlier row
of the file, is an error.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.certification import Certification, CertificationCenter
from app.models.enums import CertificationResult, PersonKind
from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.records.certification import outside_network_message
from app.services.tabular import values as v
from app.services.tabular.columns import Column, KindSpec, TableKind, first_spelling
from app.services.tabular.exporter import CollegeNames, stream_rows
from app.services.tabular.records import CollegeIndex, NameIndex, Problem, Records
from app.services.tabular.values import name_key

PERSON_KINDS: dict[PersonKind, tuple[str, ...]] = {
    PersonKind.TEACHER: ("ครู", "teacher", "ครูผู้สอน", "บุคลากรครู"),
    PersonKind.STUDENT: ("นักเรียน", "student", "นักศึกษา", "นักเรียนนักศึกษา", "นักเรียน/นักศึกษา"),
    PersonKind.GRADUATE: (
        "ผู้สำเร็จการศึกษา", "graduate", "ผู้จบการศึกษา", "ศิษย์เก่า", "alumni",
    ),
}  # fmt: skip
RESULTS: dict[CertificationResult, tuple[str, ...]] = {
    CertificationResult.PASSED: ("ผ่าน", "passed", "pass", "ผ่านการประเมิน", "ผ่านการทดสอบ"),
    CertificationResult.FAILED: (
        "ไม่ผ่าน", "failed", "fail", "not passed", "ไม่ผ่านการประเมิน", "ไม่ผ่านการทดสอบ",
    ),
}  # fmt: skip
_DATE_HINT = "วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. (day/month/year)"

SPEC = KindSpec(
    TableKind.CERTIFICATIONS,
    "ผลการรับรองมาตรฐานอาชีพ",
    "Certification results",
    (
        Column(
            "person_kind", "ประเภทบุคคล", "Person kind", v.choice_parser(PERSON_KINDS),
            required=True, example="นักเรียน",
            hint="ครู / นักเรียน / ผู้สำเร็จการศึกษา (teacher / student / graduate)",
            aliases=("ประเภท", "ผู้เข้ารับการประเมิน", "person", "kind"),
        ),
        Column(
            "first_name", "ชื่อ", "First name", v.text_parser(100), required=True,
            example="สมชาย", aliases=("ชื่อจริง", "first name", "name"),
        ),
        Column(
            "last_name", "นามสกุล", "Last name", v.text_parser(100), required=True,
            example="ใจดี", aliases=("สกุล", "last name", "surname"),
        ),
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", hint="ชื่อหรือรหัสสถานศึกษา (name or code)",
            aliases=("ชื่อสถานศึกษา", "วิทยาลัย", "college name"), width=36,
        ),
        Column(
            "student_code", "รหัสนักเรียน", "Student code", v.code_parser(20),
            example="66301040001",
            hint="เฉพาะนักเรียนและผู้สำเร็จการศึกษา (students and graduates only)",
            aliases=("รหัสนักศึกษา", "รหัสประจำตัว", "student id"),
        ),
        Column(
            "center", "ศูนย์ประเมิน/ศูนย์ทดสอบ", "Certification center", v.text_parser(250),
            example="ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ วิทยาลัยเทคนิคชลบุรี",
            hint="ชื่อศูนย์ที่บันทึกไว้แล้ว (a center already recorded); ว่างได้",
            aliases=("ศูนย์ประเมิน", "ศูนย์ทดสอบ", "ศูนย์สอบ", "center", "test center"),
            width=40,
        ),
        Column(
            "standard", "มาตรฐานอาชีพ", "Occupational standard", v.text_parser(250),
            required=True, example="มาตรฐานอาชีพช่างเทคนิคเมคคาทรอนิกส์",
            aliases=("มาตรฐาน", "สาขาอาชีพ", "standard"), width=36,
        ),
        Column(
            "level", "ระดับ", "Level", v.count_parser(1, 8), example="3",
            hint="ชั้น/ระดับ 1-8 (level 1-8); ว่างได้",
            aliases=("ชั้น", "ระดับคุณวุฒิ", "level"),
        ),
        Column(
            "result", "ผลการประเมิน", "Result", v.choice_parser(RESULTS), required=True,
            example="ผ่าน", hint="ผ่าน / ไม่ผ่าน (passed / failed)",
            aliases=("ผล", "ผลการทดสอบ", "result"),
        ),
        Column(
            "certificate_no", "เลขที่หนังสือรับรอง", "Certificate number", v.code_parser(60),
            example="TPQI-2569-0001", hint="เฉพาะผู้ที่ผ่าน (passed only); ว่างได้",
            aliases=("เลขที่ใบรับรอง", "เลขที่วุฒิบัตร", "certificate no", "certificate"),
            width=22,
        ),
        Column(
            "assessed_on", "วันที่ประเมิน", "Assessed on", v.parse_date, required=True,
            example="15/3/2569", hint=_DATE_HINT,
            aliases=("วันที่ทดสอบ", "วันประเมิน", "assessment date", "date"), width=14,
        ),
    ),
)  # fmt: skip


def _result_key(values: dict[str, Any]) -> tuple[Hashable, ...]:
    """One person's result: the same person, standard, level and day is the same result."""
    person = values["person_kind"] is PersonKind.TEACHER
    person_id = values["teacher_id"] if person else values["student_id"]
    return (
        "teacher" if person else "student",
        person_id,
        name_key(values["standard"]),
        values.get("level"),
        values["assessed_on"],
    )


class CertificationRecords(Records):
    kind = TableKind.CERTIFICATIONS

    def load(self) -> None:
        session = self.session
        self.colleges = CollegeIndex(session)
        self.teachers: dict[tuple[int, str, str], list[int]] = {}
        for record_id, college_id, first, last in session.execute(
            select(Teacher.id, Teacher.college_id, Teacher.first_name, Teacher.last_name).where(
                Teacher.deleted.is_(False)
            )
        ):
            key = (college_id, name_key(first), name_key(last))
            self.teachers.setdefault(key, []).append(record_id)
        self.students: dict[tuple[int, str, str], list[int]] = {}
        self.student_codes: dict[tuple[int, str], list[tuple[int, str, str]]] = {}
        for record_id, college_id, first, last, code in session.execute(
            select(
                Student.id,
                Student.college_id,
                Student.first_name,
                Student.last_name,
                Student.student_code,
            ).where(Student.deleted.is_(False))
        ):
            name = (college_id, name_key(first), name_key(last))
            self.students.setdefault(name, []).append(record_id)
            if code:
                entry = (record_id, name[1], name[2])
                self.student_codes.setdefault((college_id, name_key(code)), []).append(entry)
        self.centers = NameIndex()
        for record_id, name in session.execute(
            select(CertificationCenter.id, CertificationCenter.name).where(
                CertificationCenter.deleted.is_(False)
            )
        ):
            self.centers.add(name, record_id)
        # Every number ever given (tombstones too): a number is never reused.
        self.numbers: dict[str, tuple[Hashable, ...] | None] = {}
        for (
            person_kind,
            teacher_id,
            student_id,
            standard,
            level,
            assessed_on,
            number,
            gone,
        ) in session.execute(
            select(
                Certification.person_kind,
                Certification.teacher_id,
                Certification.student_id,
                Certification.standard,
                Certification.level,
                Certification.assessed_on,
                Certification.certificate_no,
                Certification.deleted,
            )
        ):
            row = {
                "person_kind": PersonKind(person_kind),
                "teacher_id": teacher_id,
                "student_id": student_id,
                "standard": standard,
                "level": level,
                "assessed_on": assessed_on,
            }
            result = _result_key(row)
            if not gone:
                self.existing.add(result)
            if number:
                self.numbers[name_key(number)] = None if gone else result
        self.file_numbers: dict[str, tuple[Hashable, ...]] = {}

    # -- resolving ------------------------------------------------------------------------
    def _college(self, values: dict[str, Any]) -> Problem | None:
        college = self.colleges.resolve(values["college"])
        if isinstance(college, str):
            return ("college", college)
        if self.site.center_id is None or self.colleges.center_of[college] != self.site.center_id:
            return ("college", outside_network_message())
        values["college_id"] = college
        return None

    def _teacher(self, values: dict[str, Any]) -> Problem | None:
        if values.get("student_code"):
            return (
                "student_code",
                QCoreApplication.translate(
                    "Import", "A student code is only for a student or a graduate."
                ),
            )
        key = (values["college_id"], name_key(values["first_name"]), name_key(values["last_name"]))
        ids = self.teachers.get(key, [])
        if len(ids) == 1:
            values["teacher_id"], values["student_id"] = ids[0], None
            return None
        if ids:
            message = QCoreApplication.translate(
                "Import", "{count} teachers of this college have this name."
            )
            return ("first_name", message.format(count=len(ids)))
        return (
            "first_name",
            QCoreApplication.translate(
                "Import", "No teacher of this college has this name. Import the teachers first."
            ),
        )

    def _student(self, values: dict[str, Any]) -> Problem | None:
        first, last = name_key(values["first_name"]), name_key(values["last_name"])
        code = values.get("student_code")
        if code:
            found = self.student_codes.get((values["college_id"], name_key(code)), [])
            if not found:
                return (
                    "student_code",
                    QCoreApplication.translate(
                        "Import", "No student of this college has this student code."
                    ),
                )
            if len(found) > 1:
                message = QCoreApplication.translate(
                    "Import", "{count} students of this college have this student code."
                )
                return ("student_code", message.format(count=len(found)))
            record_id, first_key, last_key = found[0]
            if (first_key, last_key) != (first, last):
                return (
                    "student_code",
                    QCoreApplication.translate(
                        "Import", "This student code belongs to a student of another name."
                    ),
                )
            values["student_id"], values["teacher_id"] = record_id, None
            return None
        ids = self.students.get((values["college_id"], first, last), [])
        if len(ids) == 1:
            values["student_id"], values["teacher_id"] = ids[0], None
            return None
        if ids:
            message = QCoreApplication.translate(
                "Import", "{count} students of this college have this name. Write the student code."
            )
            return ("first_name", message.format(count=len(ids)))
        return (
            "first_name",
            QCoreApplication.translate(
                "Import", "No student of this college has this name. Import the students first."
            ),
        )

    def _center(self, values: dict[str, Any]) -> Problem | None:
        name = values.get("center")
        if not name:
            values["certification_center_id"] = None
            return None
        ids = self.centers.find(name)
        if len(ids) == 1:
            values["certification_center_id"] = ids[0]
            return None
        if ids:
            message = QCoreApplication.translate(
                "Import", "{count} certification centers have this name."
            )
            return ("center", message.format(count=len(ids)))
        return (
            "center",
            QCoreApplication.translate(
                "Import", "No certification center with this name is recorded. Record it first."
            ),
        )

    def _number(self, values: dict[str, Any], key: tuple[Hashable, ...]) -> Problem | None:
        number = values.get("certificate_no")
        if not number:
            return None
        if values["result"] is not CertificationResult.PASSED:
            return (
                "certificate_no",
                QCoreApplication.translate(
                    "Import", "Only a passed result has a certificate number."
                ),
            )
        number_key = name_key(number)
        if number_key in self.numbers and self.numbers[number_key] != key:
            if self.numbers[number_key] is None:
                message = QCoreApplication.translate(
                    "Import",
                    "This certificate number was given to a result that has been deleted; "
                    "a certificate number is never used twice.",
                )
            else:
                message = QCoreApplication.translate(
                    "Import", "This certificate number is already recorded for another result."
                )
            return ("certificate_no", message)
        if self.file_numbers.get(number_key, key) != key:
            return (
                "certificate_no",
                QCoreApplication.translate(
                    "Import", "An earlier row of this file has this certificate number."
                ),
            )
        return None

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        if (problem := self._college(values)) is not None:
            problems.append(problem)
        else:
            teacher = values["person_kind"] is PersonKind.TEACHER
            problem = self._teacher(values) if teacher else self._student(values)
            if problem is not None:
                problems.append(problem)
        if (problem := self._center(values)) is not None:
            problems.append(problem)
        if problems:
            return problems
        key = _result_key(values)
        if (problem := self._number(values, key)) is not None:
            return [problem]
        if values.get("certificate_no"):
            self.file_numbers.setdefault(name_key(values["certificate_no"]), key)
        return []

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        return (_result_key(values),)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return Certification(
            certification_center_id=values["certification_center_id"],
            person_kind=values["person_kind"],
            teacher_id=values["teacher_id"],
            student_id=values["student_id"],
            standard=values["standard"],
            level=values.get("level"),
            result=values["result"],
            certificate_no=values.get("certificate_no"),
            assessed_on=values["assessed_on"],
        )


HANDLER: type[Records] = CertificationRecords


def export_rows(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    """The results in the columns of :data:`SPEC` (streamed by id)."""
    colleges = CollegeNames(session)
    query = (
        select(
            Certification.person_kind,
            func.coalesce(Teacher.first_name, Student.first_name),
            func.coalesce(Teacher.last_name, Student.last_name),
            College.name_th,
            College.code,
            Student.student_code,
            CertificationCenter.name,
            Certification.standard,
            Certification.level,
            Certification.result,
            Certification.certificate_no,
            Certification.assessed_on,
        )
        .outerjoin(Teacher, Teacher.id == Certification.teacher_id)
        .outerjoin(Student, Student.id == Certification.student_id)
        .outerjoin(College, College.id == func.coalesce(Teacher.college_id, Student.college_id))
        .outerjoin(
            CertificationCenter,
            CertificationCenter.id == Certification.certification_center_id,
        )
    )
    for row in stream_rows(session, query, Certification, ids):
        (kind, first, last, college, code, student_code, center, standard, level) = row[:9]
        result, number, assessed_on = row[9:]
        day: date = assessed_on
        yield (
            first_spelling(PERSON_KINDS, PersonKind(kind)),
            first,
            last,
            colleges.cell(college, code),
            None if PersonKind(kind) is PersonKind.TEACHER else student_code,
            center,
            standard,
            level,
            first_spelling(RESULTS, CertificationResult(result)),
            number,
            day,
        )
