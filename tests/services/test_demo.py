"""The demo network: deterministic, stamped like every synced row, plausible, scalable."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from stdnum.th import pin

from app.models import Base, College, Enterprise, Meeting, Placement, Site, Student, Teacher
from app.models.base import SyncedBase
from app.models.enums import (
    CollegeGroupCode,
    EnterpriseLocation,
    MeetingKind,
    PlacementStatus,
)
from app.services.demo import DemoError, DemoSummary, build_demo
from app.services.reference_data import REFERENCE_SITE
from app.services.site_identity import local_site
from app.services.store import Store, open_store
from app.services.thai.fiscal import fiscal_year_of, fiscal_year_range

TODAY = date(2026, 11, 21)  # fiscal year 2570, seven weeks in
SYNC_ONLY = ("hlc", "modified_by_site", "version_vector")

Built = tuple[Store, DemoSummary]


def _build(root: Path, name: str, scale: float, seed: int = 2569) -> Built:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CVM_DIRECTOR_HOME", str(root / f"{name}-home"))
        store = open_store(root / f"{name}.db", create=True)
        return store, build_demo(store, seed=seed, scale=scale, today=TODAY)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Built]]:
    root = tmp_path_factory.mktemp("demo")
    made = {
        "small": _build(root, "small", 0.05),
        "small_again": _build(root, "small_again", 0.05),
        "tenth": _build(root, "tenth", 0.1),
        "fifth": _build(root, "fifth", 0.2),
    }
    yield made
    for store, _ in made.values():
        store.close()


def _synced_tables() -> list[Any]:
    synced = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, SyncedBase)
    }
    return [table for table in Base.metadata.sorted_tables if table.name in synced]


def _content(store: Store, table: Any) -> list[tuple[Any, ...]]:
    columns = [c for c in table.columns if c.name not in SYNC_ONLY]
    with store.engine.connect() as connection:
        rows = connection.execute(select(*columns).order_by(table.c.id)).all()
    if table.name != "college":
        return [tuple(row) for row in rows]
    # The host college comes from the site set-up, whose uuid is random by design.
    names = [c.name for c in columns]
    uuid_at, id_at = names.index("uuid"), names.index("id")
    return [tuple(v for i, v in enumerate(row) if i != uuid_at or row[id_at] != 1) for row in rows]


def test_same_seed_gives_the_same_content(builds: dict[str, Built]) -> None:
    first, first_summary = builds["small"]
    second, second_summary = builds["small_again"]
    assert first_summary == second_summary
    for table in _synced_tables():
        assert _content(first, table) == _content(second, table), table.name


def test_another_seed_gives_other_content(tmp_path: Path, builds: dict[str, Built]) -> None:
    other, _ = _build(tmp_path, "other", 0.05, seed=7)
    try:
        assert _content(other, Student.__table__) != _content(builds["small"][0], Student.__table__)
    finally:
        other.close()


def test_every_demo_row_is_stamped_by_this_site(builds: dict[str, Built]) -> None:
    store, summary = builds["small"]
    with store.session() as session:
        site = local_site(session)
        assert site is not None
        site_uuid, hlc_last = site.uuid, site.hlc_last
    stamps: list[str] = []
    with store.engine.connect() as connection:
        for table in _synced_tables():
            rows = connection.execute(
                select(
                    table.c.id,
                    table.c.uuid,
                    table.c.hlc,
                    table.c.modified_by_site,
                    table.c.version_vector,
                    table.c.pending_send,
                    table.c.deleted,
                )
            ).all()
            for row_id, uuid, hlc, site_of_row, vector, pending, deleted in rows:
                if site_of_row == REFERENCE_SITE:  # subjects and centers shipped with the program
                    assert table.name in ("subject", "center")
                    continue
                assert uuid and len(uuid) == 36, table.name
                assert hlc, table.name
                assert site_of_row == site_uuid, table.name
                host_edited = table.name == "college" and row_id == 1
                assert vector == {site_uuid: 2 if host_edited else 1}, table.name
                assert pending and not deleted, table.name
                stamps.append(hlc)
    assert len(stamps) == sum(summary.counts.values()) + 1  # + the host college
    assert len(set(stamps)) == len(stamps)
    assert hlc_last is not None and hlc_last >= max(stamps)


def test_uuids_are_unique_across_the_network(builds: dict[str, Built]) -> None:
    store, _ = builds["tenth"]
    uuids: list[str] = []
    with store.engine.connect() as connection:
        for table in _synced_tables():
            uuids += connection.execute(select(table.c.uuid)).scalars().all()
    assert len(set(uuids)) == len(uuids)


def test_summary_counts_the_rows_written(builds: dict[str, Built]) -> None:
    store, summary = builds["tenth"]
    with store.engine.connect() as connection:
        for name, count in summary.counts.items():
            in_table = connection.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
            expected = count + 1 if name == "college" else count
            assert in_table == expected, name
    for name in (
        "placement",
        "student",
        "teacher",
        "enterprise",
        "meeting",
        "certification",
        "daily_log",
        "short_course_trainee",
        "supervision_visit",
        "safety_briefing",
        "indicator_score",
        "plan_activity",
        "curriculum_unit",
        "incident",
    ):
        assert summary.counts.get(name, 0) > 0, name


def test_counts_grow_with_the_scale(builds: dict[str, Built]) -> None:
    tenth = builds["tenth"][1].counts
    fifth = builds["fifth"][1].counts
    for name in ("student", "placement", "teacher", "enterprise", "supervision_visit"):
        assert 1.7 <= fifth[name] / tenth[name] <= 2.3, name


def test_placements_lie_in_the_three_fiscal_years(builds: dict[str, Built]) -> None:
    store, _ = builds["tenth"]
    first = fiscal_year_range(fiscal_year_of(TODAY) - 2)[0]
    last = fiscal_year_range(fiscal_year_of(TODAY))[1]
    with store.session() as session:
        rows = session.execute(
            select(Placement.starts_on, Placement.ends_on, Placement.status)
        ).all()
    assert rows
    statuses: Counter[str] = Counter()
    for starts, ends, status in rows:
        assert first <= starts < ends <= last
        statuses[status] += 1
        if status in (PlacementStatus.PLANNED, PlacementStatus.CONFIRMED):
            assert starts > TODAY
        elif status is PlacementStatus.COMPLETED:
            assert ends < TODAY
        elif status is PlacementStatus.IN_PROGRESS:
            assert starts <= TODAY <= ends
        else:
            assert starts <= TODAY
    assert set(statuses) == set(PlacementStatus)
    per_student = len(rows) / session_count(store, Student)
    assert 2.5 <= per_student <= 3.5


def session_count(store: Store, model: type[SyncedBase]) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_meetings_every_year(builds: dict[str, Built]) -> None:
    store, _ = builds["small"]
    current = fiscal_year_of(TODAY)
    with store.session() as session:
        held = [
            (fiscal_year_of(day), kind)
            for day, kind in session.execute(select(Meeting.held_on, Meeting.kind))
            if day <= TODAY
        ]
    counts = Counter(held)
    for fy in (current - 2, current - 1):
        assert counts[(fy, MeetingKind.EXECUTIVE)] >= 2
        assert counts[(fy, MeetingKind.DIRECTORS)] >= 2
        assert counts[(fy, MeetingKind.ENTERPRISES)] >= 1
    assert counts[(current, MeetingKind.EXECUTIVE)] >= 1


def test_network_shape(builds: dict[str, Built]) -> None:
    store, _ = builds["small"]
    with store.session() as session:
        groups = set(session.scalars(select(College.group)))
        abroad = session.execute(
            select(Enterprise.country_code, Enterprise.province_code).where(
                Enterprise.location == EnterpriseLocation.ABROAD
            )
        ).all()
        host = session.get_one(College, 1)
        national_ids = list(session.scalars(select(Teacher.national_id))) + list(
            session.scalars(select(Student.national_id).limit(200))
        )
    assert groups == set(CollegeGroupCode)
    assert abroad
    assert all(country != "TH" and province is None for country, province in abroad)
    assert host.name_th == "วิทยาลัยเทคนิคสัตหีบ" and host.province_code == "20"
    assert national_ids
    for number in national_ids:
        assert number is not None and pin.calc_check_digit(number) == number[-1]
        assert number[1:3] == "99"  # no such province: plainly synthetic


def test_a_site_is_never_overwritten(center_store: Store) -> None:
    with pytest.raises(DemoError):
        build_demo(center_store, scale=0.01, today=TODAY)
    with center_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 1


def test_progress_is_reported(empty_store: Store) -> None:
    seen: list[tuple[int, str]] = []
    build_demo(empty_store, scale=0.02, today=TODAY, progress=lambda p, m: seen.append((p, m)))
    percents = [p for p, _ in seen]
    assert percents == sorted(percents)
    assert percents[0] == 0 and percents[-1] == 100
    assert all(message for _, message in seen)


def test_version_vectors_are_plain_json(builds: dict[str, Built]) -> None:
    store, _ = builds["small"]
    with store.engine.connect() as connection:
        raw = connection.execute(text("SELECT version_vector FROM placement LIMIT 1")).scalar_one()
    assert len(json.loads(raw)) == 1
