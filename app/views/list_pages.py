"""The pages the main window shows under area 1 of the manual, in navigation order."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.store import Store
from app.views.list_page import ListPage
from app.views.matching_page import MatchingPage
from app.views.page import Page
from app.views.runner import TaskRunner

LISTS: tuple[tuple[str, str | None], ...] = (
    ("colleges", "colleges"),
    ("enterprises", "enterprises"),
    ("workforce_demand", "demand"),
    ("agreements", "agreements"),
    ("committees", None),
    ("committee_members", None),
    ("meetings", None),
)
"""(list kind, spreadsheet table kind or None when the list has no import and export)."""


def make_network_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The pages listed under area 1: one per list, then the matching of demand with supply
    (activity 1.3); each is laid out when first shown."""
    pages: list[Page] = [ListPage(kind, table, store, runner, parent) for kind, table in LISTS]
    pages.append(MatchingPage(store, runner, parent))
    return pages
