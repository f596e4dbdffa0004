"""Records behind a scorecard figure that live on a page rather than in a list (light: the
pages import these names when the window starts)."""

from __future__ import annotations

SAR_PAGE = "sar"
"""The self-assessment page, which shows the SARs of a fiscal year."""
DISPATCH_PAGE = "report_dispatch"
"""The reports sent to the central office (1.2, 1.3) of a fiscal year, on the reports page."""
PAGE_LINKS = frozenset({SAR_PAGE, DISPATCH_PAGE})
"""Targets whose link is a page show the whole network's year: no link in one college's scope."""
