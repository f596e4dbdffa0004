"""The network: subjects, centers, colleges, enterprises, demand, supply and agreements."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    EnterpriseLocation,
    EnterpriseSize,
    Level,
    Ownership,
)


class Subject(SyncedBase):
    """An excellent subject (สาขาวิชาที่มีความเป็นเลิศ)."""

    __tablename__ = "subject"
    sync_order = 10

    name_th: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str | None] = mapped_column(String(200))


class College(SyncedBase):
    """A network college (สถานศึกษาเครือข่าย), public or private."""

    __tablename__ = "college"
    __table_args__ = (Index("ix_college_deleted_name_sort", "deleted", "name_sort"),)
    # Derived columns the sync stamp fills: sort key column -> Thai text it is made from.
    __sort_keys__: ClassVar[dict[str, str]] = {"name_sort": "name_th"}
    sync_order = 20

    name_th: Mapped[str] = mapped_column(String(200), index=True)
    name_en: Mapped[str | None] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(20))
    ownership: Mapped[Ownership] = choice(Ownership)
    group: Mapped[CollegeGroupCode] = choice(CollegeGroupCode, index=True)
    province_code: Mapped[str | None] = ref("province.code", nullable=True)
    center_id: Mapped[int | None] = ref("center.id", nullable=True)
    teaches_pvc: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    teaches_pvs: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    teaches_btech: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    teaches_short: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    offers_formal: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    offers_nonformal: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    offers_dual: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))
    # thai_sort_text(name_th): plain binary order is Thai dictionary order (at most 4n+1 chars).
    name_sort: Mapped[str] = mapped_column(String(801), server_default=text("''"))


class Center(SyncedBase):
    """A CVM center: one per excellent subject, hosted by a college."""

    __tablename__ = "center"
    sync_order = 15

    seq: Mapped[int] = mapped_column(Integer, unique=True, comment="line in the 101-center list")
    established_fy: Mapped[int] = mapped_column(Integer, comment="fiscal year (B.E.) announced")
    subject_id: Mapped[int] = ref("subject.id")
    host_college_name: Mapped[str] = mapped_column(String(200))


class Enterprise(SyncedBase):
    """An enterprise (สถานประกอบการ) at home or abroad."""

    __tablename__ = "enterprise"
    __table_args__ = (Index("ix_enterprise_deleted_name_sort", "deleted", "name_sort"),)
    __sort_keys__: ClassVar[dict[str, str]] = {"name_sort": "name_th"}
    sync_order = 20

    name_th: Mapped[str] = mapped_column(String(250), index=True)
    name_en: Mapped[str | None] = mapped_column(String(250))
    location: Mapped[EnterpriseLocation] = choice(EnterpriseLocation)
    country_code: Mapped[str] = mapped_column(String(2), default="TH", server_default="TH")
    province_code: Mapped[str | None] = ref("province.code", nullable=True)
    industry: Mapped[str | None] = mapped_column(String(120))
    size: Mapped[EnterpriseSize | None] = choice(EnterpriseSize, nullable=True)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    name_sort: Mapped[str] = mapped_column(String(1001), server_default=text("''"))


class WorkforceDemand(SyncedBase):
    """How many people of a level an enterprise needs in a fiscal year."""

    __tablename__ = "workforce_demand"
    sync_order = 30

    enterprise_id: Mapped[int] = ref("enterprise.id")
    subject_id: Mapped[int] = ref("subject.id")
    level: Mapped[Level] = choice(Level)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    positions: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class SupplyPlan(SyncedBase):
    """A college's planned intake and expected graduates of one level in a fiscal year."""

    __tablename__ = "supply_plan"
    sync_order = 30

    college_id: Mapped[int] = ref("college.id")
    subject_id: Mapped[int] = ref("subject.id")
    level: Mapped[Level] = choice(Level)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    planned_intake: Mapped[int] = mapped_column(Integer)
    expected_graduates: Mapped[int] = mapped_column(Integer)


class Agreement(SyncedBase):
    """An MOU or MOA between a network college and an enterprise."""

    __tablename__ = "agreement"
    sync_order = 30

    kind: Mapped[AgreementKind] = choice(AgreementKind)
    college_id: Mapped[int] = ref("college.id")
    enterprise_id: Mapped[int] = ref("enterprise.id")
    signed_on: Mapped[date] = mapped_column(Date, index=True)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    scope: Mapped[str | None] = mapped_column(Text)
    dual_system: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
