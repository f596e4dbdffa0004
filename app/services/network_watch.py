"""The network watch of the home page (manual 1.3: every network college matched).

Two things a director acts on, judged on one day: agreements in force that end within
``EXPIRING_WITHIN_DAYS`` days (renew them) and live colleges with no agreement in force
(match them with an enterprise). Both are counted in SQL and only the first few rows are
read, with the same conditions as the agreements list filtered to "expiring" and the
colleges list filtered to "no agreement in force", so "Show all" lists what was counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session

from app.services.listing.kinds import (
    AGREEMENT,
    COLLEGE,
    ENTERPRISE,
    PROVINCE,
    agreement_in_force,
    agreement_status_conditions,
)
from app.services.listing.query import EXPIRING_WITHIN_DAYS, AgreementStatus

SHOWN_ROWS = 5
"""How many rows of each kind the watch reads (the panel links to the full lists)."""


@dataclass(frozen=True)
class ExpiringAgreement:
    agreement_id: int
    college_th: str
    enterprise_th: str
    kind: str
    """An ``AgreementKind`` value."""
    expires_on: date
    days_left: int
    """0 on the last day in force, ``EXPIRING_WITHIN_DAYS`` at most."""


@dataclass(frozen=True)
class UnmatchedCollege:
    college_id: int
    name_th: str
    province_th: str | None
    province_en: str | None


@dataclass(frozen=True)
class NetworkWatch:
    """What the watch found on ``as_of``; the row tuples hold the first few of each count."""

    as_of: date
    expiring_count: int
    expiring: tuple[ExpiringAgreement, ...]
    colleges: int
    """Live network colleges."""
    unmatched_count: int
    unmatched: tuple[UnmatchedCollege, ...]

    @property
    def matched(self) -> int:
        return self.colleges - self.unmatched_count

    @property
    def target_met(self) -> bool:
        """Every college has an agreement in force (and there is at least one college)."""
        return self.colleges > 0 and self.unmatched_count == 0


def _params(as_of: date) -> dict[str, Any]:
    return {"as_of": as_of, "expiring_until": as_of + timedelta(days=EXPIRING_WITHIN_DAYS)}


def _expiring(statement: Select[Any]) -> Select[Any]:
    return (
        statement.select_from(AGREEMENT)
        .join(COLLEGE, COLLEGE.c.id == AGREEMENT.c.college_id)
        .join(ENTERPRISE, ENTERPRISE.c.id == AGREEMENT.c.enterprise_id)
        .where(
            AGREEMENT.c.deleted == false(),
            agreement_status_conditions()[AgreementStatus.EXPIRING],
        )
    )


def _unmatched(statement: Select[Any]) -> Select[Any]:
    return statement.select_from(COLLEGE).where(
        COLLEGE.c.deleted == false(), ~agreement_in_force(COLLEGE.c.id)
    )


def network_watch(session: Session, as_of: date, limit: int = SHOWN_ROWS) -> NetworkWatch:
    """Agreements expiring within 90 days of ``as_of`` and colleges with none in force."""
    params = _params(as_of)
    expiring_count = session.execute(_expiring(select(func.count())), params).scalar_one()
    expiring_rows = session.execute(
        _expiring(
            select(
                AGREEMENT.c.id,
                COLLEGE.c.name_th,
                ENTERPRISE.c.name_th,
                AGREEMENT.c.kind,
                AGREEMENT.c.expires_on,
            )
        )
        .order_by(AGREEMENT.c.expires_on, COLLEGE.c.name_sort, AGREEMENT.c.id)
        .limit(limit),
        params,
    ).all()
    colleges = session.execute(
        select(func.count()).select_from(COLLEGE).where(COLLEGE.c.deleted == false())
    ).scalar_one()
    unmatched_count = session.execute(_unmatched(select(func.count())), params).scalar_one()
    unmatched_rows = session.execute(
        _unmatched(select(COLLEGE.c.id, COLLEGE.c.name_th, PROVINCE.c.name_th, PROVINCE.c.name_en))
        .outerjoin(PROVINCE, PROVINCE.c.code == COLLEGE.c.province_code)
        .order_by(COLLEGE.c.name_sort, COLLEGE.c.id)
        .limit(limit),
        params,
    ).all()
    return NetworkWatch(
        as_of=as_of,
        expiring_count=int(expiring_count),
        expiring=tuple(
            ExpiringAgreement(
                agreement_id=int(row_id),
                college_th=str(college),
                enterprise_th=str(enterprise),
                kind=str(kind),
                expires_on=expires_on,
                days_left=(expires_on - as_of).days,
            )
            for row_id, college, enterprise, kind, expires_on in expiring_rows
        ),
        colleges=int(colleges),
        unmatched_count=int(unmatched_count),
        unmatched=tuple(
            UnmatchedCollege(int(row_id), str(name), province_th, province_en)
            for row_id, name, province_th, province_en in unmatched_rows
        ),
    )
