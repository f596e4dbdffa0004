"""Shared test set-up: headless Qt, a private data folder, fresh databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never read or write the user's real settings or data.
os.environ["CVM_DIRECTOR_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "cvm-tests-unused")

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


@pytest.fixture
def center_store(empty_store: Store) -> Store:
    """A database set up as the office of center 11 (mechatronics and robotics)."""
    from app.services.site_setup import init_center_site

    init_center_site(empty_store, 11)
    return empty_store
