"""The ``report`` verb of ``main.py``: the report catalogue, headless.

``main.py report --list`` names every report (name, title, what it needs);
``main.py report NAME --fy YEAR --out FILE --db PATH`` makes one. ``app.cli`` adds the verb
to its parser with :func:`add_parsers` and hands it to :func:`run`; :func:`main` runs it on
its own (same messages, same exit codes).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app import cli as base
from app.services.store import open_store
from app.services.validation import FieldError

if TYPE_CHECKING:
    from app.services.reports.catalogue import ReportOptions, ReportSpec

NEED_FLAGS = {"fiscal_year": "--fy", "training_run": "--run", "list": "--list-kind"}
"""The option of this verb that gives what a report needs (``Need`` values)."""


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` to the verbs of main.py."""
    report = verbs.add_parser(
        "report", help="make a PDF report of the catalogue (--list names them)"
    )
    report.add_argument("name", nargs="?", help="the report's name (see --list)")
    report.add_argument(
        "--list", dest="list_reports", action="store_true", help="name every report and stop"
    )
    report.add_argument("--fy", type=int, metavar="YEAR", help="B.E. fiscal year")
    report.add_argument("--out", type=Path, metavar="FILE", help="the PDF file to write")
    report.add_argument("--db", type=Path, metavar="PATH")
    report.add_argument("--thai-digits", action="store_true", help="numbers in Thai digits")
    report.add_argument(
        "--run",
        metavar="KEY",
        help="certificates: training_run:<id> (teacher training) or short_course_run:<id>",
    )
    report.add_argument("--list-kind", metavar="KIND", help="list: which list to print")
    report.add_argument("--search", metavar="TEXT", default="", help="list: its search words")


def run(args: argparse.Namespace) -> int:
    """Run the ``report`` verb; a refusal raises ``CommandError``."""
    from app.services.reports.catalogue import reports

    if args.list_reports:
        for spec in reports():
            needs = " ".join(NEED_FLAGS.get(need.value, need.value) for need in sorted(spec.needs))
            print(f"{spec.name}\t{spec.title()}\t{needs}")
        return 0
    spec = _spec(args.name)
    options = _options(spec, args)
    out: Path | None = args.out
    if out is None:
        raise _refusal(
            QCoreApplication.translate("CliReport", "Give the PDF file to write with --out FILE.")
        )
    path: Path | None = args.db
    if path is None:
        raise _refusal(QCoreApplication.translate("CliReport", "Give the database with --db PATH."))
    if not path.is_file():
        raise base.CommandError(
            lambda: QCoreApplication.translate("CliReport", "{path} does not exist.").format(
                path=path
            )
        )
    return _make(spec, options, path, out)


def _make(spec: ReportSpec, options: ReportOptions, path: Path, out: Path) -> int:
    from app.services.reports.catalogue import make_report
    from app.services.reports.errors import ReportError

    store = open_store(path)
    try:
        pages = make_report(store, spec.name, options, out)
    except ReportError as error:
        raise _refusal(error.message) from None
    finally:
        store.close()
    print(f"pages\t{pages}")
    print(f"file\t{out}")
    return 0


def main(argv: Sequence[str]) -> int:
    """Parse and run the verb (what ``app.cli.run`` does once it is wired)."""
    return base.run_alone(add_parsers, run, argv)


def _refusal(message: str) -> base.CommandError:
    return base.CommandError(lambda: message)


def _spec(name: str | None) -> ReportSpec:
    from app.services.reports.catalogue import report_named
    from app.services.reports.errors import ReportError

    if not name:
        raise _refusal(
            QCoreApplication.translate(
                "CliReport", "Name the report to make; main.py report --list names every report."
            )
        )
    try:
        return report_named(name)
    except ReportError as error:
        raise _refusal(error.message) from None


def _options(spec: ReportSpec, args: argparse.Namespace) -> ReportOptions:
    """The options of ``spec`` from the command line; Thai refusals for what is missing."""
    from app.services.kpi.catalogue import check_fiscal_year
    from app.services.reports.catalogue import Need, ReportOptions
    from app.services.thai.fiscal import current_fiscal_year

    fiscal_year: int | None = args.fy
    if fiscal_year is not None:
        try:
            fiscal_year = check_fiscal_year(fiscal_year)
        except FieldError as error:
            raise _refusal(error.message) from None
    elif Need.FISCAL_YEAR in spec.needs:
        raise _refusal(
            QCoreApplication.translate(
                "CliReport", "This report is made for a fiscal year: give it with --fy YEAR."
            )
        )
    if Need.TRAINING_RUN in spec.needs and not args.run:
        raise _refusal(
            QCoreApplication.translate(
                "CliReport",
                "This report is made for a training run: give it with --run, for example "
                "--run training_run:12 or --run short_course_run:3.",
            )
        )
    if Need.LIST in spec.needs:
        return _list_options(args, fiscal_year)
    return ReportOptions(
        fiscal_year=fiscal_year or current_fiscal_year(),
        thai_digits=args.thai_digits,
        training_run=args.run,
    )


def _list_options(args: argparse.Namespace, fiscal_year: int | None) -> ReportOptions:
    """The list report's options: the list, and the fiscal year as its filter if it has one."""
    from app.services.listing import ListFilters, ListKind, ListQuery, spec_for
    from app.services.reports.list_report import list_report_options

    kinds = ", ".join(kind.value for kind in ListKind)
    try:
        kind = ListKind(args.list_kind or "")
    except ValueError:
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliReport", "Give the list to print with --list-kind, one of: {kinds}."
            ).format(kinds=kinds)
        ) from None
    filters = ListFilters()
    if fiscal_year is not None and "fiscal_year" in spec_for(kind).filters:
        filters = ListFilters(fiscal_year=fiscal_year)
    query = ListQuery(kind, filters, str(args.search or "").strip())
    return list_report_options(query, thai_digits=args.thai_digits)
