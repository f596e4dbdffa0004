"""Reference data shipped with the program: the 101 CVM centers and the preloaded lists.

Rows that every installation holds identically (subjects, centers) get deterministic
uuids, so packages from different sites name the same center the same way.
"""

from __future__ import annotations

import csv
import json
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.services.resources import reference_path

REFERENCE_NAMESPACE = uuid.UUID("6f1c2b1e-8c4a-4a57-9d0e-2f6c1a3b9e10")
REFERENCE_SITE = "00000000-0000-0000-0000-000000000000"

LEVELS = [
    ("pvc", "ประกาศนียบัตรวิชาชีพ (ปวช.)", "Vocational Certificate (Por Wor Chor)", 1),
    ("pvs", "ประกาศนียบัตรวิชาชีพชั้นสูง (ปวส.)", "Higher Vocational Certificate (Por Wor Sor)", 2),
    ("btech", "ปริญญาตรีสายเทคโนโลยีหรือสายปฏิบัติการ (ทล.บ.)", "Bachelor of Technology", 3),
    ("short", "หลักสูตรระยะสั้น", "Short course", 4),
]
STUDY_MODES = [
    ("formal", "ในระบบ", "Formal", 1),
    ("nonformal", "นอกระบบ", "Non-formal", 2),
    ("dual", "ทวิภาคี", "Dual system", 3),
]
COLLEGE_GROUPS = [
    ("cvm", "ศูนย์ CVM (สถานศึกษาแม่ข่าย)", "CVM center (host college)", 1),
    ("excellent", "กลุ่มความเป็นเลิศและเชี่ยวชาญเฉพาะ (Excellent Center)", "Excellent Center", 2),
    ("expert", "กลุ่มเชี่ยวชาญเฉพาะ (Expert)", "Expert", 3),
    ("standard", "กลุ่มทั่วไป (Standard)", "Standard", 4),
]


@dataclass(frozen=True)
class CenterEntry:
    """One line of the list of 101 CVM centers."""

    line: int
    announced_fy: int
    announced_seq: int
    subject_th: str
    host_college_th: str

    @property
    def uuid(self) -> str:
        return reference_uuid("center", str(self.line))

    @property
    def subject_uuid(self) -> str:
        return reference_uuid("subject", self.subject_th)


def reference_uuid(kind: str, key: str) -> str:
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}"))


@cache
def cvm_centers() -> tuple[CenterEntry, ...]:
    with reference_path("cvm_centers.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        CenterEntry(
            line=index,
            announced_fy=int(row["fiscal_year_be"]),
            announced_seq=int(row["seq"]),
            subject_th=row["subject_th"].strip(),
            host_college_th=row["host_college_th"].strip(),
        )
        for index, row in enumerate(rows, start=1)
    )


def center_by_line(line: int) -> CenterEntry:
    centers = cvm_centers()
    if not 1 <= line <= len(centers):
        raise LookupError(f"center line {line} is outside 1..{len(centers)}")
    return centers[line - 1]


@cache
def activities() -> dict[str, Any]:
    with reference_path("activities.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def read_csv(name: str) -> list[dict[str, str]]:
    with reference_path(name).open(encoding="utf-8-sig", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]
