"""Matching an enterprise's workforce demand with the network's supply (manual activity 1.3).

Plain functions over a Session that return frozen dataclasses of plain values. Every total
is an SQL aggregate; Python only orders the few result rows of one enterprise or college.

"Seats recorded" are the seats of live :class:`PlacementCapacity` rows: for a demand, those of
the same enterprise, subject, level and fiscal year; for a college, those of the same subject,
level and year from every enterprise. A college's free capacity is its expected graduates of
the year minus the seats already recorded for it (negative when more seats are promised).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from app.models.enums import AgreementKind, EnterpriseLocation, Level
from app.models.matching import PlacementCapacity
from app.models.network import Agreement, College, Enterprise, Subject, SupplyPlan, WorkforceDemand
from app.models.reference import Province
from app.services.listing.query import EXPIRING_WITHIN_DAYS, AgreementStatus
from app.services.thai.fiscal import fiscal_year_of

LEVEL_ORDER: tuple[Level, ...] = (Level.PVC, Level.PVS, Level.BTECH, Level.SHORT)

TEACHES: dict[Level, Any] = {
    Level.PVC: College.teaches_pvc,
    Level.PVS: College.teaches_pvs,
    Level.BTECH: College.teaches_btech,
    Level.SHORT: College.teaches_short,
}
"""The college flag that says it teaches a level."""


class Nearness(StrEnum):
    """Where a college lies from the enterprise; the order is the ranking order."""

    SAME_PROVINCE = "same_province"
    SAME_REGION = "same_region"
    OTHER_REGION = "other_region"
    ANY = "any"
    """The enterprise is abroad (or its province is not known): distance is no preference."""


@dataclass(frozen=True)
class DemandSupply:
    """One demand row of an enterprise against the network's supply of its subject and level."""

    demand_id: int
    enterprise_id: int
    subject_id: int
    subject_name: str
    level: str
    fiscal_year: int
    positions: int
    planned_intake: int
    """Planned intake of every live network college, same subject, level and year."""
    expected_graduates: int
    supplying_colleges: int
    recorded_seats: int
    """Seats already recorded for this enterprise, subject, level and year."""

    @property
    def open_positions(self) -> int:
        """Positions no recorded seat answers yet (never below zero)."""
        return max(self.positions - self.recorded_seats, 0)


@dataclass(frozen=True)
class CollegeSuggestion:
    """A college that could answer a demand, with its supply and what is already promised."""

    college_id: int
    college_name: str
    province_code: str | None
    region: str | None
    nearness: Nearness
    planned_intake: int
    expected_graduates: int
    recorded_seats: int
    """Seats recorded at this college for the subject, level and year, by every enterprise."""
    seats_for_enterprise: int
    """The part of ``recorded_seats`` this demand's enterprise recorded."""
    agreement_in_force: bool
    """An MOU or MOA between the college and the enterprise is in force on the day asked."""

    @property
    def free_capacity(self) -> int:
        return self.expected_graduates - self.recorded_seats


@dataclass(frozen=True)
class Partner:
    """An enterprise working with a college: one agreement (or none) and its recorded seats.

    An enterprise with recorded seats but no agreement has ``agreement_id`` None.
    """

    enterprise_id: int
    enterprise_name: str
    agreement_id: int | None
    kind: AgreementKind | None
    signed_on: date | None
    expires_on: date | None
    status: AgreementStatus | None
    seats: int
    """Seats the enterprise recorded at this college in the fiscal year asked."""


def enterprises_with_demand(session: Session) -> list[tuple[int, str]]:
    """(id, Thai name) of the live enterprises that have recorded demand, by name."""
    has_demand = exists().where(
        WorkforceDemand.enterprise_id == Enterprise.id, WorkforceDemand.deleted.is_(False)
    )
    rows = session.execute(
        select(Enterprise.id, Enterprise.name_th)
        .where(Enterprise.deleted.is_(False), has_demand)
        .order_by(Enterprise.name_sort)
    )
    return [(row_id, name) for row_id, name in rows]


def agreement_status(signed_on: date, expires_on: date | None, as_of: date) -> AgreementStatus:
    """Where an agreement stands on ``as_of`` (the rules of the agreement list)."""
    if signed_on > as_of:
        return AgreementStatus.PENDING
    if expires_on is None:
        return AgreementStatus.ACTIVE
    if expires_on < as_of:
        return AgreementStatus.EXPIRED
    if expires_on <= as_of + timedelta(days=EXPIRING_WITHIN_DAYS):
        return AgreementStatus.EXPIRING
    return AgreementStatus.ACTIVE


def in_force(as_of: date) -> Any:
    """The condition on ``Agreement`` of a live agreement in force on ``as_of``."""
    return and_(
        Agreement.deleted.is_(False),
        Agreement.signed_on <= as_of,
        or_(Agreement.expires_on.is_(None), Agreement.expires_on >= as_of),
    )


def _level_rank(level: str) -> int:
    return LEVEL_ORDER.index(Level(level))


def demand_against_supply(
    session: Session, enterprise_id: int, fiscal_year: int
) -> list[DemandSupply]:
    """Each live demand of the enterprise in ``fiscal_year`` against the network's supply."""
    demand = WorkforceDemand
    demanded_subjects = select(demand.subject_id).where(
        demand.deleted.is_(False),
        demand.enterprise_id == enterprise_id,
        demand.fiscal_year == fiscal_year,
    )
    supply = (
        select(
            SupplyPlan.subject_id,
            SupplyPlan.level,
            func.sum(SupplyPlan.planned_intake).label("intake"),
            func.sum(SupplyPlan.expected_graduates).label("graduates"),
            func.count(func.distinct(SupplyPlan.college_id)).label("colleges"),
        )
        .join(College, College.id == SupplyPlan.college_id)
        .where(
            SupplyPlan.deleted.is_(False),
            College.deleted.is_(False),
            SupplyPlan.fiscal_year == fiscal_year,
            SupplyPlan.subject_id.in_(demanded_subjects),
        )
        .group_by(SupplyPlan.subject_id, SupplyPlan.level)
        .subquery()
    )
    seats = (
        select(
            PlacementCapacity.subject_id,
            PlacementCapacity.level,
            func.sum(PlacementCapacity.seats).label("seats"),
        )
        .where(
            PlacementCapacity.deleted.is_(False),
            PlacementCapacity.enterprise_id == enterprise_id,
            PlacementCapacity.fiscal_year == fiscal_year,
        )
        .group_by(PlacementCapacity.subject_id, PlacementCapacity.level)
        .subquery()
    )
    rows = session.execute(
        select(
            demand.id,
            demand.subject_id,
            Subject.name_th,
            demand.level,
            demand.positions,
            func.coalesce(supply.c.intake, 0),
            func.coalesce(supply.c.graduates, 0),
            func.coalesce(supply.c.colleges, 0),
            func.coalesce(seats.c.seats, 0),
        )
        .join(Subject, Subject.id == demand.subject_id)
        .outerjoin(
            supply, and_(supply.c.subject_id == demand.subject_id, supply.c.level == demand.level)
        )
        .outerjoin(
            seats, and_(seats.c.subject_id == demand.subject_id, seats.c.level == demand.level)
        )
        .where(
            demand.deleted.is_(False),
            demand.enterprise_id == enterprise_id,
            demand.fiscal_year == fiscal_year,
        )
    ).all()
    result = [
        DemandSupply(
            demand_id=row[0],
            enterprise_id=enterprise_id,
            subject_id=row[1],
            subject_name=row[2],
            level=Level(row[3]).value,
            fiscal_year=fiscal_year,
            positions=row[4],
            planned_intake=int(row[5]),
            expected_graduates=int(row[6]),
            supplying_colleges=int(row[7]),
            recorded_seats=int(row[8]),
        )
        for row in rows
    ]
    return sorted(result, key=lambda r: (r.subject_name, _level_rank(r.level), r.demand_id))


def suggest_colleges(
    session: Session, demand_id: int, limit: int = 20, as_of: date | None = None
) -> list[CollegeSuggestion]:
    """Live colleges that teach the demand's level and plan supply of its subject in its year.

    Ranked nearest first (same province, same region, others; no preference for an
    enterprise abroad), then by free capacity (largest first), then by name.
    """
    day = as_of or date.today()
    found = session.execute(
        select(WorkforceDemand, Enterprise)
        .join(Enterprise, Enterprise.id == WorkforceDemand.enterprise_id)
        .where(WorkforceDemand.id == demand_id, WorkforceDemand.deleted.is_(False))
    ).first()
    if found is None:
        return []
    demand, enterprise = found
    level = Level(demand.level)
    supply = (
        select(
            SupplyPlan.college_id,
            func.sum(SupplyPlan.planned_intake).label("intake"),
            func.sum(SupplyPlan.expected_graduates).label("graduates"),
        )
        .where(
            SupplyPlan.deleted.is_(False),
            SupplyPlan.subject_id == demand.subject_id,
            SupplyPlan.level == level,
            SupplyPlan.fiscal_year == demand.fiscal_year,
        )
        .group_by(SupplyPlan.college_id)
        .subquery()
    )
    seats = (
        select(
            PlacementCapacity.college_id,
            func.sum(PlacementCapacity.seats).label("seats"),
            func.sum(
                case(
                    (PlacementCapacity.enterprise_id == enterprise.id, PlacementCapacity.seats),
                    else_=0,
                )
            ).label("mine"),
        )
        .where(
            PlacementCapacity.deleted.is_(False),
            PlacementCapacity.subject_id == demand.subject_id,
            PlacementCapacity.level == level,
            PlacementCapacity.fiscal_year == demand.fiscal_year,
        )
        .group_by(PlacementCapacity.college_id)
        .subquery()
    )
    home: Province | None = None
    if enterprise.location == EnterpriseLocation.DOMESTIC and enterprise.province_code:
        home = session.get(Province, enterprise.province_code)
    if home is None:
        rank: Any = literal(3)
    else:
        rank = case(
            (College.province_code == home.code, 0),
            (Province.region == home.region, 1),
            else_=2,
        )
    recorded = func.coalesce(seats.c.seats, 0)
    free = supply.c.graduates - recorded
    agreed = (
        exists()
        .where(Agreement.college_id == College.id, Agreement.enterprise_id == enterprise.id)
        .where(in_force(day))
    )
    rows = session.execute(
        select(
            College.id,
            College.name_th,
            College.province_code,
            Province.region,
            rank.label("rank"),
            supply.c.intake,
            supply.c.graduates,
            recorded,
            func.coalesce(seats.c.mine, 0),
            agreed.label("agreed"),
        )
        .join(supply, supply.c.college_id == College.id)
        .outerjoin(seats, seats.c.college_id == College.id)
        .outerjoin(Province, Province.code == College.province_code)
        .where(College.deleted.is_(False), TEACHES[level].is_(True))
        .order_by(rank, free.desc(), College.name_sort, College.id)
        .limit(limit)
    ).all()
    nearness = (Nearness.SAME_PROVINCE, Nearness.SAME_REGION, Nearness.OTHER_REGION, Nearness.ANY)
    return [
        CollegeSuggestion(
            college_id=row[0],
            college_name=row[1],
            province_code=row[2],
            region=row[3],
            nearness=nearness[row[4]],
            planned_intake=int(row[5] or 0),
            expected_graduates=int(row[6] or 0),
            recorded_seats=int(row[7]),
            seats_for_enterprise=int(row[8]),
            agreement_in_force=bool(row[9]),
        )
        for row in rows
    ]


def college_partners(
    session: Session, college_id: int, as_of: date, fiscal_year: int | None = None
) -> list[Partner]:
    """The enterprises a college works with: each live agreement (with its status on
    ``as_of``) and the seats recorded in ``fiscal_year`` (default: the year of ``as_of``);
    an enterprise with seats but no agreement gets one row without an agreement."""
    year = fiscal_year if fiscal_year is not None else fiscal_year_of(as_of)
    seats = (
        select(
            PlacementCapacity.enterprise_id,
            func.sum(PlacementCapacity.seats).label("seats"),
        )
        .where(
            PlacementCapacity.deleted.is_(False),
            PlacementCapacity.college_id == college_id,
            PlacementCapacity.fiscal_year == year,
        )
        .group_by(PlacementCapacity.enterprise_id)
        .subquery()
    )
    agreements = session.execute(
        select(
            Enterprise.id,
            Enterprise.name_th,
            Enterprise.name_sort,
            Agreement.id,
            Agreement.kind,
            Agreement.signed_on,
            Agreement.expires_on,
            func.coalesce(seats.c.seats, 0),
        )
        .join(Enterprise, Enterprise.id == Agreement.enterprise_id)
        .outerjoin(seats, seats.c.enterprise_id == Enterprise.id)
        .where(
            Agreement.college_id == college_id,
            Agreement.deleted.is_(False),
            Enterprise.deleted.is_(False),
        )
    ).all()
    with_agreement = {row[0] for row in agreements}
    capacity_only = session.execute(
        select(Enterprise.id, Enterprise.name_th, Enterprise.name_sort, seats.c.seats)
        .join(seats, seats.c.enterprise_id == Enterprise.id)
        .where(Enterprise.deleted.is_(False))
    ).all()
    keyed: list[tuple[tuple[str, int, int, int], Partner]] = []
    for row in agreements:
        signed, expires = row[5], row[6]
        partner = Partner(
            enterprise_id=row[0],
            enterprise_name=row[1],
            agreement_id=row[3],
            kind=AgreementKind(row[4]),
            signed_on=signed,
            expires_on=expires,
            status=agreement_status(signed, expires, as_of),
            seats=int(row[7]),
        )
        keyed.append(((row[2], row[0], -signed.toordinal(), row[3]), partner))
    for row in capacity_only:
        if row[0] in with_agreement:
            continue
        partner = Partner(row[0], row[1], None, None, None, None, None, int(row[3]))
        keyed.append(((row[2], row[0], 0, 0), partner))
    return [partner for _key, partner in sorted(keyed, key=lambda item: item[0])]
