"""The ``report`` verb: the catalogue named one report a line, a report made headless, and
refusals in Thai with exit code 1 and no file left behind."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from sqlalchemy import select

from app import cli, cli_report
from app.models import Center, Meeting
from app.models.enums import MeetingKind
from app.services.reports import catalogue
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.document import ReportDocument
from app.services.store import open_store
from tests.test_cli import run_main


@pytest.fixture
def center_db(center_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "center.db"
    shutil.copyfile(center_db_template, path)
    store = open_store(path)
    try:
        with store.transaction() as session:
            center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
            session.add_all(
                Meeting(
                    center_id=center_id,
                    kind=MeetingKind.EXECUTIVE,
                    held_on=day,
                    title=f"ประชุมคณะกรรมการบริหารศูนย์ {day.isoformat()}",
                    attendees=12,
                )
                for day in (date(2025, 10, 1), date(2026, 9, 30), date(2026, 10, 1))
            )
    finally:
        store.close()
    return path


def _stub(name: str, needs: frozenset[Need]) -> ReportSpec:
    def build(_session: object, options: ReportOptions, document: ReportDocument) -> None:
        document.heading(f"{name} {options.fiscal_year} {options.training_run}")

    return ReportSpec(name=name, title=lambda: f"รายงาน {name}", build=build, needs=needs)


@pytest.fixture
def stubs(monkeypatch: pytest.MonkeyPatch) -> tuple[ReportSpec, ...]:
    found = (
        _stub("yearly", frozenset({Need.FISCAL_YEAR})),
        _stub("runs", frozenset({Need.TRAINING_RUN})),
    )
    monkeypatch.setattr(catalogue, "reports", lambda: found)
    return found


def _text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_list_names_every_report_one_a_line(
    stubs: tuple[ReportSpec, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["report", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["yearly\tรายงาน yearly\t--fy", "runs\tรายงาน runs\t--run"]


def test_a_stub_report_is_made_for_its_options(
    stubs: tuple[ReportSpec, ...],
    center_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "yearly.pdf"
    code = cli.run(["report", "yearly", "--fy", "2569", "--out", str(out), "--db", str(center_db)])
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.splitlines() == ["pages\t1", f"file\t{out}"]
    assert "yearly 2569" in _text(out)
    out = tmp_path / "runs.pdf"
    assert cli.run(["report", "runs", "--run", "training_run:7", "--out", str(out), "--db",
                    str(center_db)]) == 0  # fmt: skip
    assert "training_run:7" in _text(out)


def test_the_real_catalogue_is_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["report", "--list"]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [cells[0] for cells in lines] == [spec.name for spec in catalogue.reports()]
    assert all(len(cells) == 3 and cells[1] for cells in lines)
    listed = dict((cells[0], cells[2]) for cells in lines)
    assert listed["list"] == "--list-kind"
    assert listed["certificates"] == "--run"
    assert listed["annual"] == "--fy"


def test_a_list_is_printed_end_to_end(center_db: Path, tmp_path: Path, private_home: Path) -> None:
    out = tmp_path / "meetings.pdf"
    made = run_main(
        "report", "list", "--list-kind", "meetings", "--fy", "2569", "--out", str(out),
        "--db", str(center_db), "--thai-digits", home=private_home,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == ["pages\t1", f"file\t{out}"]
    text = _text(out)
    assert "การประชุม" in text  # the list's title
    assert "๒๐๒๕-๑๐-๐๑" in text and "๒๐๒๖-๐๙-๓๐" in text  # the year's two meetings
    assert "๒๐๒๖-๑๐-๐๑" not in text  # the next year's is filtered out


def test_a_report_of_the_catalogue_end_to_end(center_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "meetings-report.pdf"
    code = cli.run(
        ["report", "meetings", "--fy", "2569", "--out", str(out), "--db", str(center_db)]
    )
    assert code == 0
    assert out.is_file() and out.stat().st_size > 0


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["nosuch", "--fy", "2569"], "nosuch"),
        (["annual", "--fy", "2026"], "2500"),
        (["annual", "--fy", "2701"], "2700"),
        (["annual"], "--fy"),
        (["certificates"], "--run"),
        (["list", "--list-kind", "unknown"], "--list-kind"),
        (["list"], "--list-kind"),
        ([], "--list"),
    ],
)
def test_bad_input_is_refused_in_thai_with_no_file(
    arguments: list[str],
    words: str,
    center_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    code = cli.run(["report", *arguments, "--out", str(out), "--db", str(center_db)])
    shown = capsys.readouterr()
    assert code == 1
    assert shown.out == ""
    assert words in shown.err
    assert list(out.parent.iterdir()) == []


def test_a_year_outside_the_buddhist_era_range_is_refused_in_thai(
    center_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = cli._core_app()  # an application made by an earlier test may speak English
    thai = QTranslator()
    assert thai.load(str(cli.I18N_DIR / "cvm_th.qm"))
    app.installTranslator(thai)
    out = tmp_path / "r.pdf"
    try:
        code = cli.run(
            ["report", "annual", "--fy", "2026", "--out", str(out), "--db", str(center_db)]
        )
    finally:
        app.removeTranslator(thai)
    assert code == 1
    assert capsys.readouterr().err.startswith("ปีงบประมาณ")
    assert not out.exists()


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.pdf"
    code = cli.run(["report", "list", "--list-kind", "meetings", "--out", str(out), "--db",
                    str(tmp_path / "none.db")])  # fmt: skip
    assert code == 1
    assert "none.db" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "none.db").exists()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_refused_with_no_file(
    center_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code = cli.run(["report", "list", "--list-kind", "meetings", "--out",
                        str(folder / "r.pdf"), "--db", str(center_db)])  # fmt: skip
        assert code == 1
        assert "r.pdf" in capsys.readouterr().err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_file_that_cannot_be_written_is_refused_with_no_file(
    center_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "taken"  # a folder where the file should go: no user can write it
    out.mkdir()
    code = cli.run(["report", "list", "--list-kind", "meetings", "--out", str(out), "--db",
                    str(center_db)])  # fmt: skip
    error = capsys.readouterr().err
    assert code == 1
    assert "taken" in error
    assert out.is_dir() and list(out.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_verb_runs_on_its_own(center_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "own.pdf"
    argv = ["report", "list", "--list-kind", "committees", "--out", str(out), "--db",
            str(center_db)]  # fmt: skip
    assert cli_report.main(argv) == 0
    assert out.is_file()
