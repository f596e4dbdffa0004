"""The ``site`` verbs of main.py: info, export-key, trust, revoke and peers, run as a user would."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from app.services.site_setup import init_center_site, init_college_site
from app.services.store import open_store
from app.services.sync.trust import fingerprint
from tests.test_cli import run_main

FINGERPRINT = re.compile(r"^([0-9A-F]{4} ){7}[0-9A-F]{4}$")


def _make(path: Path, kind: str) -> Path:
    """A database set up in-process (its private key goes to the private home)."""
    store = open_store(path, create=True)
    try:
        if kind == "center":
            init_center_site(store, 11)
        else:
            init_college_site(store, 11, "วิทยาลัยการอาชีพทดสอบ")
    finally:
        store.close()
    return path


def _sites(db: Path) -> list[tuple[str, int, str | None]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT uuid, is_local, revoked_at FROM site ORDER BY id"
        ).fetchall()
    return [(str(uuid), int(local), revoked) for uuid, local, revoked in rows]


@pytest.fixture
def center_db(tmp_path: Path) -> Path:
    return _make(tmp_path / "center.db", "center")


@pytest.fixture
def college_db(tmp_path: Path) -> Path:
    return _make(tmp_path / "college.db", "college")


def test_site_info_shows_the_identity_and_the_key(center_db: Path, private_home: Path) -> None:
    shown = run_main("site", "info", "--db", str(center_db), "--json", home=private_home)
    assert shown.returncode == 0, shown.stderr
    info = json.loads(shown.stdout)
    with sqlite3.connect(center_db) as connection:
        uuid, public_key, key_id = connection.execute(
            "SELECT uuid, public_key, key_id FROM site WHERE is_local = 1"
        ).fetchone()
    assert (info["uuid"], info["kind"], info["key_id"]) == (uuid, "center", key_id)
    assert info["public_key"] == public_key
    assert info["fingerprint"] == fingerprint(public_key)
    assert "เมคคาทรอนิกส์" in info["name"]

    text = run_main("site", "info", "--db", str(center_db), home=private_home)
    assert text.returncode == 0, text.stderr
    fields = dict(line.split("\t", 1) for line in text.stdout.splitlines())
    assert fields["uuid"] == uuid
    assert fields["public_key"] == public_key
    assert FINGERPRINT.match(fields["fingerprint"])
    assert fields["college_uuid"] == "-"


def test_site_info_of_a_database_without_a_site_fails(tmp_path: Path, private_home: Path) -> None:
    open_store(tmp_path / "empty.db", create=True).close()
    shown = run_main("site", "info", "--db", str(tmp_path / "empty.db"), home=private_home)
    assert shown.returncode != 0
    assert "has no site yet" in shown.stderr


def test_a_center_and_a_college_exchange_keys_then_revoke(
    center_db: Path, college_db: Path, tmp_path: Path, private_home: Path
) -> None:
    def main(*args: str) -> str:
        done = run_main(*args, home=private_home)
        assert done.returncode == 0, done.stderr
        return done.stdout

    college_key, center_key = tmp_path / "college.cvmkey", tmp_path / "center"
    exported = main("site", "export-key", "--out", str(college_key), "--db", str(college_db))
    assert FINGERPRINT.match(
        dict(line.split("\t") for line in exported.splitlines())["fingerprint"]
    )
    assert json.loads(college_key.read_text(encoding="utf-8"))["kind"] == "college"
    main("site", "export-key", "--out", str(center_key), "--db", str(center_db))

    trusted = main("site", "trust", str(college_key), "--db", str(center_db))
    college_uuid, kind, name, shown_fingerprint = trusted.strip().split("\t")
    assert (kind, name) == ("college", "วิทยาลัยการอาชีพทดสอบ")
    assert FINGERPRINT.match(shown_fingerprint)
    main("site", "trust", str(center_key), "--db", str(college_db), "--name", "ศูนย์แม่ข่าย")

    listed = main("site", "peers", "--db", str(college_db)).strip().split("\t")
    assert listed[1:4] == ["center", "ศูนย์แม่ข่าย", listed[3]]
    assert FINGERPRINT.match(listed[3])
    assert listed[5] == "-"

    revoked = main("site", "revoke", college_uuid, "--db", str(center_db))
    assert revoked.startswith(f"{college_uuid}\trevoked\t")
    peers = main("site", "peers", "--db", str(center_db)).strip().split("\t")
    assert peers[0] == college_uuid and peers[5] != "-"

    # refusals: non-zero, a message, nothing written
    before = _sites(center_db)
    again = run_main("site", "trust", str(college_key), "--db", str(center_db), home=private_home)
    assert again.returncode != 0
    assert "stays revoked" in again.stderr
    twice = run_main("site", "revoke", college_uuid, "--db", str(center_db), home=private_home)
    assert twice.returncode != 0
    assert "already revoked" in twice.stderr
    assert _sites(center_db) == before


def test_refusals_exit_non_zero_and_write_nothing(
    center_db: Path, college_db: Path, tmp_path: Path, private_home: Path
) -> None:
    own_key = tmp_path / "own.cvmkey"
    assert (
        run_main(
            "site", "export-key", "--out", str(own_key), "--db", str(center_db), home=private_home
        ).returncode
        == 0
    )
    before = _sites(center_db)
    bad = tmp_path / "bad.cvmkey"
    bad.write_text('{"format": "cvm-site-key", "version": 9}', encoding="utf-8")
    cases = [
        (("site", "trust", str(own_key)), "this site itself"),
        (("site", "trust", str(bad)), "newer version"),
        (("site", "trust", str(tmp_path / "missing.cvmkey")), "could not be read"),
        (("site", "revoke", "not-a-site"), "No enrolled site"),
        (("site", "revoke", before[0][0]), "cannot be revoked"),
    ]
    for args, words in cases:
        done = run_main(*args, "--db", str(center_db), home=private_home)
        assert done.returncode != 0, args
        assert words in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert _sites(center_db) == before
    assert run_main("site", "peers", "--db", str(center_db), home=private_home).stdout == ""
