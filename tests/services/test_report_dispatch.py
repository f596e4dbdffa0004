"""Reports sent to the central office (1.2 and 1.3): recorded once per kind and year,
refused before the year begins or in the future, and counted by the scorecard."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.enums import SentReportKind
from app.services.kpi.scorecard import KpiStatus, scorecard
from app.services.report_dispatch import (
    dispatches,
    record_dispatch,
    remove_dispatch,
    save_dispatches,
)
from app.services.store import Store
from app.services.validation import FieldError

FY = 2569  # 1 Oct 2025 .. 30 Sep 2026
AFTER = date(2026, 11, 1)


def test_a_sent_report_meets_its_target_and_a_missing_one_does_not(
    center_store: Store,
) -> None:
    record_dispatch(
        center_store, SentReportKind.ENTERPRISE_SUMMARY, FY, date(2026, 3, 2), "ศธ 0601/123"
    )
    with center_store.session() as session:
        card = scorecard(session, FY, today=AFTER)
        sent = dispatches(session, FY)
    assert card.result("1.2.report").status is KpiStatus.MET
    assert card.result("1.3.report").status is KpiStatus.NOT_MET
    assert sent[SentReportKind.ENTERPRISE_SUMMARY].reference == "ศธ 0601/123"
    assert SentReportKind.MATCHING not in sent


def test_a_second_record_of_the_same_report_corrects_the_first(center_store: Store) -> None:
    record_dispatch(center_store, SentReportKind.MATCHING, FY, date(2026, 3, 2))
    record_dispatch(center_store, SentReportKind.MATCHING, FY, date(2026, 4, 9), " 12/2569 ")
    with center_store.session() as session:
        sent = dispatches(session, FY)
    assert len(sent) == 1
    assert sent[SentReportKind.MATCHING].sent_on == date(2026, 4, 9)
    assert sent[SentReportKind.MATCHING].reference == "12/2569"
    remove_dispatch(center_store, SentReportKind.MATCHING, FY)
    with center_store.session() as session:
        assert dispatches(session, FY) == {}
        assert scorecard(session, FY, today=AFTER).result("1.3.report").status is not (
            KpiStatus.MET
        )


@pytest.mark.parametrize(
    ("fiscal_year", "sent_on", "field"),
    [
        (FY, date(2025, 9, 30), "sent_on"),  # the day before the year begins
        (FY, date(2026, 11, 2), "sent_on"),  # after "today"
        (1999, date(2026, 3, 2), "fiscal_year"),  # a C.E. year
    ],
)
def test_impossible_dates_are_refused_in_thai(
    center_store: Store, thai_messages: None, fiscal_year: int, sent_on: date, field: str
) -> None:
    with pytest.raises(FieldError) as refused:
        record_dispatch(center_store, SentReportKind.MATCHING, fiscal_year, sent_on, today=AFTER)
    assert refused.value.field == field
    assert any("\u0e00" <= c <= "\u0e7f" for c in refused.value.message)
    with center_store.session() as session:
        assert dispatches(session, FY) == {}


def test_the_first_day_of_the_year_is_accepted(center_store: Store) -> None:
    record_dispatch(center_store, SentReportKind.MATCHING, FY, date(2025, 10, 1), today=AFTER)
    with center_store.session() as session:
        assert SentReportKind.MATCHING in dispatches(session, FY)


def test_a_refused_entry_writes_nothing_of_the_same_save(center_store: Store) -> None:
    with pytest.raises(FieldError):
        save_dispatches(
            center_store,
            FY,
            {
                SentReportKind.ENTERPRISE_SUMMARY: (date(2026, 3, 2), None),
                SentReportKind.MATCHING: (date(2026, 3, 2), "x" * 121),
            },
            today=AFTER,
        )
    with center_store.session() as session:
        assert dispatches(session, FY) == {}
