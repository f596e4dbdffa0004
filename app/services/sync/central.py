"""The central office's view of the network: figures per CVM center, and consolidating a
folder of center packages.

A center's figures are counted from the rows its packages brought (rows in use, each
counted under the center of the college that owns it, as ``OWNER_RULES`` finds the
college), or, when the latest package of that center was counts-only, taken from the counts
it reported (``CentralCount``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, false, func, select
from sqlalchemy.orm import Session

from app.models.enums import SiteKind
from app.models.network import Center, Subject
from app.models.site import Site
from app.models.sync import CentralCount, SyncPackage
from app.services.sync.errors import PackageError
from app.services.sync.importer import ImportSummary, check_package, import_package
from app.services.sync.package_file import SUFFIX, PackageReader
from app.services.sync.tables import COLLEGE, OWNER_RULES, sync_table

MEASURES: dict[str, str] = {
    "colleges": "college",
    "teachers": "teacher",
    "students": "student",
    "placements": "placement",
    "certifications": "certification",
    "enrollments": "enrollment",
}
"""Figure of the overview -> the table whose rows in use it counts."""

ROWS, COUNTS = "rows", "counts"


@dataclass(frozen=True)
class CenterFigures:
    """One center of the 101 with the figures of its network."""

    line: int
    center_uuid: str
    subject_th: str
    host_college: str
    colleges: int = 0
    teachers: int = 0
    students: int = 0
    placements: int = 0
    certifications: int = 0
    enrollments: int = 0
    last_package_at: datetime | None = None
    source: str = ROWS
    """``rows`` (counted from the records held) or ``counts`` (a counts-only package)."""

    def figure(self, measure: str) -> int:
        value: int = getattr(self, measure)
        return value


def totals(figures: Iterable[CenterFigures]) -> dict[str, int]:
    """The national total of each measure."""
    result = dict.fromkeys(MEASURES, 0)
    for entry in figures:
        for measure in MEASURES:
            result[measure] += entry.figure(measure)
    return result


# -- counting the rows held ---------------------------------------------------------------------
def _college_path(name: str, alias: Any, joined: FromClause) -> tuple[FromClause, list[Any]]:
    """Outer-join ``alias`` (a row of table ``name``) to the parents that lead to its
    college, following ``OWNER_RULES``; returns the join and the candidate college ids, to
    be taken in order (the first that is not null, as the owner rules do)."""
    candidates: list[Any] = []
    for rule in OWNER_RULES.get(name, ()):
        if rule.self_kind == COLLEGE:
            candidates.append(alias.c.id)
        elif rule.column == "college_id":
            candidates.append(alias.c.college_id)
        for column in rule.parents:
            parent_name = sync_table(name).references[column]
            parent = sync_table(parent_name).table.alias()
            joined = joined.outerjoin(parent, parent.c.id == alias.c[column])
            joined, found = _college_path(parent_name, parent, joined)
            candidates.extend(found)
    return joined, candidates


def _count_by_center(table_name: str) -> Select[tuple[int | None, int]]:
    table = sync_table(table_name).table.alias("counted")
    joined, candidates = _college_path(table_name, table, table)
    if not candidates:
        raise ValueError(f"{table_name} rows do not belong to a college")
    college_id: ColumnElement[Any] = (
        candidates[0] if len(candidates) == 1 else func.coalesce(*candidates)
    )
    college = sync_table("college").table.alias("owner_college")
    return (
        select(college.c.center_id, func.count())
        .select_from(joined.join(college, college.c.id == college_id))
        .where(table.c.deleted == false())
        .group_by(college.c.center_id)
    )


def _counted_rows(session: Session) -> dict[int, dict[str, int]]:
    """Center id -> measure -> rows in use."""
    result: dict[int, dict[str, int]] = {}
    for measure, table_name in MEASURES.items():
        for center_id, number in session.execute(_count_by_center(table_name)):
            if center_id is not None:
                result.setdefault(center_id, {})[measure] = number
    return result


def _reported_counts(session: Session) -> dict[str, dict[str, int]]:
    """Center uuid -> measure -> rows its counts-only package reported for its colleges."""
    by_table = {table: measure for measure, table in MEASURES.items()}
    result: dict[str, dict[str, int]] = {}
    query = (
        select(CentralCount.center_uuid, CentralCount.table_name, func.sum(CentralCount.rows))
        .where(CentralCount.table_name.in_(by_table), CentralCount.college_uuid != "")
        .group_by(CentralCount.center_uuid, CentralCount.table_name)
    )
    for center_uuid, table_name, number in session.execute(query):
        result.setdefault(center_uuid, {})[by_table[table_name]] = int(number or 0)
    return result


def _latest_packages(session: Session) -> dict[str, tuple[datetime, str]]:
    """Center uuid -> (when, profile) of the latest package applied from that center."""
    query = (
        select(Site.center_uuid, SyncPackage.at, SyncPackage.profile)
        .join(Site, Site.uuid == SyncPackage.peer_uuid)
        .where(
            SyncPackage.direction == "in",
            Site.kind == SiteKind.CENTER,
            Site.is_local.is_(False),
            Site.center_uuid.is_not(None),
        )
        .order_by(SyncPackage.at, SyncPackage.id)
    )
    latest: dict[str, tuple[datetime, str]] = {}
    for center_uuid, at, profile in session.execute(query):
        latest[center_uuid] = (at, profile)
    return latest


def national_overview(session: Session) -> list[CenterFigures]:
    """Every center of the 101, by its line in the list, with the figures of its network."""
    counted = _counted_rows(session)
    reported = _reported_counts(session)
    latest = _latest_packages(session)
    centers = session.execute(
        select(Center.id, Center.uuid, Center.seq, Subject.name_th, Center.host_college_name)
        .join(Subject, Subject.id == Center.subject_id)
        .where(Center.deleted == false())
        .order_by(Center.seq)
    )
    result = []
    for center_id, uuid, line, subject_th, host in centers:
        package = latest.get(uuid)
        from_counts = package is not None and package[1] == COUNTS
        figures = reported.get(uuid, {}) if from_counts else counted.get(center_id, {})
        result.append(
            CenterFigures(
                line=line,
                center_uuid=uuid,
                subject_th=subject_th,
                host_college=host,
                last_package_at=package[0] if package else None,
                source=COUNTS if from_counts else ROWS,
                **{measure: figures.get(measure, 0) for measure in MEASURES},
            )
        )
    return result


# -- consolidating a folder ---------------------------------------------------------------------
@dataclass
class PackageOutcome:
    """What became of one package file of a folder."""

    path: Path
    summary: ImportSummary | None = None
    refusal: str | None = None
    """Why the package was refused (a message for a person); nothing of it was written."""

    @property
    def refused(self) -> bool:
        return self.refusal is not None

    @property
    def already_imported(self) -> bool:
        return self.summary is not None and self.summary.already_imported_at is not None


@dataclass
class FolderOutcome:
    outcomes: list[PackageOutcome] = field(default_factory=list)
    backup: Path | None = None

    @property
    def refused(self) -> list[PackageOutcome]:
        return [outcome for outcome in self.outcomes if outcome.refused]


def _made_at(path: Path) -> tuple[int, str, str, str]:
    """Sort key: packages in the order they were made (by their manifests); a file whose
    manifest cannot be read goes last, by name (it is refused when applied)."""
    try:
        with PackageReader(path) as reader:
            manifest = reader.manifest
            return (0, manifest.created_hlc, manifest.created_at, path.name)
    except PackageError:
        return (1, "", "", path.name)


def package_files(path: Path) -> list[Path]:
    """``path`` itself, or every package file of the folder ``path`` in the order made."""
    if not path.is_dir():
        return [path]
    found = [
        child for child in path.iterdir() if child.is_file() and child.suffix.lower() == SUFFIX
    ]
    return sorted(found, key=_made_at)


def apply_packages(
    sessions: Callable[[], Session],
    paths: Iterable[Path],
    *,
    dry_run: bool = False,
    backup: Callable[[], Path] | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> FolderOutcome:
    """Import (or with ``dry_run`` check) each package in turn, each in its own transaction:
    a refused one is reported and the others still applied. ``backup`` is called at most
    once, before the first package that is applied."""
    result = FolderOutcome()

    def backup_once() -> Path:
        assert backup is not None
        if result.backup is None:
            result.backup = backup()
        return result.backup

    files = list(paths)
    for index, path in enumerate(files):
        if progress is not None:
            progress(index * 100 // max(1, len(files)), path.name)
        outcome = PackageOutcome(path)
        try:
            with sessions() as session:
                if dry_run:
                    outcome.summary = check_package(session, path)
                    if outcome.summary.refused:
                        outcome.refusal = "\n".join(outcome.summary.problems)
                else:
                    outcome.summary = import_package(
                        session, path, backup=None if backup is None else backup_once
                    )
        except PackageError as error:
            outcome.refusal = error.message
        result.outcomes.append(outcome)
    if progress is not None:
        progress(100, "")
    return result
