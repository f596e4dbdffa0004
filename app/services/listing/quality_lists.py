"""The knowledge bank (manual 1.4) and policy recommendations (7.2): their lists, and the
colleges x components grid of knowledge-bank statuses.

Small tables (four components per college, a few recommendations a year): searched with
LIKE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import ComponentStatus, KnowledgeComponent
from app.models.network import College
from app.models.quality import KnowledgeBankComponent, PolicyRecommendation
from app.services.listing import labels
from app.services.listing.kinds import equals, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec
from app.services.tabular.records import site_context

COMPONENT = table_of(KnowledgeBankComponent)
RECOMMENDATION = table_of(PolicyRecommendation)
COLLEGE = table_of(College)


def _knowledge_bank() -> ListSpec:
    return ListSpec(
        kind=ListKind.KNOWLEDGE_BANK,
        table=COMPONENT,
        columns=(
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
                keyset=True,
            ),
            Column(
                "component",
                lambda: QCoreApplication.translate("Lists", "Component"),
                COMPONENT.c.component,
                Display.CHOICE,
                sort=COMPONENT.c.component,
                labels=labels.knowledge_component,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Status"),
                COMPONENT.c.status,
                Display.CHOICE,
                sort=COMPONENT.c.status,
                labels=labels.component_status,
            ),
            Column(
                "updated_on",
                lambda: QCoreApplication.translate("Lists", "As of"),
                COMPONENT.c.updated_on,
                Display.DATE,
                sort=COMPONENT.c.updated_on,
            ),
            Column(
                "evidence",
                lambda: QCoreApplication.translate("Lists", "Evidence"),
                COMPONENT.c.evidence,
            ),
        ),
        default_sort=Sort("college"),
        joins=(Join(COLLEGE, COLLEGE.c.id == COMPONENT.c.college_id, outer=False),),
        filters={
            "college_id": equals(COMPONENT.c.college_id),
            "college_group": equals(COLLEGE.c.group),
            "knowledge_component": equals(COMPONENT.c.component),
            "component_status": equals(COMPONENT.c.status),
        },
        search_like=(COLLEGE.c.name_th, COMPONENT.c.evidence),
    )


def _policy_recommendations() -> ListSpec:
    return ListSpec(
        kind=ListKind.POLICY_RECOMMENDATIONS,
        table=RECOMMENDATION,
        columns=(
            Column(
                "fiscal_year",
                lambda: QCoreApplication.translate("Lists", "Fiscal year"),
                RECOMMENDATION.c.fiscal_year,
                Display.YEAR,
                sort=RECOMMENDATION.c.fiscal_year,
                keyset=True,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Recommendation"),
                RECOMMENDATION.c.title,
                sort=RECOMMENDATION.c.title,
                keyset=True,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Status"),
                RECOMMENDATION.c.status,
                Display.CHOICE,
                sort=RECOMMENDATION.c.status,
                labels=labels.recommendation_status,
            ),
            Column(
                "sent_on",
                lambda: QCoreApplication.translate("Lists", "Sent on"),
                RECOMMENDATION.c.sent_on,
                Display.DATE,
                sort=RECOMMENDATION.c.sent_on,
            ),
            Column(
                "evidence",
                lambda: QCoreApplication.translate("Lists", "Evidence"),
                RECOMMENDATION.c.evidence,
            ),
        ),
        default_sort=Sort("fiscal_year", descending=True),
        filters={
            "fiscal_year": equals(RECOMMENDATION.c.fiscal_year),
            "recommendation_status": equals(RECOMMENDATION.c.status),
            "center_id": equals(RECOMMENDATION.c.center_id),
        },
        search_like=(
            RECOMMENDATION.c.title,
            RECOMMENDATION.c.body,
            RECOMMENDATION.c.evidence,
        ),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.KNOWLEDGE_BANK: _knowledge_bank,
    ListKind.POLICY_RECOMMENDATIONS: _policy_recommendations,
}


# -- the colleges x components grid ------------------------------------------------------------
@dataclass(frozen=True)
class KnowledgeRow:
    """One college of the network and the status of each component (None: not recorded)."""

    college_id: int
    college: str
    statuses: tuple[ComponentStatus | None, ...]
    """In the order of ``KnowledgeComponent``."""

    @property
    def in_place(self) -> int:
        return sum(status is ComponentStatus.IN_PLACE for status in self.statuses)


def knowledge_grid(session: Session) -> list[KnowledgeRow]:
    """Every live college of this installation's network (all colleges without a center), by
    name, with the status of each of the four components."""
    center_id = site_context(session).center_id
    colleges = select(College.id, College.name_th).where(College.deleted.is_(False))
    if center_id is not None:
        colleges = colleges.where(College.center_id == center_id)
    found: dict[tuple[int, KnowledgeComponent], ComponentStatus] = {}
    for college_id, component, status in session.execute(
        select(
            KnowledgeBankComponent.college_id,
            KnowledgeBankComponent.component,
            KnowledgeBankComponent.status,
        ).where(KnowledgeBankComponent.deleted.is_(False))
    ):
        found[(college_id, KnowledgeComponent(component))] = ComponentStatus(status)
    return [
        KnowledgeRow(
            college_id,
            name,
            tuple(found.get((college_id, component)) for component in KnowledgeComponent),
        )
        for college_id, name in session.execute(colleges.order_by(College.name_sort))
    ]
