"""Starting the desktop program: application, fonts, language, log, database, windows."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app import APP_NAME, ORG_NAME, __version__
from app.services import paths
from app.services.app_logging import (
    get_logger,
    install_qt_message_handler,
    log_exception,
    log_file,
    setup_logging,
)
from app.services.settings import Settings
from app.services.site_identity import SiteInfo
from app.services.store import Store, StoreError, open_store
from app.views import messages, texts
from app.views.fonts import apply_application_font
from app.views.i18n import LanguageManager
from app.views.main_window import MainWindow
from app.views.runner import TaskRunner
from app.views.style import apply_style

EXIT_WHEN_READY_ENV = "CVM_DIRECTOR_EXIT_WHEN_READY"
"""Set by the start-up benchmark: print a line once the window takes input, then quit."""
READY_LINE = "CVM_DIRECTOR_READY"

EXIT_STORE_ERROR = 2
"""Exit code when the database given on the command line cannot be opened."""

_log = get_logger("views.app")


def application(argv: list[str]) -> QApplication:
    """The QApplication (made once), with the program's names, font and style."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_application_font(app)
    apply_style(app)
    return app


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "App",
        "Something went wrong, but your data is safe and the program keeps running. "
        "If it happens again, send the log file {path} to your support person.",
    ).format(path=log_file())


def make_excepthook(
    show: Callable[[str], None] | None = None,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook that logs an uncaught exception and tells the person, in their language,
    instead of letting the window die."""
    showing = threading.Lock()

    def hook(
        exc_type: type[BaseException], exc_value: BaseException, exc_tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        log_exception("uncaught exception", exc_type, exc_value, exc_tb)
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        if not showing.acquire(blocking=False):
            return  # an error while the message is open: logged, not shown twice
        try:
            (show or (lambda text: messages.show_error(None, text)))(unexpected_error_text())
        finally:
            showing.release()

    return hook


def local_site_info(store: Store) -> SiteInfo | None:
    """This installation, as the store read it when opening (no query, no SQLAlchemy)."""
    return store.site


def open_database(db_path: Path | None, settings: Settings) -> Store | None:
    """Open the database to work on; None (after telling the person why) when it cannot be.

    An explicit path must exist and be ours: it is never created or changed when it cannot
    be opened. Without one, the last database used is opened, or the default database is
    made on first use.
    """
    explicit = db_path is not None
    if db_path is None:
        last = settings.last_database()
        db_path = last if last is not None and last.exists() else paths.default_db_path()
    try:
        store = open_store(db_path, create=not explicit)
    except StoreError as error:
        _log.warning("cannot open the database: %s", error.problem.value)
        messages.show_error(None, error.message)
        return None
    if store.backup_path is not None:
        _log.info("database upgraded; backup written first")
    return store


def prepare(db_path: Path | None, argv: list[str]) -> tuple[QApplication, MainWindow | None, int]:
    """Everything before the event loop: returns the window to show, or an exit code."""
    app = application(argv)
    setup_logging()
    install_qt_message_handler()
    settings = Settings()
    languages = LanguageManager(settings, app)
    languages.apply_saved()
    texts.set_thai_digits(settings.thai_digits())
    _log.info("starting %s %s", APP_NAME, __version__)

    store = open_database(db_path, settings)
    if store is None:
        return app, None, EXIT_STORE_ERROR
    runner = TaskRunner(store, app)
    if not store.has_site:
        from app.views.first_run import FirstRunDialog  # only on a first start

        dialog = FirstRunDialog(store, runner, languages)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_store is None:
            _log.info("first-run set-up cancelled")
            runner.wait()
            store.close()
            return app, None, 0
        if dialog.result_store is not store:
            store.close()
            store = dialog.result_store
            runner.store = store
    if store.path != paths.demo_db_path():
        settings.set_last_database(store.path)
        settings.sync()
    window = MainWindow(store, runner, settings, languages, site=local_site_info(store))
    return app, window, 0


def _report_ready_and_quit(app: QApplication) -> None:
    print(READY_LINE, flush=True)
    app.quit()


def run_gui(db_path: Path | None, argv: list[str]) -> int:
    """Run the desktop program; returns the exit code."""
    previous_hook = sys.excepthook
    sys.excepthook = make_excepthook()
    try:
        app, window, code = prepare(db_path, argv)
        if window is None:
            return code
        window.show()
        if os.environ.get(EXIT_WHEN_READY_ENV):
            QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
        code = int(app.exec())
        window.runner.wait()
        window.store.close()
        return code
    finally:
        sys.excepthook = previous_hook
