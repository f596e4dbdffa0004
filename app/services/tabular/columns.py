"""The columns of each kind of table: Thai and English header, field, parser, example.

Headers are part of the file format, not of the screen: the template and every export carry
the Thai header whatever the language of the program, and an import accepts the Thai or the
English header or one of a few common variants, in any order and with any spacing or case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import import_module
from types import ModuleType
from typing import TypeVar

from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    EnterpriseLocation,
    EnterpriseSize,
    Level,
    Ownership,
    StudyModeCode,
)
from app.services.tabular import values as v
from app.services.tabular.countries import parse_country

E = TypeVar("E")


class TableKind(StrEnum):
    """What a spreadsheet holds; the value is the command-line name."""

    COLLEGES = "colleges"
    ENTERPRISES = "enterprises"
    DEMAND = "demand"
    AGREEMENTS = "agreements"
    TEACHERS = "teachers"
    ENROLLMENTS = "enrollments"
    TRAINEES = "trainees"
    CERTIFICATIONS = "certifications"
    STUDENTS = "students"
    PLACEMENTS = "placements"


MODULES: dict[TableKind, str] = {
    TableKind.TEACHERS: "app.services.tabular.teacher_table",
    TableKind.ENROLLMENTS: "app.services.tabular.enrollment_table",
    TableKind.TRAINEES: "app.services.tabular.trainee_table",
    TableKind.CERTIFICATIONS: "app.services.tabular.certification_table",
    TableKind.STUDENTS: "app.services.tabular.student_table",
    TableKind.PLACEMENTS: "app.services.tabular.placement_table",
}
"""Where the teachers and placements workspaces' kinds of table are described. Each module defines
``SPEC: KindSpec``, ``HANDLER: type[Records]`` (``app.services.tabular.records``) and
``export_rows(session, ids: list[int] | None) -> Iterator[tuple]`` (cells in SPEC's column
order, for ``app.services.tabular.exporter``)."""


@dataclass(frozen=True)
class Column:
    field: str
    header_th: str
    header_en: str
    parse: v.Parser
    required: bool = False
    example: str = ""
    hint: str = ""
    """Allowed values or format, in Thai and English (written into the template's guide)."""
    aliases: tuple[str, ...] = ()
    width: int = 16

    @property
    def keys(self) -> set[str]:
        spellings = (self.header_th, self.header_en, self.field, *self.aliases)
        return {header_key(spelling) for spelling in spellings}

    @property
    def label(self) -> str:
        """The Thai header with the English one, for messages: "จังหวัด (Province)"."""
        return f"{self.header_th} ({self.header_en})"


@dataclass(frozen=True)
class KindSpec:
    kind: TableKind
    sheet_th: str
    sheet_en: str
    columns: tuple[Column, ...]
    _index: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Column] = {}
        for column in self.columns:
            for key in column.keys:
                if index.setdefault(key, column) is not column:
                    raise ValueError(f"{self.kind}: header {key!r} names two columns")
        object.__setattr__(self, "_index", index)

    def column_for(self, header: str) -> Column | None:
        """The column a header names (Thai, English or a variant), or None."""
        return self._index.get(header_key(header))

    def sheet_matches(self, title: str) -> bool:
        key = header_key(title)
        return key in {header_key(self.sheet_th), header_key(self.sheet_en), self.kind.value}

    @property
    def required(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.required)


def header_key(text: str) -> str:
    """A header reduced for matching; a trailing "*" (required mark) is ignored too."""
    return v.choice_key(text)


# Spellings of the controlled values; the first one is what an export writes.
OWNERSHIP: dict[Ownership, tuple[str, ...]] = {
    Ownership.PUBLIC: ("รัฐ", "รัฐบาล", "ภาครัฐ", "ของรัฐ", "public", "government", "สอศ."),
    Ownership.PRIVATE: ("เอกชน", "ภาคเอกชน", "private", "สช."),
}
GROUPS: dict[CollegeGroupCode, tuple[str, ...]] = {
    CollegeGroupCode.CVM: (
        "CVM", "ศูนย์ CVM", "สถานศึกษาแม่ข่าย", "แม่ข่าย",
        "ศูนย์ CVM (สถานศึกษาแม่ข่าย)", "CVM center", "CVM center (host college)",
    ),
    CollegeGroupCode.EXCELLENT: (
        "Excellent", "Excellent Center", "ความเป็นเลิศ", "กลุ่มความเป็นเลิศ",
        "กลุ่มความเป็นเลิศและเชี่ยวชาญเฉพาะ",
        "กลุ่มความเป็นเลิศและเชี่ยวชาญเฉพาะ (Excellent Center)",
    ),
    CollegeGroupCode.EXPERT: (
        "Expert", "เชี่ยวชาญ", "เชี่ยวชาญเฉพาะ", "กลุ่มเชี่ยวชาญ", "กลุ่มเชี่ยวชาญเฉพาะ",
        "กลุ่มเชี่ยวชาญเฉพาะ (Expert)",
    ),
    CollegeGroupCode.STANDARD: (
        "Standard", "ทั่วไป", "กลุ่มทั่วไป", "มาตรฐาน", "กลุ่มทั่วไป (Standard)",
    ),
}  # fmt: skip
LEVELS: dict[Level, tuple[str, ...]] = {
    Level.PVC: (
        "ปวช.", "pvc", "ประกาศนียบัตรวิชาชีพ", "Vocational Certificate",
        "ประกาศนียบัตรวิชาชีพ (ปวช.)",
    ),
    Level.PVS: (
        "ปวส.", "pvs", "ประกาศนียบัตรวิชาชีพชั้นสูง", "Higher Vocational Certificate",
        "ประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.)",
    ),
    Level.BTECH: (
        "ทล.บ.", "btech", "B.Tech.", "ปริญญาตรี", "ปริญญาตรีสายเทคโนโลยี",
        "ปริญญาตรีสายเทคโนโลยีหรือสายปฏิบัติการ", "Bachelor of Technology",
        "ปริญญาตรีสายเทคโนโลยีหรือสายปฏิบัติการ (ทล.บ.)",
    ),
    Level.SHORT: ("ระยะสั้น", "short", "หลักสูตรระยะสั้น", "short course"),
}  # fmt: skip
MODES: dict[StudyModeCode, tuple[str, ...]] = {
    StudyModeCode.FORMAL: ("ในระบบ", "formal", "ปกติ", "ระบบปกติ"),
    StudyModeCode.NONFORMAL: ("นอกระบบ", "nonformal", "non-formal"),
    StudyModeCode.DUAL: ("ทวิภาคี", "dual", "ระบบทวิภาคี", "dual system", "DVE"),
}
LOCATIONS: dict[EnterpriseLocation, tuple[str, ...]] = {
    EnterpriseLocation.DOMESTIC: ("ในประเทศ", "domestic", "ใน", "ในประเทศไทย"),
    EnterpriseLocation.ABROAD: ("ต่างประเทศ", "abroad", "overseas", "foreign", "นอกประเทศ"),
}
SIZES: dict[EnterpriseSize, tuple[str, ...]] = {
    EnterpriseSize.MICRO: ("รายย่อย", "micro", "วิสาหกิจรายย่อย", "เล็กมาก", "ขนาดเล็กมาก"),
    EnterpriseSize.SMALL: (
        "ขนาดย่อม", "small", "S", "ย่อม", "เล็ก", "ขนาดเล็ก", "วิสาหกิจขนาดย่อม",
    ),
    EnterpriseSize.MEDIUM: ("ขนาดกลาง", "medium", "M", "กลาง", "วิสาหกิจขนาดกลาง"),
    EnterpriseSize.LARGE: ("ขนาดใหญ่", "large", "L", "ใหญ่", "วิสาหกิจขนาดใหญ่"),
}  # fmt: skip
AGREEMENT_KINDS: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.MOU: ("MOU", "บันทึกความเข้าใจ", "Memorandum of Understanding"),
    AgreementKind.MOA: (
        "MOA", "บันทึกข้อตกลง", "บันทึกข้อตกลงความร่วมมือ", "Memorandum of Agreement",
    ),
}  # fmt: skip
YES, NO = "ใช่", "ไม่ใช่"
NONE = "ไม่มี"


def first_spelling(synonyms: Mapping[E, Iterable[str]], value: E) -> str:
    """What an export writes for a controlled value."""
    return next(iter(synonyms[value]))


def _hint(synonyms: Mapping[E, Iterable[str]], english: str) -> str:
    return " / ".join(first_spelling(synonyms, value) for value in synonyms) + f" ({english})"


COLLEGES = KindSpec(
    TableKind.COLLEGES,
    "สถานศึกษา",
    "Colleges",
    (
        Column(
            "name_th", "ชื่อสถานศึกษา", "College name", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", aliases=("ชื่อวิทยาลัย", "name", "college"),
            width=40,
        ),
        Column(
            "name_en", "ชื่อภาษาอังกฤษ", "English name", v.text_parser(200),
            example="Chonburi Technical College", aliases=("ชื่อสถานศึกษาภาษาอังกฤษ",), width=32,
        ),
        Column(
            "code", "รหัสสถานศึกษา", "College code", v.code_parser(20), example="1320016101",
            aliases=("รหัส", "code"), width=14,
        ),
        Column(
            "ownership", "สังกัด (รัฐ/เอกชน)", "Ownership (public/private)",
            v.choice_parser(OWNERSHIP), required=True, example="รัฐ",
            hint=_hint(OWNERSHIP, "public / private"), aliases=("สังกัด", "ownership"),
        ),
        Column(
            "group", "กลุ่ม (CVM/Excellent/Expert/Standard)",
            "Group (CVM/Excellent/Expert/Standard)", v.choice_parser(GROUPS),
            example="Excellent",
            hint="CVM / Excellent / Expert / Standard (ทั่วไป); ว่าง = Standard",
            aliases=("กลุ่ม", "กลุ่มสถานศึกษา", "group"), width=20,
        ),
        Column(
            "province_code", "จังหวัด", "Province", v.parse_province, example="ชลบุรี",
            aliases=("province",),
        ),
        Column(
            "levels", "ระดับที่เปิดสอน", "Levels taught", v.choice_list_parser(LEVELS),
            example="ปวช., ปวส., ทล.บ.",
            hint="ปวช., ปวส., ทล.บ., ระยะสั้น; ไม่มี = none; ว่าง = ปวช., ปวส., ระยะสั้น",
            aliases=("ระดับ", "ระดับการศึกษา", "levels"), width=24,
        ),
        Column(
            "modes", "รูปแบบการจัดการศึกษา", "Modes of study", v.choice_list_parser(MODES),
            example="ในระบบ, ทวิภาคี",
            hint="ในระบบ, นอกระบบ, ทวิภาคี (formal, non-formal, dual); ว่าง = ในระบบ, ทวิภาคี",
            aliases=("รูปแบบ", "รูปแบบการศึกษา", "modes"), width=22,
        ),
        Column(
            "address", "ที่อยู่", "Address", v.text_parser(1000, multiline=True),
            example="เลขที่ 1 ถนนสุขุมวิท ตำบลบ้านสวน อำเภอเมืองชลบุรี", width=40,
        ),
        Column(
            "phone", "เบอร์โทร", "Phone", v.parse_phone, example="038 123 456",
            aliases=("โทรศัพท์", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "tel", "telephone"),
        ),
    ),
)  # fmt: skip

ENTERPRISES = KindSpec(
    TableKind.ENTERPRISES,
    "สถานประกอบการ",
    "Enterprises",
    (
        Column(
            "name_th", "ชื่อสถานประกอบการ", "Enterprise name", v.text_parser(250),
            required=True, example="บริษัท ไทยออโตเมชั่น จำกัด",
            aliases=("สถานประกอบการ", "ชื่อบริษัท", "บริษัท", "name", "enterprise", "company"),
            width=40,
        ),
        Column(
            "name_en", "ชื่อภาษาอังกฤษ", "English name", v.text_parser(250),
            example="Thai Automation Co., Ltd.", width=32,
        ),
        Column(
            "location", "ในประเทศ/ต่างประเทศ", "Domestic/abroad", v.choice_parser(LOCATIONS),
            example="ในประเทศ",
            hint="ในประเทศ / ต่างประเทศ (domestic / abroad); ว่าง = ตามประเทศ",
            aliases=("ที่ตั้ง", "location"),
        ),
        Column(
            "country_code", "ประเทศ", "Country", parse_country, example="ไทย",
            hint="ชื่อประเทศหรือรหัส 2 ตัวอักษร เช่น ญี่ปุ่น, JP; ว่าง = ไทย",
            aliases=("country",),
        ),
        Column(
            "province_code", "จังหวัด", "Province", v.parse_province, example="ระยอง",
            aliases=("province",),
        ),
        Column(
            "industry", "ประเภทอุตสาหกรรม", "Industry", v.text_parser(120),
            example="ยานยนต์และชิ้นส่วน",
            aliases=("อุตสาหกรรม", "ประเภทกิจการ", "industry"), width=24,
        ),
        Column(
            "size", "ขนาด", "Size", v.choice_parser(SIZES), example="ขนาดกลาง",
            hint=_hint(SIZES, "micro / small / medium / large"),
            aliases=("ขนาดกิจการ", "ขนาดสถานประกอบการ"),
        ),
        Column(
            "contact_name", "ผู้ติดต่อ", "Contact person", v.text_parser(200),
            example="นางสาวสมใจ ใจดี", aliases=("ชื่อผู้ติดต่อ", "contact"), width=24,
        ),
        Column(
            "phone", "โทรศัพท์", "Phone", v.parse_phone, example="081 234 5678",
            aliases=("เบอร์โทร", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "tel", "telephone"),
        ),
        Column(
            "email", "อีเมล", "Email", v.parse_email, example="hr@example.co.th",
            aliases=("อีเมล์", "e-mail"), width=28,
        ),
    ),
)  # fmt: skip

DEMAND = KindSpec(
    TableKind.DEMAND,
    "ความต้องการกำลังคน",
    "Workforce demand",
    (
        Column(
            "enterprise", "สถานประกอบการ", "Enterprise", v.text_parser(250), required=True,
            example="บริษัท ไทยออโตเมชั่น จำกัด",
            aliases=("ชื่อสถานประกอบการ", "enterprise name", "company"), width=40,
        ),
        Column(
            "subject", "สาขาวิชา", "Subject", v.text_parser(200),
            example="เมคคาทรอนิกส์และหุ่นยนต์",
            hint="ชื่อสาขาวิชาที่มีความเป็นเลิศ; ว่าง = สาขาวิชาของศูนย์",
            aliases=("สาขา", "สาขาวิชาที่มีความเป็นเลิศ", "subject"), width=32,
        ),
        Column(
            "level", "ระดับ", "Level", v.choice_parser(LEVELS), required=True,
            example="ปวส.", hint="ปวช. / ปวส. / ทล.บ. / ระยะสั้น",
            aliases=("ระดับการศึกษา", "ระดับชั้น", "level"),
        ),
        Column(
            "fiscal_year", "ปีงบประมาณ", "Fiscal year", v.parse_fiscal_year, required=True,
            example="2569", hint="พ.ศ. (B.E.), เช่น 2569",
            aliases=("ปีงบประมาณ (พ.ศ.)", "ปีงบ", "fiscal year (B.E.)", "FY"),
        ),
        Column(
            "positions", "จำนวนที่ต้องการ", "Positions", v.count_parser(0, 1_000_000),
            required=True, example="12", hint="จำนวนคน (number of people)",
            aliases=("จำนวน", "จำนวนคน", "จำนวนที่ต้องการ (คน)", "positions", "number"),
        ),
        Column(
            "note", "หมายเหตุ", "Note", v.text_parser(2000, multiline=True), width=30,
            aliases=("note", "remark", "remarks"),
        ),
    ),
)  # fmt: skip

AGREEMENTS = KindSpec(
    TableKind.AGREEMENTS,
    "MOU-MOA",
    "Agreements",
    (
        Column(
            "kind", "ประเภท (MOU/MOA)", "Type (MOU/MOA)", v.choice_parser(AGREEMENT_KINDS),
            required=True, example="MOU", hint="MOU / MOA",
            aliases=("ประเภท", "ประเภทข้อตกลง", "kind", "type"),
        ),
        Column(
            "college", "สถานศึกษา", "College", v.text_parser(200), required=True,
            example="วิทยาลัยเทคนิคชลบุรี", hint="ชื่อหรือรหัสสถานศึกษา (name or code)",
            aliases=("ชื่อสถานศึกษา", "college name"), width=36,
        ),
        Column(
            "enterprise", "สถานประกอบการ", "Enterprise", v.text_parser(250), required=True,
            example="บริษัท ไทยออโตเมชั่น จำกัด",
            aliases=("ชื่อสถานประกอบการ", "enterprise name", "company"), width=40,
        ),
        Column(
            "signed_on", "วันที่ลงนาม", "Signed on", v.parse_date, required=True,
            example="1/10/2568", hint="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. (day/month/year)",
            aliases=("วันลงนาม", "signing date", "date signed"), width=14,
        ),
        Column(
            "expires_on", "วันที่สิ้นสุด", "Expires on", v.parse_date, example="30/9/2571",
            hint="วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. (day/month/year)",
            aliases=("วันสิ้นสุด", "วันหมดอายุ", "expiry date", "end date"), width=14,
        ),
        Column(
            "scope", "ขอบเขต", "Scope", v.text_parser(4000, multiline=True),
            example="การฝึกอาชีพระบบทวิภาคีและการพัฒนาครู",
            aliases=("ขอบเขตความร่วมมือ", "scope"), width=40,
        ),
        Column(
            "dual_system", "ทวิภาคี (ใช่/ไม่ใช่)", "Dual system (yes/no)", v.parse_yes_no,
            example="ใช่", hint="ใช่ / ไม่ใช่ (yes / no); ว่าง = ไม่ใช่",
            aliases=("ทวิภาคี", "dual", "dual system"),
        ),
    ),
)  # fmt: skip

SPECS: dict[TableKind, KindSpec] = {
    spec.kind: spec for spec in (COLLEGES, ENTERPRISES, DEMAND, AGREEMENTS)
}


def table_module(kind: TableKind) -> ModuleType:
    """The module describing a kind of table of :data:`MODULES` (imported on first use)."""
    return import_module(MODULES[kind])


def spec_for(kind: TableKind | str) -> KindSpec:
    kind = TableKind(kind)
    if kind in SPECS:
        return SPECS[kind]
    spec: KindSpec = table_module(kind).SPEC
    return spec
