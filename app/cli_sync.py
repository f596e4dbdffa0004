"""The package verbs of ``main.py``: ``package export``, ``package import`` and ``consolidate``.

``app.cli`` adds them to its parser with :func:`add_parsers` and hands them to :func:`run`;
:func:`main` runs them on their own (same messages, same exit codes).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import cli as base
from app.services.store import Store
from app.services.validation import FieldError

if TYPE_CHECKING:
    from app.services.sync.central import CenterFigures, FolderOutcome, PackageOutcome

PROFILES = ("full", "pseudonymised", "counts")
COUNT_COLUMNS = ("new", "updated", "unchanged", "conflicts", "rejected")
FIGURE_COLUMNS = (
    "colleges",
    "teachers",
    "students",
    "placements",
    "certifications",
    "enrollments",
)


def add_parsers(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``package export|import`` and ``consolidate`` to the verbs of main.py."""
    package = verbs.add_parser("package", help="make or apply a package file (.cvmpkg)")
    package_verbs = package.add_subparsers(dest="package_verb", required=True)
    export = package_verbs.add_parser(
        "export", help="make a package for an enrolled site (what it has not acknowledged yet)"
    )
    export.add_argument("--to", required=True, metavar="SITE_UUID", help="the recipient site")
    export.add_argument(
        "--out", type=Path, required=True, help="the package file to write (or a folder)"
    )
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--all", action="store_true", help="every record, not only changes")
    export.add_argument(
        "--profile",
        choices=PROFILES,
        help="personal data: full, pseudonymised or counts (the last two for the central "
        "office only; default: pseudonymised to the central office, else full)",
    )
    apply = package_verbs.add_parser(
        "import", help="apply a package file, or every package of a folder in the order made"
    )
    apply.add_argument("file", type=Path, metavar="FILE")
    apply.add_argument("--db", type=Path, required=True)
    apply.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    consolidate = verbs.add_parser(
        "consolidate", help="central office: apply a folder of center packages, count by center"
    )
    consolidate.add_argument("folder", type=Path, metavar="FOLDER")
    consolidate.add_argument("--db", type=Path, required=True)


def run(args: argparse.Namespace) -> int:
    """Run a verb added by :func:`add_parsers`; a refusal raises ``CommandError``."""
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "export": _package_export,
        "import": _package_import,
    }
    try:
        if args.verb == "consolidate":
            return _consolidate(args)
        return handlers[args.package_verb](args)
    except FieldError as error:  # PackageError, TrustError: already in the current language
        message = error.message
        raise base.CommandError(lambda: message) from None


def main(argv: Sequence[str]) -> int:
    """Parse and run one of these verbs (what ``app.cli.run`` does once they are wired)."""
    return base.run_alone(add_parsers, run, argv)


# -- helpers ------------------------------------------------------------------------------------
def _note(render: Callable[[], str]) -> None:
    """A message for the person running the verb, in Thai and English, on stderr."""
    print(base._bilingual(render), file=sys.stderr)


def _backup(store: Store) -> Callable[[], Path]:
    from app.services.paths import backups_dir
    from app.services.store import backup_database

    return lambda: backup_database(store.path, backups_dir(), "before-package")


def _site_uuid(text: str) -> str:
    return text.strip().lower()


def _when(value: Any) -> str:
    return "-" if value is None else value.isoformat(timespec="seconds")


# -- package export -----------------------------------------------------------------------------
def _package_export(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models.site import Site
    from app.services.site_identity import local_site, private_key_path
    from app.services.sync.exporter import export_package, package_file_name

    recipient_uuid = _site_uuid(args.to)
    store = base._store_with_site(args.db)
    try:
        with store.session() as session:
            local = local_site(session)
            assert local is not None
            recipient = session.scalars(
                select(Site).where(Site.uuid == recipient_uuid, Site.is_local.is_(False))
            ).one_or_none()
            key_present = private_key_path(local.uuid).exists()
            suggested = (
                package_file_name(local, recipient) if recipient is not None else "package.cvmpkg"
            )
        out: Path = args.out
        if out.is_dir():
            out = out / suggested
        _check_out(out, key_present)
        with store.session() as session:
            result = export_package(
                session, recipient_uuid, out, everything=args.all, profile=args.profile
            )
    finally:
        store.close()
    print(f"package\t{result.package_uuid}")
    print(f"file\t{result.path}")
    print(f"profile\t{result.profile}")
    print(f"rows\t{result.rows}")
    for table, count in result.tables.items():
        print(f"table\t{table}\t{count}")
    return 0


def _check_out(out: Path, key_present: bool) -> None:
    if out.exists():
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliPackage", "{path} already exists: choose a new file name for the package."
            ).format(path=out)
        )
    if not out.parent.is_dir():
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliPackage", "The folder {path} does not exist."
            ).format(path=out.parent)
        )
    if not key_present:
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliPackage",
                "This site's private key is not on this computer, so no package can be "
                "signed. Run the program on the computer where the site was set up.",
            )
        )


# -- package import -----------------------------------------------------------------------------
def _package_files(path: Path) -> list[Path]:
    from app.services.sync.central import package_files

    if not path.exists():
        raise base.CommandError(
            lambda: QCoreApplication.translate("CliPackage", "{path} does not exist.").format(
                path=path
            )
        )
    files = package_files(path)
    if not files:
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliPackage", "There is no package file (.cvmpkg) in the folder {path}."
            ).format(path=path)
        )
    return files


def _package_import(args: argparse.Namespace) -> int:
    from app.services.sync.central import apply_packages

    files = _package_files(args.file)
    store = base._store_with_site(args.db)
    try:
        if args.dry_run and len(files) > 1:
            outcome = _dry_run_on_copy(store, files)
        elif args.dry_run:
            outcome = apply_packages(store.session, files, dry_run=True)
        else:
            outcome = apply_packages(store.session, files, backup=_backup(store))
    finally:
        store.close()
    for item in outcome.outcomes:
        _print_outcome(item, args.dry_run)
    _print_backup(outcome)
    return 1 if outcome.refused else 0


def _dry_run_on_copy(store: Store, files: list[Path]) -> FolderOutcome:
    """Check a folder of packages as if applied in turn, on a throw-away copy of the
    database (each package may build on the ones before it)."""
    from app.services.store import backup_database, open_store
    from app.services.sync.central import apply_packages

    folder = Path(tempfile.mkdtemp(prefix="cvm-dry-run-"))
    try:
        copy = open_store(backup_database(store.path, folder, "dry-run"))
        try:
            outcome = apply_packages(copy.session, files)
        finally:
            copy.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    outcome.backup = None
    return outcome


def _print_outcome(outcome: PackageOutcome, dry_run: bool) -> None:
    print(f"file\t{outcome.path}")
    summary = outcome.summary
    if summary is not None:
        print(f"package\t{summary.package_uuid}")
        print(f"sender\t{summary.sender_name}\t{summary.sender_kind}\t{summary.sender_uuid}")
        print(f"profile\t{summary.profile}")
        print(f"created\t{summary.created_at}")
    if outcome.refused:
        print("status\trefused")
        reason, name = outcome.refusal or "", outcome.path.name
        _note(
            lambda: QCoreApplication.translate(
                "CliPackage", "The package {name} was refused; nothing of it was written:"
            ).format(name=name)
        )
        print(reason, file=sys.stderr)
        return
    assert summary is not None
    if summary.already_imported_at is not None:
        print(f"status\talready-imported\t{_when(summary.already_imported_at)}")
        day, name = summary.already_imported_at.strftime("%Y-%m-%d %H:%M"), outcome.path.name
        _note(
            lambda: QCoreApplication.translate(
                "CliPackage",
                "The package {name} was already imported on {day}; nothing was changed.",
            ).format(name=name, day=day)
        )
        return
    print(f"status\t{'checked' if dry_run else 'imported'}")
    print("table\t" + "\t".join(COUNT_COLUMNS))
    for table, counts in summary.tables.items():
        print("\t".join([table, *(str(getattr(counts, c)) for c in COUNT_COLUMNS)]))
    totals = summary.totals()
    print("\t".join(["total", *(str(getattr(totals, c)) for c in COUNT_COLUMNS)]))
    if summary.profile == "counts":
        print(f"counts\t{summary.counts_rows}")
    if summary.future_stamps:
        print(f"future_stamps\t{summary.future_stamps}")
        number = summary.future_stamps
        _note(
            lambda: QCoreApplication.translate(
                "CliPackage",
                "{count} records carry a time far in the future: the clock of the sending "
                "computer may be wrong. Ask that site to check its date and time.",
            ).format(count=number)
        )


def _print_backup(outcome: FolderOutcome) -> None:
    if outcome.backup is not None:
        print(f"backup\t{outcome.backup}")


# -- consolidate --------------------------------------------------------------------------------
def _consolidate(args: argparse.Namespace) -> int:
    from app.models.enums import SiteKind
    from app.services.sync.central import apply_packages, national_overview

    folder: Path = args.folder
    if not folder.is_dir():
        raise base.CommandError(
            lambda: QCoreApplication.translate(
                "CliPackage", "{path} is not a folder: give the folder of center packages."
            ).format(path=folder)
        )
    files = _package_files(folder)
    store = base._store_with_site(args.db)
    try:
        if store.site is None or store.site.kind is not SiteKind.CENTRAL:
            raise base.CommandError(
                lambda: QCoreApplication.translate(
                    "CliPackage",
                    "Only the central office consolidates center packages; {path} is not the "
                    "database of a central office.",
                ).format(path=args.db)
            )
        outcome = apply_packages(store.session, files, backup=_backup(store))
        with store.session() as session:
            overview = national_overview(session)
    finally:
        store.close()
    for item in outcome.outcomes:
        _print_package_line(item)
    _print_backup(outcome)
    _print_overview(overview)
    refused = len(outcome.refused)
    if refused:
        _note(
            lambda: QCoreApplication.translate(
                "CliPackage",
                "{count} of {total} packages were refused; the others were imported.",
            ).format(count=refused, total=len(outcome.outcomes))
        )
    return 1 if refused else 0


def _print_package_line(outcome: PackageOutcome) -> None:
    """One line per package file: file, status, sender, new/updated/... (refusal on stderr)."""
    summary = outcome.summary
    if outcome.refused or summary is None:
        print(f"package\t{outcome.path.name}\trefused")
        name, reason = outcome.path.name, outcome.refusal or ""
        _note(
            lambda: QCoreApplication.translate(
                "CliPackage", "The package {name} was refused; nothing of it was written:"
            ).format(name=name)
        )
        print(reason, file=sys.stderr)
        return
    if summary.already_imported_at is not None:
        print(f"package\t{outcome.path.name}\talready-imported\t{summary.sender_name}")
        return
    totals = summary.totals()
    counts = [f"{c}={getattr(totals, c)}" for c in COUNT_COLUMNS]
    print("\t".join(["package", outcome.path.name, "imported", summary.sender_name, *counts]))


def _print_overview(overview: list[CenterFigures]) -> None:
    """The centers that sent a package or have records, then the national totals."""
    from app.services.sync.central import totals

    print("\t".join(["line", "center", *FIGURE_COLUMNS, "last_package", "figures"]))
    for entry in overview:
        figures = [entry.figure(measure) for measure in FIGURE_COLUMNS]
        if entry.last_package_at is None and not any(figures):
            continue
        print(
            "\t".join(
                [
                    str(entry.line),
                    entry.subject_th,
                    *(str(value) for value in figures),
                    _when(entry.last_package_at),
                    entry.source,
                ]
            )
        )
    national = totals(overview)
    reporting = sum(1 for entry in overview if entry.last_package_at is not None)
    print("\t".join(["total", "", *(str(national[m]) for m in FIGURE_COLUMNS), "", ""]))
    print(f"centers_reporting\t{reporting}\t{len(overview)}")
