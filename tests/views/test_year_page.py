"""The base of the fiscal-year pages: laid out when first shown, starting at the window's
year; each year chosen is read on a worker; a failed read is marked and the next one clears it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.views.runner import TaskContext, TaskRunner
from app.views.year_page import YearFiguresPage

WAIT_MS = 20_000
BROKEN_YEAR = 2599


class _DoublingPage(YearFiguresPage[int]):
    """Reads twice the year on a worker (a read of ``BROKEN_YEAR`` fails)."""

    figures_task = "doubling"

    def __init__(self, store: Store, runner: TaskRunner) -> None:
        self.asked: list[int] = []
        self.figures: int | None = None
        self.retranslated = 0
        super().__init__(store, runner)

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        bar = self.year_bar("doublingYear", 2500, 2700)
        self.figures_label = QLabel()
        bar.addWidget(self.figures_label)
        layout.addLayout(bar)

    def figures_reader(self, fiscal_year: int) -> Callable[[TaskContext], int]:
        asked = self.asked

        def read(_context: TaskContext) -> int:
            asked.append(fiscal_year)
            if fiscal_year == BROKEN_YEAR:
                raise RuntimeError("broken")
            return fiscal_year * 2

        return read

    def show_figures(self, figures: int) -> None:
        self.figures = figures

    def retranslate_ui(self) -> None:
        self.retranslated += 1


def test_the_page_is_built_when_shown_at_the_window_year(
    qtbot: QtBot, center_store: Store, runner: TaskRunner
) -> None:
    page = _DoublingPage(center_store, runner)
    qtbot.addWidget(page)
    page.follow_fiscal_year(2566)
    assert not page.built and page.year_box() is None and page.asked == []

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()

    box = page.year_box()
    assert box is not None and box.objectName() == "doublingYear"
    assert box.value() == 2566 and page.fiscal_year == 2566
    assert not box.keyboardTracking()
    assert page.year_label.buddy() is box
    assert page.asked == [2566] and page.figures == 2566 * 2
    assert not page.failed


def test_each_year_chosen_is_read_and_a_failure_is_marked_until_the_next_read(
    qtbot: QtBot, center_store: Store, runner: TaskRunner
) -> None:
    page = _DoublingPage(center_store, runner)
    qtbot.addWidget(page)
    page.follow_fiscal_year(2566)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.follow_fiscal_year(2567)  # the window's year moves the page's box
    assert page.figures == 2567 * 2

    before = page.retranslated
    page.year.setValue(BROKEN_YEAR)
    qtbot.waitUntil(lambda: page.failed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert page.figures == 2567 * 2  # the last figures read are kept
    assert page.retranslated > before  # the page could show the failure

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.year.setValue(2568)
    assert not page.failed and page.figures == 2568 * 2
    assert page.asked == [2566, 2567, BROKEN_YEAR, 2568]
