"""The ``kpi`` verb: every target with id, value, goal and status; a table or JSON."""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli_kpi
from app.models import Center, Meeting
from app.models.enums import MeetingKind
from app.services.kpi.catalogue import catalogue
from app.services.store import open_store


def _args(db: Path, *extra: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli_kpi.add_parsers(parser.add_subparsers(dest="verb", required=True))
    return parser.parse_args(["kpi", "--db", str(db), *extra])


@pytest.fixture
def center_db(center_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "center.db"
    shutil.copyfile(center_db_template, path)
    store = open_store(path)
    try:
        with store.transaction() as session:
            center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
            session.add_all(
                Meeting(center_id=center_id, kind=MeetingKind.EXECUTIVE, held_on=day, title="ประชุม")
                for day in (date(2025, 10, 1), date(2026, 9, 30))
            )
    finally:
        store.close()
    return path


def test_json_lists_every_target(center_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_kpi.run(_args(center_db, "--fy", "2569", "--json")) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == [t.id for t in catalogue()]
    executive = next(row for row in rows if row["id"] == "1.1.exec_meetings")
    assert (executive["value"], executive["goal"], executive["status"]) == (2, 2, "met")
    directors = next(row for row in rows if row["id"] == "1.1.director_meetings")
    assert directors["status"] in ("not_met", "at_risk") and directors["value"] == 0


def test_table_has_a_header_and_one_line_per_target(
    center_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_kpi.run(_args(center_db, "--fy", "2568")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:5] == ["id", "value", "goal", "unit", "status"]
    assert len(lines) == 1 + len(catalogue())
    cells = dict((line.split("\t")[0], line.split("\t")) for line in lines[1:])
    assert cells["1.1.exec_meetings"][1:5] == ["-", "2", "count", "no_data"]


def test_college_scope_and_an_unknown_college(
    center_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.models import College
    from app.models.enums import CollegeGroupCode

    store = open_store(center_db)
    with store.session() as session:
        host = session.scalars(
            select(College.name_th).where(College.group == CollegeGroupCode.CVM)
        ).one()
    store.close()
    assert cli_kpi.run(_args(center_db, "--fy", "2569", "--json", "--college", host)) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["1.1.exec_meetings"]["status"] == "no_data"  # the center's, not a college's

    assert cli_kpi.main(["kpi", "--db", str(center_db), "--fy", "2569", "--college", "ไม่มี"]) == 1
    error = capsys.readouterr().err
    assert "--college" in error and "ไม่มี" not in error


def test_a_missing_database_or_a_wrong_year_fails(
    tmp_path: Path, center_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_kpi.main(["kpi", "--db", str(tmp_path / "none.db"), "--fy", "2569"]) == 1
    assert cli_kpi.main(["kpi", "--db", str(center_db), "--fy", "2026"]) == 1
    assert capsys.readouterr().out == ""


def test_through_main_once_wired(center_db: Path, private_home: Path) -> None:
    from app import cli

    if "kpi" not in cli._parser()._subparsers._group_actions[0].choices:  # type: ignore[union-attr]
        pytest.skip("the kpi verb is not wired into app.cli yet (the lead does it)")
    from tests.test_cli import run_main

    shown = run_main("kpi", "--fy", "2569", "--db", str(center_db), "--json", home=private_home)
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)) == len(catalogue())
