"""Headless verbs of ``main.py`` for scripts, tests and benchmarks.

A verb that fails exits non-zero and prints its message in Thai and in English on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from app import APP_NAME, ORG_NAME, __version__, cli_kpi, cli_report, cli_sync
from app.models.enums import SiteKind
from app.services.store import Store, StoreError, open_store
from app.services.tabular.errors import TabularError
from app.services.validation import FieldError

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


class CommandError(Exception):
    """A verb's own refusal; ``render`` gives the message in the current language."""

    def __init__(self, render: Callable[[], str]) -> None:
        super().__init__(render())
        self.render = render


_thai = QTranslator()


def _core_app() -> QCoreApplication:
    """A Qt core application speaking Thai, the program's default language."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0]])
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        if _thai.load(str(I18N_DIR / "cvm_th.qm")):
            app.installTranslator(_thai)
    return app


def _bilingual(render: Callable[[], str]) -> str:
    """The message in Thai and then in English (the translations' source language)."""
    app = _core_app()
    thai = render()
    removed = app.removeTranslator(_thai)
    try:
        english = render()
    finally:
        if removed:
            app.installTranslator(_thai)
    return thai if thai == english else f"{thai}\n{english}"


def _fail(render: Callable[[], str]) -> int:
    print(_bilingual(render), file=sys.stderr)
    return 1


def run_alone(
    add_parsers: Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None],
    run: Callable[[argparse.Namespace], int],
    argv: Sequence[str],
) -> int:
    """Parse ``argv`` with one verb module's parsers and run it, with the messages and exit
    codes ``run`` of this module gives (for a verb module's own ``main``)."""
    parser = argparse.ArgumentParser(prog="main.py")
    add_parsers(parser.add_subparsers(dest="verb", required=True))
    args = parser.parse_args(list(argv))
    _core_app()
    try:
        return run(args)
    except CommandError as error:
        return _fail(error.render)
    except StoreError as error:
        store_error = error
        return _fail(lambda: store_error.message)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True)

    demo = verbs.add_parser("demo", help="build a demo network database")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--scale", type=float, default=1.0)
    demo.add_argument("--seed", type=int, default=2569)

    site = verbs.add_parser("site", help="this installation's identity")
    site_verbs = site.add_subparsers(dest="site_verb", required=True)
    init = site_verbs.add_parser("init", help="the first-run choice without the GUI")
    init.add_argument("--kind", choices=[k.value for k in SiteKind], required=True)
    init.add_argument("--center", type=int, help="the center's line in the 101-center list")
    init.add_argument("--college", help="college name (college station)")
    init.add_argument("--db", type=Path, required=True)
    _add_site_trust_verbs(site_verbs)

    info = verbs.add_parser("info", help="site, schema version and row counts")
    info.add_argument("--db", type=Path, required=True)
    info.add_argument("--json", action="store_true")

    from app.services.tabular.columns import TableKind

    kinds = [kind.value for kind in TableKind]
    table_import = verbs.add_parser(
        "import", help="check and import a table of records (.xlsx/.csv): " + ", ".join(kinds)
    )
    table_import.add_argument("kind", choices=kinds)
    table_import.add_argument("file", type=Path)
    table_import.add_argument("--db", type=Path, required=True)
    table_import.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    table_export = verbs.add_parser("export", help="export records to .xlsx (import columns)")
    table_export.add_argument("kind", choices=kinds)
    table_export.add_argument("file", type=Path)
    table_export.add_argument("--db", type=Path, required=True)
    table_export.add_argument(
        "--template", action="store_true", help="write the empty import template instead"
    )
    table_export.add_argument(
        "--with-sensitive",
        action="store_true",
        help="students only: also write special needs, equity-fund scholarship and the basis "
        "for holding them (left out unless asked for)",
    )
    cli_sync.add_parsers(verbs)
    cli_kpi.add_parsers(verbs)
    cli_report.add_parsers(verbs)
    return parser


def _demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo

    path: Path = args.db
    if path.exists() and path.stat().st_size > 0:
        raise CommandError(
            lambda: QCoreApplication.translate(
                "Cli", "{path} already exists: choose a new file for the demo database."
            ).format(path=path)
        )
    if args.scale <= 0:
        raise CommandError(
            lambda: QCoreApplication.translate("Cli", "The scale must be greater than zero.")
        )
    store = open_store(path, create=True)
    try:

        def report(percent: int, message: str) -> None:
            print(f"{percent:3d}% {message}", file=sys.stderr, flush=True)

        summary = build_demo(store, seed=args.seed, scale=args.scale, progress=report)
    finally:
        store.close()
    for table, count in sorted(summary.counts.items()):
        print(f"{table}\t{count}")
    return 0


def _site_init(args: argparse.Namespace) -> int:
    from app.services import site_setup

    kind = SiteKind(args.kind)
    if kind is not SiteKind.CENTRAL and args.center is None:
        raise CommandError(
            lambda: QCoreApplication.translate(
                "Cli", "--center is required: the center's line (1-101) in the list of centers."
            )
        )
    if kind is SiteKind.COLLEGE and not args.college:
        raise CommandError(
            lambda: QCoreApplication.translate(
                "Cli", "--college is required: the name of this college."
            )
        )
    if args.center is not None:
        from app.services.reference_data import center_by_line, cvm_centers

        try:
            center_by_line(args.center)
        except LookupError:
            raise CommandError(
                lambda: QCoreApplication.translate(
                    "SiteSetup", "Center number {line} is not in the list of 1 to {count} centers."
                ).format(line=args.center, count=len(cvm_centers()))
            ) from None
    store = open_store(args.db, create=True)
    try:
        if store.has_site:
            raise CommandError(
                lambda: QCoreApplication.translate(
                    "Cli", "{path} already belongs to a site; its identity is never replaced."
                ).format(path=args.db)
            )
        if kind is SiteKind.CENTER:
            site = site_setup.init_center_site(store, args.center)
        elif kind is SiteKind.COLLEGE:
            site = site_setup.init_college_site(store, args.center, args.college)
        else:
            site = site_setup.init_central_site(store)
        print(f"{site.uuid}\t{site.kind.value}\t{site.name}")
    finally:
        store.close()
    return 0


def _add_site_trust_verbs(site_verbs: argparse._SubParsersAction[Any]) -> None:
    """``site info / export-key / trust / revoke / peers``: this site's key and its peers."""
    info = site_verbs.add_parser("info", help="this site's uuid, kind, name and public key")
    info.add_argument("--db", type=Path, required=True)
    info.add_argument("--json", action="store_true")
    export_key = site_verbs.add_parser("export-key", help="write this site's public key file")
    export_key.add_argument("--out", type=Path, required=True, help="the .cvmkey file to write")
    export_key.add_argument("--db", type=Path, required=True)
    trust = site_verbs.add_parser("trust", help="enrol a peer's public key file")
    trust.add_argument("keyfile", type=Path)
    trust.add_argument("--db", type=Path, required=True)
    trust.add_argument("--name", help="the name to list the peer under (default: its own)")
    revoke = site_verbs.add_parser("revoke", help="revoke an enrolled peer's key")
    revoke.add_argument("site_uuid")
    revoke.add_argument("--db", type=Path, required=True)
    peers = site_verbs.add_parser("peers", help="the enrolled peers and their fingerprints")
    peers.add_argument("--db", type=Path, required=True)


def _site(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "init": _site_init,
        "info": _site_info,
        "export-key": _site_export_key,
        "trust": _site_trust,
        "revoke": _site_revoke,
        "peers": _site_peers,
    }
    from app.services.sync.trust import TrustError

    try:
        return handlers[args.site_verb](args)
    except TrustError as error:
        raise CommandError(error.render) from None


def _site_info(args: argparse.Namespace) -> int:
    from app.services.sync.trust import fingerprint, own_key

    store = _store_with_site(args.db)
    try:
        with store.session() as session:
            key = own_key(session)
    finally:
        store.close()
    shown = {
        "uuid": key.site_uuid,
        "kind": key.kind.value,
        "name": key.name,
        "center_uuid": key.center_uuid,
        "college_uuid": key.college_uuid,
        "key_id": key.key_id,
        "fingerprint": fingerprint(key.public_key),
        "public_key": key.public_key,
    }
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
    else:
        for field, value in shown.items():
            print(f"{field}\t{'-' if value is None else value}")
    return 0


def _site_export_key(args: argparse.Namespace) -> int:
    from app.services.sync.trust import write_key_file

    store = _store_with_site(args.db)
    try:
        with store.session() as session:
            key = write_key_file(session, args.out)
    finally:
        store.close()
    print(f"file\t{args.out}")
    print(f"fingerprint\t{key.fingerprint}")
    return 0


def _site_trust(args: argparse.Namespace) -> int:
    from app.services.sync.trust import peer_info, read_key_file, trust_key

    key = read_key_file(args.keyfile)
    store = _store_with_site(args.db)
    try:
        with store.transaction() as session:
            peer = peer_info(trust_key(session, key, args.name))
    finally:
        store.close()
    print(f"{peer.uuid}\t{peer.kind.value}\t{peer.name}\t{peer.fingerprint}")
    return 0


def _site_revoke(args: argparse.Namespace) -> int:
    from app.services.sync.trust import peer_info, revoke

    store = _store_with_site(args.db)
    try:
        with store.transaction() as session:
            peer = peer_info(revoke(session, args.site_uuid.strip().lower()))
    finally:
        store.close()
    revoked = peer.revoked_at.isoformat(timespec="seconds") if peer.revoked_at else "-"
    print(f"{peer.uuid}\trevoked\t{revoked}")
    return 0


def _site_peers(args: argparse.Namespace) -> int:
    from app.services.sync.trust import peers

    store = _store_with_site(args.db)
    try:
        with store.session() as session:
            found = peers(session)
    finally:
        store.close()
    for peer in found:
        revoked = peer.revoked_at.isoformat(timespec="seconds") if peer.revoked_at else "-"
        enrolled = peer.enrolled_at.isoformat(timespec="seconds")
        print(
            f"{peer.uuid}\t{peer.kind.value}\t{peer.name}\t{peer.fingerprint}"
            f"\t{enrolled}\t{revoked}"
        )
    return 0


def _info(args: argparse.Namespace) -> int:
    from app.services.info import database_info

    store: Store = open_store(args.db)
    try:
        info = database_info(store)
    finally:
        store.close()
    if args.json:
        site = info.site
        payload = {
            "path": str(info.path),
            "schema_revision": info.schema_revision,
            "site": None
            if site is None
            else {
                "uuid": site.uuid,
                "kind": site.kind.value,
                "name": site.name,
                "key_id": site.key_id,
            },
            "row_counts": info.row_counts,
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(f"database\t{info.path}")
    print(f"schema\t{info.schema_revision}")
    if info.site is None:
        print("site\t-")
    else:
        print(f"site\t{info.site.uuid}\t{info.site.kind.value}\t{info.site.name}")
        print(f"key\t{info.site.key_id}")
    for table, count in info.row_counts.items():
        print(f"{table}\t{count}")
    return 0


def _store_with_site(path: Path) -> Store:
    """Open a database that already has a site (imported rows must be stamped by one)."""
    store = open_store(path)
    if not store.has_site:
        store.close()
        raise CommandError(
            lambda: QCoreApplication.translate(
                "Cli",
                "The database {path} has no site yet. Set it up first: "
                "main.py site init --kind center --center N --db {path}",
            ).format(path=path)
        )
    return store


def _table_error(error: TabularError) -> CommandError:
    """A CommandError that renders an import/export error's message in the current language."""
    return CommandError(lambda: error.message)


def _import(args: argparse.Namespace) -> int:
    from app.services.tabular import RowStatus, commit_import, plan_import

    store = _store_with_site(args.db)
    try:
        try:
            with store.session() as session:
                plan = plan_import(session, args.kind, args.file)
        except TabularError as error:
            raise _table_error(error) from None
        print(f"file\t{plan.path}")
        print(f"kind\t{plan.kind.value}")
        if plan.sheet is not None:
            print(f"sheet\t{plan.sheet}")
        if plan.encoding is not None:
            print(f"encoding\t{plan.encoding}")
        print(f"rows\t{len(plan.rows)}")
        print(f"new\t{plan.new_count}")
        print(f"duplicates\t{plan.duplicate_count}")
        print(f"errors\t{plan.error_count}")
        for header in plan.unknown_columns:
            print(f"unknown_column\t{header}")
        for status in (RowStatus.DUPLICATE, RowStatus.ERROR):
            for issue in plan.issues(status):
                print(f"{status.value}\t{issue.row}\t{issue.column or ''}\t{issue.message}")
        if plan.error_count:
            count, name = plan.error_count, plan.path.name
            raise CommandError(
                lambda: QCoreApplication.translate(
                    "Cli", "{count} rows of {name} have errors; nothing was imported."
                ).format(count=count, name=name)
            )
        if args.dry_run:
            print("written\t0")
            return 0
        try:
            result = commit_import(store, plan)
        except TabularError as error:
            raise _table_error(error) from None
        print(f"written\t{result.created}")
        print(f"seconds\t{plan.seconds + result.seconds:.2f}")
    finally:
        store.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.services.tabular import export_xlsx, write_template

    if args.template:
        try:
            write_template(args.kind, args.file)
        except TabularError as error:
            raise _table_error(error) from None
        print(f"template\t{args.file}")
        return 0
    if args.with_sensitive and args.kind != "students":
        raise CommandError(
            lambda: QCoreApplication.translate(
                "Cli", "--with-sensitive is for the students export only."
            )
        )
    store = _store_with_site(args.db)
    try:
        with store.session() as session:
            if args.with_sensitive:
                from app.services.tabular.student_table import export_xlsx_with_sensitive

                count = export_xlsx_with_sensitive(session, args.file)
            else:
                count = export_xlsx(session, args.kind, args.file)
    except TabularError as error:
        raise _table_error(error) from None
    finally:
        store.close()
    print(f"file\t{args.file}")
    print(f"rows\t{count}")
    return 0


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    _core_app()
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "demo": _demo,
        "site": _site,
        "info": _info,
        "import": _import,
        "export": _export,
        "package": cli_sync.run,
        "consolidate": cli_sync.run,
        "kpi": cli_kpi.run,
        "report": cli_report.run,
    }
    try:
        return handlers[args.verb](args)
    except CommandError as error:
        return _fail(error.render)
    except StoreError as error:
        store_error = error
        return _fail(lambda: store_error.message)
    except FieldError as error:
        field_message = error.message
        return _fail(lambda: field_message)
