"""Knowledge bank, self-assessment reports and policy recommendations (1.4, 7.1-7.2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import ComponentStatus, KnowledgeComponent, RecommendationStatus


class KnowledgeBankComponent(SyncedBase):
    """One of the four components of the vocational knowledge bank at a college."""

    __tablename__ = "knowledge_bank_component"
    sync_order = 30

    college_id: Mapped[int] = ref("college.id")
    component: Mapped[KnowledgeComponent] = choice(KnowledgeComponent)
    status: Mapped[ComponentStatus] = choice(ComponentStatus)
    evidence: Mapped[str | None] = mapped_column(Text)
    updated_on: Mapped[date | None] = mapped_column(Date)


class Indicator(SyncedBase):
    """A standard's indicator used to score self-assessment reports."""

    __tablename__ = "indicator"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    code: Mapped[str] = mapped_column(String(20))
    standard: Mapped[str] = mapped_column(String(250))
    title: Mapped[str] = mapped_column(String(300))
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    max_score: Mapped[int] = mapped_column(Integer, default=5)
    scoring_rule: Mapped[str | None] = mapped_column(Text)
    """How a college earns each score (e.g. "5 = every college ... 1 = none"); None: not set."""


class SelfAssessment(SyncedBase):
    """A network college's self-assessment report (SAR) for a fiscal year."""

    __tablename__ = "self_assessment"
    __table_args__ = (UniqueConstraint("college_id", "fiscal_year", name="college_year"),)
    sync_order = 40

    college_id: Mapped[int] = ref("college.id")
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    received_on: Mapped[date | None] = mapped_column(Date)


class IndicatorScore(SyncedBase):
    __tablename__ = "indicator_score"
    sync_order = 50

    self_assessment_id: Mapped[int] = ref("self_assessment.id")
    indicator_id: Mapped[int] = ref("indicator.id")
    score: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class PolicyRecommendation(SyncedBase):
    __tablename__ = "policy_recommendation"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RecommendationStatus] = choice(RecommendationStatus)
    sent_on: Mapped[date | None] = mapped_column(Date)
