"""The data exchange page: packages sent and received, conflicts to review, the sites this
installation trusts and, at the central office, the national overview by center.

Its tabs are made when the page is first shown, so start-up does not load the package
engine.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.models.enums import SiteKind
from app.services.site_identity import SiteInfo
from app.services.store import Store
from app.views.page import Page, named
from app.views.runner import TaskRunner


class ExchangePage(Page):
    data_changed = Signal()
    """A package was applied: the figures of the other pages may have changed."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        site: SiteInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        self.store = store
        self.runner = runner
        self.site = site
        self.built = False
        self.conflicts_open = 0
        super().__init__(parent)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = named(QTabWidget(), "exchangeTabs")
        layout.addWidget(self.tabs)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from app.views.conflicts_page import ConflictsPage
        from app.views.packages_page import PackagesPage
        from app.views.sites_page import SitesPage

        if self.site is not None and self.site.kind is SiteKind.CENTRAL:
            from app.views.central_overview_page import CentralOverviewPage

            self.overview: Page | None = CentralOverviewPage(self.store, self.runner, self)
            self.tabs.addTab(self.overview, "")
        else:
            self.overview = None
        self.packages = PackagesPage(self.store, self.runner, self)
        self.conflicts = ConflictsPage(self.store, self.runner, self)
        self.sites = SitesPage(self.store, self.runner, self)
        for page in (self.packages, self.conflicts, self.sites):
            self.tabs.addTab(page, "")
        self.packages.data_changed.connect(self._package_applied)
        self.conflicts.conflicts_changed.connect(self._conflicts_changed)
        self.sites.peers_changed.connect(self.packages.refresh)
        self.retranslate_ui()

    def _package_applied(self) -> None:
        self.conflicts.refresh()
        if self.overview is not None:
            self.overview.refresh()  # type: ignore[attr-defined]
        self.data_changed.emit()

    def _conflicts_changed(self, count: int) -> None:
        self.conflicts_open = count
        self.retranslate_ui()

    def subpage_title(self) -> str | None:
        return None

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        overview = [self.tr("National overview")] if self.overview is not None else []
        titles = [
            *overview,
            self.tr("Packages"),
            self.tr("Conflicts ({count})").format(count=self.conflicts_open)
            if self.conflicts_open
            else self.tr("Conflicts"),
            self.tr("Sites and keys"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
