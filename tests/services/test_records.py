"""Records entered by hand: field-naming messages (English sources), saves, tombstones, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.network import Enterprise, Subject, WorkforceDemand
from app.services.records import (
    DemandInput,
    EnterpriseInput,
    InvalidRecord,
    RecordKind,
    delete_record,
    load_demand,
    load_enterprise,
    save_demand,
    save_enterprise,
    undo,
    validate_demand,
    validate_enterprise,
)
from app.services.store import Store

TOYOTA = EnterpriseInput(
    name_th="บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด",
    province="ฉะเชิงเทรา",
    phone="081-234-5678",
    email="hr@toyota.co.th",
)


def _fields(store: Store, data: EnterpriseInput | DemandInput) -> dict[str, str]:
    with store.session() as session:
        if isinstance(data, EnterpriseInput):
            errors = validate_enterprise(session, data)
        else:
            errors = validate_demand(session, data)
    return {error.field: error.message for error in errors}


def _subject_id(store: Store) -> int:
    with store.session() as session:
        subject = session.scalars(select(Subject.id)).first()
    assert subject is not None
    return subject


def _row(store: Store, record_id: int) -> Enterprise:
    with store.session() as session:
        row = session.get(Enterprise, record_id)
        assert row is not None
        session.expunge(row)
        return row


def test_a_valid_enterprise_has_no_errors(center_store: Store) -> None:
    assert _fields(center_store, TOYOTA) == {}


def test_messages_name_the_field_at_fault(center_store: Store) -> None:
    bad = EnterpriseInput(name_th=" ", province="Atlantis", phone="12", email="no-at-sign")
    fields = _fields(center_store, bad)
    assert set(fields) == {"name_th", "province", "phone", "email"}
    assert "Name (Thai)" in fields["name_th"]
    assert "Province" in fields["province"]
    assert "Phone number" in fields["phone"]
    assert "Email" in fields["email"]


def test_the_location_decides_province_and_country(center_store: Store) -> None:
    fields = _fields(center_store, EnterpriseInput(name_th="A", country_code="JP"))
    assert set(fields) == {"province", "country_code"}
    abroad = EnterpriseInput(name_th="B", location="abroad", province="ระยอง", country_code="TH")
    assert set(_fields(center_store, abroad)) == {"province", "country_code"}
    fine = EnterpriseInput(name_th="C", location="abroad", country_code="jp")
    assert _fields(center_store, fine) == {}


def test_save_edit_and_delete_make_a_tombstone(center_store: Store) -> None:
    record_id, _step = save_enterprise(center_store, TOYOTA)
    row = _row(center_store, record_id)
    assert row.province_code == "24" and row.country_code == "TH"
    assert row.phone == "+66812345678" and not row.deleted and row.hlc
    with center_store.session() as session:
        assert load_enterprise(session, record_id).province == "ฉะเชิงเทรา"

    edited = EnterpriseInput(name_th="บริษัท ใหม่ จำกัด", province="Chonburi")
    assert save_enterprise(center_store, edited, record_id)[0] == record_id
    assert _row(center_store, record_id).name_th == "บริษัท ใหม่ จำกัด"

    delete_record(center_store, RecordKind.ENTERPRISE, record_id)
    tombstone = _row(center_store, record_id)
    assert tombstone.deleted and tombstone.pending_send


def test_duplicates_are_refused(center_store: Store) -> None:
    save_enterprise(center_store, TOYOTA)
    copy = EnterpriseInput(name_th="  บริษัท โตโยต้า  มอเตอร์ ประเทศไทย จำกัด", province="10")
    with pytest.raises(InvalidRecord) as refused:
        save_enterprise(center_store, copy)
    assert refused.value.field == "name_th"
    assert "Name (Thai)" in refused.value.message

    enterprise_id = save_enterprise(center_store, EnterpriseInput(name_th="X", province="10"))[0]
    demand = DemandInput(enterprise_id, _subject_id(center_store), "pvs", 2569, 5)
    demand_id, _step = save_demand(center_store, demand)
    with pytest.raises(InvalidRecord) as again:
        save_demand(center_store, demand)
    assert again.value.field == "fiscal_year"
    assert save_demand(center_store, demand, demand_id)[0] == demand_id  # itself is no duplicate


def test_demand_checks_each_field(center_store: Store) -> None:
    fields = _fields(center_store, DemandInput(9999, 9999, "phd", 2400, 0))
    assert set(fields) == {"enterprise_id", "subject_id", "level", "fiscal_year", "positions"}
    assert "Fiscal year" in fields["fiscal_year"]
    assert "2500" in fields["fiscal_year"]


def test_undo_of_create_edit_and_delete(center_store: Store) -> None:
    record_id, created = save_enterprise(center_store, TOYOTA)
    assert created.before is None
    _same, edited = save_enterprise(
        center_store, EnterpriseInput(name_th="ชื่อใหม่", province="ระยอง"), record_id
    )
    undo(center_store, edited)
    row = _row(center_store, record_id)
    assert (row.name_th, row.province_code) == (TOYOTA.name_th, "24")

    deleted = delete_record(center_store, RecordKind.ENTERPRISE, record_id)
    assert _row(center_store, record_id).deleted
    undo(center_store, deleted)
    assert not _row(center_store, record_id).deleted

    undo(center_store, created)
    assert _row(center_store, record_id).deleted


def test_undo_of_a_demand_edit(center_store: Store) -> None:
    enterprise_id = save_enterprise(center_store, EnterpriseInput(name_th="Y", province="10"))[0]
    subject_id = _subject_id(center_store)
    demand_id, _step = save_demand(
        center_store, DemandInput(enterprise_id, subject_id, "pvc", 2569, 3, "note")
    )
    _same, step = save_demand(
        center_store, DemandInput(enterprise_id, subject_id, "pvc", 2569, 8), demand_id
    )
    undo(center_store, step)
    with center_store.session() as session:
        assert load_demand(session, demand_id).positions == 3
        row = session.get(WorkforceDemand, demand_id)
        assert row is not None and row.note == "note"


def _agreement_parties(store: Store) -> tuple[int, int]:
    from app.models.enums import CollegeGroupCode, Ownership
    from app.models.network import College

    enterprise_id = save_enterprise(store, EnterpriseInput(name_th="Y", province="10"))[0]
    with store.transaction() as session:
        college = College(
            name_th="วิทยาลัยเทคนิคชลบุรี",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.CVM,
        )
        session.add(college)
        session.flush()
        return college.id, enterprise_id


def test_agreement_messages_name_the_field(center_store: Store) -> None:
    from app.services.records import AgreementInput, validate_agreement

    college_id, enterprise_id = _agreement_parties(center_store)
    with center_store.session() as session:
        bad = AgreementInput("lease", 9999, 9999, "31/2/2568", "no date")
        fields = {e.field: e.message for e in validate_agreement(session, bad)}
        assert set(fields) == {"kind", "college_id", "enterprise_id", "signed_on", "expires_on"}
        assert "Signed on" in fields["signed_on"] and "Expires on" in fields["expires_on"]
        early = AgreementInput("moa", college_id, enterprise_id, "1/10/2568", "30/9/2568")
        fields = {e.field: e.message for e in validate_agreement(session, early)}
        assert set(fields) == {"expires_on"} and "Expires on" in fields["expires_on"]
        empty = AgreementInput("mou", college_id, enterprise_id, " ")
        assert [e.field for e in validate_agreement(session, empty)] == ["signed_on"]


def test_agreement_save_edit_delete_duplicate_and_undo(center_store: Store) -> None:
    from datetime import date

    from app.models.network import Agreement
    from app.services.records import AgreementInput, load_agreement, save_agreement

    college_id, enterprise_id = _agreement_parties(center_store)
    data = AgreementInput("mou", college_id, enterprise_id, "1 ต.ค. 2568", "30/9/2571", "ฝึกงาน")
    record_id, created = save_agreement(center_store, data)
    with center_store.session() as session:
        row = session.get(Agreement, record_id)
        assert row is not None
        assert (row.signed_on, row.expires_on) == (date(2025, 10, 1), date(2028, 9, 30))
        shown = load_agreement(session, record_id)
    assert (shown.signed_on, shown.expires_on) == ("01/10/2568", "30/09/2571")
    with pytest.raises(InvalidRecord) as refused:
        save_agreement(center_store, data)
    assert refused.value.field == "signed_on" and "Signed on" in refused.value.message
    assert save_agreement(center_store, shown, record_id)[0] == record_id  # itself is no duplicate

    changed = AgreementInput("moa", college_id, enterprise_id, "2/10/2568", dual_system=True)
    _same, edited = save_agreement(center_store, changed, record_id)
    undo(center_store, edited)
    deleted = delete_record(center_store, RecordKind.AGREEMENT, record_id)
    with center_store.session() as session:
        row = session.get(Agreement, record_id)
        assert row is not None and row.deleted and row.pending_send
        assert row.kind == "mou" and not row.dual_system
    undo(center_store, deleted)
    undo(center_store, created)
    with center_store.session() as session:
        row = session.get(Agreement, record_id)
        assert row is not None and row.deleted
