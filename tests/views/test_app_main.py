"""Starting the program: which database opens, errors that stop it, first run, crash guard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.services import app_logging, paths
from app.services.settings import Settings
from app.services.site_setup import init_center_site
from app.services.store import open_store
from app.views import app_main
from app.views.first_run import FirstRunDialog
from app.views.i18n import LanguageManager
from app.views.main_window import MainWindow
from app.views.runner import TaskRunner

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def clean_app(qapp: QApplication) -> Iterator[None]:
    """What prepare() leaves on the application (translator, runner, log) goes after a test."""
    yield
    for runner in qapp.findChildren(TaskRunner):
        runner.wait()
        runner.setParent(None)
    for manager in qapp.findChildren(LanguageManager):
        manager.remove()
        manager.setParent(None)
    app_logging.shutdown_logging()


def _center_db(path: Path) -> Path:
    store = open_store(path, create=True)
    init_center_site(store, 11)
    store.close()
    return path


def test_missing_explicit_database_gives_a_message_and_an_exit_code(
    tmp_path: Path, shown: Any
) -> None:
    missing = tmp_path / "ไม่มี.db"
    _app, window, code = app_main.prepare(missing, [])
    assert window is None
    assert code == app_main.EXIT_STORE_ERROR != 0
    assert not missing.exists()
    assert shown.texts == [f"ไม่พบไฟล์ฐานข้อมูล {missing}"]


def test_run_gui_returns_the_exit_code_without_touching_the_file(
    tmp_path: Path, shown: Any
) -> None:
    missing = tmp_path / "nothing-here.db"
    assert app_main.run_gui(missing, []) == app_main.EXIT_STORE_ERROR
    assert not missing.exists()
    assert len(shown.texts) == 1


def test_damaged_database_is_refused_and_left_as_it_was(tmp_path: Path, shown: Any) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00garbage" * 50)
    before = damaged.read_bytes()
    _app, window, code = app_main.prepare(damaged, [])
    assert window is None and code == app_main.EXIT_STORE_ERROR
    assert damaged.read_bytes() == before
    assert "เสียหาย" in shown.texts[0]


def test_opens_a_center_database_and_remembers_it(qtbot: QtBot, tmp_path: Path, shown: Any) -> None:
    db = _center_db(tmp_path / "center.db")
    _app, window, code = app_main.prepare(db, [])
    assert code == 0 and isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT_MS):
        window.show()
    assert "สาขาวิชาเมคคาทรอนิกส์และหุ่นยนต์" in window.windowTitle()
    assert Settings().last_database() == db
    assert shown.texts == []
    window.close()
    window.store.close()


def test_without_a_path_the_last_database_is_opened(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    db = _center_db(tmp_path / "last.db")
    settings.set_last_database(db)
    settings.sync()
    _app, window, _code = app_main.prepare(None, [])
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.store.path == db
    window.runner.wait()
    window.store.close()


def test_first_start_makes_the_default_database_and_asks_what_it_is(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_center(self: FirstRunDialog) -> int:
        self.select_center(11)
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.accept()
        loop.exec()
        return self.result()

    monkeypatch.setattr(FirstRunDialog, "exec", choose_center)
    _app, window, code = app_main.prepare(None, [])
    assert code == 0 and isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.store.path == paths.default_db_path()
    assert window.store.has_site
    assert window.site is not None and window.site.kind == "center"
    window.runner.wait()
    window.store.close()


def test_cancelled_first_run_quits_without_a_site(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    _app, window, code = app_main.prepare(None, [])
    assert window is None and code == 0
    store = open_store(paths.default_db_path())
    try:
        assert not store.has_site
    finally:
        store.close()


def test_uncaught_errors_are_logged_without_personal_data_and_shown_in_thai(
    languages: LanguageManager,
) -> None:
    log = app_logging.setup_logging()
    told: list[str] = []
    hook = app_main.make_excepthook(told.append)
    try:
        raise ValueError("bad row for 1101700207030, phone 081-234-5678, a@b.co")
    except ValueError as error:
        hook(type(error), error, error.__traceback__)
    assert len(told) == 1
    assert told[0].startswith("เกิดข้อผิดพลาดที่ไม่คาดคิด")
    assert str(log) in told[0]
    app_logging.shutdown_logging()
    text = log.read_text(encoding="utf-8")
    assert "uncaught exception" in text
    assert "ValueError" in text
    assert "1101700207030" not in text
    assert "081-234-5678" not in text
    assert "a@b.co" not in text


def test_sql_parameters_are_kept_out_of_the_log() -> None:
    message = (
        "(sqlite3.IntegrityError) UNIQUE constraint failed: student.national_id\n"
        "[SQL: INSERT INTO student (first_name) VALUES (?)]\n"
        "[parameters: ('สมชาย', 'ใจดี')]\n(Background on this error at: https://sqlalche.me/e/20/gkpj)"
    )
    cleaned = app_logging.redact(message)
    assert "สมชาย" not in cleaned
    assert "UNIQUE constraint failed" in cleaned
