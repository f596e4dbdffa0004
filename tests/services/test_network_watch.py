"""The network watch: agreements expiring within 90 days, colleges with none in force."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import AgreementKind, CollegeGroupCode, EnterpriseLocation, Ownership
from app.models.network import Agreement, College, Enterprise
from app.services.listing import (
    AgreementStatus,
    ListFilters,
    ListKind,
    ListQuery,
    count,
)
from app.services.network_watch import network_watch
from app.services.store import Store

TODAY = date(2026, 11, 21)


def _college(session: Session, name: str) -> int:
    college = College(name_th=name, group=CollegeGroupCode.STANDARD, ownership=Ownership.PUBLIC)
    session.add(college)
    session.flush()
    return college.id


@pytest.fixture
def made(center_store: Store) -> dict[str, int]:
    """Colleges ข, ก, ค (Thai order ก ข ค) and agreements around the 90-day boundary."""
    ids: dict[str, int] = {}
    with center_store.transaction() as session:
        ids["host"] = session.scalars(select(College.id)).one()
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add(enterprise)
        session.flush()
        for key, name in (("kho", "วิทยาลัย ข"), ("ko", "วิทยาลัย ก"), ("kho_khwai", "วิทยาลัย ค")):
            ids[key] = _college(session, name)
        agreements = {
            # key: (college, signed_on, expires_on)
            "day_90": ("kho", date(2024, 1, 1), TODAY + timedelta(days=90)),
            "day_91": ("kho", date(2024, 1, 1), TODAY + timedelta(days=91)),
            "today": ("ko", date(2024, 1, 1), TODAY),
            "expired": ("kho_khwai", date(2024, 1, 1), TODAY - timedelta(days=1)),
            "pending": ("kho_khwai", TODAY + timedelta(days=1), TODAY + timedelta(days=30)),
        }
        for key, (college, signed, expires) in agreements.items():
            agreement = Agreement(
                kind=AgreementKind.MOA if key == "today" else AgreementKind.MOU,
                college_id=ids[college],
                enterprise_id=enterprise.id,
                signed_on=signed,
                expires_on=expires,
            )
            session.add(agreement)
            session.flush()
            ids[key] = agreement.id
    return ids


def test_expiring_agreements_count_day_90_but_not_day_91(
    center_store: Store, made: dict[str, int]
) -> None:
    with center_store.session() as session:
        watch = network_watch(session, TODAY)
    assert watch.expiring_count == 2
    assert [row.agreement_id for row in watch.expiring] == [made["today"], made["day_90"]]
    first, second = watch.expiring
    assert (first.days_left, first.kind, first.college_th) == (0, "moa", "วิทยาลัย ก")
    assert (second.days_left, second.expires_on) == (90, TODAY + timedelta(days=90))
    assert second.enterprise_th == "บริษัท ทดสอบ จำกัด"


def test_expired_and_pending_agreements_are_not_in_force(
    center_store: Store, made: dict[str, int]
) -> None:
    with center_store.session() as session:
        watch = network_watch(session, TODAY)
    assert watch.colleges == 4
    assert watch.unmatched_count == 2  # the host college and ค (expired + pending only)
    assert {row.college_id for row in watch.unmatched} == {made["host"], made["kho_khwai"]}
    assert watch.matched == 2
    assert not watch.target_met


def test_unmatched_colleges_are_in_thai_order_and_limited(
    center_store: Store, made: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        for agreement in session.scalars(select(Agreement)):
            session.delete(agreement)
    with center_store.session() as session:
        watch = network_watch(session, TODAY, limit=2)
    assert watch.unmatched_count == 4
    assert [row.name_th for row in watch.unmatched] == ["วิทยาลัย ก", "วิทยาลัย ข"]
    assert watch.expiring_count == 0 and watch.expiring == ()


def test_deleted_rows_are_ignored(center_store: Store, made: dict[str, int]) -> None:
    with center_store.transaction() as session:
        session.delete(session.get_one(Agreement, made["day_90"]))
        session.delete(session.get_one(College, made["kho_khwai"]))
        session.delete(session.get_one(College, made["host"]))
    with center_store.session() as session:
        watch = network_watch(session, TODAY)
    assert watch.expiring_count == 1
    assert watch.colleges == 2
    assert watch.unmatched_count == 0  # ข still has the agreement ending on day 91
    assert watch.target_met


def test_target_is_met_when_every_college_has_an_agreement(
    center_store: Store, made: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        enterprise_id = session.scalars(select(Enterprise.id)).one()
        for college in (made["host"], made["kho_khwai"]):
            session.add(
                Agreement(
                    kind=AgreementKind.MOU,
                    college_id=college,
                    enterprise_id=enterprise_id,
                    signed_on=TODAY,
                    expires_on=None,
                )
            )
    with center_store.session() as session:
        watch = network_watch(session, TODAY)
    assert watch.unmatched_count == 0 and watch.unmatched == ()
    assert watch.target_met


def test_no_college_is_not_a_met_target(empty_store: Store) -> None:
    with empty_store.session() as session:
        watch = network_watch(session, TODAY)
    assert watch.colleges == 0 and not watch.target_met


def test_counts_agree_with_the_filtered_lists(center_store: Store, made: dict[str, int]) -> None:
    expiring = ListQuery(
        ListKind.AGREEMENTS,
        ListFilters(agreement_statuses=frozenset({AgreementStatus.EXPIRING})),
        as_of=TODAY,
    )
    unmatched = ListQuery(
        ListKind.COLLEGES, ListFilters(without_agreement_in_force=True), as_of=TODAY
    )
    with center_store.session() as session:
        watch = network_watch(session, TODAY)
        assert count(session, expiring) == watch.expiring_count
        assert count(session, unmatched) == watch.unmatched_count
