"""Benchmark (by hand, never in CI): the list service and table model on 1,000,000 enterprises.

    .venv/bin/python tests/benchmarks/lists.py [--rows 1000000] [--repeat 7] [--scroll 100000]
                                               [--skip-model]

The database is built once (bulk insert through ``stamp_new_row``, so sort keys and the FTS
index are filled the way the program fills them) and kept in tests/benchmarks/data/. Each
figure is the median of several runs, printed beside the same SQL run by raw sqlite3 in the
same process (the floor) as a ratio, and beside the naive raw query a hand-written program
would run (``LIMIT ... OFFSET ...`` from the start, for the last page). Finally the table
model is scrolled through ``--scroll`` rows and the growth of the process memory (RSS) is
printed: in all, and since the first page was shown (it must not grow with the rows scrolled).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CVM_DIRECTOR_HOME"] = str(DATA / "home")

from sqlalchemy import Engine, Table, event, insert  # noqa: E402

from app.models.enums import EnterpriseLocation, EnterpriseSize  # noqa: E402
from app.models.network import Enterprise  # noqa: E402
from app.services.demo import names  # noqa: E402
from app.services.store import open_store  # noqa: E402
from app.services.sync_stamp import save_clock, stamp_new_row  # noqa: E402

BATCH = 10_000
DELETED_SHARE = 0.01
PROVINCES = ("20", "21", "24", "10", "11", "12", "13", "30", "40", "50", "90", "65")
SIZES = tuple(EnterpriseSize)


def _enterprise_rows(count: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    stems = names.company_names(rng)
    for index in range(count):
        stem_th, stem_en, industry = stems[index % len(stems)]
        number = index // len(stems)
        suffix = f" {number + 1}" if number else ""
        if index % 10 == 0:
            name_th = f"ห้างหุ้นส่วนจำกัด {stem_th}{suffix}"
            name_en = f"{stem_en}{suffix} Limited Partnership"
        else:
            name_th = f"บริษัท {stem_th}{suffix} จำกัด"
            name_en = f"{stem_en}{suffix} Co., Ltd."
        _male, first, last = names.person(rng)
        province = PROVINCES[index % len(PROVINCES)]
        yield {
            "name_th": name_th,
            "name_en": name_en,
            "location": EnterpriseLocation.DOMESTIC.value,
            "country_code": "TH",
            "province_code": province,
            "industry": industry,
            "size": SIZES[index % len(SIZES)].value,
            "contact_name": f"{first} {last}",
            "phone": f"+6638{rng.randrange(100000, 999999)}",
            "email": f"hr{index:07d}@example.com",
        }


def build_database(path: Path, rows: int) -> None:
    """A center's database with ``rows`` enterprises (1% of them tombstones)."""
    from app.services.site_setup import init_center_site

    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    print(f"building {rows:,} enterprises in {path} ...", flush=True)
    start = time.perf_counter()
    store = open_store(partial, create=True)
    try:
        init_center_site(store, 11)
        clock = store.site_clock
        assert clock is not None
        rng = random.Random(20261121)
        table = cast(Table, Enterprise.__table__)
        with store.session() as session:
            batch: list[dict[str, Any]] = []
            for number, values in enumerate(_enterprise_rows(rows, rng), start=1):
                stamp_new_row(values, clock, Enterprise)
                values["deleted"] = rng.random() < DELETED_SHARE
                batch.append(values)
                if len(batch) == BATCH or number == rows:
                    session.execute(insert(table), batch)
                    batch = []
                    if number % (10 * BATCH) == 0 or number == rows:
                        save_clock(session, clock)
                        session.commit()
                        print(f"  {number:,} rows", flush=True)
    finally:
        store.close()
    with sqlite3.connect(partial) as connection:
        # No ANALYZE: the program never runs it, so plans here are the plans users get.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    partial.rename(path)
    print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)


def database(rows: int) -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"lists-{rows}.db"
    if not path.exists():
        build_database(path, rows)
    # Opening once brings the schema up to date outside the timed runs.
    open_store(path).close()
    return path


# -- timing --------------------------------------------------------------------------------
Statement = tuple[str, Any]


class Recorder:
    """Keeps the SQL the service sends (statement and parameters), to replay it raw."""

    def __init__(self, engine: Engine) -> None:
        self.statements: list[Statement] = []
        self.on = False
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if self.on:
            self.statements.append((statement, parameters))

    def capture(self, work: Callable[[], object]) -> list[Statement]:
        self.statements, self.on = [], True
        try:
            work()
        finally:
            self.on = False
        return self.statements


def _median_ms(work: Callable[[], object], repeat: int) -> float:
    work()  # warm: compiled statement cache, page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _raw(connection: sqlite3.Connection, statements: list[Statement]) -> Callable[[], object]:
    def run() -> object:
        return [connection.execute(sql, params).fetchall() for sql, params in statements]

    return run


def _line(label: str, service_ms: float, raw_ms: float, note: str = "") -> None:
    ratio = service_ms / raw_ms if raw_ms else float("inf")
    print(f"{label:<44}{service_ms:>10.2f}{raw_ms:>10.2f}{ratio:>8.2f}  {note}", flush=True)


def time_service(path: Path, repeat: int) -> None:
    from app.services.listing import ListKind, ListQuery, count, page, page_after, spec_for
    from app.services.listing.paging import rows_statement
    from app.services.listing.search import dense_words, uses_index

    store = open_store(path)
    recorder = Recorder(store.engine)
    raw = sqlite3.connect(path)
    query = ListQuery(ListKind.ENTERPRISES)
    print(f"\nlist service on {path.name}: median of {repeat} runs, milliseconds")
    print(f"{'case':<44}{'service':>10}{'raw':>10}{'ratio':>8}")
    with store.session() as session:
        cases: list[tuple[str, Callable[[], object], str, int]] = []
        total = count(session, query)
        first = page(session, query, 0, PAGE)
        last_offset = (total - 1) // PAGE * PAGE
        cases += [
            ("count (once per query, then cached)", lambda: count(session, query), "", repeat),
            ("first page, Thai name order", lambda: page(session, query, 0, PAGE), "", repeat),
            (
                "next page (after the last row's key)",
                lambda: page_after(session, query, first[-1], PAGE),
                "",
                repeat,
            ),
            (
                f"jump to the last page (offset {last_offset:,})",
                lambda: page(session, query, last_offset, PAGE, total=total),
                "read from the end",
                repeat,
            ),
            (
                f"jump to the middle (offset {total // 2:,})",
                lambda: page(session, query, total // 2, PAGE, total=total),
                "ids first, then rows",
                repeat,
            ),
        ]
        spec = spec_for(ListKind.ENTERPRISES)
        for text in SEARCHES:
            search = ListQuery(ListKind.ENTERPRISES, search=text)
            matches = count(session, search)
            scan = not uses_index(text)
            runs = max(1, min(repeat, 3)) if scan else repeat
            if scan:
                note = "LIKE: a scan (1-2 characters)"
            elif dense_words(session, spec, text):
                note = "count by index; page walks name order with LIKE"
            else:
                note = "by index"
            cases += [
                (
                    f"search {text!r}: first page",
                    lambda search=search: page(session, search, 0, PAGE),  # type: ignore[misc]
                    f"{matches:,} matches, {note}",
                    runs,
                ),
                (
                    f"search {text!r}: count",
                    lambda search=search: count(session, search),  # type: ignore[misc]
                    "",
                    runs,
                ),
            ]
        for label, work, note, runs in cases:
            statements = recorder.capture(work)
            service_ms = _median_ms(work, runs)
            raw_ms = _median_ms(_raw(raw, statements), runs)
            _line(label, service_ms, raw_ms, note)
        # What a hand-written program would run for the last page: OFFSET from the start.
        naive = rows_statement(query).offset(last_offset).limit(PAGE)
        naive_sql, naive_params = recorder.capture(lambda: session.execute(naive).all())[0]
        naive_ms = _median_ms(_raw(raw, [(naive_sql, naive_params)]), max(1, min(repeat, 3)))
        print(f"{'  (raw LIMIT/OFFSET from the start, last page)':<44}{'':>10}{naive_ms:>10.2f}")
    raw.close()
    store.close()


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def scroll_model(path: Path, rows: int, cached_pages: int | None) -> None:
    """Scroll the table model through ``rows`` rows, reading every cell once, like a view."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from app.services.listing import ListKind, ListQuery
    from app.views.paged_table_model import CACHED_PAGES, PagedTableModel

    _app = QApplication.instance() or QApplication([])
    store = open_store(path)
    pages = cached_pages if cached_pages is not None else rows // PAGE + 1
    gc.collect()
    before = _rss_mb()
    start = time.perf_counter()
    model = PagedTableModel(store.session, ListQuery(ListKind.ENTERPRISES), cached_pages=pages)
    opened = (time.perf_counter() - start) * 1000
    fetch_times = []
    shown = 0
    root = QModelIndex()
    columns = model.columnCount()
    first_page_mb: float | None = None
    while shown < rows and (shown < model.rowCount() or model.canFetchMore(root)):
        if shown + PAGE > model.rowCount() and model.canFetchMore(root):
            started = time.perf_counter()
            model.fetchMore(root)
            fetch_times.append(time.perf_counter() - started)
        for row in range(shown, min(model.rowCount(), shown + PAGE)):
            for column in range(columns):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        shown = min(model.rowCount(), shown + PAGE)
        if first_page_mb is None:
            gc.collect()
            first_page_mb = _rss_mb()
    gc.collect()
    after = _rss_mb()
    grown = after - before
    # Memory must not grow with the rows scrolled: compare with the first page shown.
    since_first = after - (first_page_mb if first_page_mb is not None else before)
    label = f"{cached_pages} pages kept" if cached_pages is not None else "every page kept"
    if cached_pages == CACHED_PAGES:
        label += " (default)"
    print(
        f"model, {label:<28} open {opened:6.1f} ms, fetchMore median "
        f"{statistics.median(fetch_times) * 1000:5.2f} ms, {shown:,} rows shown, "
        f"{model.cached_rows:,} rows held, memory +{grown:,.0f} MB "
        f"(+{since_first:,.1f} MB since the first page)",
        flush=True,
    )
    store.close()


PAGE = 200
SEARCHES = ("ออโต", "สมชาย", "ชลธารโกลบอลไดแคสติ้ง", "ค่")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--scroll", type=int, default=100_000)
    parser.add_argument("--skip-model", action="store_true")
    args = parser.parse_args()
    path = database(args.rows)
    time_service(path, args.repeat)
    if not args.skip_model:
        print(f"\ntable model scrolled through {args.scroll:,} rows (every cell read once)")
        from app.views.paged_table_model import CACHED_PAGES

        scroll_model(path, args.scroll, CACHED_PAGES)
        scroll_model(path, args.scroll, None)
    print(
        "\nraw: the same SQL with the same parameters through the sqlite3 module, same file,"
        " same run"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
