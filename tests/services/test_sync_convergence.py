"""Convergence: whatever the order and the repetitions in which packages arrive, every site
ends with the same rows; tombstones are never lost; a conflict has the same winner everywhere;
a site whose clock is a year off still converges, and a stamp far ahead is only flagged."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from sqlalchemy import select

from app.models.enums import Level, StudyModeCode
from app.models.network import College, Enterprise
from app.models.site import Site as SiteRow
from app.models.students import Student
from app.models.sync import SyncConflict
from app.models.teachers import Teacher
from app.services.hlc import HybridLogicalClock, Stamp, wall_clock_ms
from app.services.sync.importer import FUTURE_LIMIT_MS
from app.services.sync.wire import Row, data_of
from tests.services.sync_sites import (
    COLLEGE_A,
    COLLEGE_B,
    Site,
    State,
    apply,
    copy_site,
    export,
    new_center,
    new_college,
    pair,
    synced_state,
)

# Hypothesis keeps its caches (read while tests are collected) out of the working tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "cvm-director-hypothesis")

YEAR_MS = 365 * 24 * 3600 * 1000
KINDS = ("teacher", "student", "enterprise")
Op = tuple[str, str, int, int]
"""(insert | update | delete, table, which row or college, value)."""


@dataclass
class Templates:
    """Three closed databases that already share a few rows: a center and two of its
    college stations, each pair trusting each other."""

    center: Site
    college_a: Site
    college_b: Site


def _teacher(college_id: int, name: str, label: str) -> Teacher:
    return Teacher(college_id=college_id, first_name=name, last_name=label)


def _student(college_id: int, name: str, label: str) -> Student:
    return Student(
        college_id=college_id,
        first_name=name,
        last_name=label,
        level=Level.PVC,
        year_of_study=1,
        entry_academic_year=2568,
        study_mode=StudyModeCode.FORMAL,
    )


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    folder = tmp_path_factory.mktemp("convergence")
    center = new_center(folder / "center")
    college_a = new_college(folder / "a", COLLEGE_A, "a")
    college_b = new_college(folder / "b", COLLEGE_B, "b")
    pair(center, college_a)
    pair(center, college_b)
    for college in (college_a, college_b):
        college_id = college.college_id()
        with college.store.transaction() as session:
            for number in range(2):
                session.add(_teacher(college_id, f"ครูเดิม{number}", college.label))
                session.add(_student(college_id, f"นักเรียนเดิม{number}", college.label))
    with center.store.transaction() as session:
        for number in range(3):
            session.add(Enterprise(name_th=f"บริษัทเดิม {number} จำกัด", location="domestic"))
    folder_packages = folder / "packages"
    folder_packages.mkdir()
    for college in (college_a, college_b):
        apply(center, export(college, center, folder_packages / f"{college.label}.cvmpkg").path)
    for college in (college_a, college_b):
        out = folder_packages / f"to-{college.label}.cvmpkg"
        apply(college, export(center, college, out).path)
    for site in (center, college_a, college_b):
        site.close()
    yield Templates(center, college_a, college_b)


# -- edits --------------------------------------------------------------------------------
def _colleges(site: Site) -> list[int]:
    """Colleges whose teachers and students ``site`` may edit."""
    if site.college_uuid is not None:
        return [site.college_id()]
    with site.store.session() as session:
        return list(session.scalars(select(College.id).where(College.deleted.is_(False))))


def _edit(site: Site, op: Op) -> None:
    action, kind, which, value = op
    colleges = _colleges(site)
    with site.store.transaction() as session:
        if action == "insert":
            name = f"ใหม่{value}{which}"
            college_id = colleges[which % len(colleges)]
            if kind == "teacher":
                session.add(_teacher(college_id, name, site.label))
            elif kind == "student":
                session.add(_student(college_id, name, site.label))
            else:
                session.add(Enterprise(name_th=f"บริษัท{name} {site.label}", location="domestic"))
            return
        model: type[Teacher | Student | Enterprise] = {
            "teacher": Teacher,
            "student": Student,
            "enterprise": Enterprise,
        }[kind]
        query = select(model).where(model.deleted.is_(False)).order_by(model.uuid)
        if model is not Enterprise:
            query = query.where(model.college_id.in_(colleges))  # type: ignore[union-attr]
        rows = list(session.scalars(query))
        if not rows:
            return
        row = rows[which % len(rows)]
        if action == "delete":
            session.delete(row)
        elif isinstance(row, Teacher):
            row.position = f"ตำแหน่ง{value}"
        elif isinstance(row, Student):
            row.year_of_study = value + 1
        else:
            row.industry = f"อุตสาหกรรม{value}"


def _run(site: Site, ops: list[Op]) -> None:
    for op in ops:
        _edit(site, op)


def _skew(site: Site, offset_ms: int) -> None:
    """Give ``site`` a clock ``offset_ms`` off from the real one, as if set wrong from the
    start (the stamps it makes from now on follow it)."""
    site_clock = site.store.site_clock
    assert site_clock is not None
    site_clock.clock = HybridLogicalClock(None, now_ms=lambda: wall_clock_ms() + offset_ms)


ops_strategy = st.lists(
    st.tuples(
        st.sampled_from(("insert", "update", "update", "delete")),
        st.sampled_from(KINDS),
        st.integers(0, 7),
        st.integers(0, 2),
    ),
    max_size=5,
)


# -- replaying packages ---------------------------------------------------------------------
def _replay(site: Site, folder: Path, packages: list[Path]) -> State:
    """The synced rows of a fresh copy of ``site`` after applying ``packages`` in order."""
    copy = copy_site(site, folder)
    try:
        for package in packages:
            summary = apply(copy, package)
            assert not summary.refused
        return synced_state(copy.store)
    finally:
        copy.close()


@st.composite
def _arrivals(draw: st.DrawFn, packages: list[Path]) -> list[Path]:
    """Every package at least once, in any order, some of them again."""
    order = list(draw(st.permutations(packages)))
    for package, position in draw(
        st.lists(st.tuples(st.sampled_from(packages), st.integers(0, 5)), max_size=3)
    ):
        order.insert(position % (len(order) + 1), package)
    return order


def _assert_subset(part: State, whole: State) -> None:
    """Every row of ``part`` is in ``whole``, exactly the same."""
    for table, rows in part.items():
        for uuid, row in rows.items():
            assert whole[table].get(uuid) == row, (table, uuid)


def _rows_of_college(state: State, college_uuid: str | None) -> dict[str, dict[str, object]]:
    return {
        uuid: row
        for table in ("teacher", "student")
        for uuid, row in state[table].items()
        if row["college_id"] == college_uuid
    }


@settings(
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ops_center_first=ops_strategy,
    ops_a=ops_strategy,
    ops_b=ops_strategy,
    ops_center_later=ops_strategy,
    clock_a=st.sampled_from((0, 0, -YEAR_MS, YEAR_MS)),
    data=st.data(),
)
def test_any_order_and_repetition_gives_the_same_rows_everywhere(
    templates: Templates,
    ops_center_first: list[Op],
    ops_a: list[Op],
    ops_b: list[Op],
    ops_center_later: list[Op],
    clock_a: int,
    data: st.DataObject,
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        center = copy_site(templates.center, folder / "center")
        college_a = copy_site(templates.college_a, folder / "a")
        college_b = copy_site(templates.college_b, folder / "b")
        _skew(college_a, clock_a)

        _run(center, ops_center_first)
        to_a_first = export(center, college_a, folder / "to-a-1.cvmpkg").path
        to_b_first = export(center, college_b, folder / "to-b-1.cvmpkg").path
        _run(college_a, ops_a)
        from_a = export(college_a, center, folder / "from-a.cvmpkg").path
        _run(college_b, ops_b)
        from_b = export(college_b, center, folder / "from-b.cvmpkg").path
        _run(center, ops_center_later)  # deletes here make tombstones newer than to-?-1
        for site in (center, college_a, college_b):
            site.close()

        # The center merges both stations, then answers each with everything since.
        merged = copy_site(center, folder / "merged")
        for package in (from_a, from_b):
            apply(merged, package)
        to_a_later = export(merged, college_a, folder / "to-a-2.cvmpkg").path
        to_b_later = export(merged, college_b, folder / "to-b-2.cvmpkg").path
        center_state = synced_state(merged.store)
        merged.close()

        arrivals = {
            "center": (center, [from_a, from_b]),
            "a": (college_a, [to_a_first, to_a_later]),
            "b": (college_b, [to_b_first, to_b_later]),
        }
        finals: dict[str, State] = {}
        for label, (site, packages) in arrivals.items():
            finals[label] = _replay(site, folder / f"{label}-in-order", packages)
            order = data.draw(_arrivals(packages), label=f"arrivals at {label}")
            replayed = _replay(site, folder / f"{label}-any-order", order)
            assert replayed == finals[label], label
        assert finals["center"] == center_state

        # What two sites both hold is the same row, winner of every conflict included.
        for station, site in (("a", college_a), ("b", college_b)):
            _assert_subset(finals[station], finals["center"])
            assert finals[station]["enterprise"] == finals["center"]["enterprise"]
            assert _rows_of_college(finals[station], site.college_uuid) == _rows_of_college(
                finals["center"], site.college_uuid
            )


# -- named cases ----------------------------------------------------------------------------
@pytest.fixture
def sites(templates: Templates, tmp_path: Path) -> Iterator[tuple[Site, Site, Site]]:
    opened = (
        copy_site(templates.center, tmp_path / "center"),
        copy_site(templates.college_a, tmp_path / "a"),
        copy_site(templates.college_b, tmp_path / "b"),
    )
    yield opened
    for site in opened:
        site.close()


def _first_teacher_of(site: Site, college_uuid: str | None) -> Teacher:
    with site.store.session() as session:
        college = session.scalars(select(College).where(College.uuid == college_uuid)).one()
        return session.scalars(
            select(Teacher).where(Teacher.college_id == college.id).order_by(Teacher.uuid)
        ).first() or pytest.fail("no teacher")


def _set_position(site: Site, uuid: str, position: str) -> None:
    with site.store.transaction() as session:
        row = session.scalars(select(Teacher).where(Teacher.uuid == uuid)).one()
        row.position = position


def _delete_teacher(site: Site, uuid: str) -> None:
    with site.store.transaction() as session:
        session.delete(session.scalars(select(Teacher).where(Teacher.uuid == uuid)).one())


def _teacher_row(site: Site, uuid: str) -> Row:
    return synced_state(site.store, ["teacher"])["teacher"][uuid]


def _conflicts(site: Site) -> list[SyncConflict]:
    with site.store.session() as session:
        return list(session.scalars(select(SyncConflict)))


def test_tombstone_survives_an_older_package(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    center, college_a, _b = sites
    with center.store.transaction() as session:
        enterprise = session.scalars(select(Enterprise).order_by(Enterprise.uuid)).first()
        assert enterprise is not None
        enterprise.industry = "ยานยนต์"
        uuid = enterprise.uuid
    older = export(center, college_a, tmp_path / "older.cvmpkg").path
    with center.store.transaction() as session:
        session.delete(session.scalars(select(Enterprise).where(Enterprise.uuid == uuid)).one())
    newer = export(center, college_a, tmp_path / "newer.cvmpkg").path

    summary = apply(college_a, newer)
    assert summary.tables["enterprise"].updated == 1
    summary = apply(college_a, older)
    assert summary.tables["enterprise"].updated == 0
    assert summary.tables["enterprise"].conflicts == 0
    with college_a.store.session() as session:
        row = session.scalars(select(Enterprise).where(Enterprise.uuid == uuid)).one()
        assert row.deleted
        assert row.industry == "ยานยนต์"


def _winner(first: Row, second: Row) -> tuple[Row, Row]:
    """(winner, loser) of two concurrent versions: the later stamp, then the higher site."""
    ordered = sorted((first, second), key=lambda row: (row["hlc"], row["modified_by_site"]))
    return ordered[1], ordered[0]


@pytest.mark.parametrize("edit_at_a", ["edit", "delete"])
def test_concurrent_changes_have_the_same_winner_at_both_sites(
    sites: tuple[Site, Site, Site], tmp_path: Path, edit_at_a: str
) -> None:
    """Two edits of one record, or an edit and a delete, are a conflict at both sites; both
    keep the same winner and keep the other version for review."""
    center, college_a, _b = sites
    uuid = _first_teacher_of(college_a, college_a.college_uuid).uuid
    if edit_at_a == "delete":
        _delete_teacher(college_a, uuid)
    else:
        _set_position(college_a, uuid, "ครูชำนาญการ")
    _set_position(center, uuid, "ครูชำนาญการพิเศษ")
    winner, loser = _winner(_teacher_row(center, uuid), _teacher_row(college_a, uuid))
    from_a = export(college_a, center, tmp_path / "from-a.cvmpkg").path
    to_a = export(center, college_a, tmp_path / "to-a.cvmpkg").path

    assert apply(center, from_a).tables["teacher"].conflicts == 1
    assert apply(college_a, to_a).tables["teacher"].conflicts == 1
    at_center, at_a = _teacher_row(center, uuid), _teacher_row(college_a, uuid)
    assert at_center == at_a
    assert data_of(at_center) == data_of(winner)
    assert at_center["hlc"] == winner["hlc"]
    assert at_center["version_vector"] == {center.uuid: 1, college_a.uuid: 2}
    for site in (center, college_a):
        (conflict,) = _conflicts(site)
        assert conflict.row_uuid == uuid
        assert conflict.table_name == "teacher"
        assert conflict.kept == winner
        assert conflict.lost == loser


# -- clocks ----------------------------------------------------------------------------------
@pytest.mark.parametrize("offset", [-YEAR_MS, YEAR_MS], ids=["a-year-behind", "a-year-ahead"])
def test_a_site_whose_clock_is_a_year_off_still_converges(
    sites: tuple[Site, Site, Site], tmp_path: Path, offset: int
) -> None:
    center, college_a, _b = sites
    _skew(college_a, offset)
    uuid = _first_teacher_of(college_a, college_a.college_uuid).uuid
    _set_position(college_a, uuid, "ครูของสถานศึกษา")
    _set_position(center, uuid, "ครูของศูนย์")
    with college_a.store.transaction() as session:
        college_id = college_a.college_id()
        session.add(_teacher(college_id, "ครูใหม่", "a"))
    from_a = export(college_a, center, tmp_path / "from-a.cvmpkg").path
    to_a = export(center, college_a, tmp_path / "to-a.cvmpkg").path
    apply(center, from_a)
    apply(college_a, to_a)
    # The concurrent edit goes to the later stamp: the site whose clock is ahead.
    expected = "ครูของสถานศึกษา" if offset > 0 else "ครูของศูนย์"
    assert _teacher_row(center, uuid)["position"] == expected
    # A later edit at the skewed site dominates by its version vector, whatever its clock.
    _set_position(college_a, uuid, "แก้ไขภายหลัง")
    apply(center, export(college_a, center, tmp_path / "again.cvmpkg").path)
    apply(college_a, export(center, college_a, tmp_path / "back.cvmpkg").path)
    center_state = synced_state(center.store)
    a_state = synced_state(college_a.store)
    _assert_subset(a_state, center_state)
    assert a_state["teacher"][uuid]["position"] == "แก้ไขภายหลัง"
    assert _rows_of_college(a_state, college_a.college_uuid) == _rows_of_college(
        center_state, college_a.college_uuid
    )
    assert a_state["enterprise"] == center_state["enterprise"]


def _hlc_last(site: Site) -> str:
    with site.store.session() as session:
        value = session.scalars(select(SiteRow.hlc_last).where(SiteRow.uuid == site.uuid)).one()
        assert value is not None
        return value


def test_a_stamp_far_ahead_is_flagged_and_does_not_drag_the_clock(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    center, college_a, _b = sites
    _skew(college_a, YEAR_MS)
    college_id = college_a.college_id()
    with college_a.store.transaction() as session:
        session.add(_teacher(college_id, "ครูอนาคต", "a"))
        session.add(_teacher(college_id, "ครูอนาคตสอง", "a"))
    package = export(college_a, center, tmp_path / "from-a.cvmpkg").path

    summary = apply(center, package)
    assert summary.future_stamps >= 2
    limit = wall_clock_ms() + FUTURE_LIMIT_MS
    assert Stamp.parse(_hlc_last(center)).physical_ms < limit
    with center.store.transaction() as session:
        session.add(Enterprise(name_th="บริษัทหลังนำเข้า", location="domestic"))
    state = synced_state(center.store, ["enterprise"])
    newest = max(Stamp.parse(row["hlc"]) for row in state["enterprise"].values())
    assert newest.physical_ms < limit


def test_stamps_of_a_normal_package_move_the_clock_forward(
    sites: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    center, college_a, _b = sites
    with college_a.store.transaction() as session:
        session.add(_teacher(college_a.college_id(), "ครูปกติ", "a"))
    package = export(college_a, center, tmp_path / "from-a.cvmpkg").path
    summary = apply(center, package)
    assert summary.future_stamps == 0
    assert summary.latest_stamp
    assert _hlc_last(center) > summary.latest_stamp
