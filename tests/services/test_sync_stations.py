"""College stations: the center's record of the college takes the station's identity, and a
station refuses to record the center's or another college's data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.governance import Committee
from app.models.network import Center, College
from app.models.site import Site
from app.services.records.committee import CommitteeInput
from app.services.records.edit import save_record
from app.services.records.spec import RecordKind
from app.services.site_identity import local_site
from app.services.site_setup import init_college_site
from app.services.store import Store, open_store
from app.services.sync.stations import link_station
from app.services.validation import FieldError

STATION_COLLEGE = "วิทยาลัยการอาชีพทดสอบสถานี"


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "station.db", create=True)
    init_college_site(store, 11, STATION_COLLEGE)
    yield store
    store.close()


def _station_site(station: Store) -> Site:
    with station.session() as session:
        site = local_site(session)
        assert site is not None
        session.expunge(site)
        return site


def _peer_of(site: Site) -> Site:
    return Site(
        uuid=site.uuid,
        kind=site.kind,
        name=site.name,
        is_local=False,
        center_uuid=site.center_uuid,
        college_uuid=site.college_uuid,
        public_key=site.public_key,
        key_id=site.key_id,
        enrolled_at=site.enrolled_at,
    )


def _add_college(store: Store, name: str) -> int:
    with store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        college = College(
            name_th=name,
            group=CollegeGroupCode.CVM,
            ownership=Ownership.PUBLIC,
            center_id=center_id,
        )
        session.add(college)
        session.flush()
        return college.id


def test_the_center_record_of_the_station_college_takes_its_uuid(
    center_store: Store, station: Store
) -> None:
    college_id = _add_college(center_store, "  วิทยาลัยการอาชีพทดสอบสถานี ")
    station_site = _station_site(station)
    with center_store.transaction() as session:
        peer = _peer_of(station_site)
        session.add(peer)
        session.flush()
        assert link_station(session, peer) is True
        assert link_station(session, peer) is False  # already linked: nothing more to do
    with center_store.session() as session:
        college = session.get(College, college_id)
        assert college is not None and college.uuid == station_site.college_uuid
        assert session.scalar(select(func.count()).select_from(College)) == 2  # host + it


def test_no_link_without_a_college_of_that_name(center_store: Store, station: Store) -> None:
    _add_college(center_store, "วิทยาลัยเทคนิคอื่น")
    with center_store.transaction() as session:
        peer = _peer_of(_station_site(station))
        session.add(peer)
        session.flush()
        assert link_station(session, peer) is False


def test_a_station_refuses_to_record_a_committee_of_the_center(station: Store) -> None:
    with pytest.raises(FieldError) as raised:
        save_record(station, RecordKind.COMMITTEE, CommitteeInput(name="คณะกรรมการทดสอบ"))
    assert "สถานศึกษา" in raised.value.message or "college" in raised.value.message
    with station.session() as session:
        assert session.scalar(select(func.count()).select_from(Committee)) == 0


def test_a_center_records_committees(center_store: Store) -> None:
    record_id, _undo = save_record(
        center_store, RecordKind.COMMITTEE, CommitteeInput(name="คณะกรรมการทดสอบ")
    )
    assert record_id > 0
