"""Benchmark (by hand, never in CI): the placements list and the safety KPI on the
1,000,000-placement demo (scale 28).

    /tmp/probe/bin/python tests/benchmarks/placements.py [--repeat 7] [--db PATH]

The database is tests/benchmarks/data/demo-scale-28.db (1,038,803 placements); build it with
``python main.py demo --db tests/benchmarks/data/demo-scale-28.db --scale 28`` if missing
(opening it upgrades an older schema first, keeping a backup beside it). For each case the
median of several runs is printed beside the same SQL run by raw sqlite3 (the floor) and the
ratio (goal: at most 3): the first page of the placements list, the first page filtered by
college + fiscal year, and the safety KPI (``app.services.safety.safety_kpi``) of a year.
Same helpers as ``lists.py``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lists
from sqlalchemy import func, select

from app.models.students import Placement
from app.services.store import open_store
from app.services.thai.fiscal import fiscal_year_of

DEFAULT_DB = lists.DATA / "demo-scale-28.db"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: build it with python main.py demo --db {args.db} --scale 28")
        return 1
    from app.services.listing import ListFilters, ListKind, ListQuery, page

    store = open_store(args.db)
    recorder = lists.Recorder(store.engine)
    raw = sqlite3.connect(args.db)
    print(f"placements on {args.db.name}: median of {args.repeat} runs, milliseconds")
    print(f"{'case':<44}{'service':>10}{'raw':>10}{'ratio':>8}")
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(Placement)) or 0
        newest = session.scalar(select(func.max(Placement.starts_on)))
        assert newest is not None
        year = fiscal_year_of(newest)
        college = session.scalar(
            select(Placement.college_id)
            .group_by(Placement.college_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        print(f"{total:,} placements; fiscal year {year}, college id {college}")
        usual = ListQuery(ListKind.PLACEMENTS)
        filtered = ListQuery(
            ListKind.PLACEMENTS, filters=ListFilters(college_id=college, fiscal_year=year)
        )
        cases: list[tuple[str, Callable[[], object]]] = [
            ("first page, usual order", lambda: page(session, usual, 0, lists.PAGE)),
            ("college + fiscal year: first page", lambda: page(session, filtered, 0, lists.PAGE)),
        ]
        if find_spec("app.services.safety") is None:
            print("safety KPI: skipped (app/services/safety.py is not there yet)")
        else:
            from app.services.safety import safety_kpi

            cases.append((f"safety KPI, fiscal year {year}", lambda: safety_kpi(session, year)))
        for label, work in cases:
            statements = recorder.capture(work)
            service_ms = lists._median_ms(work, args.repeat)
            raw_ms = lists._median_ms(lists._raw(raw, statements), args.repeat)
            lists._line(label, service_ms, raw_ms)
    raw.close()
    store.close()
    print("\nraw: the same SQL with the same parameters through the sqlite3 module, same file")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
