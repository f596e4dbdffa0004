"""Knowledge bank, indicators, self-assessment reports with scores, policy recommendations."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from app.models.enums import (
    CollegeGroupCode,
    ComponentStatus,
    KnowledgeComponent,
    RecommendationStatus,
)
from app.models.quality import (
    Indicator,
    IndicatorScore,
    KnowledgeBankComponent,
    PolicyRecommendation,
    SelfAssessment,
)
from app.services.demo import texts
from app.services.demo.context import DemoContext

GROUP_BONUS: dict[CollegeGroupCode, float] = {
    CollegeGroupCode.CVM: 0.8,
    CollegeGroupCode.EXCELLENT: 0.5,
    CollegeGroupCode.EXPERT: 0.2,
    CollegeGroupCode.STANDARD: 0.0,
}
IN_PLACE_CHANCE: dict[CollegeGroupCode, float] = {
    CollegeGroupCode.CVM: 1.0,
    CollegeGroupCode.EXCELLENT: 0.8,
    CollegeGroupCode.EXPERT: 0.5,
    CollegeGroupCode.STANDARD: 0.3,
}


def build_knowledge_bank(ctx: DemoContext) -> None:
    for college in ctx.colleges:
        for component in KnowledgeComponent:
            roll = ctx.rng.random()
            if roll < IN_PLACE_CHANCE[college.group]:
                status = ComponentStatus.IN_PLACE
            elif roll < 0.85:
                status = ComponentStatus.IN_PROGRESS
            else:
                status = ComponentStatus.NOT_STARTED
            started = status is not ComponentStatus.NOT_STARTED
            ctx.writer.add(
                KnowledgeBankComponent,
                {
                    "college_id": college.id,
                    "component": component.value,
                    "status": status.value,
                    "evidence": texts.KNOWLEDGE_EVIDENCE[component.value] if started else None,
                    "updated_on": ctx.day_between(ctx.window.first_day, ctx.today),
                },
            )


def build_self_assessments(ctx: DemoContext) -> None:
    """Indicators, then one SAR per college and fiscal year; scores only for received ones."""
    indicator_ids = [
        ctx.writer.add(
            Indicator,
            {
                "center_id": ctx.center_id,
                "code": code,
                "standard": standard,
                "title": title,
                "weight": Decimal(weight),
                "max_score": 5,
            },
        )
        for code, standard, title, weight in texts.INDICATORS
    ]
    for fy in ctx.window.fiscal_years:
        end = ctx.window.fy_range(fy)[1]
        for college in ctx.colleges:
            received = end + timedelta(days=ctx.rng.randint(-45, 30))
            received_on = None if received > ctx.today or ctx.chance(0.04) else received
            sar_id = ctx.writer.add(
                SelfAssessment,
                {"college_id": college.id, "fiscal_year": fy, "received_on": received_on},
            )
            if received_on is None:
                continue
            mean = 3.3 + GROUP_BONUS[college.group]
            for indicator_id in indicator_ids:
                score = min(5.0, max(1.0, ctx.rng.gauss(mean, 0.6)))
                ctx.writer.add(
                    IndicatorScore,
                    {
                        "self_assessment_id": sar_id,
                        "indicator_id": indicator_id,
                        "score": Decimal(round(score * 2) / 2).quantize(Decimal("0.01")),
                    },
                )


def build_recommendations(ctx: DemoContext) -> None:
    for fy in ctx.window.fiscal_years:
        end = ctx.window.fy_range(fy)[1]
        for title, body in ctx.rng.sample(texts.RECOMMENDATIONS, 2):
            sent = end - timedelta(days=ctx.rng.randint(5, 40))
            if sent > ctx.today:
                status, sent_on = RecommendationStatus.DRAFT, None
            else:
                acknowledged = sent + timedelta(days=30) <= ctx.today and ctx.chance(0.7)
                status = (
                    RecommendationStatus.ACKNOWLEDGED if acknowledged else RecommendationStatus.SENT
                )
                sent_on = sent
            ctx.writer.add(
                PolicyRecommendation,
                {
                    "center_id": ctx.center_id,
                    "fiscal_year": fy,
                    "title": title,
                    "body": body,
                    "evidence": "สรุปผลการประชุมผู้บริหารสถานศึกษาเครือข่ายและรายงาน SAR",
                    "status": status.value,
                    "sent_on": sent_on,
                },
            )
