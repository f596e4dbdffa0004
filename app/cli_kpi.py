"""The ``kpi`` verb of ``main.py``: every target of the manual with its value and status.

``app.cli`` adds it to its parser with :func:`add_parsers` and hands it to :func:`run`;
:func:`main` runs it on its own (same messages, same exit codes).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app import cli as base
from app.services.store import open_store
from app.services.validation import FieldError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.kpi.scorecard import TargetResult

COLUMNS = ("id", "value", "goal", "unit", "status", "overridden", "numerator", "denominator")


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``kpi`` to the verbs of main.py."""
    kpi = verbs.add_parser(
        "kpi", help="every target of the manual for a fiscal year: value, goal and status"
    )
    kpi.add_argument("--fy", type=int, required=True, metavar="YEAR", help="B.E. fiscal year")
    kpi.add_argument("--db", type=Path, required=True)
    kpi.add_argument("--college", metavar="NAME", help="one network college (default: network)")
    kpi.add_argument("--json", action="store_true", help="a JSON list of objects")


def run(args: argparse.Namespace) -> int:
    """Run the ``kpi`` verb; a refusal raises ``CommandError``."""
    from app.services.kpi.catalogue import check_fiscal_year
    from app.services.kpi.scorecard import scorecard

    try:
        fiscal_year = check_fiscal_year(args.fy)
    except FieldError as error:
        message = error.message
        raise base.CommandError(lambda: message) from None
    path: Path = args.db
    if not path.is_file():
        raise base.CommandError(
            lambda: QCoreApplication.translate("CliKpi", "{path} does not exist.").format(path=path)
        )
    store = open_store(path)
    try:
        with store.session() as session:
            college_id = None if args.college is None else _college_id(session, args.college)
            card = scorecard(session, fiscal_year, college_id)
    finally:
        store.close()
    if args.json:
        print(json.dumps([_as_dict(r) for r in card.results], ensure_ascii=False, indent=2))
        return 0
    print("\t".join([*COLUMNS, "title"]))
    for result in card.results:
        row = _as_dict(result)
        print("\t".join([*(_cell(row[column]) for column in COLUMNS), result.title]))
    return 0


def main(argv: Sequence[str]) -> int:
    """Parse and run the verb (what ``app.cli.run`` does once it is wired)."""
    return base.run_alone(add_parsers, run, argv)


def _college_id(session: Session, name: str) -> int:
    """The live college named ``name`` (Thai or English name, or college code)."""
    from sqlalchemy import func, or_, select

    from app.models import College

    wanted = name.strip()
    found = session.scalars(
        select(College.id).where(
            College.deleted.is_(False),
            or_(
                College.name_th == wanted,
                func.lower(College.name_en) == wanted.lower(),
                College.code == wanted,
            ),
        )
    ).all()
    if len(found) != 1:
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliKpi",
                "No network college of this database has that name. Give the college's name "
                "exactly as it is recorded, or leave --college out for the whole network.",
            )
        )
    return int(found[0])


def _as_dict(result: TargetResult) -> dict[str, object]:
    return {
        "id": result.target_id,
        "area": result.area,
        "activity": result.activity,
        "title": result.title,
        "op": result.op,
        "value": result.value,
        "goal": result.goal,
        "unit": result.unit,
        "status": result.status.value,
        "overridden": result.overridden,
        "numerator": result.numerator,
        "denominator": result.denominator,
        "list_kind": result.list_kind,
    }


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return str(value)
