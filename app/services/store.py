"""Opening the program's SQLite database: checks, upgrade after a backup, engine and sessions.

Opening refuses, with a clear message and without touching the file, a database that is
missing, locked by another program, corrupt, not ours, or made by a newer version.

Opening a database that is already at the newest schema needs neither Alembic nor
SQLAlchemy: the checks and this site's identity are read with ``sqlite3``, and the engine,
the models and the sync hook are loaded by the first session (see :class:`Store`), normally
on a worker thread of the program's task runner once its window is on screen.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import SiteKind
from app.services.hlc import HybridLogicalClock
from app.services.site_identity import SiteInfo
from app.services.thai.collation import register_sqlite_collation

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from app.services.sync_stamp import SiteClock

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_TIMEOUT_S = 0.5


class StoreProblem(StrEnum):
    MISSING = "missing"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    FOREIGN = "foreign"
    NEWER = "newer"


class StoreError(Exception):
    """The database cannot be opened; ``message`` says why in the user's language."""

    def __init__(self, problem: StoreProblem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        name = str(self.path)
        if self.problem is StoreProblem.MISSING:
            text = QCoreApplication.translate("Store", "The database file {path} does not exist.")
        elif self.problem is StoreProblem.LOCKED:
            text = QCoreApplication.translate(
                "Store",
                "The database {path} is in use by another program. Close it and try again.",
            )
        elif self.problem is StoreProblem.CORRUPT:
            text = QCoreApplication.translate(
                "Store",
                "The database {path} is damaged and cannot be opened. "
                "Restore it from a backup copy.",
            )
        elif self.problem is StoreProblem.FOREIGN:
            text = QCoreApplication.translate(
                "Store", "The file {path} is not a CVM Director database."
            )
        else:
            text = QCoreApplication.translate(
                "Store",
                "The database {path} was made by a newer version of CVM Director. "
                "Install the newer version to open it.",
            )
        return text.format(path=name)


def _alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def schema_revisions() -> list[str]:
    """Every revision this program knows, oldest first.

    Read from the migration file names (``NNNN_description.py``, whose revision id is
    ``NNNN``) so that opening an up-to-date database does not load Alembic at all; a test
    checks this list against Alembic's own history.
    """
    names = (path.name for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    return sorted(name.split("_", 1)[0] for name in names)


def head_revision() -> str:
    return schema_revisions()[-1]


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    register_sqlite_collation(dbapi_connection)


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


def _read_error(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """What a failed read of the file means for the person opening it."""
    text = str(error)
    if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return StoreError(StoreProblem.LOCKED, path, text)
    return StoreError(StoreProblem.CORRUPT, path, text)


def _inspect_file(path: Path) -> str | None:
    """Check the file without changing it; returns its schema revision (None if empty)."""
    if not path.exists():
        raise StoreError(StoreProblem.MISSING, path)
    if path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StoreError(StoreProblem.CORRUPT, path, "no SQLite header")
    try:
        connection = sqlite3.connect(
            f"file:{path.as_posix()}?mode=ro", uri=True, timeout=LOCK_TIMEOUT_S
        )
    except sqlite3.Error as error:
        raise StoreError(StoreProblem.CORRUPT, path, str(error)) from error
    try:
        # Reading the whole schema walks its pages, so a damaged header or schema is caught
        # here. A full page-by-page check would cost seconds on a large database at every
        # start, so it runs before an upgrade instead (see open_store).
        tables = {
            row[0] for row in connection.execute("SELECT name, sql FROM sqlite_master").fetchall()
        }
        if "alembic_version" not in tables:
            if tables:
                raise StoreError(StoreProblem.FOREIGN, path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise _read_error(path, error) from error
    finally:
        connection.close()


_LOCAL_SITE_QUERY = (
    "SELECT uuid, kind, name, key_id, public_key, center_uuid, college_uuid "
    "FROM site WHERE is_local = 1"
)


def _read_local_site(path: Path) -> SiteInfo | None:
    """This installation's identity, read with ``sqlite3`` from a database at the newest schema.

    The same as ``site_info(local_site(session))`` (a test compares them) without loading
    SQLAlchemy or the models.
    """
    connection = sqlite3.connect(
        f"file:{path.as_posix()}?mode=ro", uri=True, timeout=LOCK_TIMEOUT_S
    )
    try:
        rows = connection.execute(_LOCAL_SITE_QUERY).fetchall()
    except sqlite3.DatabaseError as error:
        raise _read_error(path, error) from error
    finally:
        connection.close()
    if not rows:
        return None
    if len(rows) > 1:
        raise StoreError(StoreProblem.CORRUPT, path, "more than one local site")
    uuid, kind, name, key_id, public_key, center_uuid, college_uuid = rows[0]
    return SiteInfo(
        uuid=uuid,
        kind=SiteKind(kind),
        name=name,
        key_id=key_id,
        public_key_hex=public_key,
        center_uuid=center_uuid,
        college_uuid=college_uuid,
    )


def _check_integrity(path: Path) -> None:
    """Every page readable and consistent (``PRAGMA quick_check``); slow on large files."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise StoreError(StoreProblem.CORRUPT, path, str(error)) from error
    finally:
        connection.close()
    if result != [("ok",)]:
        raise StoreError(StoreProblem.CORRUPT, path, str(result[:3]))


def _check_not_locked(path: Path) -> None:
    connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        raise StoreError(StoreProblem.LOCKED, path, str(error)) from error
    finally:
        connection.close()


def backup_database(path: Path, backups: Path, label: str) -> Path:
    """A consistent copy of the database (``VACUUM INTO``), named with time and label."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{path.stem}-{stamp}-{label}.sqlite"
    counter = 1
    while target.exists():
        target = backups / f"{path.stem}-{stamp}-{label}-{counter}.sqlite"
        counter += 1
    connection = sqlite3.connect(path)
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class Store:
    """An open database: its file, this site, and (made on first use) its engine and sessions.

    The first call of :meth:`session` (or :attr:`engine`, :attr:`site_clock`) loads
    SQLAlchemy and every model, makes the engine, installs the sync hook and reads this
    site's clock; it is safe from any thread, and the other threads wait for it.
    """

    def __init__(
        self,
        path: Path,
        *,
        backup_path: Path | None = None,
        site: SiteInfo | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.path = path
        self.backup_path = backup_path
        self.site = site
        """This installation (None before first-run set-up), as read at opening or reload."""
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._site_clock: SiteClock | None = None
        self._lock = threading.RLock()

    def _connected(self) -> sessionmaker[Session]:
        with self._lock:
            if self._sessions is None:
                from sqlalchemy.orm import Session, sessionmaker

                from app.models import load_all
                from app.services import sync_stamp

                load_all()  # every table mapped before the first query or flush
                if self._engine is None:
                    self._engine = make_engine(self.path)
                sync_stamp.install(Session)
                sessions = sessionmaker(self._engine, expire_on_commit=False)
                self._load_site(sessions)
                self._sessions = sessions
            return self._sessions

    def _load_site(self, sessions: sessionmaker[Session]) -> None:
        from app.services import sync_stamp
        from app.services.site_identity import local_site, site_info

        with sessions() as session:
            site = local_site(session)
            if site is None:
                self.site, self._site_clock = None, None
            else:
                self.site = site_info(site)
                self._site_clock = sync_stamp.SiteClock(
                    site.uuid, HybridLogicalClock(site.hlc_last)
                )

    @property
    def engine(self) -> Engine:
        self._connected()
        assert self._engine is not None
        return self._engine

    @property
    def site_clock(self) -> SiteClock | None:
        """This installation's identity and clock for stamping synced rows."""
        self._connected()
        return self._site_clock

    def reload_site(self) -> None:
        """Pick up this installation's identity (after first-run set-up)."""
        with self._lock:
            if self._sessions is None:
                self._connected()  # reads the site as it connects
            else:
                self._load_site(self._sessions)

    def session(self) -> Session:
        from app.services import sync_stamp

        session = self._connected()()
        sync_stamp.attach_clock(session, self._site_clock)
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back."""
        with self.session() as session, session.begin():
            yield session

    @property
    def has_site(self) -> bool:
        return self.site is not None

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()


def open_store(path: Path, *, create: bool = False, backups: Path | None = None) -> Store:
    """Open (or with ``create`` make) the database at ``path`` and bring it to the newest schema.

    An older schema is upgraded after a backup copy is written to ``backups``
    (default: next to the database). A database already at the newest schema is checked and
    its site read with ``sqlite3`` only; the engine is made by its first session.
    """
    path = Path(path)
    if create and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        revision = None
    else:
        revision = _inspect_file(path)
        if revision is not None and revision not in schema_revisions():
            raise StoreError(StoreProblem.NEWER, path, revision)
        _check_not_locked(path)
    head = head_revision()
    if revision == head:
        return Store(path, site=_read_local_site(path))
    backup_path = None
    if revision is not None:
        _check_integrity(path)
        backup_path = backup_database(path, backups or path.parent, f"before-{head}")
    engine = make_engine(path)
    upgrade(engine)
    store = Store(path, backup_path=backup_path, engine=engine)
    store.reload_site()
    return store
