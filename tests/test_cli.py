"""The headless verbs of main.py, run as a user would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CVM_DIRECTOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_site_init_then_info(tmp_path: Path, private_home: Path) -> None:
    db = tmp_path / "center.db"
    made = run_main(
        "site", "init", "--kind", "center", "--center", "11", "--db", str(db), home=private_home
    )
    assert made.returncode == 0, made.stderr
    site_uuid, kind, name = made.stdout.strip().split("\t")
    assert kind == "center"
    assert "เมคคาทรอนิกส์" in name
    key_file = private_home / "keys" / f"{site_uuid}.pem"
    assert key_file.exists()
    if os.name != "nt":
        assert key_file.stat().st_mode & 0o077 == 0

    shown = run_main("info", "--db", str(db), "--json", home=private_home)
    assert shown.returncode == 0, shown.stderr
    info = json.loads(shown.stdout)
    assert info["site"]["uuid"] == site_uuid
    assert info["schema_revision"]
    assert info["row_counts"]["center"] == 101
    assert info["row_counts"]["college"] == 1
    assert info["row_counts"]["province"] == 77


def test_college_station_and_central_office(tmp_path: Path, private_home: Path) -> None:
    college = run_main(
        "site", "init", "--kind", "college", "--center", "11",
        "--college", "วิทยาลัยเทคนิคชลบุรี", "--db", str(tmp_path / "college.db"),
        home=private_home,
    )  # fmt: skip
    assert college.returncode == 0, college.stderr
    assert college.stdout.split("\t")[1] == "college"
    central = run_main(
        "site", "init", "--kind", "central", "--db", str(tmp_path / "c.db"), home=private_home
    )
    assert central.returncode == 0, central.stderr


def test_second_site_init_is_refused(tmp_path: Path, private_home: Path) -> None:
    db = str(tmp_path / "center.db")
    assert (
        run_main(
            "site", "init", "--kind", "center", "--center", "3", "--db", db, home=private_home
        ).returncode
        == 0
    )
    again = run_main(
        "site", "init", "--kind", "center", "--center", "3", "--db", db, home=private_home
    )
    assert again.returncode != 0
    assert "already belongs to a site" in again.stderr


def test_bad_center_number_fails_without_creating_a_database(
    tmp_path: Path, private_home: Path
) -> None:
    db = tmp_path / "bad.db"
    result = run_main(
        "site", "init", "--kind", "center", "--center", "300", "--db", str(db), home=private_home
    )
    assert result.returncode != 0
    assert "300" in result.stderr
    assert not db.exists()


def test_info_on_a_missing_database_fails_in_thai_and_english(
    tmp_path: Path, private_home: Path
) -> None:
    db = tmp_path / "missing.db"
    result = run_main("info", "--db", str(db), home=private_home)
    assert result.returncode != 0
    assert "does not exist" in result.stderr
    assert "ไม่มี" in result.stderr or "ไม่พบ" in result.stderr
    assert not db.exists()


def test_main_dispatches_every_verb_of_the_cli() -> None:
    import argparse

    import main
    from app.cli import _parser

    subparsers = next(
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    )
    assert set(main.VERBS) == set(subparsers.choices)
