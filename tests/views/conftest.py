"""Fixtures for the GUI tests: no modal box ever waits, Thai by default, a ready main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.settings import Settings
from app.services.store import Store
from app.views import messages
from app.views.app_main import local_site_info
from app.views.fonts import apply_application_font
from app.views.i18n import LanguageManager
from app.views.main_window import MainWindow
from app.views.runner import TaskRunner

WAIT_MS = 20_000


@dataclass
class Shown:
    """Message boxes the code asked for (instead of showing them)."""

    boxes: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [text for _kind, text, _detail in self.boxes]


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown()
    for kind in ("error", "warning", "info"):

        def fake(_parent: object, text: str, detail: str = "", kind: str = kind) -> None:
            record.boxes.append((kind, text, detail))

        monkeypatch.setattr(messages, f"show_{kind}", fake)
    return record


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def languages(qapp: QApplication, settings: Settings) -> Iterator[LanguageManager]:
    apply_application_font(qapp)
    manager = LanguageManager(settings)
    manager.apply("th", remember=False)
    yield manager
    manager.remove()


@pytest.fixture
def runner(center_store: Store) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(center_store)
    yield task_runner
    assert task_runner.wait()


@pytest.fixture
def window(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    settings: Settings,
    languages: LanguageManager,
) -> MainWindow:
    main = MainWindow(center_store, runner, settings, languages, site=local_site_info(center_store))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.overview_loaded, timeout=WAIT_MS):
        main.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    return main
