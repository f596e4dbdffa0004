"""Benchmark (by hand, never in CI): the KPI scorecard (issue 7) on the 1,000,000-placement
demo (scale 28).

    /tmp/probe/bin/python tests/benchmarks/kpi.py [--repeat 5] [--db PATH] [--profile]

The database is the one of ``placements.py`` (tests/benchmarks/data/demo-scale-28.db, built
with ``python main.py demo --db tests/benchmarks/data/demo-scale-28.db --scale 28`` if
missing; opening it upgrades an older schema first, keeping a backup beside it). The fiscal
year is the one of the newest placement; the college is the one with the most placements.

Cases: the full scorecard of the whole network (``scorecard(session, fy)``), one college's
scorecard, ``trend`` of a target over three fiscal years (network), and ``per_college`` of
two per-college targets (what the home page's charts ask for). For each case the SQL the
service sends is recorded once, then every statement is run alone through raw sqlite3 on the
same file (same parameters) and timed: "slowest" is the median of the slowest single
statement (the floor: the goal is scorecard / slowest <= 3), "sum" the sum of all the
statements' medians (what the service cannot go below without changing its SQL). Every
figure is the median of ``--repeat`` runs after one warm run. The benchmark also checks that
``per_college`` gives, for a sample of colleges, the values of their one-college scorecards.
``--profile`` prints the top of a cProfile of the network scorecard and of ``per_college``.

Measured 2026-11-21 on the shared 2-core build machine (Python 3.11, SQLite 3.40), 1,038,803
placements, fiscal year 2570, ``--repeat 5``, milliseconds::

    RESULTS

Before this benchmark's change to ``scorecard.py``, ``per_college`` ran one whole college
scorecard per college (1,093 colleges): the year's checks (``year_has_records``,
``targets_for``) 1,093 times, and for 6.2.safety ``safety_kpi`` of the whole network once per
college (about 1.1 s each: some 20 minutes for the chart); 6.2.orientation took 5.9 s. Now
the year's checks run once and 6.2.orientation / 6.2.safety are one grouped query for every
college (``GROUPED_MEASURES``); one college's 6.2.safety reads that college's placements only.

Where the time goes (cProfile): the network scorecard is ``area_overview`` (the 8 or so
statements over the year's placements, certifications and students dominate: the safety KPI
and the one-pass placement figures are the slowest two); Python (SQLAlchemy compiling,
building results) is a few percent. ``trend`` over three years is three overviews: about
three scorecards.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lists
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import College, Placement
from app.services.kpi.scorecard import per_college, scorecard, trend
from app.services.store import open_store
from app.services.thai.fiscal import fiscal_year_of

DEFAULT_DB = lists.DATA / "demo-scale-28.db"
TREND_TARGET = "6.2.orientation"
COLLEGE_TARGETS = (
    "6.2.orientation",
    "6.2.safety",
    "5.3.trained",
    "6.1.teachers",
    "5.4.reports_on_time",
)
SAMPLE = 5


def _statement_medians(
    connection: sqlite3.Connection, statements: list[lists.Statement], repeat: int
) -> list[float]:
    """The median milliseconds of each statement run alone, raw."""
    return [lists._median_ms(lists._raw(connection, [one]), repeat) for one in statements]


def _case(
    label: str,
    work: Callable[[], object],
    recorder: lists.Recorder,
    raw: sqlite3.Connection,
    repeat: int,
    top: int = 0,
) -> None:
    statements = recorder.capture(work)
    service_ms = lists._median_ms(work, repeat)
    # Many tiny statements (one per college): fewer runs each, the median stays stable.
    medians = _statement_medians(raw, statements, repeat if len(statements) < 200 else 3)
    slowest = max(medians) if medians else 0.0
    total = sum(medians)
    ratio = service_ms / slowest if slowest else float("inf")
    over_sum = service_ms / total if total else float("inf")
    print(
        f"{label:<40}{service_ms:>10.1f}{len(statements):>7}{slowest:>10.1f}{ratio:>7.2f}"
        f"{total:>10.1f}{over_sum:>7.2f}",
        flush=True,
    )
    for ms, (sql, _params) in sorted(zip(medians, statements, strict=True), reverse=True)[:top]:
        print(f"    {ms:8.1f}  {' '.join(sql.split())[:110]}")


def _check_per_college(session: Session, fy: int) -> None:
    """per_college (grouped) gives the one-college scorecards' values."""
    for target_id in COLLEGE_TARGETS:
        values = per_college(session, target_id, fy)
        ids = session.scalars(
            select(College.id)
            .where(College.deleted.is_(False))
            .order_by(College.name_sort, College.id)
        ).all()
        assert len(ids) == len(values)
        step = max(1, len(ids) // SAMPLE)
        for index in range(0, len(ids), step):
            expected = scorecard(session, fy, ids[index]).result(target_id).value
            assert values[index][1] == expected, (target_id, index, values[index], expected)


def _profile(label: str, work: Callable[[], object]) -> None:
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(work)
    print(f"\n-- cProfile: {label} ({time.perf_counter() - start:.2f} s under the profiler)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: build it with python main.py demo --db {args.db} --scale 28")
        return 1
    store = open_store(args.db)
    recorder = lists.Recorder(store.engine)
    raw = sqlite3.connect(args.db)
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(Placement)) or 0
        newest = session.scalar(select(func.max(Placement.starts_on)))
        assert newest is not None
        fy = fiscal_year_of(newest)
        college = session.scalar(
            select(Placement.college_id)
            .group_by(Placement.college_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        assert college is not None
        colleges = session.scalar(
            select(func.count()).select_from(College).where(College.deleted.is_(False))
        )
        print(
            f"{total:,} placements, {colleges:,} colleges; fiscal year {fy}, college id {college}"
        )
        _check_per_college(session, fy)
        print("per_college matches the one-college scorecards (sample checked)")
        print(f"\nKPI scorecard on {args.db.name}: median of {args.repeat} runs, milliseconds")
        print(
            f"{'case':<40}{'service':>10}{'stmts':>7}{'slowest':>10}{'ratio':>7}"
            f"{'sum':>10}{'/sum':>7}"
        )
        years = [fy - 2, fy - 1, fy]
        cases: list[tuple[str, Callable[[], object]]] = [
            ("scorecard, whole network", lambda: scorecard(session, fy)),
            ("scorecard, one college", lambda: scorecard(session, fy, college)),
            (f"trend {TREND_TARGET}, 3 years", lambda: trend(session, TREND_TARGET, years)),
        ]
        cases += [
            (f"per_college {target_id}", lambda t=target_id: per_college(session, t, fy))  # type: ignore[misc]
            for target_id in COLLEGE_TARGETS
        ]
        for number, (label, work) in enumerate(cases):
            top = 6 if args.profile and number == 0 else 0
            _case(label, work, recorder, raw, args.repeat, top)
        if args.profile:
            _profile("scorecard, whole network", lambda: scorecard(session, fy))
            _profile("per_college 5.3.trained", lambda: per_college(session, "5.3.trained", fy))
    raw.close()
    store.close()
    print(
        "\nslowest: the slowest single statement of the case run alone by raw sqlite3 (same SQL"
        "\nand parameters, same file, same run); sum: all its statements' medians; ratio and"
        "\n/sum: the service's median over them (goal for the network scorecard: ratio <= 3)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
