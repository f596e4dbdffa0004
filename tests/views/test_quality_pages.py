"""The knowledge-bank and policy-recommendation pages, by keyboard: a component added with
Ctrl+N shows in the colleges x components grid; a recommendation added with Ctrl+N is
listed under its fiscal year; a sent one without its sending day is refused in Thai."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import ComponentStatus, KnowledgeComponent, RecommendationStatus
from app.models.network import College
from app.models.quality import KnowledgeBankComponent, PolicyRecommendation
from app.services.listing import ListFilters
from app.services.listing.labels import component_status
from app.services.records.quality import quality_label
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year
from app.views import texts
from app.views.i18n import LanguageManager
from app.views.quality_pages import (
    KnowledgeBankPage,
    RecommendationsPage,
    make_knowledge_pages,
    make_recommendation_pages,
)
from app.views.runner import TaskRunner

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


@pytest.fixture
def knowledge(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> KnowledgeBankPage:
    (made,) = make_knowledge_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, KnowledgeBankPage)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    with qtbot.waitSignal(made.loaded, timeout=WAIT_MS):
        made.show()
    qtbot.waitUntil(lambda: made.components.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.components.table.setFocus()
    qtbot.waitUntil(made.components.table.hasFocus, timeout=WAIT_MS)
    return made


def test_a_component_added_by_keyboard_shows_in_the_grid(
    qtbot: QtBot, center_store: Store, knowledge: KnowledgeBankPage
) -> None:
    rows = knowledge.rows
    assert rows is not None and len(rows) == knowledge.grid.rowCount() >= 1
    assert knowledge.grid.item(0, 1).text() == knowledge.tr("not recorded")
    _key(qtbot, Qt.Key.Key_N, CTRL)
    components = knowledge.components
    qtbot.waitUntil(
        lambda: components.form is not None and components.form.isVisible(), timeout=WAIT_MS
    )
    form = components.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["college_id"].hasFocus(), timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Tab)  # component: infrastructure
    _key(qtbot, Qt.Key.Key_Tab)  # status
    _key(qtbot, Qt.Key.Key_End)  # in place
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Robotics laboratory")
    with qtbot.waitSignal(knowledge.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        row = session.scalars(select(KnowledgeBankComponent)).one()
        assert (row.component, row.status) == (
            KnowledgeComponent.INFRASTRUCTURE,
            ComponentStatus.IN_PLACE,
        )
        first = session.scalars(select(College).order_by(College.name_sort)).first()
        assert first is not None and row.college_id == first.id
    assert knowledge.grid.item(0, 1).text() == component_status()[ComponentStatus.IN_PLACE]
    qtbot.waitUntil(lambda: components.total == 1, timeout=WAIT_MS)


@pytest.fixture
def recommendations(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> RecommendationsPage:
    (made,) = make_recommendation_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, RecommendationsPage)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitUntil(lambda: made.built and made.total is not None, timeout=WAIT_MS)
    made.show_filtered(ListFilters(fiscal_year=current_fiscal_year()))
    qtbot.waitUntil(lambda: made.total == 0 and not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.table.setFocus()
    qtbot.waitUntil(made.table.hasFocus, timeout=WAIT_MS)
    return made


def test_a_recommendation_is_added_by_keyboard(
    qtbot: QtBot, center_store: Store, recommendations: RecommendationsPage
) -> None:
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(
        lambda: recommendations.form is not None and recommendations.form.isVisible(),
        timeout=WAIT_MS,
    )
    form = recommendations.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["fiscal_year"].hasFocus(), timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "More enterprise trainers")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Fund enterprise trainers")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Indicator 6.1")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down)  # sent: the day it was sent is now required
    assert form.fields["sent_on"].isEnabled()
    _key(qtbot, Qt.Key.Key_Return)
    error = form.errors["sent_on"]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert quality_label("sent_on") in error.text()
    assert form.fields["sent_on"].hasFocus()
    qtbot.keyClicks(_focused(), "01/10/2568")
    with qtbot.waitSignal(recommendations.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        row = session.scalars(select(PolicyRecommendation)).one()
        assert (row.fiscal_year, row.status, row.sent_on) == (
            current_fiscal_year(),
            RecommendationStatus.SENT,
            date(2025, 10, 1),
        )
        assert row.evidence == "Indicator 6.1"
    qtbot.waitUntil(lambda: recommendations.total == 1, timeout=WAIT_MS)


def test_the_recommendations_follow_the_window_year_until_another_is_chosen(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    with center_store.transaction() as session:
        center_id = session.get_one(College, 1).center_id
        for year, title in ((2567, "ข้อเสนอ 2567"), (2568, "ข้อเสนอ 2568"), (2568, "อีกข้อ 2568")):
            session.add(
                PolicyRecommendation(
                    center_id=center_id,
                    fiscal_year=year,
                    title=title,
                    body="ข้อเสนอแนะ",
                    status=RecommendationStatus.DRAFT,
                )
            )
    (page,) = make_recommendation_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(page, RecommendationsPage)
    qtbot.addWidget(page)
    page.follow_fiscal_year(2568)  # the window's year, given before the page is first shown
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.built and page.total == 2 and not runner.busy, timeout=WAIT_MS)
    assert page.model.query.filters.fiscal_year == 2568
    assert page.filter_bar.filters().fiscal_year == 2568

    page.follow_fiscal_year(2567)  # the window's year changes
    qtbot.waitUntil(lambda: page.total == 1 and not runner.busy, timeout=WAIT_MS)
    assert page.model.query.filters.fiscal_year == 2567

    # the person chooses every year in the list's own filter: the window's year no longer rules
    years = page.filter_bar.combos["fiscal_year"]
    years.setCurrentIndex(0)  # "All"
    qtbot.waitUntil(lambda: page.total == 3 and not runner.busy, timeout=WAIT_MS)
    assert not page.following
    page.follow_fiscal_year(2568)
    assert page.model.query.filters.fiscal_year is None
    assert page.total == 3

    # choosing the window's year there again follows the window once more
    years.setCurrentIndex(years.findText(texts.year(2568)))
    qtbot.waitUntil(lambda: page.total == 2 and not runner.busy, timeout=WAIT_MS)
    assert page.following
    page.follow_fiscal_year(2567)
    qtbot.waitUntil(lambda: page.total == 1 and not runner.busy, timeout=WAIT_MS)
