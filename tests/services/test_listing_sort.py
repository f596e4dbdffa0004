"""Thai dictionary order through stored sort keys, kept filled on every write path."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select, update

from app.models.enums import (
    CollegeGroupCode,
    CommitteeKind,
    EnterpriseLocation,
    MeetingKind,
    MemberRole,
    Ownership,
)
from app.models.governance import Committee, CommitteeMember, Meeting
from app.models.network import College, Enterprise
from app.services.listing import ListKind, ListQuery, Sort, page, spec_for
from app.services.store import Store
from app.services.sync_stamp import stamp_new_row
from app.services.thai.collation import thai_sort_key, thai_sort_text, thai_sorted

# Leading vowels (เ แ โ ใ ไ), tone marks and other marks, Thai digits, Latin, a space.
THAI_WORDS = (
    "ไก่", "เก่ง", "แก", "แกง", "แก่ง", "โก้", "ใคร", "ไข่", "ไข", "เขา", "เข้า", "ขาว",
    "ข่าว", "ข้าว", "ก", "ก็", "กร", "กรรม", "กา", "ก่า", "ก้า", "เก", "เก็บ", "คะ",
    "ค่ะ", "คา", "ค่า", "ค้า", "ฤดู", "รถ", "ลม", "ฦา", "อา", "ฮา", "บริษัท เอ จำกัด",
    "บริษัทเอ", "บริษัท เอก จำกัด", "๒๕๖๘", "2567", "Zebra", "apple", "สมุทรปราการ",
    "สมุทรสาคร", "เชียงใหม่", "เชียงราย", "แม่ฮ่องสอน", "ไทย", "ไท",
)  # fmt: skip


def test_sort_text_in_plain_binary_order_is_thai_dictionary_order() -> None:
    expected = sorted(THAI_WORDS, key=thai_sort_key)
    assert expected.index("กา") < expected.index("เก") < expected.index("แก") < expected.index("โก้")
    assert expected.index("ขาว") < expected.index("ข่าว") < expected.index("ข้าว")
    assert expected.index("ไข่") < expected.index("คะ") < expected.index("ใคร")
    words = list(THAI_WORDS)
    random.Random(7).shuffle(words)
    connection = sqlite3.connect(":memory:")  # no collation registered: binary order only
    connection.execute("CREATE TABLE t (word TEXT, key TEXT)")
    connection.executemany(
        "INSERT INTO t VALUES (?, ?)", [(word, thai_sort_text(word)) for word in words]
    )
    ordered = [row[0] for row in connection.execute("SELECT word FROM t ORDER BY key")]
    assert ordered == expected
    descending = [row[0] for row in connection.execute("SELECT word FROM t ORDER BY key DESC")]
    assert descending == expected[::-1]
    connection.close()


def test_sort_text_agrees_with_the_key_on_random_thai() -> None:
    rng = random.Random(2569)
    alphabet = "กขคงจชซดตทนบปพฟมยรลวสหอฮเแโใไะัาำิีึืุู็่้๊๋์ ๑2aB"
    words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7))) for _ in range(3000)}
    by_text = sorted(words, key=thai_sort_text)
    assert by_text == sorted(words, key=thai_sort_key)


def _add_enterprises(store: Store, names: tuple[str, ...]) -> None:
    with store.transaction() as session:
        session.add_all(
            Enterprise(name_th=name, location=EnterpriseLocation.DOMESTIC) for name in names
        )


def test_enterprise_list_is_in_thai_dictionary_order(center_store: Store) -> None:
    _add_enterprises(center_store, THAI_WORDS)
    with center_store.session() as session:
        ascending = page(session, ListQuery(ListKind.ENTERPRISES), 0, 100)
        descending = page(
            session, ListQuery(ListKind.ENTERPRISES, sort=Sort("name", descending=True)), 0, 100
        )
    assert [row.values[0] for row in ascending] == thai_sorted(THAI_WORDS)
    assert [row.values[0] for row in descending] == thai_sorted(THAI_WORDS, reverse=True)


def test_the_flush_hook_fills_sort_keys_on_insert_and_update(center_store: Store) -> None:
    with center_store.transaction() as session:
        college = College(
            name_th="วิทยาลัยเทคนิคแกลง",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
        )
        enterprise = Enterprise(name_th="เอเชีย", location=EnterpriseLocation.DOMESTIC)
        committee = Committee(center_id=11, kind=CommitteeKind.ADVISORY, name="ไทย")
        session.add_all([college, enterprise, committee])
        session.flush()
        member = CommitteeMember(
            committee_id=committee.id, full_name="เอกชัย ใจดี", role=MemberRole.MEMBER
        )
        meeting = Meeting(
            center_id=11, kind=MeetingKind.ADVISORY, held_on=date(2026, 1, 5), title="โครงการ"
        )
        session.add_all([member, meeting])
    rows: list[tuple[Any, str, str]] = [
        (college, "name_sort", "name_th"),
        (enterprise, "name_sort", "name_th"),
        (committee, "name_sort", "name"),
        (member, "full_name_sort", "full_name"),
        (meeting, "title_sort", "title"),
    ]
    with center_store.session() as session:
        for row, key, source in rows:
            stored = session.get_one(type(row), row.id)
            assert getattr(stored, key) == thai_sort_text(getattr(stored, source))
    with center_store.transaction() as session:
        session.get_one(Enterprise, enterprise.id).name_th = "แกลง"
        session.get_one(Meeting, meeting.id).attendees = 9  # another column: key unchanged
    with center_store.session() as session:
        assert session.get_one(Enterprise, enterprise.id).name_sort == thai_sort_text("แกลง")
        assert session.get_one(Meeting, meeting.id).title_sort == thai_sort_text("โครงการ")


def test_a_tombstone_keeps_its_sort_key(center_store: Store) -> None:
    _add_enterprises(center_store, ("ไก่",))
    with center_store.transaction() as session:
        row = session.scalars(select(Enterprise)).one()
        session.delete(row)
    with center_store.session() as session:
        row = session.scalars(select(Enterprise)).one()
        assert row.deleted is True
        assert row.name_sort == thai_sort_text("ไก่")


def test_bulk_rows_get_sort_keys_from_stamp_new_row(center_store: Store) -> None:
    clock = center_store.site_clock
    assert clock is not None
    values = stamp_new_row(
        {"name_th": "โรงงาน", "location": EnterpriseLocation.DOMESTIC.value}, clock, Enterprise
    )
    assert values["name_sort"] == thai_sort_text("โรงงาน")
    with center_store.transaction() as session:
        session.execute(insert(cast(Table, Enterprise.__table__)), [values])
    _add_enterprises(center_store, ("กา", "ไก่"))
    with center_store.session() as session:
        names = [row.values[0] for row in page(session, ListQuery(ListKind.ENTERPRISES), 0, 10)]
    assert names == ["กา", "ไก่", "โรงงาน"]
    # Without the model nothing is derived (the caller's own columns only).
    plain = stamp_new_row({"name_th": "ก"}, clock)
    assert "name_sort" not in plain


def test_an_update_around_the_orm_is_not_resorted(center_store: Store) -> None:
    """A Core UPDATE bypasses the flush hook: the sort key keeps the old name (documented)."""
    _add_enterprises(center_store, ("กา",))
    with center_store.transaction() as session:
        session.execute(update(Enterprise).values(name_th="ฮา"))
    with center_store.session() as session:
        row = session.scalars(select(Enterprise)).one()
    assert row.name_sort == thai_sort_text("กา")


@pytest.mark.parametrize(
    ("kind", "column", "values"),
    [
        (ListKind.COMMITTEE_MEMBERS, "full_name", ("เอกชัย รักงาน", "กมล ทองดี", "สมชาย ใจดี")),
        (ListKind.MEETINGS, "title", ("ไตรมาส 2", "การประชุม 1", "แผนงาน")),
    ],
)
def test_small_lists_sort_their_thai_columns(
    center_store: Store, kind: ListKind, column: str, values: tuple[str, ...]
) -> None:
    with center_store.transaction() as session:
        committee = Committee(center_id=11, kind=CommitteeKind.EXECUTIVE, name="คณะ")
        session.add(committee)
        session.flush()
        for value in values:
            if kind is ListKind.MEETINGS:
                session.add(
                    Meeting(
                        center_id=11,
                        kind=MeetingKind.EXECUTIVE,
                        held_on=date(2026, 1, 1),
                        title=value,
                    )
                )
            else:
                session.add(
                    CommitteeMember(
                        committee_id=committee.id, full_name=value, role=MemberRole.MEMBER
                    )
                )
    query = ListQuery(kind, sort=Sort(column))
    position = spec_for(kind).index_of(column)
    with center_store.session() as session:
        shown = [row.values[position] for row in page(session, query, 0, 10)]
    assert shown == thai_sorted(values)
