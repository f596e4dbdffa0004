"""The import and export verbs of main.py, run as a user would run them."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.models.network import College
from app.services.store import open_store

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["ชื่อสถานศึกษา", "สังกัด (รัฐ/เอกชน)", "จังหวัด"]
GOOD = [["วิทยาลัยเทคนิคระยอง", "รัฐ", "ระยอง"], ["วิทยาลัยเทคโนโลยีพงษ์สวัสดิ์", "เอกชน", "กทม."]]


def run_main(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CVM_DIRECTOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def center_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A center database made once by ``site init``; each test gets a copy."""
    folder = tmp_path_factory.mktemp("cli")
    home = folder / "home"
    home.mkdir()
    db = folder / "center.db"
    made = run_main("site", "init", "--kind", "center", "--center", "11", "--db", db, home=home)
    assert made.returncode == 0, made.stderr
    return db


@pytest.fixture
def db(center_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "center.db"
    shutil.copyfile(center_db, path)
    return path


def colleges(db: Path) -> int:
    store = open_store(db)
    try:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(College)) or 0
    finally:
        store.close()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp874", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_import_writes_the_rows_and_prints_a_summary(
    db: Path, tmp_path: Path, private_home: Path
) -> None:
    path = write_csv(tmp_path / "colleges.csv", [HEADER, *GOOD])
    result = run_main("import", "colleges", path, "--db", db, home=private_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "encoding\tcp874" in lines
    assert "new\t2" in lines
    assert "written\t2" in lines
    assert colleges(db) == 3  # the host college of the center and the two new ones


def test_a_bad_row_fails_with_a_report_and_writes_nothing(
    db: Path, tmp_path: Path, private_home: Path
) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER, *GOOD, ["วิทยาลัย ค", "ของใคร", "ระยอง"]])
    result = run_main("import", "colleges", path, "--db", db, home=private_home)
    assert result.returncode != 0
    lines = result.stdout.splitlines()
    assert "errors\t1" in lines
    assert any(line.startswith("error\t4\tสังกัด (รัฐ/เอกชน)\t") for line in lines)
    assert "nothing was imported" in result.stderr
    assert colleges(db) == 1


def test_dry_run_writes_nothing(db: Path, tmp_path: Path, private_home: Path) -> None:
    path = write_csv(tmp_path / "colleges.csv", [HEADER, *GOOD])
    result = run_main("import", "colleges", path, "--db", db, "--dry-run", home=private_home)
    assert result.returncode == 0, result.stderr
    assert "new\t2" in result.stdout.splitlines()
    assert "written\t0" in result.stdout.splitlines()
    assert colleges(db) == 1


def test_a_file_that_is_not_a_spreadsheet_fails_clearly(
    db: Path, tmp_path: Path, private_home: Path
) -> None:
    path = tmp_path / "colleges.xlsx"
    path.write_bytes(os.urandom(4096))
    result = run_main("import", "colleges", path, "--db", db, home=private_home)
    assert result.returncode != 0
    assert "not a spreadsheet" in result.stderr
    assert colleges(db) == 1


def test_export_and_template(db: Path, tmp_path: Path, private_home: Path) -> None:
    source = write_csv(tmp_path / "colleges.csv", [HEADER, *GOOD])
    assert run_main("import", "colleges", source, "--db", db, home=private_home).returncode == 0
    exported = tmp_path / "colleges.xlsx"
    result = run_main("export", "colleges", exported, "--db", db, home=private_home)
    assert result.returncode == 0, result.stderr
    assert "rows\t3" in result.stdout.splitlines()
    names = [row[0] for row in openpyxl.load_workbook(exported).active.iter_rows(values_only=True)]
    assert names[0] == "ชื่อสถานศึกษา"
    assert set(names[1:]) >= {"วิทยาลัยเทคนิคระยอง", "วิทยาลัยเทคโนโลยีพงษ์สวัสดิ์"}
    template = tmp_path / "template.xlsx"
    made = run_main("export", "demand", template, "--db", db, "--template", home=private_home)
    assert made.returncode == 0, made.stderr
    assert openpyxl.load_workbook(template).sheetnames[0] == "ความต้องการกำลังคน"


def test_a_database_without_a_site_is_refused(tmp_path: Path, private_home: Path) -> None:
    db = tmp_path / "bare.db"
    open_store(db, create=True).close()
    path = write_csv(tmp_path / "colleges.csv", [HEADER, *GOOD])
    result = run_main("import", "colleges", path, "--db", db, home=private_home)
    assert result.returncode != 0
    assert "has no site yet" in result.stderr
