"""The teachers table: import and export of the network's teachers (manual activity 5.1).

A teacher is the same as a recorded one when the national id matches, or the first and last
name match in the same college. The national id is personal data: optional on import, and
written in full on export only so that the file imports back.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.network import College, Subject
from app.models.teachers import Teacher
from app.services.tabular import values as v
from app.services.tabular.columns import Column, KindSpec, TableKind
from app.services.tabular.exporter import CollegeNames, display_phone, stream_rows
from app.services.tabular.records import CollegeIndex, NameIndex, Problem, Records, subject_key
from app.services.tabular.values import CellError, CellValue, name_key
from app.services.thai.identity import validate_national_id
from app.services.thai.titles import find_title, title_by_code
from app.services.validation import FieldError


def parse_title(value: CellValue) -> str:
    """The code of a name title of the controlled list, written in Thai or English."""
    title = find_title(v.clean_text(value))
    if title is None:
        raise CellError(QCoreApplication.translate("Import", "This name title is not in the list."))
    return title.code


def parse_national_id(value: CellValue) -> str:
    """The 13 digits of a valid national id (the reason never repeats the number)."""
    text = (
        str(int(value))
        if isinstance(value, int | float) and not isinstance(value, bool)
        else (v.clean_text(value))
    )
    try:
        return validate_national_id(text, "national_id")
    except FieldError:
        raise CellError(
            QCoreApplication.translate(
                "Import", "Not a valid national ID number: check the 13 digits."
            )
        ) from None


SPEC = KindSpec(
    TableKind.TEACHERS,
    "ครู",
    "Teachers",
    (
        Column(
            "title", "คำนำหน้าชื่อ", "Name title", parse_title, example="นาย",
            hint="นาย / นาง / นางสาว / ว่าที่ ร.ต. / ดร. ... (Mr / Mrs / Miss ...)",
            aliases=("คำนำหน้า", "title"), width=14,
        ),
        Column(
            "first_name", "ชื่อ", "First name", v.text_parser(100), required=True,
            example="สมชาย", aliases=("ชื่อครู", "first name", "name"), width=20,
        ),
        Column(
            "last_name", "นามสกุล", "Last name", v.text_parser(100), required=True,
            example="ใจดี", aliases=("สกุล", "surname", "family name"), width=20,
        ),
        Column(
            "national_id", "เลขประจำตัวประชาชน", "National ID number", parse_national_id,
            example="1101700207030",
            hint=(
                "13 หลัก เว้นว่างได้ เป็นข้อมูลส่วนบุคคล โปรดเก็บรักษาไฟล์ให้ปลอดภัย "
                "(13 digits, optional; personal data: keep the file safe)"
            ),
            aliases=("เลขบัตรประชาชน", "เลขประจำตัวประชาชน 13 หลัก", "national id"), width=18,
        ),
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", hint="ชื่อหรือรหัสสถานศึกษา (name or code)",
            aliases=("ชื่อสถานศึกษา", "college name"), width=36,
        ),
        Column(
            "subject", "สาขาวิชา", "Subject", v.text_parser(200),
            example="เมคคาทรอนิกส์และหุ่นยนต์",
            hint="ชื่อสาขาวิชาที่มีความเป็นเลิศ; ว่าง = สาขาวิชาของศูนย์",
            aliases=("สาขา", "สาขาวิชาที่สอน", "subject"), width=32,
        ),
        Column(
            "position", "ตำแหน่ง", "Position", v.text_parser(100), example="ครู คศ.2",
            aliases=("position",), width=18,
        ),
        Column(
            "qualification", "วุฒิการศึกษา", "Qualification", v.text_parser(200),
            example="วศ.ม. วิศวกรรมเมคคาทรอนิกส์",
            aliases=("วุฒิ", "คุณวุฒิ", "qualification"), width=30,
        ),
        Column(
            "phone", "โทรศัพท์", "Phone", v.parse_phone, example="081 234 5678",
            aliases=("เบอร์โทร", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "tel", "telephone"),
        ),
    ),
)  # fmt: skip


def _live(model: Any) -> Any:
    return model.deleted.is_(False)


class TeacherRecords(Records):
    kind = TableKind.TEACHERS

    def load(self) -> None:
        self.colleges = CollegeIndex(self.session)
        self.subjects = NameIndex(subject_key)
        for record_id, name_th, name_en in self.session.execute(
            select(Subject.id, Subject.name_th, Subject.name_en).where(_live(Subject))
        ):
            self.subjects.add(name_th, record_id)
            self.subjects.add(name_en, record_id)
        for college_id, first, last, national_id in self.session.execute(
            select(
                Teacher.college_id, Teacher.first_name, Teacher.last_name, Teacher.national_id
            ).where(_live(Teacher))
        ):
            self.existing.add(("name", college_id, name_key(first), name_key(last)))
            if national_id:
                self.existing.add(("national_id", national_id))

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        college = self.colleges.resolve(values["college"], self.site.center_id)
        if isinstance(college, int):
            values["college_id"] = college
        else:
            problems.append(("college", college))
        subject = values.get("subject")
        if subject is None:
            values["subject_id"] = self.site.subject_id
        else:
            found = self.subjects.find(subject)
            if len(found) == 1:
                values["subject_id"] = found[0]
            else:
                message = QCoreApplication.translate(
                    "Import", "No excellent subject has this name."
                )
                problems.append(("subject", message))
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        name = (
            "name",
            values["college_id"],
            name_key(values["first_name"]),
            name_key(values["last_name"]),
        )
        national_id = values.get("national_id")
        return (name, ("national_id", national_id)) if national_id else (name,)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return Teacher(
            college_id=values["college_id"],
            title_code=values.get("title"),
            first_name=values["first_name"],
            last_name=values["last_name"],
            national_id=values.get("national_id"),
            subject_id=values.get("subject_id"),
            position=values.get("position"),
            qualification=values.get("qualification"),
            phone=values.get("phone"),
        )


HANDLER: type[Records] = TeacherRecords


def export_rows(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    """The cells of each live teacher (only ``ids`` when given), in SPEC's column order."""
    colleges = CollegeNames(session)
    query = (
        select(
            Teacher.title_code,
            Teacher.first_name,
            Teacher.last_name,
            Teacher.national_id,
            College.name_th,
            College.code,
            Subject.name_th,
            Teacher.position,
            Teacher.qualification,
            Teacher.phone,
        )
        .join(College, College.id == Teacher.college_id)
        .outerjoin(Subject, Subject.id == Teacher.subject_id)
    )
    for row in stream_rows(session, query, Teacher, ids):
        title = title_by_code(row[0]) if row[0] else None
        yield (
            title.th if title is not None else None,
            row[1],
            row[2],
            row[3],
            colleges.cell(row[4], row[5]),
            row[6],
            row[7],
            row[8],
            display_phone(row[9]),
        )
