"""Empty import templates: the data sheet with its headers, an example and a guide.

Sheet 1 (named for the kind, e.g. "สถานศึกษา") holds only the header row: importing the
template untouched gives 0 rows and no error. Sheet 2 ("ตัวอย่าง") shows one example row;
sheet 3 ("คำอธิบาย") lists each column with its English header, whether it is required,
the values it accepts and an example. Like the headers, the guide is part of the file
format: it is written in Thai with English in brackets whatever the program's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from app.services.tabular import xlsx
from app.services.tabular.columns import Column, TableKind, spec_for

EXAMPLE_SHEET = "ตัวอย่าง"
GUIDE_SHEET = "คำอธิบาย"
REQUIRED, OPTIONAL = "จำเป็น (required)", "ไม่บังคับ (optional)"
_GUIDE_COLUMNS = (
    Column("header_th", "คอลัมน์", "Column", str, width=36),
    Column("header_en", "ชื่อภาษาอังกฤษ", "English header", str, width=36),
    Column("required", "ต้องกรอก", "Required", str, width=20),
    Column("hint", "ค่าที่ใช้ได้ / รูปแบบ", "Allowed values / format", str, width=60),
    Column("example", "ตัวอย่าง", "Example", str, width=36),
)


def write_template(kind: TableKind | str, path: Path) -> None:
    """Write the import template of ``kind`` to ``path`` (.xlsx)."""
    spec = spec_for(kind)

    def write(target: BinaryIO) -> None:
        workbook = xlsx.new_workbook()
        xlsx.add_sheet(workbook, spec.sheet_th, spec.columns)
        example = xlsx.add_sheet(workbook, EXAMPLE_SHEET, spec.columns)
        xlsx.append_row(example, [column.example for column in spec.columns])
        guide = xlsx.add_sheet(workbook, GUIDE_SHEET, _GUIDE_COLUMNS)
        for column in spec.columns:
            xlsx.append_row(
                guide,
                (
                    column.header_th,
                    column.header_en,
                    REQUIRED if column.required else OPTIONAL,
                    column.hint,
                    column.example,
                ),
            )
        workbook.save(target)

    xlsx.save_atomically(Path(path), write)
