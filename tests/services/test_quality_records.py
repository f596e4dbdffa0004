"""The knowledge bank (manual 1.4) and policy recommendations (7.2): forms, refusals, lists
and the colleges x components grid."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models.enums import ComponentStatus, KnowledgeComponent, RecommendationStatus
from app.models.network import College
from app.models.quality import KnowledgeBankComponent, PolicyRecommendation
from app.services.listing import ListFilters, ListKind, ListQuery, count, page
from app.services.listing.quality_lists import knowledge_grid
from app.services.records import InvalidRecord, RecordKind, open_form, save_record
from app.services.records.quality import KnowledgeComponentInput, RecommendationInput
from app.services.store import Store, open_store


def _refused(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> set[str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, kind, data, record_id)
    return {error.field for error in refused.value.errors}


@pytest.fixture
def college(center_store: Store) -> int:
    with center_store.session() as session:
        found = session.scalars(select(College.id).order_by(College.id)).first()
        assert found is not None
        return found


def _component(college: int, **values: Any) -> KnowledgeComponentInput:
    data = KnowledgeComponentInput(
        college_id=college,
        component="learning_system",
        status="in_place",
        evidence="ระบบ e-learning",
        updated_on="15/01/2569",
    )
    return replace(data, **values)


# -- knowledge bank ----------------------------------------------------------------------------
def test_a_component_saves_loads_back_and_fills_the_grid(center_store: Store, college: int) -> None:
    data = _component(college)
    record_id, _step = save_record(center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, data)
    with center_store.session() as session:
        row = session.get(KnowledgeBankComponent, record_id)
        assert row is not None
        assert row.updated_on == date(2026, 1, 15)
        assert open_form(session, RecordKind.KNOWLEDGE_BANK_COMPONENT, record_id).data == data
        grid = knowledge_grid(session)
    (row_of_college,) = [row for row in grid if row.college_id == college]
    assert row_of_college.statuses == (None, ComponentStatus.IN_PLACE, None, None)
    assert row_of_college.in_place == 1
    assert len(row_of_college.statuses) == len(KnowledgeComponent)


def test_the_same_component_twice_is_refused(center_store: Store, college: int) -> None:
    record_id, _step = save_record(
        center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, _component(college)
    )
    again = _component(college, status="in_progress")
    assert _refused(center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, again) == {"component"}
    save_record(center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, again, record_id)  # an edit
    other = _component(college, component="collaboration")
    save_record(center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, other)


def test_bad_components_are_refused_by_field(center_store: Store, college: int) -> None:
    bad = _component(
        999_999, component="roof", status="finished", updated_on="1/1/2650", evidence="x" * 4001
    )
    assert _refused(center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, bad) == {
        "college_id",
        "component",
        "status",
        "updated_on",
        "evidence",
    }


# -- policy recommendations --------------------------------------------------------------------
RECOMMENDATION = RecommendationInput(
    fiscal_year=2569,
    title="ขยายระบบทวิภาคี",
    body="เสนอให้ สอศ. สนับสนุนงบประมาณค่าตอบแทนครูฝึกในสถานประกอบการ",
    evidence="ตัวชี้วัด 6.1 ร้อยละ 62",
    status="sent",
    sent_on="20/09/2569",
)


def test_a_recommendation_saves_with_this_center_and_loads_back(
    center_store: Store, college: int
) -> None:
    record_id, _step = save_record(center_store, RecordKind.POLICY_RECOMMENDATION, RECOMMENDATION)
    with center_store.session() as session:
        row = session.get(PolicyRecommendation, record_id)
        college_row = session.get(College, college)
        assert row is not None and college_row is not None
        assert row.center_id == college_row.center_id
        assert (row.status, row.sent_on) == (RecommendationStatus.SENT, date(2026, 9, 20))
        loaded = open_form(session, RecordKind.POLICY_RECOMMENDATION, record_id).data
        assert loaded == RECOMMENDATION


def test_a_sent_recommendation_needs_its_sending_day(center_store: Store) -> None:
    unsent = replace(RECOMMENDATION, sent_on="")
    assert _refused(center_store, RecordKind.POLICY_RECOMMENDATION, unsent) == {"sent_on"}
    draft = replace(RECOMMENDATION, status="draft")  # the day typed is dropped for a draft
    record_id, _step = save_record(center_store, RecordKind.POLICY_RECOMMENDATION, draft)
    with center_store.session() as session:
        row = session.get(PolicyRecommendation, record_id)
        assert row is not None and row.sent_on is None


def test_bad_recommendations_are_refused_by_field(center_store: Store) -> None:
    bad = replace(RECOMMENDATION, fiscal_year=2000, title=" ", body="", status="lost")
    assert _refused(center_store, RecordKind.POLICY_RECOMMENDATION, bad) == {
        "fiscal_year",
        "title",
        "body",
        "status",
    }


def test_the_lists_filter_by_year_status_and_component(center_store: Store, college: int) -> None:
    save_record(center_store, RecordKind.POLICY_RECOMMENDATION, RECOMMENDATION)
    save_record(
        center_store,
        RecordKind.POLICY_RECOMMENDATION,
        replace(RECOMMENDATION, fiscal_year=2568, status="draft", title="อื่น", body="ทบทวนหลักสูตร"),
    )
    save_record(center_store, RecordKind.KNOWLEDGE_BANK_COMPONENT, _component(college))
    with center_store.session() as session:

        def rows(kind: ListKind, **filters: Any) -> int:
            return count(session, ListQuery(kind, ListFilters(**filters)))

        assert rows(ListKind.POLICY_RECOMMENDATIONS) == 2
        assert rows(ListKind.POLICY_RECOMMENDATIONS, fiscal_year=2569) == 1
        assert rows(ListKind.POLICY_RECOMMENDATIONS, fiscal_year=2567) == 0
        assert (
            rows(ListKind.POLICY_RECOMMENDATIONS, recommendation_status=RecommendationStatus.DRAFT)
            == 1
        )
        assert rows(ListKind.KNOWLEDGE_BANK, college_id=college) == 1
        assert rows(ListKind.KNOWLEDGE_BANK, component_status=ComponentStatus.NOT_STARTED) == 0
        assert (
            rows(ListKind.KNOWLEDGE_BANK, knowledge_component=KnowledgeComponent.LEARNING_SYSTEM)
            == 1
        )
        found = page(session, ListQuery(ListKind.POLICY_RECOMMENDATIONS, search="ครูฝึก"), 0, 9)
        assert len(found) == 1


# -- the demo network --------------------------------------------------------------------------
@pytest.fixture
def demo(demo_db_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_db_template.read_bytes())
    store = open_store(path)
    yield store
    store.close()


def test_the_demo_grid_has_every_network_college_with_four_statuses(demo: Store) -> None:
    with demo.session() as session:
        grid = knowledge_grid(session)
        colleges = session.scalars(select(College.id).where(College.deleted.is_(False))).all()
        for kind, list_kind in (
            (RecordKind.KNOWLEDGE_BANK_COMPONENT, ListKind.KNOWLEDGE_BANK),
            (RecordKind.POLICY_RECOMMENDATION, ListKind.POLICY_RECOMMENDATIONS),
        ):
            rows = page(session, ListQuery(list_kind), 0, 5)
            assert rows, kind
            for row in rows:
                assert open_form(session, kind, row.id).data is not None
    assert {row.college_id for row in grid} == set(colleges)
    assert all(None not in row.statuses for row in grid)
