"""Colleges, meetings, committees and members entered by hand: checks, saves, tombstones, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, CommitteeKind, MeetingKind, MemberRole, Ownership
from app.models.governance import Committee, CommitteeMember, Meeting
from app.models.network import Center, College
from app.models.site import Site
from app.services.records import (
    InvalidRecord,
    RecordKind,
    delete_record,
    open_form,
    record_spec,
    save_record,
    undo,
)
from app.services.records.college import CollegeInput
from app.services.records.committee import CommitteeInput, MemberInput, title_options
from app.services.records.meeting import MeetingInput
from app.services.store import Store
from app.services.validation import FieldError

CHONBURI = CollegeInput(
    name_th="วิทยาลัยเทคนิคชลบุรี",
    name_en="Chonburi Technical College",
    code="1320016101",
    ownership=Ownership.PUBLIC.value,
    group=CollegeGroupCode.EXPERT.value,
    province="ชลบุรี",
    address="เลขที่ 1 ถนนสุขุมวิท",
    phone="038 123 456",
    teaches_btech=True,
)
MEETING = MeetingInput(
    kind=MeetingKind.EXECUTIVE.value,
    held_on="1/10/2568",
    title="ประชุมคณะกรรมการบริหารศูนย์ ครั้งที่ 1/2569",
    attendees=12,
    minutes_path="/ไม่มี/บนเครื่องนี้/รายงานการประชุม.pdf",
)
BOARD = CommitteeInput(
    kind=CommitteeKind.EXECUTIVE.value,
    name="คณะกรรมการบริหารศูนย์ CVM",
    appointed_on="15/11/2568",
)


def _errors(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> set[str]:
    with store.session() as session:
        return {error.field for error in record_spec(kind).validate(session, data, record_id)}


def _messages(store: Store, kind: RecordKind, data: Any) -> dict[str, str]:
    with store.session() as session:
        return {e.field: e.message for e in record_spec(kind).validate(session, data, None)}


def _get(store: Store, model: type[Any], record_id: int) -> Any:
    with store.session() as session:
        row = session.get(model, record_id)
        assert row is not None
        session.expunge(row)
        return row


def _center_id(store: Store) -> int:
    with store.session() as session:
        return session.scalars(select(Center.id).where(Center.seq == 11)).one()


def _committee(store: Store) -> int:
    return save_record(store, RecordKind.COMMITTEE, BOARD)[0]


def _refused(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> set[str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, kind, data, record_id)
    return {error.field for error in refused.value.errors}


def _without_center(store: Store) -> None:
    with store.transaction() as session:
        site = session.scalars(select(Site).where(Site.is_local.is_(True))).one()
        site.center_uuid = None


# -- every kind ----------------------------------------------------------------------------
def test_every_kind_has_a_spec_whose_fields_are_its_input(center_store: Store) -> None:
    kinds = [kind for kind in RecordKind if kind is not RecordKind.PLACEMENT_CAPACITY]
    assert {RecordKind.COLLEGE, RecordKind.MEETING, RecordKind.COMMITTEE} <= set(kinds)
    with center_store.session() as session:
        for kind in kinds:
            spec = record_spec(kind)
            assert spec.kind is kind
            blank = spec.blank(session)
            missing = [name for name in spec.field_names if not hasattr(blank, name)]
            assert missing == [], kind
            assert all(spec.label(name) for name in spec.field_names)
            assert all(hasattr(spec.model, column) for column in spec.columns)
            new_title, edit_title = spec.titles()
            assert new_title and edit_title and new_title != edit_title


# -- colleges ------------------------------------------------------------------------------
def test_a_valid_college_saves_with_this_center_and_loads_back(center_store: Store) -> None:
    assert _errors(center_store, RecordKind.COLLEGE, CHONBURI) == set()
    record_id, _step = save_record(center_store, RecordKind.COLLEGE, CHONBURI)
    row = _get(center_store, College, record_id)
    assert row.center_id == _center_id(center_store)
    assert row.province_code == "20"
    assert row.phone == "+6638123456"
    assert row.group is CollegeGroupCode.EXPERT and row.teaches_btech and not row.offers_nonformal
    with center_store.session() as session:
        loaded = open_form(session, RecordKind.COLLEGE, record_id).data
    assert loaded == replace(CHONBURI, phone=loaded.phone)
    assert loaded.phone.replace(" ", "") == "038123456"


def test_college_problems_name_their_fields(center_store: Store) -> None:
    bad = CollegeInput(
        name_th=" ",
        code="x" * 21,
        ownership="state",
        group="gold",
        province="Atlantis",
        phone="12",
    )
    messages = _messages(center_store, RecordKind.COLLEGE, bad)
    assert set(messages) == {"name_th", "code", "ownership", "group", "province", "phone"}
    assert "Name (Thai)" in messages["name_th"]
    assert "College code" in messages["code"] and "20" in messages["code"]
    assert "Province" in messages["province"]
    assert _errors(center_store, RecordKind.COLLEGE, replace(CHONBURI, province="")) == {"province"}


def test_college_names_and_codes_are_unique_among_live_colleges(center_store: Store) -> None:
    record_id, _step = save_record(center_store, RecordKind.COLLEGE, CHONBURI)
    twin = replace(CHONBURI, name_th=" วิทยาลัยเทคนิค  ชลบุรี ", code="")
    assert _refused(center_store, RecordKind.COLLEGE, twin) == {"name_th"}
    same_code = replace(CHONBURI, name_th="วิทยาลัยการอาชีพบ้านบึง", code=" 1320016101 ")
    assert _refused(center_store, RecordKind.COLLEGE, same_code) == {"code"}
    # The college itself may keep its name and code when edited.
    assert _errors(center_store, RecordKind.COLLEGE, CHONBURI, record_id) == set()
    delete_record(center_store, RecordKind.COLLEGE, record_id)
    assert _errors(center_store, RecordKind.COLLEGE, twin) == set()


def test_college_edit_keeps_its_center_delete_is_a_tombstone_and_undo(
    center_store: Store,
) -> None:
    record_id, _step = save_record(center_store, RecordKind.COLLEGE, CHONBURI)
    with center_store.transaction() as session:
        row = session.get(College, record_id)
        assert row is not None
        row.center_id = None  # a college that came from elsewhere, with no center
    _id, step = save_record(
        center_store, RecordKind.COLLEGE, replace(CHONBURI, name_en="CTC"), record_id
    )
    assert _get(center_store, College, record_id).center_id is None
    undo(center_store, step)
    assert _get(center_store, College, record_id).name_en == "Chonburi Technical College"
    step = delete_record(center_store, RecordKind.COLLEGE, record_id)
    assert _get(center_store, College, record_id).deleted
    undo(center_store, step)
    assert not _get(center_store, College, record_id).deleted


# -- meetings ------------------------------------------------------------------------------
def test_a_meeting_saves_loads_and_stores_unknown_attendees_as_none(center_store: Store) -> None:
    assert _errors(center_store, RecordKind.MEETING, MEETING) == set()
    record_id, _step = save_record(center_store, RecordKind.MEETING, MEETING)
    row = _get(center_store, Meeting, record_id)
    assert row.held_on == date(2025, 10, 1)
    assert row.center_id == _center_id(center_store)
    assert row.attendees == 12 and row.minutes_path == MEETING.minutes_path
    with center_store.session() as session:
        assert open_form(session, RecordKind.MEETING, record_id).data == replace(
            MEETING, held_on="01/10/2568"
        )
    _id, step = save_record(
        center_store, RecordKind.MEETING, replace(MEETING, attendees=0, minutes_path=" "), record_id
    )
    row = _get(center_store, Meeting, record_id)
    assert row.attendees is None and row.minutes_path is None
    undo(center_store, step)
    assert _get(center_store, Meeting, record_id).attendees == 12


@pytest.mark.parametrize("held_on", ["", "31/9/2568", "1 Smarch 2568", "ไม่ทราบ"])
def test_a_meeting_needs_a_real_date(center_store: Store, held_on: str) -> None:
    messages = _messages(center_store, RecordKind.MEETING, replace(MEETING, held_on=held_on))
    assert set(messages) == {"held_on"}
    assert "Held on" in messages["held_on"]


def test_meeting_problems_name_their_fields(center_store: Store) -> None:
    bad = MeetingInput(kind="party", held_on="1/10/2568", title="", attendees=-1)
    assert _errors(center_store, RecordKind.MEETING, bad) == {"kind", "title", "attendees"}
    long_path = replace(MEETING, minutes_path="/" + "ก" * 5000)
    messages = _messages(center_store, RecordKind.MEETING, long_path)
    assert set(messages) == {"minutes_path"} and "4096" in messages["minutes_path"]
    spec = record_spec(RecordKind.MEETING)
    assert {f.name: f.max_length for f in spec.fields}["minutes_path"] == 4096


def test_the_same_meeting_twice_is_refused(center_store: Store) -> None:
    record_id, _step = save_record(center_store, RecordKind.MEETING, MEETING)
    again = replace(MEETING, title=MEETING.title.replace(" ", "  "), attendees=3)
    assert _refused(center_store, RecordKind.MEETING, again) == {"title"}
    # Another day or another kind of meeting is a different meeting.
    assert _errors(center_store, RecordKind.MEETING, replace(again, held_on="2/10/2568")) == set()
    directors = replace(again, kind=MeetingKind.DIRECTORS.value)
    assert _errors(center_store, RecordKind.MEETING, directors) == set()
    assert _errors(center_store, RecordKind.MEETING, again, record_id) == set()


def test_meeting_delete_makes_a_tombstone_and_undo_brings_it_back(center_store: Store) -> None:
    record_id, first = save_record(center_store, RecordKind.MEETING, MEETING)
    step = delete_record(center_store, RecordKind.MEETING, record_id)
    assert _get(center_store, Meeting, record_id).deleted
    with pytest.raises(FieldError), center_store.session() as session:
        open_form(session, RecordKind.MEETING, record_id)
    undo(center_store, step)
    assert not _get(center_store, Meeting, record_id).deleted
    undo(center_store, first)  # taking back the first save deletes the new meeting again
    assert _get(center_store, Meeting, record_id).deleted


def test_without_a_center_a_meeting_or_committee_gets_a_clear_message(
    center_store: Store,
) -> None:
    _without_center(center_store)
    for kind, data in ((RecordKind.MEETING, MEETING), (RecordKind.COMMITTEE, BOARD)):
        messages = _messages(center_store, kind, data)
        assert set(messages) == {"center_id"}
        assert "CVM center" in messages["center_id"]
        assert _refused(center_store, kind, data) == {"center_id"}
    # A college needs no center: it is saved without one.
    record_id, _step = save_record(center_store, RecordKind.COLLEGE, CHONBURI)
    assert _get(center_store, College, record_id).center_id is None


# -- committees and members ----------------------------------------------------------------
def test_a_committee_saves_edits_deletes_and_undoes(center_store: Store) -> None:
    assert _errors(center_store, RecordKind.COMMITTEE, BOARD) == set()
    record_id = _committee(center_store)
    row = _get(center_store, Committee, record_id)
    assert row.appointed_on == date(2025, 11, 15) and row.center_id == _center_id(center_store)
    with center_store.session() as session:
        loaded = open_form(session, RecordKind.COMMITTEE, record_id).data
    assert loaded == replace(BOARD, appointed_on="15/11/2568")
    _id, step = save_record(
        center_store, RecordKind.COMMITTEE, replace(loaded, appointed_on=""), record_id
    )
    assert _get(center_store, Committee, record_id).appointed_on is None
    undo(center_store, step)
    assert _get(center_store, Committee, record_id).appointed_on == date(2025, 11, 15)
    step = delete_record(center_store, RecordKind.COMMITTEE, record_id)
    assert _get(center_store, Committee, record_id).deleted
    undo(center_store, step)
    assert not _get(center_store, Committee, record_id).deleted


def test_committee_problems_and_duplicates(center_store: Store) -> None:
    bad = CommitteeInput(kind="secret", name=" ", appointed_on="32/1/2568")
    messages = _messages(center_store, RecordKind.COMMITTEE, bad)
    assert set(messages) == {"kind", "name", "appointed_on"}
    assert "Appointed on" in messages["appointed_on"]
    record_id = _committee(center_store)
    twin = replace(BOARD, name="คณะกรรมการบริหารศูนย์  cvm", appointed_on="")
    assert _refused(center_store, RecordKind.COMMITTEE, twin) == {"name"}
    assert _errors(center_store, RecordKind.COMMITTEE, twin, record_id) == set()


def test_a_member_saves_with_a_controlled_title_and_loads_back(center_store: Store) -> None:
    committee_id = _committee(center_store)
    with center_store.session() as session:
        form = open_form(session, RecordKind.COMMITTEE_MEMBER)
    assert form.data.committee_id == committee_id
    assert [choice.record_id for choice in form.choices["committee_id"]] == [committee_id]
    member = replace(
        form.data,
        title_code="acting_sub_lt",
        full_name="สมชาย ใจดี",
        organisation="บริษัท ก จำกัด",
        role=MemberRole.CHAIR.value,
    )
    record_id, step = save_record(center_store, RecordKind.COMMITTEE_MEMBER, member)
    row = _get(center_store, CommitteeMember, record_id)
    assert (row.title_code, row.role, row.committee_id) == (
        "acting_sub_lt",
        MemberRole.CHAIR,
        committee_id,
    )
    with center_store.session() as session:
        assert open_form(session, RecordKind.COMMITTEE_MEMBER, record_id).data == member
    _id, edit = save_record(
        center_store, RecordKind.COMMITTEE_MEMBER, replace(member, title_code=""), record_id
    )
    assert _get(center_store, CommitteeMember, record_id).title_code is None
    undo(center_store, edit)
    assert _get(center_store, CommitteeMember, record_id).title_code == "acting_sub_lt"
    deleted = delete_record(center_store, RecordKind.COMMITTEE_MEMBER, record_id)
    assert _get(center_store, CommitteeMember, record_id).deleted
    undo(center_store, deleted)
    assert not _get(center_store, CommitteeMember, record_id).deleted
    undo(center_store, step)
    assert _get(center_store, CommitteeMember, record_id).deleted


def test_member_problems_and_duplicates(center_store: Store) -> None:
    bad = MemberInput(committee_id=None, title_code="king", full_name="", role="boss")
    fields = _errors(center_store, RecordKind.COMMITTEE_MEMBER, bad)
    assert fields == {"committee_id", "title_code", "full_name", "role"}
    committee_id = _committee(center_store)
    member = MemberInput(committee_id=committee_id, full_name="สมชาย ใจดี")
    save_record(center_store, RecordKind.COMMITTEE_MEMBER, member)
    twin = replace(member, full_name=" สมชาย  ใจดี", title_code="mr")
    assert _refused(center_store, RecordKind.COMMITTEE_MEMBER, twin) == {"full_name"}
    other = save_record(
        center_store, RecordKind.COMMITTEE, replace(BOARD, name="คณะกรรมการที่ปรึกษา")
    )[0]
    assert _errors(
        center_store, RecordKind.COMMITTEE_MEMBER, replace(twin, committee_id=other)
    ) == (set())
    delete_record(center_store, RecordKind.COMMITTEE, committee_id)
    assert _errors(center_store, RecordKind.COMMITTEE_MEMBER, replace(twin, full_name="ก")) == {
        "committee_id"
    }


def test_title_options_offer_no_title_first_then_every_controlled_title() -> None:
    options = title_options()
    codes = list(options)
    assert codes[0] == "" and {"mr", "mrs", "miss", "acting_sub_lt"} <= set(codes)
    assert "นาย" in options["mr"] and len(set(options.values())) == len(options)
