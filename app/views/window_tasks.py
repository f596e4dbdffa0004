"""The main window's reads, run on the task runner's workers.

Each imports its service when it runs, so the window opens before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.views.runner import TaskContext

if TYPE_CHECKING:
    from app.services.info import DatabaseInfo
    from app.services.overview import AreaOverview


def area_overview(context: TaskContext, year: int) -> list[AreaOverview]:
    from app.services import overview as overview_service

    with context.session() as session:
        return overview_service.area_overview(session, year)


def database_info(context: TaskContext) -> DatabaseInfo:
    from app.services.info import database_info as read_info

    if context.store is None:
        raise RuntimeError("no database is open")
    return read_info(context.store)


def fiscal_years(context: TaskContext) -> list[int]:
    from app.services import overview as overview_service

    with context.session() as session:
        return overview_service.fiscal_years_with_data(session)
