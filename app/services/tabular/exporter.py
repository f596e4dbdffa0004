"""Exporting records to .xlsx with the columns of the import template (so they round-trip).

Rows are streamed from the database (``yield_per``) into a write-only workbook, so a large
table is never held in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models.enums import Level, StudyModeCode
from app.models.network import Agreement, College, Enterprise, Subject, WorkforceDemand
from app.models.reference import Province
from app.services.tabular import xlsx
from app.services.tabular.columns import (
    AGREEMENT_KINDS,
    GROUPS,
    LEVELS,
    LOCATIONS,
    MODES,
    NO,
    NONE,
    OWNERSHIP,
    SIZES,
    YES,
    TableKind,
    first_spelling,
    spec_for,
    table_module,
)
from app.services.tabular.countries import country_name_th
from app.services.tabular.importer import PROGRESS_EVERY, Progress
from app.services.tabular.values import name_key
from app.services.thai.identity import format_thai_phone

YIELD_PER = 1_000
ID_CHUNK = 500


def export_xlsx(
    session: Session,
    kind: TableKind | str,
    path: Path,
    rows: Iterable[int] | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the records of ``kind`` to ``path`` (.xlsx); return how many were written.

    ``rows`` are the ids of the records to export (for instance a filtered list on screen);
    None exports every live record. Raises ExportFileError when the file cannot be written.
    """
    spec = spec_for(kind)
    exporter = _EXPORTERS.get(spec.kind) or table_module(spec.kind).export_rows
    ids = None if rows is None else sorted(set(rows))
    written = 0

    def write(target: BinaryIO) -> None:
        nonlocal written
        workbook = xlsx.new_workbook()
        sheet = xlsx.add_sheet(workbook, spec.sheet_th, spec.columns)
        for values in exporter(session, ids):
            xlsx.append_row(sheet, values)
            written += 1
            if progress is not None and written % PROGRESS_EVERY == 0:
                progress(written)
        workbook.save(target)
        if progress is not None:
            progress(written)

    xlsx.save_atomically(Path(path), write)
    return written


def stream_rows(
    session: Session, query: Select[Any], model: Any, ids: list[int] | None
) -> Iterator[Any]:
    """The live rows of ``query`` over ``model`` (only ``ids`` when given), streamed by id."""
    query = query.where(model.deleted.is_(False))
    if ids is None:
        yield from session.execute(query.order_by(model.id).execution_options(yield_per=YIELD_PER))
        return
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        yield from session.execute(query.where(model.id.in_(chunk)).order_by(model.id))


def display_phone(value: str | None) -> str | None:
    """A stored E.164 number as people write it: "081 234 5678", "02 123 4567", "038 123 456".

    The same result as ``format_thai_phone`` (a test checks it), without parsing each number
    again: that parse was most of the time of exporting a large table.
    """
    if not value:
        return None
    if value.startswith("+66") and value[3:].isdigit():
        national = "0" + value[3:]
        if len(national) == 9 and national.startswith("02"):
            return f"02 {national[2:5]} {national[5:]}"
        if len(national) == 10 and national[1] in "689":
            return f"{national[:3]} {national[3:6]} {national[6:]}"
        if len(national) == 9 and national[1] in "34567":
            return f"{national[:3]} {national[3:6]} {national[6:]}"
    return format_thai_phone(value)


def _choices(synonyms: dict[Any, tuple[str, ...]], chosen: Sequence[Any]) -> str:
    return ", ".join(first_spelling(synonyms, value) for value in chosen) or NONE


def _colleges(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    query = select(
        College.name_th,
        College.name_en,
        College.code,
        College.ownership,
        College.group,
        Province.name_th,
        College.teaches_pvc,
        College.teaches_pvs,
        College.teaches_btech,
        College.teaches_short,
        College.offers_formal,
        College.offers_nonformal,
        College.offers_dual,
        College.address,
        College.phone,
    ).outerjoin(Province, Province.code == College.province_code)
    level_order = (Level.PVC, Level.PVS, Level.BTECH, Level.SHORT)
    mode_order = (StudyModeCode.FORMAL, StudyModeCode.NONFORMAL, StudyModeCode.DUAL)
    for row in stream_rows(session, query, College, ids):
        levels = [level for level, taught in zip(level_order, row[6:10], strict=True) if taught]
        modes = [mode for mode, offered in zip(mode_order, row[10:13], strict=True) if offered]
        yield (
            *row[0:3],
            first_spelling(OWNERSHIP, row.ownership),
            first_spelling(GROUPS, row.group),
            row[5],
            _choices(LEVELS, levels),
            _choices(MODES, modes),
            row.address,
            display_phone(row.phone),
        )


def _enterprises(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    query = select(
        Enterprise.name_th,
        Enterprise.name_en,
        Enterprise.location,
        Enterprise.country_code,
        Province.name_th,
        Enterprise.industry,
        Enterprise.size,
        Enterprise.contact_name,
        Enterprise.phone,
        Enterprise.email,
    ).outerjoin(Province, Province.code == Enterprise.province_code)
    for row in stream_rows(session, query, Enterprise, ids):
        yield (
            row[0],
            row[1],
            first_spelling(LOCATIONS, row.location),
            country_name_th(row.country_code),
            row[4],
            row.industry,
            None if row.size is None else first_spelling(SIZES, row.size),
            row.contact_name,
            display_phone(row.phone),
            row.email,
        )


def _demand(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    query = (
        select(
            Enterprise.name_th,
            Subject.name_th,
            WorkforceDemand.level,
            WorkforceDemand.fiscal_year,
            WorkforceDemand.positions,
            WorkforceDemand.note,
        )
        .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
        .join(Subject, Subject.id == WorkforceDemand.subject_id)
    )
    for enterprise, subject, level, fiscal_year, positions, note in stream_rows(
        session, query, WorkforceDemand, ids
    ):
        yield (enterprise, subject, first_spelling(LEVELS, level), fiscal_year, positions, note)


class CollegeNames:
    """How an export names a college: by its name, or by its code when another live college
    has the same name (the code is what tells them apart on import)."""

    def __init__(self, session: Session) -> None:
        seen: set[str] = set()
        self.shared: set[str] = set()
        for name in session.scalars(select(College.name_th).where(College.deleted.is_(False))):
            key = name_key(name)
            (self.shared if key in seen else seen).add(key)

    def cell(self, name: str | None, code: str | None) -> str | None:
        if name and code and name_key(name) in self.shared:
            return code
        return name


def _agreements(session: Session, ids: list[int] | None) -> Iterator[tuple[Any, ...]]:
    colleges = CollegeNames(session)
    query = (
        select(
            Agreement.kind,
            College.name_th,
            College.code,
            Enterprise.name_th,
            Agreement.signed_on,
            Agreement.expires_on,
            Agreement.scope,
            Agreement.dual_system,
        )
        .join(College, College.id == Agreement.college_id)
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
    )
    for kind, college, code, enterprise, signed_on, expires_on, scope, dual in stream_rows(
        session, query, Agreement, ids
    ):
        yield (
            first_spelling(AGREEMENT_KINDS, kind),
            colleges.cell(college, code),
            enterprise,
            signed_on,
            expires_on,
            scope,
            YES if dual else NO,
        )


_EXPORTERS: dict[TableKind, Callable[[Session, list[int] | None], Iterator[tuple[Any, ...]]]] = {
    TableKind.COLLEGES: _colleges,
    TableKind.ENTERPRISES: _enterprises,
    TableKind.DEMAND: _demand,
    TableKind.AGREEMENTS: _agreements,
}
