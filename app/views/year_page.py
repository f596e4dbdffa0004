"""The base of the pages that show the figures of a fiscal year chosen in a box of their own.

The page is laid out when first shown: ``build_page()`` lays it out (``year_bar()`` gives the
year label and box), then the texts are set and ``year_changed()`` reads the chosen year. Only
the latest read counts (``LatestRead``). The base sets no text, so every text keeps the
translation context of its page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from app.services.store import Store
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner

T = TypeVar("T")


class YearFiguresPage(Page, Generic[T]):
    """A page with its own fiscal-year box whose figures (a ``T``) are read on a worker."""

    loaded = Signal()
    """The figures of the chosen year are on screen."""

    figures_task = ""
    """The task name of the read (shown while it runs and in error reports)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    # -- each page gives these three -----------------------------------------------------
    build_page: Callable[[], None]
    """Lay the page out, with ``year_bar()`` somewhere (called once, before the texts)."""
    figures_reader: Callable[[int], Callable[[TaskContext], T]]
    """The read of a fiscal year's figures: called on the UI thread (so it may take what else
    it needs from the widgets), the function it returns runs on a worker."""
    show_figures: Callable[[T], None]
    """Keep (and show) the figures read; the texts are set again afterwards."""

    def year_changed(self) -> None:
        """Another year was chosen (and once when built): read its figures."""
        self.load()

    # -- the frame --------------------------------------------------------------------------
    def year_box(self) -> QSpinBox | None:
        box: QSpinBox | None = getattr(self, "year", None)
        return box

    def year_bar(
        self, name: str, first: int, last: int, *, keyboard_tracking: bool = False
    ) -> QHBoxLayout:
        """A row holding the year label and the year box ``name`` (``first`` to ``last``,
        starting at the window's year); the page adds the rest of the row."""
        from app.services.thai.fiscal import current_fiscal_year

        self.year_label = QLabel()
        self.year = named(QSpinBox(), name)
        self.year.setRange(first, last)
        self.year.setValue(self.followed_year or current_fiscal_year())
        # Without tracking the year is read on Enter or when leaving the box, not per digit.
        self.year.setKeyboardTracking(keyboard_tracking)
        self.year_label.setBuddy(self.year)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        return bar

    @property
    def fiscal_year(self) -> int:
        return int(self.year.value())

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.build_page()
        self.year.valueChanged.connect(lambda _value: self.year_changed())
        self.retranslate_ui()
        self.year_changed()

    def load(self) -> None:
        """Read the figures of the fiscal year chosen."""
        self.failed = False
        self._latest.submit(
            self.runner,
            self.figures_task,
            self.figures_reader(self.fiscal_year),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, figures: T) -> None:
        self.show_figures(figures)
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()
