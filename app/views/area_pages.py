"""The pages each area of the manual holds in the navigation, under its area page.

Each workspace module gives a function ``(store, runner, parent) -> list[Page]``; the pages
are cheap to make (each is laid out when first shown), so the window makes them all at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.services.store import Store
from app.views import (
    certification_pages,
    curriculum_pages,
    internship_pages,
    placement_pages,
    plan_pages,
    quality_pages,
    safety_pages,
    sar_pages,
    student_pages,
    teacher_pages,
    training_pages,
    wbl_pages,
)
from app.views.list_pages import make_network_pages
from app.views.page import Page
from app.views.runner import TaskRunner

PageMaker = Callable[[Store, TaskRunner, QWidget], list[Page]]

AREA_PAGES: dict[str, tuple[PageMaker, ...]] = {
    "1": (make_network_pages, quality_pages.make_knowledge_pages),
    "2": (plan_pages.make_pages,),
    "3": (curriculum_pages.make_pages,),
    "4": (certification_pages.make_pages,),
    "5": (teacher_pages.make_pages, training_pages.make_pages, internship_pages.make_pages),
    "6": (
        student_pages.make_pages,
        placement_pages.make_pages,
        safety_pages.make_pages,
        wbl_pages.make_pages,
    ),
    "7": (sar_pages.make_pages, quality_pages.make_recommendation_pages),
}
"""Area code -> the page makers whose pages follow the area page, in navigation order."""


def make_area_pages(store: Store, runner: TaskRunner, parent: QWidget) -> dict[str, list[Page]]:
    """Area code -> its pages (areas without pages are left out)."""
    return {
        code: [page for make in makers for page in make(store, runner, parent)]
        for code, makers in AREA_PAGES.items()
    }
