"""Paged, sortable, filterable lists with Thai search and Thai dictionary order.

Every list screen reads its rows through here::

    query = ListQuery(ListKind.ENTERPRISES, ListFilters(province_code="20"), search="ออโต")
    total = count(session, query)
    rows = page(session, query, offset=0, limit=200)
    more = page_after(session, query, rows[-1], 200)

See ``paging`` for how it stays fast on a million rows and ``search`` for Thai search.
"""

from app.services.listing.kinds import spec_for
from app.services.listing.paging import (
    CountCache,
    count,
    page,
    page_after,
    row_ids,
    supports_keyset,
)
from app.services.listing.query import (
    EXPIRING_WITHIN_DAYS,
    IN_FORCE,
    AgreementStatus,
    ListFilters,
    ListKind,
    ListQuery,
    ReportState,
    Row,
    Sort,
)
from app.services.listing.spec import Column, Display, ListSpec

__all__ = [
    "EXPIRING_WITHIN_DAYS",
    "IN_FORCE",
    "AgreementStatus",
    "Column",
    "CountCache",
    "Display",
    "ListFilters",
    "ListKind",
    "ListQuery",
    "ListSpec",
    "ReportState",
    "Row",
    "Sort",
    "count",
    "page",
    "page_after",
    "row_ids",
    "spec_for",
    "supports_keyset",
]
