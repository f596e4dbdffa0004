"""Crash safety: an import killed (``kill -9``) at any moment leaves a sound database that is
exactly as it was before the package or exactly as it is after it.

The import runs in a child process. The child counts the SQL statements its connection
runs; at the chosen statement it stops and says so, and the parent kills it there. A few
more children are killed while running freely, wherever they happen to be.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.models.teachers import Teacher
from app.services.sync_stamp import save_clock, stamp_new_row
from tests.services.sync_sites import (
    COLLEGE_A,
    Parts,
    apply,
    export,
    new_center,
    new_college,
    pair,
    rows_of,
)

ROOT = Path(__file__).resolve().parents[2]
ROWS = 20_000
KNOWN = 200
"""Teachers the center already holds, which the big package updates."""

CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import event

    from app.services.paths import backups_dir
    from app.services.store import backup_database, open_store
    from app.services.sync.importer import import_package

    database, package, stop_at, report_every = (
        Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    )
    application = QCoreApplication([])
    store = open_store(database)
    count = 0
    log_path = os.environ.get("CVM_STATEMENT_LOG")
    log = open(log_path, "w") if log_path else None

    def traced(statement):
        global count
        count += 1
        if log is not None:
            log.write(f"{count} {statement[:24]!r}\\n")
        if report_every and count % report_every == 0:
            print("AT", count, flush=True)
        if count == stop_at:
            print("STOPPED", count, flush=True)
            sys.stdin.readline()  # waits here until the parent kills this process

    def on_checkout(connection, _record, _proxy):
        connection.set_trace_callback(traced)

    event.listen(store.engine, "checkout", on_checkout)
    with store.session() as session:
        summary = import_package(
            session,
            package,
            backup=lambda: backup_database(store.path, backups_dir(), "before-package"),
        )
    if log is not None:
        log.close()
    teachers = summary.tables["teacher"]
    print("RESULT", count, teachers.new, teachers.updated, flush=True)
    if stop_at > count:  # stop after the import returned, before the process ends
        print("STOPPED", stop_at, flush=True)
        sys.stdin.readline()
    """
)


@dataclass
class Crash:
    folder: Path
    before: Path
    """The center's database before the package (closed)."""
    package: Path
    latest_stamp: str
    """The latest clock stamp in the package: the center's clock passes it on import."""


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crash]:
    folder = tmp_path_factory.mktemp("kill")
    center = new_center(folder / "center")
    college = new_college(folder / "a", COLLEGE_A, "a")
    pair(center, college)
    college_id = college.college_id()
    with college.store.transaction() as session:
        session.add_all(
            Teacher(college_id=college_id, first_name=f"ครู{n}", last_name="เดิม")
            for n in range(KNOWN)
        )
    apply(center, export(college, center, folder / "first.cvmpkg").path)
    with college.store.transaction() as session:
        for teacher in session.scalars(select(Teacher)):
            teacher.position = "ครูชำนาญการ"
    site_clock = college.store.site_clock
    assert site_clock is not None
    with college.store.transaction() as session:
        new_rows = [
            stamp_new_row(
                {"college_id": college_id, "first_name": f"ครูใหม่{n}", "last_name": "ทดสอบ"},
                site_clock,
                Teacher,
            )
            for n in range(ROWS - KNOWN)
        ]
        session.execute(insert(Teacher), new_rows)  # the way bulk writers add rows
        save_clock(session, site_clock)
    package = export(college, center, folder / "big.cvmpkg").path
    stamps = [row["hlc"] for row in rows_of(Parts.read(package), "teacher")]
    center.close()
    college.close()
    yield Crash(folder, center.path, package, max(stamps))


def _run_child(
    crash: Crash, database: Path, stop_at: int, report_every: int = 0, log: Path | None = None
) -> subprocess.Popen[str]:
    environment = dict(os.environ)
    environment["CVM_DIRECTOR_HOME"] = str(database.parent / "home")
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONPATH"] = str(ROOT)
    if log is not None:
        environment["CVM_STATEMENT_LOG"] = str(log)
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(database),
            str(crash.package),
            str(stop_at),
            str(report_every),
        ],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _fresh_copy(crash: Crash, folder: Path) -> Path:
    folder.mkdir(parents=True)
    database = folder / "center.db"
    shutil.copyfile(crash.before, database)
    return database


MASKED = {("sync_package", "at"), ("sync_package", "file_name")}
"""Values that differ from run to run whatever happens (when a package was applied)."""


def _state(database: Path, latest_stamp: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table. The site clock is reduced to whether it passed the
    package's stamps (its exact value follows the wall clock of the run)."""
    connection = sqlite3.connect(database)
    try:
        state: dict[str, list[tuple[object, ...]]] = {}
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [description[0] for description in cursor.description]
            rows = []
            for record in cursor:
                values = list(record)
                for index, column in enumerate(columns):
                    if (table, column) in MASKED:
                        values[index] = "masked"
                    elif (table, column) == ("site", "hlc_last") and values[index] is not None:
                        values[index] = f"clock passed the package: {values[index] > latest_stamp}"
                rows.append(tuple(values))
            state[table] = sorted(rows, key=repr)
        return state
    finally:
        connection.close()


def _integrity(database: Path) -> list[tuple[str, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


@dataclass
class Reference:
    """An import run to its end (and killed after it returned), and the states to expect."""

    statements: list[str]
    before: dict[str, list[tuple[object, ...]]]
    after: dict[str, list[tuple[object, ...]]]

    @property
    def total(self) -> int:
        return len(self.statements)

    @property
    def commits(self) -> list[int]:
        """The numbers of the statements that commit."""
        return [
            number
            for number, line in enumerate(self.statements, start=1)
            if line.split(" ", 1)[1] == "'COMMIT'"
        ]


@pytest.fixture(scope="module")
def reference(crash: Crash, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("reference")
    database = _fresh_copy(crash, folder / "db")
    log = folder / "statements.txt"
    child = _run_child(crash, database, stop_at=10**9, log=log)
    assert child.stdout is not None
    result = child.stdout.readline().split()
    assert child.stdout.readline().split() == ["STOPPED", str(10**9)]
    _kill(child)
    assert result[0] == "RESULT", child.stderr and child.stderr.read()
    assert (int(result[2]), int(result[3])) == (ROWS - KNOWN, KNOWN)
    assert _integrity(database) == [("ok",)]
    statements = log.read_text(encoding="utf-8").splitlines()
    assert len(statements) == int(result[1])
    return Reference(
        statements,
        _state(crash.before, crash.latest_stamp),
        _state(database, crash.latest_stamp),
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL


def _outcome(crash: Crash, reference: Reference, database: Path) -> str:
    """Whether a killed import left the database as before or as after the package."""
    assert _integrity(database) == [("ok",)]
    state = _state(database, crash.latest_stamp)
    if state == reference.before:
        return "before"
    assert state == reference.after
    return "after"


def test_the_reference_run_applied_the_whole_package(reference: Reference) -> None:
    assert reference.total > ROWS
    assert len(reference.commits) == 1, "one transaction for the rows and the clock"
    assert reference.after != reference.before
    teachers = reference.after["teacher"]
    assert len(teachers) == ROWS
    assert len(reference.before["teacher"]) == KNOWN
    assert _clocks(reference.before) == ["clock passed the package: False"]
    assert _clocks(reference.after) == ["clock passed the package: True"]


def _clocks(state: dict[str, list[tuple[object, ...]]]) -> list[object]:
    return [
        value
        for row in state["site"]
        for value in row
        if isinstance(value, str) and value.startswith("clock passed")
    ]


def test_killed_at_chosen_statements(crash: Crash, reference: Reference, tmp_path: Path) -> None:
    """Random statements and the last ones before the first commit: a kill there leaves
    the database exactly as before; any statement after it: exactly as after (the
    reference run itself was killed once the import had returned)."""
    commit = reference.commits[0]
    points = set(random.Random(20_000).sample(range(1, commit), 4)) | {commit - 1, commit}
    points |= set(range(commit + 1, reference.total + 1))
    for point in sorted(points):
        database = _fresh_copy(crash, tmp_path / str(point))
        child = _run_child(crash, database, stop_at=point)
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line == ["STOPPED", str(point)], child.stderr and child.stderr.read()
        _kill(child)
        expected = "before" if point <= commit else "after"
        assert _outcome(crash, reference, database) == expected, point


def test_killed_while_running_freely(crash: Crash, reference: Reference, tmp_path: Path) -> None:
    every = 1000
    rng = random.Random(9)
    for iteration in range(2):
        target = rng.randrange(every, reference.total, every)
        database = _fresh_copy(crash, tmp_path / str(iteration))
        child = _run_child(crash, database, stop_at=-1, report_every=every)
        assert child.stdout is not None
        for line in child.stdout:
            if line.split()[:2] == ["AT", str(target)] or line.startswith("RESULT"):
                break
        if child.poll() is None:  # it may have finished in the meantime
            child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        _outcome(crash, reference, database)
