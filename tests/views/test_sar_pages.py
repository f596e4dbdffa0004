"""The self-assessment pages by keyboard: enter a college's SAR (a score outside its scale is
refused, then corrected), see it received with its weighted total, delete it; add an
indicator and read the analysis of the year."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import College
from app.models.quality import Indicator, IndicatorScore, SelfAssessment
from app.services.listing.query import ListFilters
from app.services.sar import (
    MAX_SCORING_RULE,
    IndicatorInput,
    SarInput,
    open_sar,
    save_indicator,
    save_sar,
)
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import current_fiscal_year
from app.views import messages
from app.views.i18n import LanguageManager
from app.views.main_window import MainWindow
from app.views.runner import TaskRunner
from app.views.sar_pages import (
    RULE_CELL_CHARS,
    RULE_COLUMN,
    IndicatorDialog,
    IndicatorsPage,
    SarDialog,
    SarPage,
    make_pages,
    rule_cell,
)

WAIT_MS = 20_000
SECOND = "วิทยาลัยเทคนิคเครือข่ายสอง"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focused(), key)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


@pytest.fixture
def network(center_store: Store) -> dict[str, int]:
    with center_store.transaction() as session:
        host = session.get_one(College, 1)
        second = College(
            name_th=SECOND,
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=host.center_id,
        )
        session.add(second)
        session.flush()
        ids = {"host": host.id, "second": second.id}
    ids["A"] = save_indicator(
        center_store, IndicatorInput("1.1", "ม.1", "ตัวชี้วัดหนึ่ง", Decimal(10), 5)
    )
    ids["B"] = save_indicator(center_store, IndicatorInput("1.2", "ม.1", "ตัวชี้วัดสอง", Decimal(5), 4))
    return ids


def _shown(qtbot: QtBot, page: SarPage | IndicatorsPage, runner: TaskRunner) -> None:
    page.follow_fiscal_year(current_fiscal_year())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    page.activateWindow()


@pytest.fixture
def sar_page(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    network: dict[str, int],
) -> Iterator[SarPage]:
    made = make_pages(center_store, runner, None)[0]  # type: ignore[arg-type]
    assert isinstance(made, SarPage)
    _shown(qtbot, made, runner)
    yield made
    made.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


@pytest.fixture
def indicators_page(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    network: dict[str, int],
) -> Iterator[IndicatorsPage]:
    made = make_pages(center_store, runner, None)[1]  # type: ignore[arg-type]
    assert isinstance(made, IndicatorsPage)
    _shown(qtbot, made, runner)
    yield made
    made.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def _row_of(page: SarPage, name: str) -> int:
    return next(row for row, c in enumerate(page.college_model.rows) if c.name == name)


def test_a_sar_is_entered_by_keyboard(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    sar_page: SarPage,
    network: dict[str, int],
) -> None:
    page = sar_page
    year = page.year_data
    assert year is not None and year.received == 0 and len(year.missing) == 2
    assert page.missing_model.rowCount() == 2
    page.college_table.setFocus()
    qtbot.waitUntil(page.college_table.hasFocus, timeout=WAIT_MS)
    row = _row_of(page, SECOND)
    _key(qtbot, Qt.Key.Key_Home)
    for _step in range(row):
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    assert isinstance(dialog, SarDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.college.hasFocus, timeout=WAIT_MS)
    assert dialog.college.currentData() == network["second"]
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, format_thai_date(date.today(), "numeric"))
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "9")  # indicator 1.1 has a scale of 5
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "3.5")
    _key(qtbot, Qt.Key.Key_Return)

    first_box = dialog.score_boxes[network["A"]]
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(first_box.hasFocus, timeout=WAIT_MS)
    assert "9" not in dialog.error.text()
    with center_store.session() as session:
        assert session.scalars(select(SelfAssessment)).all() == []

    assert isinstance(_focused(), QLineEdit)
    _focused().clear()  # type: ignore[attr-defined]
    _type(qtbot, "4")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    with center_store.session() as session:
        sar = session.scalars(select(SelfAssessment)).one()
        assert (sar.college_id, sar.fiscal_year, sar.received_on) == (
            network["second"],
            current_fiscal_year(),
            date.today(),
        )
        scores = {s.indicator_id: s.score for s in session.scalars(select(IndicatorScore))}
        assert scores == {network["A"]: Decimal(4), network["B"]: Decimal("3.5")}
    year = page.year_data
    assert year is not None and year.received == 1
    row = _row_of(page, SECOND)
    college = page.college_model.rows[row]
    assert college.weighted_total == pytest.approx(10 * 4 / 5 + 5 * 3.5 / 4)
    assert page.college_model.index(row, 1).data() == format_thai_date(date.today(), "full")
    assert page.college_model.index(row, 2).data().startswith("12.38")
    assert [c.name for c in page.missing_model.rows] != [SECOND]
    assert page.missing_model.rowCount() == 1


def test_a_sar_is_deleted_after_a_confirmation(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    sar_page: SarPage,
    network: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_sar(
        center_store,
        SarInput(
            network["second"],
            current_fiscal_year(),
            format_thai_date(date.today(), "numeric"),
            {network["A"]: "5"},
        ),
    )
    with qtbot.waitSignal(sar_page.loaded, timeout=WAIT_MS):
        sar_page.load()
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text, _a: asked.append(text) or True)
    sar_page.college_table.setFocus()
    sar_page.college_table.setCurrentIndex(
        sar_page.college_model.index(_row_of(sar_page, SECOND), 0)
    )
    with qtbot.waitSignal(sar_page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Delete)
    assert len(asked) == 1 and SECOND in asked[0]
    with center_store.session() as session:
        assert session.scalars(select(SelfAssessment)).one().deleted
    assert sar_page.missing_model.rowCount() == 2


def test_an_indicator_is_added_and_the_analysis_shown(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    indicators_page: IndicatorsPage,
    network: dict[str, int],
) -> None:
    page = indicators_page
    for college, score in ((network["host"], "2"), (network["second"], "4")):
        save_sar(
            center_store,
            SarInput(
                college,
                current_fiscal_year(),
                format_thai_date(date.today(), "numeric"),
                {network["A"]: score},
            ),
        )
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.load()
    assert page.analysis is not None and page.analysis.reports == 2
    mean_column = 5
    assert page.stats_model.index(0, mean_column).data() == "3"
    no_data = QCoreApplication.translate("SarPages", "no data last year")
    assert page.stats_model.index(0, 9).data() == no_data  # never a false 0
    assert [row.code for row in page.weakest_model.rows] == ["1.1"]

    page.add_button.setFocus()
    qtbot.waitUntil(page.add_button.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: _focused().objectName() == "indicatorCode", timeout=WAIT_MS)
    _type(qtbot, "2.1")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Standard 2")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Teachers trained")
    _key(qtbot, Qt.Key.Key_Tab)  # weight: 1 by default
    _key(qtbot, Qt.Key.Key_Tab)  # scale: 5 by default
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        row = session.scalars(select(Indicator).where(Indicator.code == "2.1")).one()
        assert (row.title, row.weight, row.max_score) == ("Teachers trained", Decimal(1), 5)
    assert [row.code for row in page.indicator_model.rows] == ["1.1", "1.2", "2.1"]


def test_the_pages_fit_a_small_screen(sar_page: SarPage, indicators_page: IndicatorsPage) -> None:
    for page in (sar_page, indicators_page):
        hint = page.minimumSizeHint()
        assert hint.width() <= 1366 - 220 and hint.height() <= 768 - 120


def test_a_scoring_rule_is_written_listed_and_shown_on_the_score_box(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    indicators_page: IndicatorsPage,
    network: dict[str, int],
) -> None:
    page = indicators_page
    assert page.indicator_model.index(0, RULE_COLUMN).data() == "–"
    assert page.indicator_model.index(0, RULE_COLUMN).data(Qt.ItemDataRole.ToolTipRole) is None
    page.indicator_table.setFocus()
    page.indicator_table.setCurrentIndex(page.indicator_model.index(0, 0))  # indicator 1.1
    qtbot.waitUntil(page.indicator_table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    assert isinstance(dialog, IndicatorDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.code.hasFocus, timeout=WAIT_MS)
    for _field in ("standard", "title", "weight", "scale", "rule"):
        _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.scoring_rule

    dialog.scoring_rule.setPlainText("ก" * (MAX_SCORING_RULE + 1))  # as if pasted
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)  # back to the scale; Enter saves there
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.scoring_rule.hasFocus, timeout=WAIT_MS)
    assert "ยาวเกินกำหนด" in dialog.error.text()  # refused in Thai
    assert "กกก" not in dialog.error.text()
    with center_store.session() as session:
        assert session.get_one(Indicator, network["A"]).scoring_rule is None

    qtbot.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "5 = every network college trained its teachers")
    _key(qtbot, Qt.Key.Key_Return)  # a new line in the rule, not a save
    _type(qtbot, "1 = none of them did")
    assert page.dialog is dialog and dialog.isVisible()
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    rule = "5 = every network college trained its teachers\n1 = none of them did"
    with center_store.session() as session:
        assert session.get_one(Indicator, network["A"]).scoring_rule == rule

    cell = page.indicator_model.index(0, RULE_COLUMN)
    assert cell.data() == rule_cell(rule) != rule
    assert cell.data().startswith("5 = every network college") and cell.data().endswith("…")
    assert "\n" not in cell.data() and len(cell.data()) <= RULE_CELL_CHARS
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == rule

    with center_store.session() as session:
        form = open_sar(session, None, network["second"], current_fiscal_year())
    sar = SarDialog(center_store, runner, form, None, page)
    qtbot.addWidget(sar)
    assert rule in sar.score_boxes[network["A"]].toolTip()
    assert sar.score_boxes[network["B"]].toolTip() == ""  # indicator 1.2 has no rule


def test_a_long_thai_rule_is_cut_between_whole_characters() -> None:
    rule = "ก" * (RULE_CELL_CHARS - 2) + "ที่สุด"  # the cut falls on the vowel of ที่
    shown = rule_cell(rule)
    assert shown.endswith("ก…") and len(shown) <= RULE_CELL_CHARS
    assert rule_cell("  5 = ทุกแห่ง\n 1 = ไม่มี ") == "5 = ทุกแห่ง 1 = ไม่มี"


def test_the_window_opens_the_sar_page_at_the_year_of_the_scorecard(
    qtbot: QtBot, window: MainWindow, network: dict[str, int]
) -> None:
    window.open_list("sar", ListFilters(fiscal_year=2566))
    page = window.current_page()
    assert isinstance(page, SarPage)
    assert page.fiscal_year == 2566
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
