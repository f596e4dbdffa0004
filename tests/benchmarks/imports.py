"""Benchmark (by hand, never in CI): importing a 10,000-row .xlsx into a center database.

    .venv/bin/python tests/benchmarks/imports.py [--rows 10000] [--repeat 3]
                                                 [--kinds enterprises colleges]

For each kind the workbook (every column filled) and an empty center database are made once
and kept in tests/benchmarks/data/. Each run imports into a fresh copy of that database and
times the two steps apart: ``plan_import`` (read and check) and ``commit_import`` (one
transaction). The floors, measured in the same run on the same files: reading the same
workbook with openpyxl alone (read-only, values only), and inserting the very rows the
import wrote with raw sqlite3 ``executemany`` in one transaction. Figures are medians.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CVM_DIRECTOR_HOME"] = str(DATA / "home")

from app.services.store import open_store  # noqa: E402
from app.services.tabular import TableKind, commit_import, plan_import, spec_for  # noqa: E402

PROVINCES = ("ชลบุรี", "ระยอง", "ฉะเชิงเทรา", "กรุงเทพมหานคร", "สมุทรปราการ", "เชียงใหม่")
INDUSTRIES = ("ยานยนต์และชิ้นส่วน", "อิเล็กทรอนิกส์", "ปิโตรเคมี", "อาหารแปรรูป", "โลจิสติกส์")
TABLES = {TableKind.ENTERPRISES: "enterprise", TableKind.COLLEGES: "college"}


def _enterprise_rows(count: int, rng: random.Random) -> Iterator[list[Any]]:
    for index in range(count):
        yield [
            f"บริษัท ทดสอบนำเข้า {index + 1} จำกัด",
            f"Import Test {index + 1} Co., Ltd.",
            "ในประเทศ",
            "ไทย",
            PROVINCES[index % len(PROVINCES)],
            INDUSTRIES[index % len(INDUSTRIES)],
            ("ขนาดย่อม", "ขนาดกลาง", "ขนาดใหญ่")[index % 3],
            f"นางสาวสมใจ ใจดี {index}",
            f"08{rng.randrange(10_000_000, 99_999_999)}",
            f"hr{index:06d}@example.co.th",
        ]


def _college_rows(count: int, rng: random.Random) -> Iterator[list[Any]]:
    for index in range(count):
        yield [
            f"วิทยาลัยทดสอบนำเข้า {index + 1}",
            f"Import Test College {index + 1}",
            f"{1300000000 + index}",
            ("รัฐ", "เอกชน")[index % 2],
            ("Excellent", "Expert", "Standard")[index % 3],
            PROVINCES[index % len(PROVINCES)],
            "ปวช., ปวส., ทล.บ.",
            "ในระบบ, ทวิภาคี",
            f"เลขที่ {index} ถนนสุขุมวิท ตำบลบ้านสวน อำเภอเมือง",
            f"038 {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
        ]


ROWS: dict[TableKind, Callable[[int, random.Random], Iterator[list[Any]]]] = {
    TableKind.ENTERPRISES: _enterprise_rows,
    TableKind.COLLEGES: _college_rows,
}


def workbook(kind: TableKind, rows: int) -> Path:
    import openpyxl

    DATA.mkdir(exist_ok=True)
    path = DATA / f"import-{kind.value}-{rows}.xlsx"
    if path.exists():
        return path
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(spec_for(kind).sheet_th)
    sheet.append([column.header_th for column in spec_for(kind).columns])
    for row in ROWS[kind](rows, random.Random(2569)):
        sheet.append(row)
    partial = path.with_suffix(".partial.xlsx")
    book.save(partial)
    partial.rename(path)
    return path


def center_database() -> Path:
    from app.services.site_setup import init_center_site

    DATA.mkdir(exist_ok=True)
    path = DATA / "import-center.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        store = open_store(partial, create=True)
        init_center_site(store, 11, keys_dir=DATA / "home")
        store.close()
        with sqlite3.connect(partial) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        partial.rename(path)
    open_store(path).close()  # brings the schema up to date outside the timed runs
    return path


def _copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def time_import(
    kind: TableKind, book: Path, base: Path, folder: Path, run: int
) -> tuple[float, float, int]:
    """(plan seconds, commit seconds, rows written) on a fresh copy of ``base``."""
    store = open_store(_copy(base, folder, f"run-{kind.value}-{run}.db"))
    try:
        started = time.perf_counter()
        with store.session() as session:
            plan = plan_import(session, kind, book)
        planned = time.perf_counter() - started
        if plan.error_count:
            raise SystemExit(f"{kind.value}: the benchmark file has {plan.error_count} bad rows")
        started = time.perf_counter()
        result = commit_import(store, plan)
        committed = time.perf_counter() - started
    finally:
        store.close()
    return planned, committed, result.created


def time_openpyxl_read(book: Path) -> tuple[float, int]:
    import openpyxl

    started = time.perf_counter()
    workbook = openpyxl.load_workbook(book, read_only=True, data_only=True)
    count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return time.perf_counter() - started, count


def written_rows(
    database: Path, table: str, base_max_id: int
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows an import wrote (every column but the local id), to insert again raw."""
    with sqlite3.connect(database) as connection:
        cursor = connection.execute(f'SELECT * FROM "{table}" WHERE id > ?', (base_max_id,))
        names = [description[0] for description in cursor.description]
        keep = [index for index, name in enumerate(names) if name != "id"]
        rows = [tuple(row[index] for index in keep) for row in cursor]
    connection.close()
    return [names[index] for index in keep], rows


def time_raw_insert(
    base: Path, folder: Path, table: str, columns: list[str], rows: list[tuple[Any, ...]], run: int
) -> float:
    target = _copy(base, folder, f"raw-{table}-{run}.db")
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def _max_id(database: Path, table: str) -> int:
    with sqlite3.connect(database) as connection:
        found = connection.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0]
    connection.close()
    return int(found)


def _line(label: str, seconds: float, rows: int, floor: float | None = None) -> None:
    ratio = f"{seconds / floor:8.2f}" if floor else f"{'':>8}"
    print(f"{label:<46}{seconds * 1000:>10.0f}{rows / seconds:>12,.0f}{ratio}", flush=True)


def benchmark(kind: TableKind, rows: int, repeat: int, base: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication([])
    book = workbook(kind, rows)
    table = TABLES[kind]
    base_max = _max_id(base, table)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        plans, commits = [], []
        created = 0
        for run in range(repeat):
            planned, committed, created = time_import(kind, book, base, folder, run)
            plans.append(planned)
            commits.append(committed)
        columns, written = written_rows(folder / f"run-{kind.value}-0.db", table, base_max)
        reads = [time_openpyxl_read(book)[0] for _ in range(repeat)]
        inserts = [
            time_raw_insert(base, folder, table, columns, written, run) for run in range(repeat)
        ]
    plan_s, commit_s = statistics.median(plans), statistics.median(commits)
    read_s, insert_s = statistics.median(reads), statistics.median(inserts)
    print(
        f"\n{kind.value}: {rows:,}-row .xlsx ({book.stat().st_size / 2**20:.1f} MB), "
        f"{created:,} rows written, median of {repeat} runs"
    )
    print(f"{'step':<46}{'ms':>10}{'rows/s':>12}{'ratio':>8}")
    _line("plan_import (read + check)", plan_s, rows, read_s)
    _line("  floor: openpyxl read-only, values only", read_s, rows)
    _line("commit_import (one transaction)", commit_s, rows, insert_s)
    _line("  floor: sqlite3 executemany, same rows", insert_s, rows)
    _line("import in all (plan + commit)", plan_s + commit_s, rows, read_s + insert_s)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--kinds",
        nargs="+",
        choices=[kind.value for kind in TABLES],
        default=[kind.value for kind in TABLES],
    )
    args = parser.parse_args()
    base = center_database()
    for kind in args.kinds:
        benchmark(TableKind(kind), args.rows, args.repeat, base)
    print(
        "\nratio: the program's step over its floor (same file, same rows, same run);"
        " the floors neither check values nor stamp rows for sync"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
