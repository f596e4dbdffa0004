"""The students table: import and export of the network's students (manual 6.1-6.2).

A student is the same as a recorded one when the student code matches in the same college,
or the national id matches (a row without a code: when the first and last name match in the
same college). The national id is personal data: optional on import, written in full on
export only so that the file imports back.

The last three columns are sensitive (special needs, equity-fund scholarship) with the basis
for holding them. An import accepts them only with the basis filled. The standard export
(:func:`export_rows`, what ``export_xlsx(session, "students", ...)`` and the ``export
students`` verb write) leaves their cells empty, always; a caller that has the right to
hand them over asks for them explicitly with :func:`export_xlsx_with_sensitive` (or streams
:func:`export_rows_with_sensitive` itself).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.models.enums import Level, StudyModeCode
from app.models.network import College, Subject
from app.models.students import Student
from app.services.records.students import YEARS_OF_STUDY, has_sensitive, year_of_study_fits
from app.services.tabular import values as v
from app.services.tabular import xlsx
from app.services.tabular.columns import (
    LEVELS,
    MODES,
    NO,
    YES,
    Column,
    KindSpec,
    TableKind,
    first_spelling,
)
from app.services.tabular.exporter import CollegeNames, stream_rows
from app.services.tabular.importer import PROGRESS_EVERY, Progress
from app.services.tabular.records import CollegeIndex, NameIndex, Problem, Records, subject_key
from app.services.tabular.teacher_table import parse_national_id, parse_title
from app.services.tabular.values import name_key
from app.services.thai.titles import title_by_code

FIRST_YEAR, LAST_YEAR = 2500, 2700
STUDENT_LEVELS: dict[Level, tuple[str, ...]] = {level: LEVELS[level] for level in YEARS_OF_STUDY}
SENSITIVE_FIELDS = ("special_needs", "equity_scholarship", "sensitive_basis")
_SENSITIVE_HINT = "ข้อมูลอ่อนไหว เว้นว่างได้ ต้องระบุฐานในการเก็บ (sensitive data, optional)"

SPEC = KindSpec(
    TableKind.STUDENTS,
    "นักเรียนนักศึกษา",
    "Students",
    (
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", hint="ชื่อหรือรหัสสถานศึกษา (name or code)",
            aliases=("ชื่อสถานศึกษา", "วิทยาลัย", "college name"), width=36,
        ),
        Column(
            "student_code", "รหัสนักเรียน", "Student code", v.code_parser(20),
            example="66301040001", hint="ไม่ซ้ำกันในสถานศึกษาเดียวกัน (unique within the college)",
            aliases=("รหัสนักศึกษา", "รหัสประจำตัว", "student id"), width=16,
        ),
        Column(
            "title", "คำนำหน้าชื่อ", "Name title", parse_title, example="นาย",
            hint="นาย / นางสาว / นาง / ด.ช. / ด.ญ. ... (Mr / Miss / Mrs ...)",
            aliases=("คำนำหน้า", "title"), width=14,
        ),
        Column(
            "first_name", "ชื่อ", "First name", v.text_parser(100), required=True,
            example="สมชาย", aliases=("ชื่อจริง", "first name", "name"), width=20,
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
            "level", "ระดับ", "Level", v.choice_parser(STUDENT_LEVELS), required=True,
            example="ปวส.", hint="ปวช. / ปวส. / ทล.บ.",
            aliases=("ระดับการศึกษา", "ระดับชั้น", "level"),
        ),
        Column(
            "year_of_study", "ชั้นปี", "Year of study", v.count_parser(1, 3), required=True,
            example="1", hint="ปวช. 1-3, ปวส. 1-2, ทล.บ. 1-2",
            aliases=("ชั้นปีที่", "ปีที่", "year"),
        ),
        Column(
            "entry_academic_year", "ปีการศึกษาที่เข้าเรียน", "Academic year of entry",
            v.count_parser(FIRST_YEAR, LAST_YEAR), required=True, example="2568",
            hint="พ.ศ. (B.E.), เช่น 2568",
            aliases=("ปีที่เข้าเรียน", "ปีการศึกษาที่เข้า", "entry year"), width=14,
        ),
        Column(
            "subject", "สาขาวิชา", "Subject", v.text_parser(200),
            example="เมคคาทรอนิกส์และหุ่นยนต์",
            hint="ชื่อสาขาวิชาที่มีความเป็นเลิศ; ว่าง = สาขาวิชาของศูนย์",
            aliases=("สาขา", "subject", "program"), width=32,
        ),
        Column(
            "study_mode", "รูปแบบการศึกษา", "Mode of study", v.choice_parser(MODES),
            example="ทวิภาคี",
            hint="ในระบบ / นอกระบบ / ทวิภาคี (formal / non-formal / dual); ว่าง = ในระบบ",
            aliases=("รูปแบบ", "รูปแบบการจัดการศึกษา", "mode", "study mode"),
        ),
        Column(
            "special_needs", "ความต้องการพิเศษ", "Special needs",
            v.text_parser(4000, multiline=True), hint=_SENSITIVE_HINT,
            aliases=("ความต้องการจำเป็นพิเศษ", "special needs"), width=30,
        ),
        Column(
            "equity_scholarship", "ทุน กสศ.", "Equity-fund scholarship", v.parse_yes_no,
            hint="ใช่ / ไม่ใช่ (yes / no); ว่าง = ไม่ได้บันทึก; " + _SENSITIVE_HINT,
            aliases=("ทุนเสมอภาค", "ทุนกองทุนเพื่อความเสมอภาคทางการศึกษา", "equity scholarship"),
        ),
        Column(
            "sensitive_basis", "ฐานในการเก็บข้อมูลอ่อนไหว", "Basis for holding sensitive data",
            v.text_parser(300),
            hint="ต้องระบุเมื่อกรอกสองคอลัมน์ก่อนหน้า เช่น ความยินยอมเป็นหนังสือ",
            aliases=("ฐานในการเก็บ", "ฐานทางกฎหมาย", "basis", "legal basis"), width=30,
        ),
    ),
)  # fmt: skip


def _live(model: Any) -> Any:
    return model.deleted.is_(False)


def _code_key(college_id: int, code: str) -> tuple[Hashable, ...]:
    return ("code", college_id, name_key(code))


def _name_key(college_id: int, first: str, last: str) -> tuple[Hashable, ...]:
    return ("name", college_id, name_key(first), name_key(last))


class StudentRecords(Records):
    kind = TableKind.STUDENTS

    def load(self) -> None:
        self.colleges = CollegeIndex(self.session)
        self.subjects = NameIndex(subject_key)
        for record_id, name_th, name_en in self.session.execute(
            select(Subject.id, Subject.name_th, Subject.name_en).where(_live(Subject))
        ):
            self.subjects.add(name_th, record_id)
            self.subjects.add(name_en, record_id)
        for college_id, code, first, last, national_id in self.session.execute(
            select(
                Student.college_id,
                Student.student_code,
                Student.first_name,
                Student.last_name,
                Student.national_id,
            ).where(_live(Student))
        ):
            self.existing.add(_name_key(college_id, first, last))
            if code:
                self.existing.add(_code_key(college_id, code))
            if national_id:
                self.existing.add(("national_id", national_id))

    def _subject(self, values: dict[str, Any]) -> Problem | None:
        subject = values.get("subject")
        if subject is None:
            values["subject_id"] = self.site.subject_id
            return None
        found = self.subjects.find(subject)
        if len(found) == 1:
            values["subject_id"] = found[0]
            return None
        return (
            "subject",
            QCoreApplication.translate("Import", "No excellent subject has this name."),
        )

    def resolve(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        college = self.colleges.resolve(values["college"], self.site.center_id)
        if isinstance(college, int):
            values["college_id"] = college
        else:
            problems.append(("college", college))
        if (problem := self._subject(values)) is not None:
            problems.append(problem)
        if not year_of_study_fits(values["level"], values["year_of_study"]):
            message = QCoreApplication.translate(
                "Import", "At this level the year of study is from 1 to {last}."
            )
            last = YEARS_OF_STUDY[Level(values["level"])]
            problems.append(("year_of_study", message.format(last=last)))
        values.setdefault("study_mode", StudyModeCode.FORMAL)
        sensitive = has_sensitive(values.get("special_needs"), values.get("equity_scholarship"))
        if sensitive and not values.get("sensitive_basis"):
            message = QCoreApplication.translate(
                "Import",
                "Special needs or the equity-fund scholarship are given without the basis for "
                "holding them: fill the basis column or leave both empty.",
            )
            problems.append(("sensitive_basis", message))
        return problems

    def keys(self, values: dict[str, Any]) -> tuple[Hashable, ...]:
        college_id = values["college_id"]
        code = values.get("student_code")
        found: list[Hashable] = [
            _code_key(college_id, code)
            if code
            else _name_key(college_id, values["first_name"], values["last_name"])
        ]
        national_id = values.get("national_id")
        if national_id:
            found.append(("national_id", national_id))
        return tuple(found)

    def build(self, values: dict[str, Any]) -> SyncedBase:
        return Student(
            college_id=values["college_id"],
            student_code=values.get("student_code"),
            title_code=values.get("title"),
            first_name=values["first_name"],
            last_name=values["last_name"],
            national_id=values.get("national_id"),
            level=values["level"],
            year_of_study=values["year_of_study"],
            entry_academic_year=values["entry_academic_year"],
            subject_id=values.get("subject_id"),
            study_mode=values["study_mode"],
            special_needs=values.get("special_needs"),
            equity_scholarship=values.get("equity_scholarship"),
            sensitive_basis=values.get("sensitive_basis"),
        )


HANDLER: type[Records] = StudentRecords


def _rows(session: Session, ids: list[int] | None, *, sensitive: bool) -> Iterator[tuple[Any, ...]]:
    colleges = CollegeNames(session)
    columns: list[Any] = [
        College.name_th,
        College.code,
        Student.student_code,
        Student.title_code,
        Student.first_name,
        Student.last_name,
        Student.national_id,
        Student.level,
        Student.year_of_study,
        Student.entry_academic_year,
        Subject.name_th,
        Student.study_mode,
    ]
    if sensitive:
        columns += [Student.special_needs, Student.equity_scholarship, Student.sensitive_basis]
    query = (
        select(*columns)
        .join(College, College.id == Student.college_id)
        .outerjoin(Subject, Subject.id == Student.subject_id)
    )
    for row in stream_rows(session, query, Student, ids):
        title = title_by_code(row[3]) if row[3] else None
        cells: tuple[Any, ...] = (
            colleges.cell(row[0], row[1]),
            row[2],
            title.th if title is not None else None,
            row[4],
            row[5],
            row[6],
            first_spelling(STUDENT_LEVELS, Level(row[7])),
            row[8],
            row[9],
            row[10],
            first_spelling(MODES, StudyModeCode(row[11])),
        )
        if sensitive:
            scholarship = None if row[13] is None else (YES if row[13] else NO)
            cells += (row[12], scholarship, row[14])
        yield cells


def export_rows(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    """The cells of each live student (only ``ids`` when given), in SPEC's column order,
    without the sensitive columns: the standard export never holds them."""
    return _rows(session, ids, sensitive=False)


def export_rows_with_sensitive(
    session: Session, ids: list[int] | None
) -> Iterator[tuple[Any, ...]]:
    """The cells of :func:`export_rows` followed by the sensitive columns (special needs,
    equity-fund scholarship, basis). Only for a caller asked for them on purpose."""
    return _rows(session, ids, sensitive=True)


def export_xlsx_with_sensitive(
    session: Session,
    path: Path,
    rows: Iterable[int] | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """``export_xlsx(session, "students", path, rows)`` with the sensitive columns filled;
    returns how many students were written. Raises ExportFileError as it does."""
    ids = None if rows is None else sorted(set(rows))
    written = 0

    def write(target: BinaryIO) -> None:
        nonlocal written
        workbook = xlsx.new_workbook()
        sheet = xlsx.add_sheet(workbook, SPEC.sheet_th, SPEC.columns)
        for values in export_rows_with_sensitive(session, ids):
            xlsx.append_row(sheet, values)
            written += 1
            if progress is not None and written % PROGRESS_EVERY == 0:
                progress(written)
        workbook.save(target)
        if progress is not None:
            progress(written)

    xlsx.save_atomically(Path(path), write)
    return written
