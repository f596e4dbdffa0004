"""Start-up stays light: the window shows before SQLAlchemy, the models and the other heavy
modules are imported; they load on the worker that counts, once the window is on screen.

No timing here (see tests/benchmarks/run.py): the tests check what is imported, in a fresh
interpreter, and that the light way of reading this site gives what the ORM gives.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.services.site_identity import local_site, site_info
from app.services.site_setup import init_center_site
from app.services.store import open_store

ROOT = Path(__file__).resolve().parents[2]

HEAVY = (
    "alembic",
    "cryptography",
    "matplotlib",
    "pythainlp",
    "sqlalchemy",
    "app.services.demo",
    "app.services.info",
    "app.services.overview",
    "app.services.site_setup",
    "app.services.sync_stamp",
    "app.views.first_run",
)
"""Modules (and their submodules) that must not be imported before the window is shown."""

START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from app.views import app_main

app, window, code = app_main.prepare(Path(sys.argv[1]), [])
assert window is not None and code == 0, code
window.show()
at_show = sorted(sys.modules)
busy_at_show = window.runner.busy
window.overview_loaded.connect(lambda _year: QTimer.singleShot(0, app.quit))
QTimer.singleShot(60_000, app.quit)
app.exec()
window.runner.wait()
print(json.dumps({
    "at_show": at_show,
    "busy_at_show": busy_at_show,
    "after_counting": sorted(sys.modules),
    "first_label": window.home.cards[0].labels[0].text(),
}))
window.store.close()
"""


def _is_heavy(module: str) -> bool:
    if module.startswith("app.models.") and module != "app.models.enums":
        return True
    return any(module == name or module.startswith(f"{name}.") for name in HEAVY)


def test_the_window_shows_before_heavy_modules_load(tmp_path: Path, private_home: Path) -> None:
    db = tmp_path / "center.db"
    store = open_store(db, create=True)
    init_center_site(store, 11)
    store.close()
    env = dict(os.environ, CVM_DIRECTOR_HOME=str(private_home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", START, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert [m for m in report["at_show"] if _is_heavy(m)] == []
    assert report["busy_at_show"] is False  # the counting starts from the event loop
    # Not vacuous: the same names are imported once the worker has counted the year.
    assert {"sqlalchemy", "app.models.students", "app.services.overview"} <= set(
        report["after_counting"]
    )
    assert report["first_label"] == "การประชุมคณะกรรมการบริหารศูนย์"


def test_the_site_read_at_opening_is_the_one_the_orm_reads(tmp_path: Path) -> None:
    db = tmp_path / "center.db"
    made = open_store(db, create=True)
    init_center_site(made, 11)
    made.close()
    store = open_store(db)
    try:
        read_at_opening = store.site  # sqlite3 only: nothing connected yet
        assert read_at_opening is not None and store.has_site
        with store.session() as session:
            site = local_site(session)
            assert site is not None
            assert read_at_opening == site_info(site)
        assert store.site == read_at_opening  # unchanged by connecting
    finally:
        store.close()
