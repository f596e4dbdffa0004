"""The colleges list filtered by "no agreement in force" (and its opposite)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.models.enums import AgreementKind, CollegeGroupCode, EnterpriseLocation, Ownership
from app.models.network import Agreement, College, Enterprise
from app.services.listing import ListFilters, ListKind, ListQuery, count, page, row_ids
from app.services.store import Store

TODAY = date(2026, 11, 21)

# college key: (signed_on, expires_on) of its only agreement, or None for no agreement
COLLEGES: dict[str, tuple[date, date | None] | None] = {
    "none": None,
    "open_ended": (date(2024, 1, 1), None),
    "last_day_today": (date(2024, 1, 1), TODAY),
    "expired_yesterday": (date(2024, 1, 1), TODAY - timedelta(days=1)),
    "signed_tomorrow": (TODAY + timedelta(days=1), None),
    "signed_today": (TODAY, TODAY + timedelta(days=400)),
}


@pytest.fixture
def colleges(center_store: Store) -> dict[str, int]:
    made: dict[str, int] = {}
    with center_store.transaction() as session:
        made["host"] = session.scalars(select(College.id)).one()
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add(enterprise)
        session.flush()
        for key, agreement in COLLEGES.items():
            college = College(
                name_th=f"วิทยาลัย {key}",
                group=CollegeGroupCode.STANDARD,
                ownership=Ownership.PUBLIC,
            )
            session.add(college)
            session.flush()
            made[key] = college.id
            if agreement is not None:
                signed, expires = agreement
                session.add(
                    Agreement(
                        kind=AgreementKind.MOU,
                        college_id=college.id,
                        enterprise_id=enterprise.id,
                        signed_on=signed,
                        expires_on=expires,
                    )
                )
    return made


def _colleges(store: Store, without: bool | None, as_of: date = TODAY) -> set[int]:
    query = ListQuery(
        ListKind.COLLEGES, ListFilters(without_agreement_in_force=without), as_of=as_of
    )
    with store.session() as session:
        rows = page(session, query, 0, 1000)
        assert count(session, query) == len(rows)
        assert set(row_ids(session, query)) == {row.id for row in rows}
        return {row.id for row in rows}


def test_colleges_without_an_agreement_in_force(
    center_store: Store, colleges: dict[str, int]
) -> None:
    without = {colleges[key] for key in ("host", "none", "expired_yesterday", "signed_tomorrow")}
    with_one = {colleges[key] for key in ("open_ended", "last_day_today", "signed_today")}
    assert _colleges(center_store, True) == without
    assert _colleges(center_store, False) == with_one
    assert _colleges(center_store, None) == without | with_one


def test_the_filter_is_judged_on_the_query_day(
    center_store: Store, colleges: dict[str, int]
) -> None:
    tomorrow = _colleges(center_store, True, TODAY + timedelta(days=1))
    assert colleges["last_day_today"] in tomorrow
    assert colleges["signed_tomorrow"] not in tomorrow


def test_deleted_agreements_and_colleges_are_ignored(
    center_store: Store, colleges: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        agreement = session.scalars(
            select(Agreement).where(Agreement.college_id == colleges["open_ended"])
        ).one()
        session.delete(agreement)
        session.delete(session.get_one(College, colleges["none"]))
    without = _colleges(center_store, True)
    assert colleges["open_ended"] in without
    assert colleges["none"] not in without


def test_only_the_colleges_list_has_the_filter(center_store: Store) -> None:
    query = ListQuery(ListKind.ENTERPRISES, ListFilters(without_agreement_in_force=True))
    with (
        pytest.raises(ValueError, match="without_agreement_in_force"),
        center_store.session() as session,
    ):
        count(session, query)


def test_row_ids_follow_filters_and_search(center_store: Store, colleges: dict[str, int]) -> None:
    query = ListQuery(
        ListKind.COLLEGES,
        ListFilters(without_agreement_in_force=True),
        search="expired",
        as_of=TODAY,
    )
    with center_store.session() as session:
        assert row_ids(session, query) == [colleges["expired_yesterday"]]
