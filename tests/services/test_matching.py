"""Matching demand with supply: ranking, free capacity, partners and the capacity form's checks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlalchemy import select

from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    EnterpriseLocation,
    Level,
    Ownership,
    PlacementMode,
)
from app.models.matching import PlacementCapacity
from app.models.network import (
    Agreement,
    College,
    Enterprise,
    Subject,
    SupplyPlan,
    WorkforceDemand,
)
from app.services.listing.query import AgreementStatus
from app.services.matching import (
    Nearness,
    agreement_status,
    college_partners,
    demand_against_supply,
    enterprises_with_demand,
    suggest_colleges,
)
from app.services.records import InvalidRecord, RecordKind, open_form
from app.services.records.capacity import CapacityInput, save_capacity, validate_capacity
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year

YEAR = 2569
TODAY = date(2026, 1, 15)  # in fiscal year 2569


@dataclass
class Network:
    subject: int
    other_subject: int
    enterprise: int
    abroad: int
    demand: int
    colleges: dict[str, int]


def _college(name: str, province: str | None, **teaches: bool) -> College:
    return College(
        name_th=name,
        ownership=Ownership.PUBLIC,
        group=CollegeGroupCode.STANDARD,
        province_code=province,
        **teaches,
    )


def build_network(store: Store) -> Network:
    """An enterprise in Chon Buri (east) and colleges near and far, all teaching PVS robotics."""
    with store.transaction() as session:
        subject = Subject(name_th="หุ่นยนต์ทดสอบ")
        other = Subject(name_th="การโรงแรมทดสอบ")
        session.add_all([subject, other])
        colleges = {
            "chonburi": _college("วิทยาลัยเทคนิคชลบุรีทดสอบ", "20"),
            "rayong_small": _college("วิทยาลัยเทคนิคระยองเล็ก", "21"),
            "rayong_big": _college("วิทยาลัยเทคนิคระยองใหญ่", "21"),
            "bangkok": _college("วิทยาลัยเทคนิคกรุงเทพทดสอบ", "10"),
            "chiangmai": _college("วิทยาลัยเทคนิคเชียงใหม่ทดสอบ", "50"),
            "no_pvs": _college("วิทยาลัยไม่สอน ปวส.", "20", teaches_pvs=False),
            "gone": _college("วิทยาลัยที่ลบแล้ว", "20"),
            "other_subject": _college("วิทยาลัยสาขาอื่น", "20"),
        }
        session.add_all(colleges.values())
        enterprise = Enterprise(
            name_th="บริษัท ชลบุรีออโต จำกัด",
            location=EnterpriseLocation.DOMESTIC,
            province_code="20",
        )
        abroad = Enterprise(
            name_th="บริษัท โตเกียว จำกัด", location=EnterpriseLocation.ABROAD, country_code="JP"
        )
        session.add_all([enterprise, abroad])
        session.flush()
        graduates = {
            "chonburi": 10,
            "rayong_small": 5,
            "rayong_big": 30,
            "bangkok": 50,
            "chiangmai": 80,
            "no_pvs": 100,
            "gone": 100,
        }
        for key, count in graduates.items():
            session.add(
                SupplyPlan(
                    college_id=colleges[key].id,
                    subject_id=subject.id,
                    level=Level.PVS,
                    fiscal_year=YEAR,
                    planned_intake=count + 5,
                    expected_graduates=count,
                )
            )
        # Other years, levels and subjects never count.
        session.add_all(
            [
                SupplyPlan(
                    college_id=colleges["chonburi"].id,
                    subject_id=subject.id,
                    level=Level.PVS,
                    fiscal_year=YEAR + 1,
                    planned_intake=999,
                    expected_graduates=999,
                ),
                SupplyPlan(
                    college_id=colleges["chonburi"].id,
                    subject_id=subject.id,
                    level=Level.PVC,
                    fiscal_year=YEAR,
                    planned_intake=7,
                    expected_graduates=6,
                ),
                SupplyPlan(
                    college_id=colleges["other_subject"].id,
                    subject_id=other.id,
                    level=Level.PVS,
                    fiscal_year=YEAR,
                    planned_intake=40,
                    expected_graduates=40,
                ),
            ]
        )
        demand = WorkforceDemand(
            enterprise_id=enterprise.id,
            subject_id=subject.id,
            level=Level.PVS,
            fiscal_year=YEAR,
            positions=20,
        )
        session.add_all(
            [
                demand,
                WorkforceDemand(
                    enterprise_id=enterprise.id,
                    subject_id=subject.id,
                    level=Level.PVC,
                    fiscal_year=YEAR,
                    positions=4,
                ),
                WorkforceDemand(
                    enterprise_id=enterprise.id,
                    subject_id=subject.id,
                    level=Level.PVS,
                    fiscal_year=YEAR + 1,
                    positions=9,
                ),
                WorkforceDemand(
                    enterprise_id=abroad.id,
                    subject_id=subject.id,
                    level=Level.PVS,
                    fiscal_year=YEAR,
                    positions=3,
                ),
            ]
        )
        session.flush()
        session.delete(colleges["gone"])
        return Network(
            subject=subject.id,
            other_subject=other.id,
            enterprise=enterprise.id,
            abroad=abroad.id,
            demand=demand.id,
            colleges={key: college.id for key, college in colleges.items()},
        )


def _capacity(network: Network, college: str, seats: int, **changes: object) -> CapacityInput:
    data = CapacityInput(
        enterprise_id=network.enterprise,
        college_id=network.colleges[college],
        subject_id=network.subject,
        level=Level.PVS.value,
        fiscal_year=YEAR,
        mode=PlacementMode.DUAL.value,
        seats=seats,
    )
    return replace(data, **changes)


@pytest.fixture
def network(center_store: Store) -> Network:
    return build_network(center_store)


def test_demand_rows_show_the_networks_supply_and_what_is_open(
    center_store: Store, network: Network
) -> None:
    save_capacity(center_store, _capacity(network, "bangkok", 8))
    save_capacity(center_store, _capacity(network, "rayong_big", 5, mode="internship"))
    with center_store.session() as session:
        rows = demand_against_supply(session, network.enterprise, YEAR)
    assert [(row.level, row.positions) for row in rows] == [("pvc", 4), ("pvs", 20)]
    pvc, pvs = rows
    assert (pvc.planned_intake, pvc.expected_graduates, pvc.supplying_colleges) == (7, 6, 1)
    # The deleted college's supply is not the network's; every other college of PVS counts.
    assert pvs.expected_graduates == 10 + 5 + 30 + 50 + 80 + 100
    assert pvs.supplying_colleges == 6
    assert (pvs.recorded_seats, pvs.open_positions) == (13, 7)
    assert (pvc.recorded_seats, pvc.open_positions) == (0, 4)
    save_capacity(center_store, _capacity(network, "chiangmai", 30))
    with center_store.session() as session:
        pvs = demand_against_supply(session, network.enterprise, YEAR)[1]
    assert pvs.open_positions == 0  # never below zero
    with center_store.session() as session:
        assert demand_against_supply(session, network.enterprise, YEAR + 5) == []


def test_suggestions_rank_province_then_region_then_free_capacity(
    center_store: Store, network: Network
) -> None:
    with center_store.session() as session:
        rows = suggest_colleges(session, network.demand, as_of=TODAY)
    ids = {value: key for key, value in network.colleges.items()}
    assert [ids[row.college_id] for row in rows] == [
        "chonburi",
        "rayong_big",
        "rayong_small",
        "chiangmai",
        "bangkok",
    ]
    assert [row.nearness for row in rows] == [
        Nearness.SAME_PROVINCE,
        Nearness.SAME_REGION,
        Nearness.SAME_REGION,
        Nearness.OTHER_REGION,
        Nearness.OTHER_REGION,
    ]
    assert rows[0].expected_graduates == 10 and rows[0].planned_intake == 15
    assert rows[1].free_capacity == 30
    with center_store.session() as session:
        assert len(suggest_colleges(session, network.demand, limit=2, as_of=TODAY)) == 2


def test_recorded_seats_reduce_free_capacity_and_change_the_order(
    center_store: Store, network: Network
) -> None:
    save_capacity(center_store, _capacity(network, "rayong_big", 28))
    # Seats another enterprise recorded at the college count against its capacity too.
    save_capacity(center_store, _capacity(network, "chiangmai", 70, enterprise_id=network.abroad))
    # Other levels and years do not.
    save_capacity(center_store, _capacity(network, "bangkok", 40, fiscal_year=YEAR + 1))
    with center_store.session() as session:
        rows = {row.college_id: row for row in suggest_colleges(session, network.demand)}
    big = rows[network.colleges["rayong_big"]]
    assert (big.recorded_seats, big.seats_for_enterprise, big.free_capacity) == (28, 28, 2)
    far = rows[network.colleges["chiangmai"]]
    assert (far.recorded_seats, far.seats_for_enterprise, far.free_capacity) == (70, 0, 10)
    assert rows[network.colleges["bangkok"]].free_capacity == 50
    with center_store.session() as session:
        order = [row.college_id for row in suggest_colleges(session, network.demand)]
    colleges = network.colleges
    assert order[1:3] == [colleges["rayong_small"], colleges["rayong_big"]]
    assert order[3:] == [colleges["bangkok"], colleges["chiangmai"]]


def test_an_enterprise_abroad_has_no_distance_preference(
    center_store: Store, network: Network
) -> None:
    with center_store.session() as session:
        demand = session.scalars(
            select(WorkforceDemand.id).where(WorkforceDemand.enterprise_id == network.abroad)
        ).one()
        rows = suggest_colleges(session, demand)
    assert {row.nearness for row in rows} == {Nearness.ANY}
    assert [row.expected_graduates for row in rows] == [80, 50, 30, 10, 5]


def test_suggestions_flag_an_agreement_in_force(center_store: Store, network: Network) -> None:
    with center_store.transaction() as session:
        session.add_all(
            [
                Agreement(
                    kind=AgreementKind.MOU,
                    college_id=network.colleges["bangkok"],
                    enterprise_id=network.enterprise,
                    signed_on=date(2025, 1, 1),
                    expires_on=None,
                ),
                Agreement(  # expired
                    kind=AgreementKind.MOA,
                    college_id=network.colleges["chonburi"],
                    enterprise_id=network.enterprise,
                    signed_on=date(2020, 1, 1),
                    expires_on=date(2025, 1, 1),
                ),
                Agreement(  # another enterprise's
                    kind=AgreementKind.MOU,
                    college_id=network.colleges["rayong_big"],
                    enterprise_id=network.abroad,
                    signed_on=date(2025, 1, 1),
                ),
            ]
        )
    with center_store.session() as session:
        rows = suggest_colleges(session, network.demand, as_of=TODAY)
    flagged = {row.college_id for row in rows if row.agreement_in_force}
    assert flagged == {network.colleges["bangkok"]}
    with center_store.session() as session:
        earlier = suggest_colleges(session, network.demand, as_of=date(2024, 6, 1))
    assert network.colleges["chonburi"] in {r.college_id for r in earlier if r.agreement_in_force}


def test_an_unknown_or_deleted_demand_has_no_suggestions(
    center_store: Store, network: Network
) -> None:
    with center_store.transaction() as session:
        row = session.get(WorkforceDemand, network.demand)
        assert row is not None
        session.delete(row)
    with center_store.session() as session:
        assert suggest_colleges(session, network.demand) == []
        assert suggest_colleges(session, 999_999) == []


def test_partners_show_each_agreement_status_and_recorded_seats(
    center_store: Store, network: Network
) -> None:
    college = network.colleges["chonburi"]
    with center_store.transaction() as session:
        third = Enterprise(
            name_th="บริษัท ก่อสร้างทดสอบ", location=EnterpriseLocation.DOMESTIC, province_code="10"
        )
        session.add(third)
        session.flush()
        third_id = third.id
        spans = [
            (network.enterprise, date(2024, 1, 1), None),  # active
            (network.enterprise, date(2020, 1, 1), date(2024, 12, 31)),  # expired
            (network.abroad, date(2025, 1, 1), date(2026, 3, 1)),  # expiring (within 90 days)
            (third_id, date(2026, 6, 1), date(2028, 6, 1)),  # pending
        ]
        for enterprise, signed, expires in spans:
            session.add(
                Agreement(
                    kind=AgreementKind.MOA,
                    college_id=college,
                    enterprise_id=enterprise,
                    signed_on=signed,
                    expires_on=expires,
                )
            )
        session.add(  # another college's agreement is not this college's partner
            Agreement(
                kind=AgreementKind.MOU,
                college_id=network.colleges["bangkok"],
                enterprise_id=third_id,
                signed_on=date(2025, 1, 1),
            )
        )
        capacity_only = Enterprise(
            name_th="บริษัท ที่นั่งอย่างเดียว", location=EnterpriseLocation.DOMESTIC, province_code="20"
        )
        session.add(capacity_only)
        session.flush()
        capacity_only_id = capacity_only.id
    save_capacity(center_store, _capacity(network, "chonburi", 6))
    save_capacity(center_store, _capacity(network, "chonburi", 2, mode="wbl"))
    save_capacity(center_store, _capacity(network, "chonburi", 4, enterprise_id=capacity_only_id))
    save_capacity(center_store, _capacity(network, "chonburi", 9, fiscal_year=YEAR + 1))
    with center_store.session() as session:
        partners = college_partners(session, college, TODAY)
    by_enterprise: dict[int, list[AgreementStatus | None]] = {}
    for partner in partners:
        by_enterprise.setdefault(partner.enterprise_id, []).append(partner.status)
    assert by_enterprise == {
        network.enterprise: [AgreementStatus.ACTIVE, AgreementStatus.EXPIRED],  # newest first
        network.abroad: [AgreementStatus.EXPIRING],
        third_id: [AgreementStatus.PENDING],
        capacity_only_id: [None],
    }
    seats = {partner.enterprise_id: partner.seats for partner in partners}
    assert seats == {network.enterprise: 8, network.abroad: 0, third_id: 0, capacity_only_id: 4}
    lonely = next(p for p in partners if p.enterprise_id == capacity_only_id)
    assert lonely.agreement_id is None and lonely.kind is None and lonely.signed_on is None
    with center_store.session() as session:
        next_year = college_partners(session, college, TODAY, fiscal_year=YEAR + 1)
    assert {p.enterprise_id: p.seats for p in next_year}[network.enterprise] == 9
    assert capacity_only_id not in {p.enterprise_id for p in next_year}


def test_agreement_status_edges() -> None:
    day = date(2026, 1, 15)
    assert agreement_status(day, None, day) is AgreementStatus.ACTIVE
    assert agreement_status(date(2026, 1, 16), None, day) is AgreementStatus.PENDING
    assert agreement_status(date(2020, 1, 1), day, day) is AgreementStatus.EXPIRING
    assert agreement_status(date(2020, 1, 1), date(2026, 1, 14), day) is AgreementStatus.EXPIRED
    assert agreement_status(date(2020, 1, 1), date(2026, 4, 15), day) is AgreementStatus.EXPIRING
    assert agreement_status(date(2020, 1, 1), date(2026, 4, 16), day) is AgreementStatus.ACTIVE


def test_capacity_is_checked_field_by_field(center_store: Store, network: Network) -> None:
    bad = _capacity(
        network,
        "chonburi",
        0,
        enterprise_id=None,
        college_id=network.colleges["gone"],
        subject_id=999_999,
        level="phd",
        fiscal_year=2026,
        mode="remote",
    )
    with center_store.session() as session:
        errors = validate_capacity(session, bad)
    fields = [error.field for error in errors]
    assert fields == [
        "enterprise_id",
        "college_id",
        "subject_id",
        "level",
        "fiscal_year",
        "mode",
        "seats",
    ]
    assert all(error.message and "2026" not in error.message for error in errors)
    with center_store.session() as session:
        assert validate_capacity(session, _capacity(network, "chonburi", 3)) == []


def test_the_same_capacity_twice_is_refused_but_another_mode_is_not(
    center_store: Store, network: Network
) -> None:
    record_id, _step = save_capacity(center_store, _capacity(network, "chonburi", 3))
    with pytest.raises(InvalidRecord) as refused:
        save_capacity(center_store, _capacity(network, "chonburi", 5))
    assert [error.field for error in refused.value.errors] == ["mode"]
    save_capacity(center_store, _capacity(network, "chonburi", 5, mode="wbl"))
    # Editing the record itself is no duplicate.
    save_capacity(center_store, _capacity(network, "chonburi", 4), record_id)
    with center_store.session() as session:
        row = session.get(PlacementCapacity, record_id)
        assert row is not None and row.seats == 4


def test_capacity_is_linked_to_the_demand_it_answers(center_store: Store, network: Network) -> None:
    # Without a demand id, the enterprise's demand of the same subject, level and year.
    first, _ = save_capacity(center_store, _capacity(network, "chonburi", 3))
    # A demand id that does not fit what was chosen is not kept.
    with center_store.session() as session:
        pvc_demand = session.scalars(
            select(WorkforceDemand.id).where(
                WorkforceDemand.enterprise_id == network.enterprise,
                WorkforceDemand.level == Level.PVC,
            )
        ).one()
    second, _ = save_capacity(center_store, _capacity(network, "bangkok", 3, demand_id=pvc_demand))
    # No demand of that year: no link.
    third, _ = save_capacity(center_store, _capacity(network, "bangkok", 3, fiscal_year=YEAR + 3))
    with center_store.session() as session:
        links = [session.get(PlacementCapacity, i).demand_id for i in (first, second, third)]  # type: ignore[union-attr]
    assert links == [network.demand, network.demand, None]


def test_the_capacity_form_opens_with_this_years_blank_and_the_choices(
    center_store: Store, network: Network
) -> None:
    with center_store.session() as session:
        form = open_form(session, RecordKind.PLACEMENT_CAPACITY)
    assert form.data.seats == 1 and form.data.fiscal_year == current_fiscal_year()
    assert {c.record_id for c in form.choices["college_id"]} >= set(network.colleges.values()) - {
        network.colleges["gone"]
    }
    assert network.colleges["gone"] not in {c.record_id for c in form.choices["college_id"]}
    assert {"enterprise_id", "subject_id"} <= set(form.choices)


def test_the_enterprises_to_match_are_those_with_demand(
    center_store: Store, network: Network
) -> None:
    with center_store.transaction() as session:
        idle = Enterprise(name_th="บริษัท ไม่มีความต้องการ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add(idle)
        session.flush()
        idle_id = idle.id
        for demand in session.scalars(
            select(WorkforceDemand).where(WorkforceDemand.enterprise_id == network.abroad)
        ):
            session.delete(demand)
    with center_store.session() as session:
        listed = [row_id for row_id, _name in enterprises_with_demand(session)]
    assert listed == [network.enterprise]
    assert idle_id not in listed
