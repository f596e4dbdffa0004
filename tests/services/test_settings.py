"""Settings: defaults declared once, typed values survive a round trip through the INI file."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from app.services import paths
from app.services.settings import _KEYS, DEFAULTS, Defaults, Settings


def test_every_default_has_a_key() -> None:
    assert set(_KEYS) == {f.name for f in fields(Defaults)}


def test_file_is_under_the_program_home(private_home: Path) -> None:
    assert Settings().path == paths.settings_file()
    assert Settings().path.parent == private_home


def test_defaults_on_a_new_file(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.language() == DEFAULTS.language == "th"
    assert settings.last_database() is None
    assert settings.window_geometry() == b""
    assert settings.window_state() == b""
    assert settings.fiscal_year() is None
    assert settings.thai_digits() is False


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set_language("en")
    settings.set_last_database(tmp_path / "ศูนย์ CVM.db")
    settings.set_window_geometry(b"\x01\x02geometry\x00")
    settings.set_window_state(b"state\xff")
    settings.set_fiscal_year(2570)
    settings.set_thai_digits(True)
    settings.sync()
    assert path.exists()

    again = Settings(path)
    assert again.language() == "en"
    assert again.last_database() == tmp_path / "ศูนย์ CVM.db"
    assert again.window_geometry() == b"\x01\x02geometry\x00"
    assert again.window_state() == b"state\xff"
    assert again.fiscal_year() == 2570
    assert again.thai_digits() is True

    again.set_fiscal_year(None)
    again.set_last_database(None)
    again.sync()
    third = Settings(path)
    assert third.fiscal_year() is None
    assert third.last_database() is None


def test_bad_values_in_the_file_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[ui]\nlanguage=fr\n[view]\nfiscal_year=abc\nthai_digits=maybe\n", encoding="utf-8"
    )
    settings = Settings(path)
    assert settings.language() == "th"
    assert settings.fiscal_year() is None
    assert settings.thai_digits() is False


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language"):
        Settings(tmp_path / "s.ini").set_language("fr")


def test_reset_forgets_everything(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    settings.set_language("en")
    settings.reset()
    assert Settings(tmp_path / "s.ini").language() == "th"
