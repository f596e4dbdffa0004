"""The base of every page and panel: builds once, retranslates on every language change."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from app.services.settings import Settings

W = TypeVar("W", bound=QWidget)


class Page(QWidget):
    """A widget whose visible texts are all set in :meth:`retranslate_ui`.

    Subclasses build their widgets in ``_build()`` (called once from ``__init__``) and set
    every text in ``retranslate_ui()``; Qt's LanguageChange event calls it again. A page that
    is not on screen at start can instead build in ``ensure_built()``, which the main window
    calls before showing it (and ``showEvent`` as a fallback).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        """Create the widgets and layouts (no texts)."""

    def ensure_built(self) -> None:
        """Build what was left until the page is first shown (nothing, for most pages)."""

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""

    def subpage_title(self) -> str | None:
        """The navigation entry of a page listed under an area (a list, a view), else None."""
        return None

    def apply_settings(self, settings: Settings) -> None:
        """The program's settings, for a page with a setting of its own (nothing, mostly)."""

    list_kinds: tuple[str, ...] = ()
    """The list kinds this page shows (a page of several lists names each of them)."""

    def show_list(self, kind: str, filters: Any) -> None:
        """Show the list ``kind`` of this page with ``filters`` (a ``ListFilters``)."""
        self.ensure_built()
        for child in self.findChildren(Page):
            if kind in child.list_kinds:
                child.show_list(kind, filters)
                return

    followed_year: int | None = None
    """The window's fiscal year (B.E.) as last given to :meth:`follow_fiscal_year`."""

    def follow_fiscal_year(self, year: int) -> None:
        """The window's fiscal year is now ``year``: a page with a year box of its own
        (:meth:`year_box`) shows that year; one not built yet starts with it."""
        self.followed_year = year
        box = self.year_box()
        if box is not None:
            box.setValue(year)

    def year_box(self) -> QSpinBox | None:
        """The page's own fiscal-year box, once built (None: the page has none)."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def named(widget: W, name: str) -> W:
    """Give ``widget`` an object name (the style sheet and tests find it by that name)."""
    widget.setObjectName(name)
    return widget


def scroll_page(owner: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """Fill ``owner`` with a frameless scroll area; return its body and the body's layout."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(widgetResizable=True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = named(QWidget(), "pageBody")
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 20, 24, 24)
    layout.setSpacing(10)
    return body, layout
