"""Imports point one way: views -> services -> models; no Qt in models, no widgets in services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / "app" / package).rglob("*.py"))


def _offending(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in _modules(package):
        for name in sorted(_imports(path)):
            if name.startswith(forbidden):
                found.append(f"{path.relative_to(ROOT)}: {name}")
    return found


def test_models_use_no_qt_and_nothing_above_them() -> None:
    assert _offending("models", ("PySide6", "app.services", "app.views", "app.cli")) == []


def test_services_use_no_widgets_and_no_views() -> None:
    forbidden = ("PySide6.QtWidgets", "PySide6.QtGui", "app.views", "app.cli")
    assert _offending("services", forbidden) == []


@pytest.mark.parametrize("package", ["models", "services", "views"])
def test_every_package_has_modules(package: str) -> None:
    assert _modules(package), f"app/{package} is empty"


def test_scanner_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QLabel\nimport app.views.main_window\n")
    assert {"PySide6.QtWidgets", "app.views.main_window"} <= _imports(sample)
