"""Shared test set-up: headless Qt, a private data folder, fresh databases."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the user's real settings or data.
os.environ["CVM_DIRECTOR_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "cvm-tests-unused")

from app.services.site_setup import init_center_site
from app.services.store import Store, open_store


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CVM_DIRECTOR_HOME", str(home))
    return home


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A new database at the newest schema, with no site identity yet."""
    store = open_store(tmp_path / "test.db", create=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def center_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database set up once as the office of center 11 (mechatronics and robotics)."""
    folder = tmp_path_factory.mktemp("center-template")
    store = open_store(folder / "center.db", create=True)
    init_center_site(store, 11, keys_dir=folder)
    store.close()
    return folder / "center.db"


@pytest.fixture
def center_store(center_db_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the center database (copying is much faster than setting one up)."""
    path = tmp_path / "center.db"
    shutil.copyfile(center_db_template, path)
    store = open_store(path)
    yield store
    store.close()


DEMO_TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo network built once (scale 0.2, as of ``DEMO_TODAY``); copy it to use it."""
    from app.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo-template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CVM_DIRECTOR_HOME", str(folder / "home"))
        store = open_store(folder / "demo.db", create=True)
        build_demo(store, seed=2569, scale=0.2, today=DEMO_TODAY)
        store.close()
    return folder / "demo.db"


@pytest.fixture
def thai_messages(qapp: object) -> Iterator[None]:
    """The program's Thai translation installed, so messages read as a person sees them."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[1] / "i18n" / "cvm_th.qm"))
    assert QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
