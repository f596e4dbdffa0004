"""Self-assessment reports (manual 7.1): the indicator list and its refusals, a college's SAR
and its refusals, the colleges still missing a SAR, and the analysis across a hand-made
network of three colleges over two fiscal years."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import College
from app.models.quality import Indicator, IndicatorScore, SelfAssessment
from app.services.records.spec import InvalidRecord
from app.services.sar import (
    MAX_SCORING_RULE,
    IndicatorInput,
    SarInput,
    delete_indicator,
    delete_sar,
    indicators,
    load_indicator,
    missing_colleges,
    open_sar,
    sar_analysis,
    sar_year,
    save_indicator,
    save_sar,
    score_field,
)
from app.services.store import Store

FY = 2569
TODAY = date(2026, 11, 21)
HOST = 1


def _fields(error: InvalidRecord) -> list[str]:
    return [problem.field for problem in error.errors]


@pytest.fixture
def network(center_store: Store) -> dict[str, int]:
    """The host college, two more network colleges and one of another network."""
    with center_store.transaction() as session:
        host = session.get_one(College, HOST)

        def college(name: str, center_id: int) -> College:
            return College(
                name_th=name,
                ownership=Ownership.PUBLIC,
                group=CollegeGroupCode.STANDARD,
                center_id=center_id,
            )

        second = college("วิทยาลัยเทคนิคเครือข่ายสอง", host.center_id)
        third = college("วิทยาลัยเทคนิคเครือข่ายสาม", host.center_id)
        elsewhere = college("วิทยาลัยเทคนิคต่างเครือข่าย", host.center_id + 1)
        session.add_all([second, third, elsewhere])
        session.flush()
        return {"host": HOST, "second": second.id, "third": third.id, "elsewhere": elsewhere.id}


@pytest.fixture
def scale(center_store: Store) -> dict[str, int]:
    """Indicators A (weight 10, scale 5), B (weight 5, scale 4), C (weight 5, scale 5)."""
    return {
        code: save_indicator(
            center_store, IndicatorInput(code, "มาตรฐานที่ 1", f"ตัวชี้วัด {code}", Decimal(w), m)
        )
        for code, w, m in (("A", "10", 5), ("B", "5", 4), ("C", "5", 5))
    }


def _sar(
    store: Store, college_id: int, fy: int, scores: dict[int, str], received: str = "15/9/2569"
) -> int:
    return save_sar(store, SarInput(college_id, fy, received, scores), today=TODAY)


@pytest.fixture
def reports(center_store: Store, network: dict[str, int], scale: dict[str, int]) -> None:
    a, b, c = scale["A"], scale["B"], scale["C"]
    # fiscal year 2568: host and second received, third announced but not received
    _sar(center_store, HOST, FY - 1, {a: "3", b: "3"}, "1/9/2568")
    _sar(center_store, network["second"], FY - 1, {a: "2", b: "3"}, "2/9/2568")
    with center_store.transaction() as session:
        session.add(SelfAssessment(college_id=network["third"], fiscal_year=FY - 1))
    # fiscal year 2569: all three received
    _sar(center_store, HOST, FY, {a: "5", b: "2", c: "1"})
    _sar(center_store, network["second"], FY, {a: "3", b: "4"})
    _sar(center_store, network["third"], FY, {a: "4", b: ""})


# -- indicators ----------------------------------------------------------------------------
def test_indicators_are_listed_by_code_and_written_through_the_sync_hook(
    center_store: Store,
) -> None:
    for code in ("1.10", "1.2", "2.1"):
        save_indicator(center_store, IndicatorInput(code, "มาตรฐาน", "ชื่อ", Decimal("2.5"), 4))
    with center_store.session() as session:
        listed = indicators(session)
        assert [row.code for row in listed] == ["1.2", "1.10", "2.1"]
        assert listed[0].weight == Decimal("2.5") and listed[0].max_score == 4
        row = session.get_one(Indicator, listed[0].record_id)
        assert row.hlc and row.pending_send and row.center_id is not None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (IndicatorInput(" a ", "S", "T", Decimal(1), 5), "code"),  # duplicate, any case
        (IndicatorInput("", "S", "T", Decimal(1), 5), "code"),
        (IndicatorInput("Z", "", "T", Decimal(1), 5), "standard"),
        (IndicatorInput("Z", "S", "", Decimal(1), 5), "title"),
        (IndicatorInput("Z", "S", "T", Decimal(0), 5), "weight"),
        (IndicatorInput("Z", "S", "T", Decimal(-2), 5), "weight"),
        (IndicatorInput("Z", "S", "T", Decimal("0.001"), 5), "weight"),
        (IndicatorInput("Z", "S", "T", Decimal(1), 0), "max_score"),
        (IndicatorInput("Z" * 21, "S", "T", Decimal(1), 5), "code"),
    ],
)
def test_a_bad_indicator_is_refused(
    center_store: Store, scale: dict[str, int], data: IndicatorInput, field: str
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        save_indicator(center_store, data)
    assert field in _fields(refused.value)
    with center_store.session() as session:
        assert len(indicators(session)) == 3


def test_an_indicator_keeps_its_code_when_edited_and_its_scale_above_its_scores(
    center_store: Store, network: dict[str, int], scale: dict[str, int], reports: None
) -> None:
    save_indicator(center_store, IndicatorInput("A", "S", "ใหม่", Decimal(8), 5), scale["A"])
    with pytest.raises(InvalidRecord) as refused:  # host scored A 5 in 2569
        save_indicator(center_store, IndicatorInput("A", "S", "T", Decimal(8), 4), scale["A"])
    assert _fields(refused.value) == ["max_score"]
    with center_store.session() as session:
        row = session.get_one(Indicator, scale["A"])
        assert (row.title, row.weight, row.max_score) == ("ใหม่", Decimal(8), 5)


def test_deleting_an_indicator_deletes_its_scores(
    center_store: Store, scale: dict[str, int], reports: None
) -> None:
    delete_indicator(center_store, scale["B"])
    with center_store.session() as session:
        assert [row.code for row in indicators(session)] == ["A", "C"]
        live = session.scalars(
            select(IndicatorScore).where(
                IndicatorScore.indicator_id == scale["B"], IndicatorScore.deleted.is_(False)
            )
        ).all()
        assert live == []
        assert sar_analysis(session, FY).indicators[0].code == "A"


def test_an_indicator_keeps_its_scoring_rule(center_store: Store) -> None:
    rule = "5 = ทุกสถานศึกษาในเครือข่าย\r\n3 = ครึ่งหนึ่ง\r\n1 = ไม่มีเลย"
    record_id = save_indicator(
        center_store, IndicatorInput("1.1", "มาตรฐาน", "ชื่อ", Decimal(1), 5, f"  {rule}\n\n")
    )
    plain = "5 = ทุกสถานศึกษาในเครือข่าย\n3 = ครึ่งหนึ่ง\n1 = ไม่มีเลย"
    with center_store.session() as session:
        assert session.get_one(Indicator, record_id).scoring_rule == plain
        assert load_indicator(session, record_id).scoring_rule == plain
        assert indicators(session)[0].scoring_rule == plain
        assert open_sar(session, None).indicators[0].scoring_rule == plain
    # blanked: nothing is stored, and it reads back as empty text
    save_indicator(
        center_store, IndicatorInput("1.1", "มาตรฐาน", "ชื่อ", Decimal(1), 5, " \n "), record_id
    )
    with center_store.session() as session:
        assert session.get_one(Indicator, record_id).scoring_rule is None
        assert indicators(session)[0].scoring_rule == ""


def test_a_scoring_rule_longer_than_its_limit_is_refused(center_store: Store) -> None:
    longest = "ก" * MAX_SCORING_RULE
    record_id = save_indicator(
        center_store, IndicatorInput("1.1", "มาตรฐาน", "ชื่อ", Decimal(1), 5, longest)
    )
    with pytest.raises(InvalidRecord) as refused:
        save_indicator(
            center_store,
            IndicatorInput("1.1", "มาตรฐาน", "ชื่อ", Decimal(1), 5, longest + "ข"),
            record_id,
        )
    assert _fields(refused.value) == ["scoring_rule"]
    assert "ข" not in refused.value.message  # never repeats the value
    with center_store.session() as session:
        assert session.get_one(Indicator, record_id).scoring_rule == longest


# -- one SAR -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "score",
    ["4.5", "-1", "สาม", "2.125"],  # B's scale is 4
)
def test_a_score_outside_its_scale_or_not_a_number_is_refused(
    center_store: Store, network: dict[str, int], scale: dict[str, int], score: str
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        _sar(center_store, network["second"], FY, {scale["A"]: "4", scale["B"]: score})
    assert _fields(refused.value) == [score_field(scale["B"])]
    assert score not in refused.value.message  # never repeats the value
    with center_store.session() as session:
        assert session.scalars(select(SelfAssessment)).all() == []


def test_a_score_of_the_whole_scale_is_taken(
    center_store: Store, network: dict[str, int], scale: dict[str, int]
) -> None:
    sar_id = _sar(center_store, network["second"], FY, {scale["B"]: "4", scale["A"]: "0"})
    with center_store.session() as session:
        form = open_sar(session, sar_id)
    assert form.data.scores == {scale["B"]: "4", scale["A"]: "0"}
    assert form.data.received_on == "15/9/2569"


def test_a_college_outside_the_network_a_second_sar_and_a_future_day_are_refused(
    center_store: Store, network: dict[str, int], scale: dict[str, int]
) -> None:
    with pytest.raises(InvalidRecord) as refused:
        _sar(center_store, network["elsewhere"], FY, {})
    assert _fields(refused.value) == ["college_id"]
    first = _sar(center_store, network["second"], FY, {scale["A"]: "3"})
    with pytest.raises(InvalidRecord) as refused:
        _sar(center_store, network["second"], FY, {scale["A"]: "4"})
    assert _fields(refused.value) == ["college_id"]
    with pytest.raises(InvalidRecord) as refused:
        _sar(center_store, network["third"], FY, {}, received="22/11/2569")  # TODAY + 1
    assert _fields(refused.value) == ["received_on"]
    with pytest.raises(InvalidRecord) as refused:
        _sar(center_store, network["third"], FY, {}, received="31/2/2569")
    assert _fields(refused.value) == ["received_on"]
    # the stored report may be edited: a score is changed, one blanked, one added
    save_sar(
        center_store,
        SarInput(network["second"], FY, "1/8/2569", {scale["A"]: "", scale["B"]: "3.5"}),
        first,
        today=TODAY,
    )
    with center_store.session() as session:
        form = open_sar(session, first)
    assert form.data.scores == {scale["B"]: "3.5"}
    assert form.data.received_on == "1/8/2569"


def test_a_deleted_sar_can_be_entered_again(
    center_store: Store, network: dict[str, int], scale: dict[str, int]
) -> None:
    sar_id = _sar(center_store, network["second"], FY, {scale["A"]: "3"})
    delete_sar(center_store, sar_id)
    with center_store.session() as session:
        assert [c.record_id for c in missing_colleges(session, FY)].count(network["second"]) == 1
        tombstone = session.get_one(SelfAssessment, sar_id)
        assert tombstone.deleted
        assert (
            session.scalars(select(IndicatorScore).where(IndicatorScore.deleted.is_(False))).all()
            == []
        )
    again = _sar(center_store, network["second"], FY, {scale["B"]: "1"})
    with center_store.session() as session:
        form = open_sar(session, again)
        assert form.data.scores == {scale["B"]: "1"}
        assert network["second"] not in [c.record_id for c in missing_colleges(session, FY)]


# -- the year and the analysis ---------------------------------------------------------------
def test_missing_colleges_of_the_year(
    center_store: Store, network: dict[str, int], reports: None
) -> None:
    with center_store.session() as session:
        assert [c.record_id for c in missing_colleges(session, FY - 1)] == [network["third"]]
        assert missing_colleges(session, FY) == []
        assert len(missing_colleges(session, FY + 1)) == 3
        year = sar_year(session, FY - 1)
    third = next(c for c in year.colleges if c.college_id == network["third"])
    assert third.sar_id is not None and third.received_on is None
    assert third.weighted_total is None
    assert year.received == 2 and year.weight_sum == 20.0


def test_the_analysis_of_a_year(
    center_store: Store, network: dict[str, int], scale: dict[str, int], reports: None
) -> None:
    with center_store.session() as session:
        analysis = sar_analysis(session, FY)
    assert analysis.reports == 3
    stats = {row.code: row for row in analysis.indicators}
    a, b, c = stats["A"], stats["B"], stats["C"]
    assert (a.count, a.minimum, a.median, a.mean, a.maximum) == (3, 3.0, 4.0, 4.0, 5.0)
    assert (b.count, b.minimum, b.median, b.mean, b.maximum) == (2, 2.0, 3.0, 3.0, 4.0)
    assert (c.count, c.minimum, c.median, c.mean, c.maximum) == (1, 1.0, 1.0, 1.0, 1.0)
    assert a.share == pytest.approx(0.8) and b.share == pytest.approx(0.75)
    assert [row.code for row in analysis.weakest] == ["C", "B", "A"]
    # last year: A 3 and 2 (mean 2.5), B 3 and 3, C never scored
    assert a.previous_mean == 2.5 and a.change == pytest.approx(1.5)
    assert b.previous_mean == 3.0 and b.change == 0.0  # a true zero
    assert c.previous_mean is None and c.change is None  # never a false 0
    totals = {college.college_id: college.weighted_total for college in analysis.colleges}
    # host: 10*5/5 + 5*2/4 + 5*1/5; second: 10*3/5 + 5*4/4; third: 10*4/5 (B left unscored)
    assert totals == {HOST: 13.5, network["second"]: 11.0, network["third"]: 8.0}
    assert analysis.colleges[0].college_id == HOST
    assert analysis.weight_sum == 20.0


def test_no_change_is_shown_when_last_year_has_no_sar(
    center_store: Store, scale: dict[str, int], reports: None
) -> None:
    with center_store.session() as session:
        first_year = sar_analysis(session, FY - 1)
        empty_year = sar_analysis(session, FY + 1)
    assert first_year.previous_reports == 0
    assert all(row.change is None and row.previous_mean is None for row in first_year.indicators)
    assert first_year.reports == 2  # the third college's report was not received
    assert empty_year.reports == 0 and empty_year.weakest == []
    assert all(row.mean is None and row.change is None for row in empty_year.indicators)
    assert {row.code: row.previous_mean for row in empty_year.indicators} == {
        "A": 4.0,
        "B": 3.0,
        "C": 1.0,
    }
