"""Benchmark runner (by hand, never in CI): start-up of the program against a bare Qt window.

    .venv/bin/python tests/benchmarks/run.py [--repeat 5] [--large-scale 28] [--skip-large]

Each figure is the median of several runs, printed beside a floor measured in the same run on
the same machine, as a ratio. Demo databases are built once and kept in tests/benchmarks/data/.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
READY_ENV = "CVM_DIRECTOR_EXIT_WHEN_READY"
READY_LINE = "CVM_DIRECTOR_READY"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("CVM_DIRECTOR_READY", flush=True), app.quit()))
app.exec()
"""


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float


def _timed(command: list[str], env: dict[str, str]) -> Run:
    """Seconds from launch to the program's ready line (or to its exit), and its peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    ready_at = None
    for line in process.stdout:
        if line.strip() == READY_LINE:
            ready_at = time.perf_counter() - start
    _, status, usage = os.wait4(process.pid, 0)
    exited_at = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        stderr = process.stderr.read() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed ({code}):\n{stderr}")
    return Run(ready_at if ready_at is not None else exited_at, usage.ru_maxrss / 1024)


def _median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs), statistics.median(r.peak_rss_mb for r in runs)
    )


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, CVM_DIRECTOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env[READY_ENV] = "1"
    return env


def _demo_db(scale: float) -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"demo-scale-{scale:g}.db"
    if not path.exists():
        print(f"building demo database at scale {scale:g} (kept in {path}) ...", flush=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        env = dict(os.environ, CVM_DIRECTOR_HOME=str(DATA / "home"), QT_QPA_PLATFORM="offscreen")
        subprocess.run(
            [sys.executable, "main.py", "demo", "--db", str(partial), "--scale", f"{scale:g}"],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        partial.rename(path)
        print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)
    # Opening once brings the schema up to date (after a backup) outside the timed runs.
    env = dict(os.environ, CVM_DIRECTOR_HOME=str(DATA / "home"), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "main.py", "info", "--db", str(path)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path


def _placements(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM placement").fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--large-scale", type=float, default=28.0)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args()

    databases = [("demo", _demo_db(1.0))]
    if not args.skip_large:
        databases.append(("large", _demo_db(args.large_scale)))

    with tempfile.TemporaryDirectory() as home_dir:
        home = Path(home_dir)
        env = _env(home)
        floor = _median(
            [_timed([sys.executable, "-c", BARE_WINDOW], env) for _ in range(args.repeat)]
        )
        print(f"\nstart-up to an interactive main window, median of {args.repeat} runs")
        print(f"{'case':<10}{'placements':>12}{'seconds':>10}{'ratio':>8}{'peak MB':>10}")
        print(f"{'floor':<10}{'-':>12}{floor.seconds:>10.3f}{1.0:>8.2f}{floor.peak_rss_mb:>10.0f}")
        for label, path in databases:
            command = [sys.executable, "main.py", "--db", str(path)]
            runs = [_timed(command, env) for _ in range(args.repeat)]
            result = _median(runs)
            ratio = result.seconds / floor.seconds
            print(
                f"{label:<10}{_placements(path):>12,}{result.seconds:>10.3f}{ratio:>8.2f}"
                f"{result.peak_rss_mb:>10.0f}"
            )
    print("\nfloor: a bare PySide6 QMainWindow shown, event loop entered; same machine, same run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
