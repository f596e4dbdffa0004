"""Curricula, units of competency, course mappings: the form rules, the lists and the gap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.models.curriculum import CompetencyUnit, Curriculum, CurriculumUnit
from app.models.enums import Level, RevisionStatus
from app.services.competency_gap import LevelCount, curriculum_gap
from app.services.listing import ListFilters, ListKind, ListQuery, page
from app.services.records import InvalidRecord, RecordKind, open_form, record_spec, save_record
from app.services.records.curricula import (
    CompetencyUnitInput,
    CurriculumInput,
    CurriculumUnitInput,
)
from app.services.store import Store
from app.services.tabular.records import site_context


def _errors(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> dict:
    with store.session() as session:
        return {e.field: e.message for e in record_spec(kind).validate(session, data, record_id)}


def _subject(store: Store) -> int:
    with store.session() as session:
        subject_id = site_context(session).subject_id
    assert subject_id is not None
    return subject_id


def _curriculum(store: Store, **changes: Any) -> CurriculumInput:
    base = CurriculumInput(
        subject_id=_subject(store),
        level=Level.PVC.value,
        edition_year=2562,
        title="หลักสูตรประกาศนียบัตรวิชาชีพ พุทธศักราช 2562",
    )
    return replace(base, **changes)


# -- curricula ------------------------------------------------------------------------------
def test_a_new_curriculum_starts_with_this_centers_subject_and_the_2562_edition(
    center_store: Store,
) -> None:
    with center_store.session() as session:
        blank = open_form(session, RecordKind.CURRICULUM).data
    assert blank.subject_id == _subject(center_store)
    assert (blank.level, blank.edition_year) == ("pvc", 2562)


def test_a_curriculum_with_its_steps_in_order_saves_and_loads_back(center_store: Store) -> None:
    data = _curriculum(
        center_store,
        revision_status=RevisionStatus.APPROVED.value,
        revision_started_on="1/06/2567",
        enterprise_review_on="15/07/2567",
        board_approved_on="15/07/2567",  # the same day as the step before it is fine
        approved_on="1/03/2568",  # a skipped step (submitted) is fine
    )
    record_id, _step = save_record(center_store, RecordKind.CURRICULUM, data)
    with center_store.session() as session:
        loaded = open_form(session, RecordKind.CURRICULUM, record_id).data
        row = session.get_one(Curriculum, record_id)
        assert row.board_approved_on is not None and row.submitted_on is None
    assert loaded.approved_on == "01/03/2568"
    assert loaded.revision_started_on == "01/06/2567"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"revision_started_on": "1/6/2567", "enterprise_review_on": "31/5/2567"}, "enterprise"),
        ({"enterprise_review_on": "1/6/2567", "submitted_on": "1/5/2567"}, "submitted_on"),
        ({"revision_started_on": "1/6/2567", "board_approved_on": "1/1/2567"}, "board"),
    ],
)
def test_a_later_step_dated_before_an_earlier_one_is_refused(
    center_store: Store, changes: dict[str, str], field: str
) -> None:
    errors = _errors(center_store, RecordKind.CURRICULUM, _curriculum(center_store, **changes))
    names = {"enterprise": "enterprise_review_on", "board": "board_approved_on"}
    wanted = names.get(field, field)
    assert set(errors) == {wanted}
    assert "earlier step" in errors[wanted]


def test_an_approved_revision_needs_its_approval_date_after_the_steps(
    center_store: Store,
) -> None:
    approved = _curriculum(center_store, revision_status=RevisionStatus.APPROVED.value)
    errors = _errors(center_store, RecordKind.CURRICULUM, approved)
    assert set(errors) == {"approved_on"} and "required" in errors["approved_on"]
    early = replace(approved, submitted_on="1/6/2568", approved_on="1/3/2568")
    errors = _errors(center_store, RecordKind.CURRICULUM, early)
    assert set(errors) == {"approved_on"} and "earlier step" in errors["approved_on"]


def test_a_revision_under_way_keeps_the_approval_date_of_the_edition_in_use(
    center_store: Store,
) -> None:
    # The edition in use was approved in 2561; its revision started in 2568.
    revising = _curriculum(
        center_store,
        revision_status=RevisionStatus.REVISING.value,
        approved_on="15/12/2561",
        revision_started_on="1/3/2568",
    )
    assert _errors(center_store, RecordKind.CURRICULUM, revising) == {}
    current = _curriculum(center_store, approved_on="15/12/2561")
    assert _errors(center_store, RecordKind.CURRICULUM, current) == {}


def test_only_the_two_levels_and_editions_2500_to_2700(center_store: Store) -> None:
    bad = _curriculum(center_store, level=Level.BTECH.value, edition_year=2499, title=" ")
    errors = _errors(center_store, RecordKind.CURRICULUM, bad)
    assert set(errors) == {"level", "edition_year", "title"}
    assert "2500" in errors["edition_year"] and "2700" in errors["edition_year"]


def test_the_same_subject_level_and_edition_twice_is_refused(center_store: Store) -> None:
    first, _step = save_record(center_store, RecordKind.CURRICULUM, _curriculum(center_store))
    again = _curriculum(center_store, title="อีกชื่อหนึ่ง")
    assert set(_errors(center_store, RecordKind.CURRICULUM, again)) == {"edition_year"}
    assert _errors(center_store, RecordKind.CURRICULUM, again, first) == {}  # editing itself
    other_level = replace(again, level=Level.PVS.value, edition_year=2563)
    assert _errors(center_store, RecordKind.CURRICULUM, other_level) == {}


# -- units of competency --------------------------------------------------------------------
def test_a_tpqi_level_outside_1_to_8_is_refused(center_store: Store) -> None:
    for level in (0, 9):
        unit = CompetencyUnitInput(code="MCT-1", title="ติดตั้งระบบนิวแมติกส์", tpqi_level=level)
        errors = _errors(center_store, RecordKind.COMPETENCY_UNIT, unit)
        assert set(errors) == {"tpqi_level"}
        assert "from 1 to 8" in errors["tpqi_level"]
        assert str(level) not in errors["tpqi_level"].replace("1 to 8", "")


def test_a_unit_code_is_unique_whatever_its_case_and_spacing(center_store: Store) -> None:
    unit = CompetencyUnitInput(code="MCT-2-001", title="ติดตั้ง", tpqi_level=2)
    record_id, _step = save_record(center_store, RecordKind.COMPETENCY_UNIT, unit)
    twin = CompetencyUnitInput(code=" mct-2-001 ", title="อื่น", tpqi_level=3)
    errors = _errors(center_store, RecordKind.COMPETENCY_UNIT, twin)
    assert set(errors) == {"code"} and "already recorded" in errors["code"]
    with pytest.raises(InvalidRecord):
        save_record(center_store, RecordKind.COMPETENCY_UNIT, twin)
    assert _errors(center_store, RecordKind.COMPETENCY_UNIT, unit, record_id) == {}


# -- mappings and the gap -------------------------------------------------------------------
@pytest.fixture
def mapped(center_store: Store) -> dict[str, int]:
    """A curriculum mapping courses to A (twice) and B of standard S1; C (S1) and D (S2)
    are not mapped, nor is E (no standard)."""
    ids: dict[str, int] = {}
    with center_store.transaction() as session:
        curriculum = Curriculum(
            subject_id=site_context(session).subject_id,
            level=Level.PVS,
            edition_year=2563,
            title="หลักสูตร ปวส. 2563",
            revision_status=RevisionStatus.CURRENT,
        )
        session.add(curriculum)
        units = {
            "A": ("S1", 3),
            "B": ("S1", 4),
            "C": ("S1", 4),
            "D": ("S2", 2),
            "E": (None, 2),
            "F": ("S1", 5),
        }
        for key, (standard, level) in units.items():
            unit = CompetencyUnit(
                code=f"U-{key}", title=f"หน่วย {key}", tpqi_level=level, occupation_standard=standard
            )
            session.add(unit)
            session.flush()
            ids[key] = unit.id
        session.flush()
        ids["curriculum"] = curriculum.id
        for code, unit_key in (("30001", "A"), ("30002", "A"), ("30003", "B"), ("30004", "F")):
            session.add(
                CurriculumUnit(
                    curriculum_id=curriculum.id,
                    competency_unit_id=ids[unit_key],
                    course_code=code,
                    course_title=f"วิชา {code}",
                    deleted=unit_key == "F",  # a deleted mapping covers nothing
                )
            )
    return ids


def test_the_gap_is_the_units_of_the_mapped_standards_no_course_covers(
    center_store: Store, mapped: dict[str, int]
) -> None:
    with center_store.session() as session:
        gap = curriculum_gap(session, mapped["curriculum"])
    assert [unit.code for unit in gap.mapped] == ["U-A", "U-B"]
    assert [course.code for course in gap.mapped[0].courses] == ["30001", "30002"]
    assert [unit.code for unit in gap.gap] == ["U-C", "U-F"]
    assert gap.standards == ("S1",)
    assert gap.levels() == (
        LevelCount(3, 1, 0),
        LevelCount(4, 1, 1),
        LevelCount(5, 0, 1),
    )


def test_a_curriculum_without_mappings_has_no_gap(center_store: Store) -> None:
    record_id, _step = save_record(center_store, RecordKind.CURRICULUM, _curriculum(center_store))
    with center_store.session() as session:
        gap = curriculum_gap(session, record_id)
    assert gap.mapped == () and gap.gap == () and gap.levels() == ()


def test_the_same_course_mapped_to_the_same_unit_twice_is_refused(
    center_store: Store, mapped: dict[str, int]
) -> None:
    data = CurriculumUnitInput(mapped["curriculum"], mapped["A"], " 30001 ", "วิชา")
    errors = _errors(center_store, RecordKind.CURRICULUM_UNIT, data)
    assert set(errors) == {"course_code"} and "already mapped" in errors["course_code"]
    to_other_unit = replace(data, competency_unit_id=mapped["C"])
    record_id, _step = save_record(center_store, RecordKind.CURRICULUM_UNIT, to_other_unit)
    with center_store.session() as session:
        assert session.get_one(CurriculumUnit, record_id).course_code == "30001"
        gap = curriculum_gap(session, mapped["curriculum"])
    assert [unit.code for unit in gap.gap] == ["U-F"]


def test_a_new_mapping_on_a_curriculums_list_starts_with_that_curriculum(
    center_store: Store, mapped: dict[str, int]
) -> None:
    with center_store.session() as session:
        form = open_form(
            session, RecordKind.CURRICULUM_UNIT, preset={"curriculum_id": mapped["curriculum"]}
        )
    assert form.data.curriculum_id == mapped["curriculum"]
    assert [choice.name for choice in form.choices["competency_unit_id"]][:1] == ["U-A หน่วย A"]


def test_the_lists_show_steps_counts_and_filter_by_parent(
    center_store: Store, mapped: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        row = session.get_one(Curriculum, mapped["curriculum"])
        row.revision_started_on = row.enterprise_review_on = None
        row.board_approved_on = date(2025, 5, 1)
    with center_store.session() as session:
        curricula = page(session, ListQuery(ListKind.CURRICULA), 0, 10)
        units = page(session, ListQuery(ListKind.COMPETENCY_UNITS, search="U-C"), 0, 10)
        courses = page(
            session,
            ListQuery(ListKind.CURRICULUM_UNITS, ListFilters(curriculum_id=mapped["curriculum"])),
            0,
            10,
        )
        by_unit = page(
            session,
            ListQuery(ListKind.CURRICULUM_UNITS, ListFilters(competency_unit_id=mapped["A"])),
            0,
            10,
        )
        mapped_ids = set(session.scalars(select(CurriculumUnit.id)))
    (curriculum,) = curricula
    assert curriculum.values[5] == "board_approved" and curriculum.values[-1] == 3
    assert [row.values[0] for row in units] == ["U-C"]
    assert [row.values[1] for row in courses] == ["30001", "30002", "30003"]
    assert len(by_unit) == 2 and {row.id for row in courses} <= mapped_ids
