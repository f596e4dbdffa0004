"""Benchmark (by hand, never in CI): the enrolments and certification results lists on
1,000,000 rows each.

    .venv/bin/python tests/benchmarks/teacher_lists.py [--rows 1000000] [--repeat 7]

The database is built once in tests/benchmarks/data/ (bulk insert through ``stamp_new_row``,
so sort keys and the FTS indexes fill the way the program fills them): a center with 200
network colleges, 20,000 teachers, 100 curricula, 2,000 runs, ``--rows`` enrolments (each
run with ``rows / 2000`` different teachers) and ``--rows`` teacher certification results
(spread over ten years, every certificate number unique). For each list the median of
several runs is printed beside the same SQL run by raw sqlite3 (the floor) and the ratio
(goal: at most 3): count, first page, last page (``page(offset=total - 200, total=total)``)
and searches. Same approach and helpers as ``lists.py``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from importlib.util import find_spec
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lists
from sqlalchemy import Table, insert, select, text

from app.models.base import SyncedBase
from app.models.certification import Certification
from app.models.enums import CertificationResult, CollegeGroupCode, Ownership
from app.models.network import College
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.demo import names
from app.services.store import open_store
from app.services.sync_stamp import SiteClock, save_clock, stamp_new_row

DATA = lists.DATA
PAGE = lists.PAGE
BATCH = 10_000
COLLEGES = 200
TEACHERS = 20_000
COURSES = 100
RUNS = 2_000
FIRST_DAY = date(2016, 10, 1)
DAYS = 3_650
GROUPS = tuple(CollegeGroupCode)


def _insert(
    session: Any, model: type[SyncedBase], rows: Iterator[dict[str, Any]], clock: SiteClock
) -> None:
    table = cast(Table, model.__table__)
    batch: list[dict[str, Any]] = []
    done = 0
    for values in rows:
        batch.append(stamp_new_row(values, clock, model))
        if len(batch) == BATCH:
            session.execute(insert(table), batch)
            done += len(batch)
            batch = []
            if done % (10 * BATCH) == 0:
                save_clock(session, clock)
                session.commit()
                print(f"  {model.__tablename__}: {done:,} rows", flush=True)
    if batch:
        session.execute(insert(table), batch)
    save_clock(session, clock)
    session.commit()


def _ids(session: Any, model: type[SyncedBase]) -> list[int]:
    return list(session.scalars(select(model.id).order_by(model.id)))


def build_database(path: Path, rows: int) -> None:
    from app.services.site_setup import init_center_site

    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    print(f"building {rows:,} enrolments and {rows:,} certification results ...", flush=True)
    start = time.perf_counter()
    rng = random.Random(20261121)
    store = open_store(partial, create=True)
    try:
        init_center_site(store, 11)
        clock = store.site_clock
        assert clock is not None
        with store.session() as session:
            center_id = session.execute(text("SELECT center_id FROM college LIMIT 1")).scalar_one()
            stems = names.company_names(rng)
            _insert(
                session,
                College,
                (
                    {
                        "name_th": f"วิทยาลัยเทคนิค{stems[i % len(stems)][0]} {i}",
                        "name_en": f"{stems[i % len(stems)][1]} Technical College {i}",
                        "code": f"13{i:08d}",
                        "ownership": Ownership.PUBLIC.value,
                        "group": GROUPS[i % len(GROUPS)].value,
                        "center_id": center_id,
                    }
                    for i in range(COLLEGES)
                ),
                clock,
            )
            colleges = _ids(session, College)

            def teachers() -> Iterator[dict[str, Any]]:
                for i in range(TEACHERS):
                    _male, first, last = names.person(rng)
                    yield {
                        "college_id": colleges[i % len(colleges)],
                        "first_name": first,
                        "last_name": last,
                    }

            _insert(session, Teacher, teachers(), clock)
            teacher_ids = _ids(session, Teacher)
            _insert(
                session,
                TrainingCourse,
                (
                    {"center_id": center_id, "title": f"หลักสูตรพัฒนาครู {i}", "hours": 30}
                    for i in range(COURSES)
                ),
                clock,
            )
            courses = _ids(session, TrainingCourse)

            def runs() -> Iterator[dict[str, Any]]:
                for i in range(RUNS):
                    starts = FIRST_DAY + timedelta(days=i * DAYS // RUNS)
                    yield {
                        "course_id": courses[i % len(courses)],
                        "starts_on": starts,
                        "ends_on": starts + timedelta(days=4),
                        "venue": "ศูนย์ CVM",
                        "capacity": rows // RUNS + 1,
                    }

            _insert(session, TrainingRun, runs(), clock)
            run_ids = _ids(session, TrainingRun)
            per_run = rows // len(run_ids)

            def enrolments() -> Iterator[dict[str, Any]]:
                for index in range(per_run * len(run_ids)):
                    run, seat = divmod(index, per_run)
                    done = rng.random() < 0.8
                    yield {
                        "run_id": run_ids[run],
                        "teacher_id": teacher_ids[(run * 7919 + seat) % len(teacher_ids)],
                        "attended_hours": 30 if done else rng.randrange(0, 30),
                        "completed": done,
                        "certificate_no": f"{run}/{seat:04d}" if done else None,
                    }

            _insert(session, Enrollment, enrolments(), clock)

            def results() -> Iterator[dict[str, Any]]:
                for index in range(rows):
                    passed = rng.random() < 0.85
                    yield {
                        "person_kind": "teacher",
                        "teacher_id": teacher_ids[rng.randrange(len(teacher_ids))],
                        "standard": f"มาตรฐานอาชีพ สาขาเมคคาทรอนิกส์ {index % 40}",
                        "level": 1 + index % 4,
                        "result": (
                            CertificationResult.PASSED if passed else CertificationResult.FAILED
                        ).value,
                        "certificate_no": f"TPQI-{index:07d}" if passed else None,
                        "assessed_on": FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
                    }

            _insert(session, Certification, results(), clock)
    finally:
        store.close()
    with sqlite3.connect(partial) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no ANALYZE: as users have it
    connection.close()
    partial.rename(path)
    print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)


def database(rows: int) -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"teacher-lists-{rows}.db"
    if not path.exists():
        build_database(path, rows)
    open_store(path).close()  # brings the schema up to date outside the timed runs
    return path


def _searches(path: Path) -> tuple[str, str]:
    """A rare word (one teacher's last name) and a common one (a frequent first name)."""
    with sqlite3.connect(path) as connection:
        rare = connection.execute(
            "SELECT last_name FROM teacher GROUP BY last_name ORDER BY count(*), last_name LIMIT 1"
        ).fetchone()[0]
        common = connection.execute(
            "SELECT first_name FROM teacher GROUP BY first_name ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    connection.close()
    return rare, common


def time_kind(path: Path, kind: Any, repeat: int, searches: tuple[str, ...]) -> None:
    from app.services.listing import ListQuery, count, page

    store = open_store(path)
    recorder = lists.Recorder(store.engine)
    raw = sqlite3.connect(path)
    query = ListQuery(kind)
    print(f"\n{kind.value} on {path.name}: median of {repeat} runs, milliseconds")
    print(f"{'case':<44}{'service':>10}{'raw':>10}{'ratio':>8}")
    with store.session() as session:
        total = count(session, query)
        last = max(0, total - PAGE)
        cases: list[tuple[str, Callable[[], object], str]] = [
            ("count (once per query, then cached)", lambda: count(session, query), ""),
            ("first page, usual order", lambda: page(session, query, 0, PAGE), ""),
            (
                f"last page (offset {last:,})",
                lambda: page(session, query, last, PAGE, total=total),
                "read from the end",
            ),
        ]
        for text in searches:
            search = ListQuery(kind, search=text)
            matches = count(session, search)
            cases += [
                (
                    f"search {text!r}: first page",
                    lambda search=search: page(session, search, 0, PAGE),  # type: ignore[misc]
                    f"{matches:,} matches",
                ),
                (
                    f"search {text!r}: count",
                    lambda search=search: count(session, search),  # type: ignore[misc]
                    "",
                ),
            ]
        for label, work, note in cases:
            statements = recorder.capture(work)
            service_ms = lists._median_ms(work, repeat)
            raw_ms = lists._median_ms(lists._raw(raw, statements), repeat)
            lists._line(label, service_ms, raw_ms, note)
    raw.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from app.services.listing import ListKind

    path = database(args.rows)
    searches = _searches(path)
    time_kind(path, ListKind.ENROLLMENTS, args.repeat, searches)
    if find_spec("app.services.listing.certification_lists") is None:
        print("\ncertifications: skipped (its list spec, certification_lists.py, is not there yet)")
    else:
        time_kind(path, ListKind.CERTIFICATIONS, args.repeat, searches)
    print(
        "\nraw: the same SQL with the same parameters through the sqlite3 module, same file,"
        " same run"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
