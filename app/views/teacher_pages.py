"""The pages of teachers and their development (manual activity 5.1), in navigation order."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.store import Store
from app.views.development_plan_page import DevelopmentPlanPage
from app.views.list_page import ListPage
from app.views.page import Page
from app.views.runner import TaskRunner


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The teachers list (with import and export), then skill gaps and the development plan;
    each is laid out when first shown."""
    return [
        ListPage("teachers", "teachers", store, runner, parent),
        DevelopmentPlanPage(store, runner, parent),
    ]
