"""Every text in the code has a finished Thai translation and the .qm files are up to date.

How to fix a failure: see "Updating translations" in the GUI foundation notes:
lupdate the .ts files, translate the new entries, lrelease the .qm files.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGUAGES = ("th", "en")
_FIELD = re.compile(r"\{(\w*)\}")


def _tool(name: str, *args: str) -> None:
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type, translation text)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            key = (name, message.findtext("source") or "")
            found[key] = (translation.get("type"), translation.text or "")
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files after lupdate over the current code (in a temporary copy)."""
    folder = tmp_path_factory.mktemp("i18n")
    sources = folder / "sources.lst"
    sources.write_text(
        "\n".join(str(p) for p in sorted((ROOT / "app").rglob("*.py"))), encoding="utf-8"
    )
    copies = {}
    for language in LANGUAGES:
        copy = folder / f"cvm_{language}.ts"
        shutil.copyfile(I18N / f"cvm_{language}.ts", copy)
        _tool("lupdate", f"@{sources}", "-locations", "none", "-ts", str(copy))
        copies[language] = copy
    return copies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_in_the_code_is_translated(refreshed: dict[str, Path], language: str) -> None:
    messages = _messages(refreshed[language])
    assert len(messages) > 100
    problems = [
        f"[{context}] {source!r}: {kind or 'empty'}"
        for (context, source), (kind, text) in messages.items()
        if kind is not None or not text.strip()
    ]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_ts_has_exactly_the_texts_of_the_code(
    refreshed: dict[str, Path], language: str
) -> None:
    committed = _messages(I18N / f"cvm_{language}.ts")
    current = _messages(refreshed[language])
    assert set(committed) == set(current)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_only_the_fields_of_their_source(language: str) -> None:
    for (context, source), (_kind, text) in _messages(I18N / f"cvm_{language}.ts").items():
        extra = set(_FIELD.findall(text)) - set(_FIELD.findall(source))
        assert not extra, f"[{context}] {source!r} -> {text!r} uses {extra}"


def test_thai_translation_is_thai() -> None:
    messages = _messages(I18N / "cvm_th.ts")
    thai = sum(1 for _kind, text in messages.values() if re.search("[\u0e00-\u0e7f]", text))
    assert thai >= 0.95 * len(messages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_committed_ts(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"cvm_{language}.qm"
    _tool("lrelease", str(I18N / f"cvm_{language}.ts"), "-qm", str(compiled))
    assert compiled.read_bytes() == (I18N / f"cvm_{language}.qm").read_bytes(), (
        f"i18n/cvm_{language}.qm is stale: run pyside6-lrelease"
    )


def test_qm_loads_and_translates() -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "cvm_th.qm"))
    assert translator.translate("Texts", "Fiscal year {year}") == "ปีงบประมาณ {year}"
    assert translator.translate("QLineEdit", "&Copy") == "คัดลอก (&C)"


def _translate_calls_without_literal_source(path: Path) -> list[int]:
    """Lines calling ``translate``/``tr`` with a source that is not a string literal: the
    Qt extractor cannot see such a text, so it would never be translated."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        is_qt = isinstance(owner, ast.Name) and owner.id == "QCoreApplication"
        if node.func.attr == "translate" and is_qt and len(node.args) >= 2:
            source = node.args[1]
        elif node.func.attr == "tr" and node.args:
            source = node.args[0]
        else:
            continue
        if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
            lines.append(node.lineno)
    return lines


def test_every_translated_text_is_a_literal_the_extractor_sees() -> None:
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "app").rglob("*.py"))
        if (lines := _translate_calls_without_literal_source(path))
    }
    assert found == {}
