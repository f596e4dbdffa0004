"""The list service: filters, Thai search, tombstones, paging and counting."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    CommitteeKind,
    EnterpriseLocation,
    Level,
    MeetingKind,
    MemberRole,
    Ownership,
)
from app.models.governance import Committee, CommitteeMember, Meeting
from app.models.network import Agreement, Center, College, Enterprise, Subject, WorkforceDemand
from app.services.listing import (
    IN_FORCE,
    AgreementStatus,
    CountCache,
    ListFilters,
    ListKind,
    ListQuery,
    Row,
    Sort,
    count,
    page,
    page_after,
    spec_for,
    supports_keyset,
)
from app.services.listing.kinds import MODULES
from app.services.store import Store, open_store

TODAY = date(2026, 11, 21)

ENTERPRISES = {
    "auto": ("บริษัท เอเชียออโตพาร์ท จำกัด", "Asia Auto Parts Co., Ltd.", "ชิ้นส่วนยานยนต์"),
    "auto2": ("บริษัท ไทยออโตเมชั่น จำกัด", "Thai Automation Co., Ltd.", "ระบบอัตโนมัติ"),
    "value": ("บริษัท ค่าดี จำกัด", "Good Value Co., Ltd.", "ค้าปลีก"),
    "chon": ("ห้างหุ้นส่วนจำกัด ชลบุรีเมทัล", "Chonburi Metal LP", "งานโลหะ"),
    "quote": ('บริษัท ดับเบิล "คิว" จำกัด', 'Double "Q" Co., Ltd.', "บริการ"),
    "star": ("บริษัท สตาร์*พลัส 100% จำกัด", "Star*Plus 100% Co., Ltd.", "ไฟฟ้า"),
    "abroad": ("โตโยต้า นาโกย่า (ญี่ปุ่น)", "Toyota Nagoya", "ยานยนต์"),
}


def _ids(rows: list[Row]) -> list[int]:
    return [row.id for row in rows]


def _names(rows: list[Row]) -> list[str]:
    return [row.values[0] for row in rows]


@pytest.fixture
def data(center_store: Store) -> dict[str, Any]:
    """A few rows of every listed table, written through the ORM (so the hook stamps them)."""
    made: dict[str, Any] = {}
    with center_store.transaction() as session:
        center = session.scalars(select(Center).where(Center.seq == 11)).one()
        subject = session.get_one(Subject, center.subject_id)
        made["center_id"] = center.id
        for key, (name_th, name_en, industry) in ENTERPRISES.items():
            abroad = key == "abroad"
            row = Enterprise(
                name_th=name_th,
                name_en=name_en,
                industry=industry,
                location=EnterpriseLocation.ABROAD if abroad else EnterpriseLocation.DOMESTIC,
                country_code="JP" if abroad else "TH",
                province_code=None if abroad else ("20" if key != "value" else "50"),
                contact_name="สมชาย ใจดี" if key == "chon" else None,
            )
            session.add(row)
            session.flush()
            made[key] = row.id
        colleges = {
            "chon_tech": ("วิทยาลัยเทคนิคชลบุรี", CollegeGroupCode.EXCELLENT, Ownership.PUBLIC, "20"),
            "private": (
                "วิทยาลัยเทคโนโลยีเอกชนทดสอบ",
                CollegeGroupCode.STANDARD,
                Ownership.PRIVATE,
                "10",
            ),
        }
        for key, (name, group, ownership, province) in colleges.items():
            college = College(
                name_th=name,
                name_en=key,
                code=f"C-{key}",
                group=group,
                ownership=ownership,
                province_code=province,
                center_id=center.id,
            )
            session.add(college)
            session.flush()
            made[key] = college.id
        for fiscal_year, positions in ((2568, 5), (2569, 7), (2570, 9)):
            session.add(
                WorkforceDemand(
                    enterprise_id=made["auto"],
                    subject_id=subject.id,
                    level=Level.PVS,
                    fiscal_year=fiscal_year,
                    positions=positions,
                )
            )
        agreements = {
            # key: (signed_on, expires_on, enterprise)
            "pending": (TODAY + timedelta(days=3), None, "auto"),
            "expired": (date(2024, 1, 1), TODAY - timedelta(days=1), "auto2"),
            "expiring_today": (date(2024, 1, 1), TODAY, "value"),
            "expiring_90": (date(2024, 1, 1), TODAY + timedelta(days=90), "chon"),
            "active_91": (date(2024, 1, 1), TODAY + timedelta(days=91), "quote"),
            "open_ended": (date(2025, 10, 1), None, "star"),
            "fy_last_day": (date(2025, 9, 30), date(2030, 9, 30), "abroad"),
        }
        for key, (signed, expires, enterprise) in agreements.items():
            agreement = Agreement(
                kind=AgreementKind.MOU if key != "open_ended" else AgreementKind.MOA,
                college_id=made["chon_tech"],
                enterprise_id=made[enterprise],
                signed_on=signed,
                expires_on=expires,
            )
            session.add(agreement)
            session.flush()
            made[f"agreement_{key}"] = agreement.id
        committee = Committee(
            center_id=center.id, kind=CommitteeKind.EXECUTIVE, name="คณะกรรมการบริหารศูนย์"
        )
        session.add(committee)
        session.flush()
        made["committee"] = committee.id
        for name, role in (
            ("สมชาย ใจดี", MemberRole.CHAIR),
            ("เอกชัย รักงาน", MemberRole.MEMBER),
            ("กมลชนก ทองดี", MemberRole.SECRETARY),
        ):
            session.add(
                CommitteeMember(
                    committee_id=committee.id, title_code="mr", full_name=name, role=role
                )
            )
        for held, title in (
            (date(2025, 9, 30), "การประชุมครั้งที่ 3/2568"),
            (date(2025, 10, 1), "การประชุมครั้งที่ 1/2569"),
            (date(2026, 9, 30), "การประชุมครั้งที่ 2/2569"),
        ):
            session.add(
                Meeting(center_id=center.id, kind=MeetingKind.EXECUTIVE, held_on=held, title=title)
            )
    return made


def _list(store: Store, query: ListQuery, limit: int = 1000) -> list[Row]:
    with store.session() as session:
        rows = page(session, query, 0, limit)
        assert count(session, query) == len(rows)
        return rows


def _enterprises(store: Store, search: str = "", **filters: Any) -> set[int]:
    query = ListQuery(ListKind.ENTERPRISES, ListFilters(**filters), search=search)
    return set(_ids(_list(store, query)))


# -- filters --------------------------------------------------------------------------------
def test_meetings_of_a_fiscal_year_run_from_1_october_to_30_september(
    center_store: Store, data: dict[str, Any]
) -> None:
    def titles(fiscal_year: int) -> list[str]:
        query = ListQuery(ListKind.MEETINGS, ListFilters(fiscal_year=fiscal_year))
        return [row.values[2] for row in _list(center_store, query)]

    assert titles(2568) == ["การประชุมครั้งที่ 3/2568"]  # held 30 Sep 2025
    # 1 Oct 2025 and 30 Sep 2026 both belong to 2569; newest first by default.
    assert titles(2569) == ["การประชุมครั้งที่ 2/2569", "การประชุมครั้งที่ 1/2569"]
    assert titles(2570) == []


def test_agreements_of_a_fiscal_year_are_those_signed_in_it(
    center_store: Store, data: dict[str, Any]
) -> None:
    def signed(fiscal_year: int) -> set[int]:
        query = ListQuery(ListKind.AGREEMENTS, ListFilters(fiscal_year=fiscal_year), as_of=TODAY)
        return set(_ids(_list(center_store, query)))

    assert data["agreement_fy_last_day"] in signed(2568)
    assert data["agreement_open_ended"] in signed(2569)
    assert data["agreement_open_ended"] not in signed(2568)
    assert data["agreement_fy_last_day"] not in signed(2569)


def test_workforce_demand_by_fiscal_year_and_level(
    center_store: Store, data: dict[str, Any]
) -> None:
    query = ListQuery(ListKind.WORKFORCE_DEMAND, ListFilters(fiscal_year=2569, level=Level.PVS))
    rows = _list(center_store, query)
    assert [row.values[4] for row in rows] == [7]
    everything = _list(center_store, ListQuery(ListKind.WORKFORCE_DEMAND))
    assert [row.values[2] for row in everything] == [2570, 2569, 2568]  # newest year first


def _statuses(store: Store, statuses: frozenset[AgreementStatus] | None) -> set[int]:
    query = ListQuery(ListKind.AGREEMENTS, ListFilters(agreement_statuses=statuses), as_of=TODAY)
    return set(_ids(_list(store, query)))


def test_agreement_status_is_judged_on_the_given_day(
    center_store: Store, data: dict[str, Any]
) -> None:
    def ids(*keys: str) -> set[int]:
        return {data[f"agreement_{key}"] for key in keys}

    assert _statuses(center_store, frozenset({AgreementStatus.PENDING})) == ids("pending")
    assert _statuses(center_store, frozenset({AgreementStatus.EXPIRED})) == ids("expired")
    assert _statuses(center_store, frozenset({AgreementStatus.EXPIRING})) == ids(
        "expiring_today", "expiring_90"
    )
    assert _statuses(center_store, frozenset({AgreementStatus.ACTIVE})) == ids(
        "active_91", "open_ended", "fy_last_day"
    )
    assert _statuses(center_store, IN_FORCE) == ids(
        "expiring_today", "expiring_90", "active_91", "open_ended", "fy_last_day"
    )
    # The status column agrees with the filters.
    spec = spec_for(ListKind.AGREEMENTS)
    status = spec.index_of("status")
    rows = _list(center_store, ListQuery(ListKind.AGREEMENTS, as_of=TODAY))
    shown = {row.id: row.values[status] for row in rows}
    assert shown[data["agreement_expired"]] == AgreementStatus.EXPIRED
    assert shown[data["agreement_expiring_90"]] == AgreementStatus.EXPIRING
    assert shown[data["agreement_active_91"]] == AgreementStatus.ACTIVE
    assert shown[data["agreement_pending"]] == AgreementStatus.PENDING
    # A day later the agreement that ended "today" has expired.
    later = ListQuery(
        ListKind.AGREEMENTS,
        ListFilters(agreement_statuses=frozenset({AgreementStatus.EXPIRED})),
        as_of=TODAY + timedelta(days=1),
    )
    assert set(_ids(_list(center_store, later))) == ids("expired", "expiring_today")


def test_network_filters(center_store: Store, data: dict[str, Any]) -> None:
    domestic = {data[key] for key in ENTERPRISES if key != "abroad"}
    assert _enterprises(center_store, location=EnterpriseLocation.ABROAD) == {data["abroad"]}
    assert _enterprises(center_store, location=EnterpriseLocation.DOMESTIC) == domestic
    assert _enterprises(center_store, province_code="50") == {data["value"]}
    assert _enterprises(center_store, region="north") == {data["value"]}
    assert data["value"] not in _enterprises(center_store, region="east")

    def colleges(**filters: Any) -> set[int]:
        query = ListQuery(ListKind.COLLEGES, ListFilters(center_id=data["center_id"], **filters))
        return set(_ids(_list(center_store, query)))

    assert colleges(ownership=Ownership.PRIVATE) == {data["private"]}
    assert colleges(college_group=CollegeGroupCode.EXCELLENT) == {data["chon_tech"]}
    assert data["private"] in colleges(region="central")

    abroad = ListQuery(
        ListKind.AGREEMENTS, ListFilters(location=EnterpriseLocation.ABROAD), as_of=TODAY
    )
    assert _ids(_list(center_store, abroad)) == [data["agreement_fy_last_day"]]


def test_governance_filters(center_store: Store, data: dict[str, Any]) -> None:
    members = ListQuery(
        ListKind.COMMITTEE_MEMBERS,
        ListFilters(committee_id=data["committee"], member_role=MemberRole.CHAIR),
    )
    assert [row.values[1] for row in _list(center_store, members)] == ["สมชาย ใจดี"]
    committees = ListQuery(ListKind.COMMITTEES, ListFilters(committee_kind=CommitteeKind.EXECUTIVE))
    rows = _list(center_store, committees)
    assert [row.values[3] for row in rows] == [3]  # live members
    advisory = ListQuery(ListKind.MEETINGS, ListFilters(meeting_kind=MeetingKind.ADVISORY))
    assert _list(center_store, advisory) == []


def test_a_list_refuses_a_filter_it_does_not_have(center_store: Store) -> None:
    query = ListQuery(ListKind.MEETINGS, ListFilters(ownership=Ownership.PUBLIC))
    with pytest.raises(ValueError, match="ownership"), center_store.session() as session:
        count(session, query)


# -- search ---------------------------------------------------------------------------------
def test_search_of_three_characters_or_more_finds_any_part_of_a_word(
    center_store: Store, data: dict[str, Any]
) -> None:
    assert _enterprises(center_store, "ออโต") == {data["auto"], data["auto2"]}
    assert _enterprises(center_store, "ออโตพาร์ท") == {data["auto"]}
    assert _enterprises(center_store, "AUTO") == {data["auto"], data["auto2"]}  # any case
    assert _enterprises(center_store, "ยานยนต์") == {data["auto"], data["abroad"]}  # industry
    assert _enterprises(center_store, "ใจดี") == {data["chon"]}  # contact person
    # Every word must match, each anywhere.
    assert _enterprises(center_store, "ออโต ไทย") == {data["auto2"]}
    assert _enterprises(center_store, "บริษัท ค่า") == {data["value"]}


def test_search_of_one_or_two_characters_uses_like(
    center_store: Store, data: dict[str, Any]
) -> None:
    assert _enterprises(center_store, "ค่") == {data["value"]}
    assert _enterprises(center_store, "ชล") == {data["chon"]}
    assert _enterprises(center_store, "ค") == {data["value"], data["quote"]}
    assert _enterprises(center_store, "Q") == {data["quote"]}


def test_search_without_a_match_is_empty(center_store: Store, data: dict[str, Any]) -> None:
    assert _enterprises(center_store, "ไม่มีชื่อนี้") == set()
    assert _enterprises(center_store, "ฮฮ") == set()
    assert _enterprises(center_store, "   ") == set(_enterprises(center_store))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('"คิว"', "quote"),
        ('"', "quote"),
        ('e "Q', "quote"),
        ("*พลัส", "star"),
        ("*", "star"),
        ("100%", "star"),
        ("%", "star"),
    ],
)
def test_special_characters_are_plain_text(
    center_store: Store, data: dict[str, Any], text: str, key: str
) -> None:
    assert _enterprises(center_store, text) == {data[key]}


@pytest.mark.parametrize(
    "text", ["_", "\\", "'", "NOT", "a OR b", "(x", "name_th:ออโต", "^ออโต", "NEAR(a b)", "-"]
)
def test_search_syntax_is_never_an_error(
    center_store: Store, data: dict[str, Any], text: str
) -> None:
    assert _enterprises(center_store, text) <= set(_enterprises(center_store))


def test_search_index_follows_updates_and_deletes(
    center_store: Store, data: dict[str, Any]
) -> None:
    with center_store.transaction() as session:
        session.get_one(Enterprise, data["auto"]).name_th = "บริษัท เอเชียพาร์ท จำกัด"
    assert _enterprises(center_store, "ออโต") == {data["auto2"]}
    assert _enterprises(center_store, "เอเชียพาร์ท") == {data["auto"]}
    with center_store.transaction() as session:  # SQL writes are followed too (triggers)
        session.execute(
            update(Enterprise).where(Enterprise.id == data["auto2"]).values(industry="หุ่นยนต์")
        )
    assert _enterprises(center_store, "หุ่นยนต์") == {data["auto2"]}
    with center_store.transaction() as session:
        session.execute(delete(Agreement).where(Agreement.enterprise_id == data["auto2"]))
        session.execute(delete(WorkforceDemand))
        session.execute(delete(Enterprise).where(Enterprise.id == data["auto2"]))
    assert _enterprises(center_store, "หุ่นยนต์") == set()
    with center_store.engine.connect() as connection:
        check = "INSERT INTO enterprise_fts(enterprise_fts, rank) VALUES ('integrity-check', 1)"
        connection.exec_driver_sql(check)


def test_agreements_are_found_by_enterprise_or_college(
    center_store: Store, data: dict[str, Any]
) -> None:
    def found(text: str) -> set[int]:
        return set(_ids(_list(center_store, ListQuery(ListKind.AGREEMENTS, search=text))))

    assert found("ออโตพาร์ท") == {data["agreement_pending"]}
    assert len(found("ชลบุรี")) == 7  # the college's name
    assert found("ชลบุรีเมทัล") == {data["agreement_expiring_90"]}
    assert found("ค่") == {data["agreement_expiring_today"]}


def test_small_lists_search_with_like(center_store: Store, data: dict[str, Any]) -> None:
    members = ListQuery(ListKind.COMMITTEE_MEMBERS, search="ใจ")
    assert [row.values[1] for row in _list(center_store, members)] == ["สมชาย ใจดี"]
    meetings = ListQuery(ListKind.MEETINGS, search="2569")
    assert len(_list(center_store, meetings)) == 2
    assert _list(center_store, ListQuery(ListKind.COMMITTEES, search="บริหาร"))


# -- tombstones -----------------------------------------------------------------------------
def test_tombstones_never_appear(center_store: Store, data: dict[str, Any]) -> None:
    before = _enterprises(center_store)
    with center_store.transaction() as session:
        session.delete(session.get_one(Enterprise, data["chon"]))
        session.delete(session.get_one(Meeting, 1))
    with center_store.session() as session:
        assert session.get_one(Enterprise, data["chon"]).deleted is True
    assert _enterprises(center_store) == before - {data["chon"]}
    assert _enterprises(center_store, "ชลบุรีเมทัล") == set()  # FTS still holds it
    assert _enterprises(center_store, "ชล") == set()
    assert len(_list(center_store, ListQuery(ListKind.MEETINGS))) == 2


# -- paging ---------------------------------------------------------------------------------
@pytest.fixture
def many(center_store: Store) -> list[int]:
    """57 enterprises (3 of them tombstones) with names in a known Thai order."""
    with center_store.transaction() as session:
        rows = [
            Enterprise(
                name_th=f"บริษัท {index:03d} จำกัด",
                location=EnterpriseLocation.DOMESTIC,
                deleted=index in (5, 30, 56),
            )
            for index in range(57)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows if not row.deleted]


def _all_by_offset(
    session: Session, query: ListQuery, size: int, total: int | None, upto: int | None = None
) -> list[int]:
    """The ids read ``size`` at a time by offset (to the end, or the first ``upto``)."""
    ids: list[int] = []
    offset = 0
    while (upto is None or offset < upto) and (
        chunk := page(session, query, offset, size, total=total)
    ):
        ids.extend(_ids(chunk))
        offset += size
    return ids if upto is None else ids[:upto]


@pytest.mark.parametrize("descending", [False, True])
def test_pages_cover_the_list_once_in_order(
    center_store: Store, many: list[int], descending: bool
) -> None:
    query = ListQuery(ListKind.ENTERPRISES, sort=Sort("name", descending))
    expected = list(reversed(many)) if descending else many
    with center_store.session() as session:
        total = count(session, query)
        assert total == 54
        for size in (1, 7, 27, 54, 100):
            assert _all_by_offset(session, query, size, None) == expected
            assert _all_by_offset(session, query, size, total) == expected  # from the end
            first = page(session, query, 0, size)
            keyset = _ids(first)
            while first:
                first = page_after(session, query, first[-1], size)
                keyset.extend(_ids(first))
            assert keyset == expected


def test_page_boundaries(center_store: Store, many: list[int]) -> None:
    query = ListQuery(ListKind.ENTERPRISES)
    with center_store.session() as session:
        assert _ids(page(session, query, 0, 1)) == many[:1]
        assert _ids(page(session, query, 53, 10)) == many[53:]
        assert _ids(page(session, query, 50, 10, total=54)) == many[50:]
        assert _ids(page(session, query, 27, 1, total=54)) == [many[27]]
        assert _ids(page(session, query, 28, 1, total=54)) == [many[28]]
        assert page(session, query, 54, 10) == []
        assert page(session, query, 54, 10, total=54) == []
        assert page(session, query, 99, 10, total=54) == []
        assert page(session, query, 0, 0) == []
        with pytest.raises(ValueError):
            page(session, query, -1, 10)


def test_count_is_cached_per_query(center_store: Store, many: list[int]) -> None:
    cache = CountCache()
    query = ListQuery(ListKind.ENTERPRISES)
    with center_store.session() as session:
        assert cache.peek(query) is None
        assert cache.get(session, query) == 54
        session.execute(update(Enterprise).values(deleted=True))
        assert cache.get(session, query) == 54  # not counted again
        assert cache.peek(ListQuery(ListKind.ENTERPRISES, search="x")) is None
        cache.clear()
        assert cache.get(session, query) == 0


def test_sorting_by_a_column_that_cannot_be_sorted_is_refused(center_store: Store) -> None:
    query = ListQuery(ListKind.ENTERPRISES, sort=Sort("industry"))
    with pytest.raises(ValueError, match="industry"), center_store.session() as session:
        page(session, query, 0, 10)


@pytest.fixture(scope="module")
def demo(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The small demo network: rows of every list of the teachers workspace."""
    path = tmp_path_factory.mktemp("listing") / "demo.db"
    shutil.copyfile(demo_db_template, path)
    store = open_store(path)
    yield store
    store.close()


NETWORK_KINDS = [kind for kind in ListKind if kind not in MODULES]


@pytest.mark.parametrize("late_lookup", [False, True])
def test_every_list_and_sortable_column_pages_consistently(
    center_store: Store, data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, late_lookup: bool
) -> None:
    _pages_consistently(center_store, NETWORK_KINDS, monkeypatch, late_lookup)


@pytest.mark.parametrize("late_lookup", [False, True])
def test_every_teachers_workspace_list_pages_consistently(
    demo: Store, monkeypatch: pytest.MonkeyPatch, late_lookup: bool
) -> None:
    _pages_consistently(demo, list(MODULES), monkeypatch, late_lookup, limit=60)


def _pages_consistently(
    store: Store,
    kinds: list[ListKind],
    monkeypatch: pytest.MonkeyPatch,
    late_lookup: bool,
    limit: int = 1000,
) -> None:
    """Every sortable column, both ways: the first ``limit`` rows read at once, two at a time
    by offset and after the first row by key are the same rows in the same order."""
    if late_lookup:
        from app.services.listing import paging

        monkeypatch.setattr(paging, "LATE_LOOKUP_OFFSET", 0)
    with store.session() as session:
        for kind in kinds:
            spec = spec_for(kind)
            for column in spec.columns:
                if not column.sortable:
                    continue
                for descending in (False, True):
                    query = ListQuery(kind, sort=Sort(column.key, descending), as_of=TODAY)
                    rows = page(session, query, 0, limit)
                    total = count(session, query)
                    assert len(rows) == min(total, limit) and total > 0, (kind, column.key)
                    assert len({row.id for row in rows}) == len(rows)
                    by_offset = _all_by_offset(session, query, 2, total, upto=len(rows))
                    assert by_offset == _ids(rows)
                    if supports_keyset(query):
                        after = page_after(session, query, rows[0], limit)
                        assert _ids(after)[: len(rows) - 1] == _ids(rows[1:]), (
                            kind,
                            column.key,
                            descending,
                        )
                    assert all(len(row.values) == len(spec.columns) for row in rows)


# -- the fast paths give the same rows --------------------------------------------------------
def test_short_words_use_like_and_longer_ones_the_index() -> None:
    from sqlalchemy.dialects import sqlite

    from app.services.listing.search import search_condition

    spec = spec_for(ListKind.ENTERPRISES)

    def sql(text: str, dense: frozenset[tuple[str, str]] = frozenset()) -> str:
        return str(search_condition(spec, text, dense).compile(dialect=sqlite.dialect()))

    assert "MATCH" in sql("ออโต") and "LIKE" not in sql("ออโต")
    assert "LIKE" in sql("ค่") and "MATCH" not in sql("ค่")
    assert "LIKE" in sql("ออโต", frozenset({("enterprise_fts", "ออโต")}))


@pytest.mark.parametrize("search", ["", "บริษัท", "บริษัท 01", "จำกัด บริษัท"])
def test_late_lookup_and_dense_words_give_the_same_pages(
    center_store: Store, many: list[int], monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    from app.services.listing import paging
    from app.services.listing import search as search_module

    query = ListQuery(ListKind.ENTERPRISES, search=search)
    with center_store.session() as session:
        total = count(session, query)
        plain = _all_by_offset(session, query, 5, total)
        monkeypatch.setattr(paging, "LATE_LOOKUP_OFFSET", 0)
        monkeypatch.setattr(search_module, "DENSE_MATCHES", 1)
        monkeypatch.setattr(search_module, "_density", {})
        assert _all_by_offset(session, query, 5, total) == plain
        assert _all_by_offset(session, query, 5, None) == plain
        if search:
            spec = spec_for(ListKind.ENTERPRISES)
            assert search_module.dense_words(session, spec, search)
        first = page(session, query, 0, 5)
        keyset = _ids(first)
        while first:
            first = page_after(session, query, first[-1], 5)
            keyset.extend(_ids(first))
        assert keyset == plain
    assert len(plain) == (11 if search == "บริษัท 01" else 54)  # 001, 010-019
