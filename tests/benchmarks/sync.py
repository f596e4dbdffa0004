"""Benchmark (by hand, never in CI): package exchange (issue 6): export, verify and import of
a 100,000-row package, re-import, an unchanged second package, and the consolidation of 101
center packages at the central office.

    /tmp/probe/bin/python tests/benchmarks/sync.py [--repeat 5] [--scale 0.818]
        [--centers 101] [--center-scale 0.05] [--consolidation-repeat 3] [--skip-consolidation]
        [--profile]

Data, built once and kept in tests/benchmarks/data/ (rebuilt when the schema changes):
- ``sync-<scale>/``: the demo network of center 11 at ``--scale`` (0.818 gives 99,502 rows
  in the package, 39 tables: placements, supervision visits, safety briefings, students,
  teachers ...; 56 MB of JSON lines, 6.3 MB zipped), a central office that trusts it (and
  is trusted back), ``first.cvmpkg`` (full profile, every row: the first package) and
  ``second.cvmpkg`` (the same rows, ``everything=True``), and the central office after
  importing the first package.
- ``sync-centers-<count>-<center-scale>/``: a central office that trusts ``--centers``
  centers (lines 1..101, each its own demo network at ``--center-scale``, seeded by its
  line) and one package of each (the default profile to the central office,
  pseudonymised). The demo builder makes the same competency-unit codes and certificate
  numbers in every network; they get the center's line as a suffix before export, as real
  networks' differ.

Each figure is the median of ``--repeat`` runs on a fresh copy of the recipient (copying is
not timed), beside a floor measured in the same run on the same machine, as a ratio. The
floor: open the same package with ``zipfile``, ``json.loads`` every line of every data
member and ``executemany`` the rows into a copy of the recipient's empty database
(reference lists only) in one transaction with raw ``sqlite3`` (WAL, synchronous=NORMAL, as
the program; its indexes and full-text triggers fire; no foreign-key checks, no
uuid-to-id translation). Consolidation: the floor loads the 101 packages one transaction
each into one copy. "spread" is (max - min) / median of the runs (the machine's noise);
"best" is the fastest run over the fastest floor. ``--profile`` prints the top of a cProfile
of one export, one import and one unchanged import.

Measured 2026-11-21 on the shared 2-core build machine (Python 3.11.7, SQLite 3.40.1), the
other engineers' test suites running now and then; ``--repeat 7``, consolidation 3 runs::

    case                                          rows  seconds  ratio  spread  best
    floor: unzip + parse + executemany, 1 txn   99,502    3.842   1.00     15%  1.00
    export (full profile)                       99,502    3.452   0.90     33%  0.80
    export (pseudonymised)                      99,502    3.627   0.94     31%  0.83
    verify (open_verified: signature, hashes)   99,502    0.172   0.04     28%  0.04
    import into a fresh recipient               99,502    5.799   1.51     30%  1.27  goal <= 2
    import, backup (VACUUM INTO) included       99,502    5.556   1.45     31%  1.43
    re-import of the same package               99,502    0.157   0.04     34%  0.04
    import of a 2nd package, same rows          99,502    4.107   1.07     21%  1.08  goal <= 1.5

    floor: 101 packages raw, 1 txn each        729,302   51.741   1.00      3%  1.00
    consolidation: import_package x 101        729,302   54.553   1.05     14%  0.94
    backup (VACUUM INTO) of the consolidated   729,302    1.082   0.02     29%  0.02
    consolidated database 321 MB; per package (7,220 rows on average) median 0.503 s,
    slowest 0.738 s; first 10 packages 0.381 s, last 10 0.566 s

Noise: with three test suites on the two cores (load 4-5) the same run gave spreads of
60-156%, a floor of 4.6 s and 119 s, and ratios of 2.09 (import), 1.52 (unchanged),
1.10 (consolidation): compare ratios from quiet runs only. The floor is ~4x the 0.8 s of
DESIGN.md section 4: its insert alone takes 2.4-3.5 s here (5-9 indexes per big table,
full-text triggers), parsing 0.9-1.4 s.

Where the time goes (cProfile, quiet machine; the engine is unchanged by this benchmark):
- Import: ``executemany`` 2.0 s (the floor's insert); ``importer._parse`` about twice
  ``json.loads`` (0.81 s against 0.43 s per 100k rows): ``set(table.columns)`` is built
  again for every row, and the clock stamp is parsed twice per row (in ``_parse``, then in
  the future-stamp loop of ``_apply``: 0.12 s a pass). Suggestion: a frozenset of the wire
  columns per table, and keep ``physical_ms`` from the first parse.
- Unchanged (and updated) rows: ``_apply_table`` reads every existing row in full through
  ``wire.read_by_uuid`` (a LEFT JOIN per reference, every stored vector decoded) only to
  compare version vectors: 1.3-2.1 s of the 4.1 s, against 0.6-1.0 s for
  ``SELECT uuid, id, version_vector`` alone. Suggestion: read id and vector (with ``hlc``,
  ``modified_by_site``) first, and the full row only for concurrent versions (``data_of``
  and the conflict record need it).
- Re-import: ``import_package`` hashes every byte (``open_verified`` -> ``verify_data``)
  before it asks whether the package was imported already; the manifest is signed, so the
  question can come right after ``verify_signature``: milliseconds whatever the size.
- Consolidation: a backup before each of the 101 packages would add ~1 s each at the end
  (VACUUM INTO of 321 MB): back up once per folder, not per package.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CVM_DIRECTOR_HOME"] = str(DATA / "home")

from app.services.site_identity import local_site  # noqa: E402
from app.services.store import Store, backup_database, open_store  # noqa: E402
from app.services.sync import trust  # noqa: E402
from app.services.sync.exporter import export_package  # noqa: E402
from app.services.sync.importer import ImportSummary, import_package, open_verified  # noqa: E402

TODAY = date(2026, 11, 21)
NETWORK_LINE = 11
KEYS = DATA / "home" / "keys"


# -- databases and packages, built once ------------------------------------------------------
def _copy(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def _drop(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def empty_database() -> Path:
    """A new database at the newest schema with the reference lists and no site."""
    DATA.mkdir(exist_ok=True)
    path = DATA / "sync-empty.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        _drop(partial)
        open_store(partial, create=True).close()
        _checkpoint(partial)
        partial.rename(path)
    open_store(path).close()  # brings the schema up to date outside the timed runs
    return path


def _site_uuid(store: Store) -> str:
    with store.session() as session:
        site = local_site(session)
        assert site is not None
        return site.uuid


def _exchange_keys(center: Store, central: Store, folder: Path) -> None:
    """Each site enrols the other's key, as two people would over the phone."""
    for owner, peer in ((center, central), (central, center)):
        key_file = folder / f"{_site_uuid(peer)}.cvmkey"
        with peer.session() as session:
            trust.write_key_file(session, key_file)
        with owner.transaction() as session:
            trust.trust_key(session, trust.read_key_file(key_file))
        key_file.unlink()


@contextmanager
def _demo_line(line: int) -> Iterator[None]:
    """The demo builder makes center 11's network; point it at another line for a while."""
    from app.services.demo import builder

    saved = builder.DEMO_CENTER_LINE
    builder.DEMO_CENTER_LINE = line
    try:
        yield
    finally:
        builder.DEMO_CENTER_LINE = saved


def build_center(path: Path, line: int, seed: int, scale: float) -> Store:
    from app.services.demo import build_demo

    store = open_store(_copy(empty_database(), path))
    with _demo_line(line):
        build_demo(store, seed=seed, scale=scale, today=TODAY)
    return store


def _unique_text_columns(connection: sqlite3.Connection, table: str) -> list[str]:
    """Single-column unique constraints of a table, its uuid left out."""
    found = []
    for _seq, index, unique, _origin, _partial in connection.execute(
        f'PRAGMA index_list("{table}")'
    ):
        if not unique:
            continue
        columns = [row[2] for row in connection.execute(f'PRAGMA index_info("{index}")')]
        if len(columns) == 1 and columns[0] not in ("uuid", "id"):
            found.append(columns[0])
    return found


def make_network_unique(path: Path, line: int) -> None:
    """Suffix the demo's fixed codes and serial numbers (unique columns) with the line.

    The rows are still version 1 of this site and not sent yet, so this is the same as if
    the builder had made them so."""
    from app.services.sync.tables import sync_tables

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        for table in sync_tables():
            for column in _unique_text_columns(connection, table.name):
                connection.execute(
                    f'UPDATE "{table.name}" SET "{column}" = "{column}" || ? '
                    f"WHERE \"{column}\" IS NOT NULL AND version_vector != '{{}}'",
                    (f"-L{line:03d}",),
                )
        connection.execute("COMMIT")
    finally:
        connection.close()


def new_central(path: Path) -> Store:
    from app.services.site_setup import init_central_site

    store = open_store(_copy(empty_database(), path))
    init_central_site(store)
    return store


@dataclass(frozen=True)
class PairSet:
    folder: Path
    center: Path
    central: Path
    """The central office before any package."""
    central_after: Path
    """The central office after importing ``first``."""
    first: Path
    second: Path
    rows: int


def _is_current(package: Path) -> bool:
    """Whether ``package`` exists and was made at this schema (else a recipient refuses it)."""
    from app.services.store import head_revision

    if not package.exists():
        return False
    with zipfile.ZipFile(package) as archive:
        return bool(json.loads(archive.read("manifest.json"))["schema"] == head_revision())


def _rows_in(package: Path) -> int:
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    return sum(int(entry["rows"]) for entry in manifest["files"])


def pair_set(scale: float) -> PairSet:
    """One center's demo network at ``scale`` and a central office, with two packages."""
    folder = DATA / f"sync-{scale:g}"
    names = PairSet(
        folder,
        folder / "center.db",
        folder / "central.db",
        folder / "central-after.db",
        folder / "first.cvmpkg",
        folder / "second.cvmpkg",
        0,
    )
    if not names.central_after.exists() or not _is_current(names.second):
        print(f"building the center network at scale {scale:g} in {folder} ...", flush=True)
        started = time.perf_counter()
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        center = build_center(names.center, NETWORK_LINE, 2569, scale)
        central = new_central(names.central)
        _exchange_keys(center, central, folder)
        central_uuid = _site_uuid(central)
        with center.session() as session:
            export_package(session, central_uuid, names.first, profile="full", keys_dir=KEYS)
        with center.session() as session:
            export_package(
                session, central_uuid, names.second, everything=True, profile="full", keys_dir=KEYS
            )
        center.close()
        central.close()
        for path in (names.center, names.central):
            _checkpoint(path)
        partial = _copy(names.central, folder / "central-after.partial")
        store = open_store(partial)
        with store.session() as session:
            import_package(session, names.first)
        store.close()
        _checkpoint(partial)
        partial.rename(names.central_after)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    for path in (names.center, names.central, names.central_after):
        open_store(path).close()
    return PairSet(**{**vars(names), "rows": _rows_in(names.first)})


@dataclass(frozen=True)
class CentersSet:
    central: Path
    packages: list[Path]


def centers_set(count: int, scale: float) -> CentersSet:
    """A central office trusting ``count`` centers, and one package from each."""
    folder = DATA / f"sync-centers-{count}-{scale:g}"
    central_path = folder / "central.db"
    packages = folder / "packages"
    if not central_path.exists() or not _is_current(packages / "center-001.cvmpkg"):
        print(f"building {count} center networks at scale {scale:g} in {folder} ...", flush=True)
        started = time.perf_counter()
        shutil.rmtree(folder, ignore_errors=True)
        packages.mkdir(parents=True)
        partial = folder / "central.partial"
        central = new_central(partial)
        central_uuid = _site_uuid(central)
        with tempfile.TemporaryDirectory(dir=folder) as work:
            for line in range(1, count + 1):
                path = Path(work) / f"center-{line:03d}.db"
                center = build_center(path, line, 1000 + line, scale)
                center.close()
                make_network_unique(path, line)
                center = open_store(path)
                _exchange_keys(center, central, Path(work))
                with center.session() as session:
                    export_package(
                        session, central_uuid, packages / f"center-{line:03d}.cvmpkg", keys_dir=KEYS
                    )
                center.close()
                _drop(path)
                if line % 10 == 0:
                    print(f"  {line} centers", flush=True)
        central.close()
        _checkpoint(partial)
        partial.rename(central_path)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    open_store(central_path).close()
    return CentersSet(central_path, sorted(packages.glob("*.cvmpkg")))


# -- the floor -----------------------------------------------------------------------------
def _wire_values(row: dict[str, Any]) -> tuple[Any, ...]:
    row["version_vector"] = json.dumps(row["version_vector"])
    return tuple(row.values())


def raw_floor(connection: sqlite3.Connection, package: Path) -> None:
    """Parse every data line of ``package`` and insert it, in one transaction."""
    with zipfile.ZipFile(package) as archive:
        connection.execute("BEGIN")
        for name in archive.namelist():
            if not name.startswith("data/"):
                continue
            rows = [json.loads(line) for line in archive.read(name).splitlines()]
            if not rows:
                continue
            columns = ", ".join(f'"{column}"' for column in rows[0])
            marks = ", ".join("?" * len(rows[0]))
            connection.executemany(
                f'INSERT INTO "{name[5:-6]}" ({columns}) VALUES ({marks})',
                [_wire_values(row) for row in rows],
            )
        connection.execute("COMMIT")


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection


def time_floor(base: Path, packages: list[Path], work: Path) -> float:
    """Seconds to load ``packages`` raw into a fresh copy of ``base``."""
    target = _copy(base, work / "floor.db")
    connection = _raw_connection(target)
    try:
        started = time.perf_counter()
        for package in packages:
            raw_floor(connection, package)
        return time.perf_counter() - started
    finally:
        connection.close()
        _drop(target)


# -- timing the program ---------------------------------------------------------------------
@dataclass
class Case:
    label: str
    rows: int
    runs: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def spread(self) -> float:
        return (max(self.runs) - min(self.runs)) / self.median if self.median else 0.0


def _line(case: Case, floor: Case) -> None:
    rate = case.rows / case.median if case.median else 0.0
    print(
        f"{case.label:<44}{case.rows:>9,}{case.median:>9.3f}{rate:>10,.0f}"
        f"{case.median / floor.median:>8.2f}{case.spread * 100:>7.0f}%"
        f"{min(case.runs) / min(floor.runs):>8.2f}  {case.note}",
        flush=True,
    )


def _header(title: str) -> None:
    print(f"\n{title}")
    print(
        f"{'case':<44}{'rows':>9}{'seconds':>9}{'rows/s':>10}{'ratio':>8}{'spread':>8}{'best':>8}"
    )


@contextmanager
def _opened(source: Path, work: Path, name: str) -> Iterator[Store]:
    """A fresh copy of ``source``, opened and warmed (models loaded, site read)."""
    store = open_store(_copy(source, work / name))
    try:
        with store.session() as session:
            local_site(session)
        yield store
    finally:
        store.close()
        _drop(work / name)


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _import(store: Store, package: Path, backups: Path | None = None) -> ImportSummary:
    backup: Callable[[], Path] | None = None
    if backups is not None:
        folder = backups

        def backup() -> Path:
            return backup_database(store.path, folder, "before-package")

    with store.session() as session:
        return import_package(session, package, backup=backup)


def _expect(summary: object, *, new: int = 0, unchanged: int = 0) -> None:
    assert isinstance(summary, ImportSummary) and summary.applied, "the package was not applied"
    totals = summary.totals()
    if (totals.new, totals.unchanged, totals.conflicts, totals.rejected) != (new, unchanged, 0, 0):
        raise SystemExit(f"unexpected import result: {totals}")


def _time_verify(store: Store, package: Path) -> float:
    with store.session() as session:
        started = time.perf_counter()
        reader, _sender = open_verified(session, package)
        reader.close()
        seconds = time.perf_counter() - started
        session.rollback()
    return seconds


def _time_export(store: Store, recipient: str, out: Path, profile: str, rows: int) -> float:
    with store.session() as session:
        started = time.perf_counter()
        result = export_package(session, recipient, out, profile=profile, keys_dir=KEYS)
        seconds = time.perf_counter() - started
    out.unlink()
    if result.rows != rows:
        raise SystemExit(f"the export held {result.rows:,} rows, not {rows:,}")
    return seconds


def _time_import(
    store: Store, package: Path, *, new: int = 0, unchanged: int = 0, backups: Path | None = None
) -> float:
    started = time.perf_counter()
    summary = _import(store, package, backups)
    seconds = time.perf_counter() - started
    _expect(summary, new=new, unchanged=unchanged)
    return seconds


def run_pair(data: PairSet, repeat: int, work: Path) -> None:
    rows = data.rows
    floor = Case("floor: unzip + parse + executemany, 1 txn", rows)
    export_full = Case("export (full profile)", rows)
    export_pseudo = Case("export (pseudonymised)", rows)
    verify = Case("verify (open_verified: signature, hashes)", rows)
    first = Case("import into a fresh recipient", rows, note="goal <= 2")
    first_backup = Case("import, backup (VACUUM INTO) included", rows)
    again = Case("re-import of the same package", rows, note="already imported: nothing written")
    unchanged = Case("import of a 2nd package, same rows unchanged", rows, note="goal <= 1.5")
    with _opened(data.central, work, "central.db") as central:
        recipient = _site_uuid(central)
    backups = work / "backups"
    for run in range(repeat):
        floor.runs.append(time_floor(data.central, [data.first], work))
        with _opened(data.center, work, "center.db") as center:
            out = work / "out.cvmpkg"
            export_full.runs.append(_time_export(center, recipient, out, "full", rows))
            export_pseudo.runs.append(_time_export(center, recipient, out, "pseudonymised", rows))
        with _opened(data.central, work, "central.db") as central:
            verify.runs.append(_time_verify(central, data.first))
            first.runs.append(_time_import(central, data.first, new=rows))
            started = time.perf_counter()
            summary = _import(central, data.first)
            again.runs.append(time.perf_counter() - started)
            if summary.already_imported_at is None:
                raise SystemExit("the second import of the same package was not refused")
        with _opened(data.central, work, "central.db") as central:
            first_backup.runs.append(_time_import(central, data.first, new=rows, backups=backups))
        shutil.rmtree(backups, ignore_errors=True)
        with _opened(data.central_after, work, "central.db") as central:
            unchanged.runs.append(_time_import(central, data.second, unchanged=rows))
        print(f"  run {run + 1} of {repeat}", flush=True)
    _header(
        f"a {rows:,}-row package, center -> central office: median of {repeat} runs, "
        "ratio to the floor"
    )
    for case in (floor, export_full, export_pseudo, verify, first, first_backup, again, unchanged):
        _line(case, floor)


def run_centers(data: CentersSet, repeat: int, work: Path) -> None:
    rows = sum(_rows_in(package) for package in data.packages)
    count = len(data.packages)
    floor = Case(f"floor: {count} packages raw, 1 txn each", rows)
    total = Case(f"consolidation: import_package x {count}", rows)
    per_package: list[list[float]] = []
    backup = Case("backup (VACUUM INTO) of the consolidated db", rows)
    size_mb = 0.0
    for run in range(repeat):
        floor.runs.append(time_floor(data.central, data.packages, work))
        times = []
        with _opened(data.central, work, "central.db") as central:
            for package in data.packages:
                times.append(_time_import(central, package, new=_rows_in(package)))
            # What a backup before each package costs once the office holds every center.
            started = time.perf_counter()
            copy = backup_database(central.path, work / "backups", "before-package")
            backup.runs.append(time.perf_counter() - started)
            size_mb = copy.stat().st_size / 1e6
            shutil.rmtree(work / "backups")
        total.runs.append(sum(times))
        per_package.append(times)
        print(f"  run {run + 1} of {repeat}", flush=True)
    _header(
        f"consolidation of {count} center packages at the central office: median of {repeat} "
        "runs, ratio to the floor"
    )
    _line(floor, floor)
    _line(total, floor)
    _line(backup, floor)
    print(f"consolidated database: {size_mb:,.0f} MB")
    medians = [statistics.median(times) for times in zip(*per_package, strict=True)]
    tenth = max(1, count // 10)
    print(
        f"per package ({rows // count:,} rows on average): median {statistics.median(medians):.3f}"
        f" s, slowest {max(medians):.3f} s; first {tenth}: "
        f"{statistics.median(medians[:tenth]):.3f} s, last {tenth}: "
        f"{statistics.median(medians[-tenth:]):.3f} s",
        flush=True,
    )


def profile(data: PairSet, work: Path, top: int) -> None:
    """cProfile of one export, one import and one unchanged import (top by own time)."""
    with _opened(data.central, work, "central.db") as central:
        recipient = _site_uuid(central)
    cases: list[tuple[str, Path, Callable[[Store], object]]] = [
        (
            "export (full)",
            data.center,
            lambda store: _time_export(store, recipient, work / "p.cvmpkg", "full", data.rows),
        ),
        (
            "import into a fresh recipient",
            data.central,
            lambda store: _time_import(store, data.first, new=data.rows),
        ),
        (
            "import of the same rows unchanged",
            data.central_after,
            lambda store: _time_import(store, data.second, unchanged=data.rows),
        ),
    ]
    for label, source, work_on in cases:
        with _opened(source, work, "profiled.db") as store:
            profiler = cProfile.Profile()
            profiler.enable()
            work_on(store)
            profiler.disable()
        print(f"\ncProfile: {label}, top {top} by own time")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scale", type=float, default=0.818)
    parser.add_argument("--centers", type=int, default=101)
    parser.add_argument("--center-scale", type=float, default=0.05)
    parser.add_argument("--consolidation-repeat", type=int, default=3)
    parser.add_argument("--skip-consolidation", action="store_true")
    parser.add_argument("--skip-pair", action="store_true")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=DATA if DATA.exists() else None) as folder:
        work = Path(folder)
        if not args.skip_pair or args.profile:
            pair = pair_set(args.scale)
            if not args.skip_pair:
                run_pair(pair, args.repeat, work)
            if args.profile:
                profile(pair, work, 25)
        if not args.skip_consolidation:
            centers = centers_set(args.centers, args.center_scale)
            run_centers(centers, args.consolidation_repeat, work)
    print(
        "\nfloor: the same packages' JSON lines parsed and inserted with raw sqlite3 "
        "executemany, one transaction per package, into a copy of the same empty recipient; "
        "same machine, same run. spread: (max - min) / median of the runs."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
