"""The main window: navigation by the manual's seven areas, a fiscal-year selector, menus.

It only wires the pages together; every database read goes through the task runner, so the
window is interactive at once and the counts arrive when they are ready. The reads start
after its first frame, on workers that import the services they need (and SQLAlchemy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__
from app.services.settings import Settings
from app.services.site_identity import SiteInfo
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year
from app.views import messages, texts, window_tasks
from app.views.area_page import AreaPage
from app.views.area_pages import make_area_pages
from app.views.exchange_page import ExchangePage
from app.views.first_frame import after_first_frame
from app.views.home_page import HomePage
from app.views.i18n import LanguageManager
from app.views.installation_page import InstallationPage
from app.views.list_page import ListPage
from app.views.navigation import INDENT_ROLE, NavigationList
from app.views.page import Page, named
from app.views.reports_page import ReportsPage
from app.views.runner import TaskRunner, error_text
from app.views.scorecard_panel import ScorecardPanel

if TYPE_CHECKING:
    from app.services.info import DatabaseInfo
    from app.services.listing import ListFilters
    from app.services.overview import AreaOverview

NAV_WIDTH = 300


class MainWindow(QMainWindow):
    """Home, the seven area pages and the installation page."""

    overview_loaded = Signal(int)
    info_loaded = Signal()

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        settings: Settings,
        languages: LanguageManager,
        *,
        site: SiteInfo | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.runner = runner
        self.settings = settings
        self.languages = languages
        self.site = site
        self.fiscal_year = settings.fiscal_year() or current_fiscal_year()
        self.years: list[int] = [self.fiscal_year]
        self._generation = 0
        self._info_requested = False
        self._loading_started = False
        texts.set_thai_digits(settings.thai_digits())
        self._build()
        self._show_loading()
        self.retranslate_ui()
        self._restore_geometry()
        self.languages.changed.connect(self._language_changed)

    # -- building -------------------------------------------------------------------------
    def _scrollable(self, page: Page) -> QWidget:
        """A page of several lists in a scroll area: on a small screen (1366 x 768) it scrolls
        instead of making the window taller than the screen. Pages of one list, the area
        pages and the home page fit or scroll by themselves."""
        if page.subpage_title() is None or isinstance(page, ListPage):
            return page
        scroll = named(QScrollArea(widgetResizable=True), "pageScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        return scroll

    def _build(self) -> None:
        self.setObjectName("mainWindow")
        # Built from the top down, each widget made inside its final parent: moving a filled
        # widget into a new parent makes the style sheet polish its whole subtree again.
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.nav = NavigationList()
        self.stack = QStackedWidget()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAV_WIDTH, 900])
        self.home = HomePage(self.stack)
        self.home.area_requested.connect(self.open_area)
        self.home.list_requested.connect(self.open_list)
        self.home.add_scorecard(ScorecardPanel(self.store, self.runner, self.home))
        self.area_pages = [AreaPage(area["code"], self.stack) for area in texts.areas()]
        self.installation = InstallationPage(self.stack)
        self.installation.refresh_requested.connect(self.load_info)
        self.subpages = make_area_pages(self.store, self.runner, self.stack)
        self.pages: list[Page] = [self.home]
        for area_page in self.area_pages:  # each area's own pages follow it
            self.pages += [area_page, *self.subpages.get(area_page.code, [])]
        self.exchange = ExchangePage(self.store, self.runner, self.site, self.stack)
        self.exchange.data_changed.connect(self.load_overview)
        self.reports = ReportsPage(self.store, self.runner, self.stack)
        self.reports.data_changed.connect(self.load_overview)
        self.pages += [self.installation, self.exchange, self.reports]
        for page in self.pages:
            page.follow_fiscal_year(self.fiscal_year)
            page.apply_settings(self.settings)
        self.list_pages = [page for page in self.pages if isinstance(page, ListPage)]
        for page in self.pages:
            self.stack.addWidget(self._scrollable(page))
            indent = int(page.subpage_title() is not None)
            QListWidgetItem(self.nav).setData(INDENT_ROLE, indent)
        self.nav.currentRowChanged.connect(self.show_page)

        self.toolbar = named(QToolBar(movable=False), "mainToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.toggleViewAction().setVisible(False)  # always shown: it holds the year
        year_box = QWidget()
        year_layout = QHBoxLayout(year_box)
        year_layout.setContentsMargins(8, 2, 8, 2)
        self.year_label = QLabel()
        self.year_combo = named(QComboBox(), "fiscalYear")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_label.setBuddy(self.year_combo)
        year_layout.addWidget(self.year_label)
        year_layout.addWidget(self.year_combo)
        self.toolbar.addWidget(year_box)
        self.addToolBar(self.toolbar)
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(self._year_chosen)

        self._build_menus()
        self.site_status = QLabel()
        self.busy_status = named(QLabel(), "busy")
        self.statusBar().addWidget(self.site_status, 1)
        self.statusBar().addPermanentWidget(self.busy_status)
        self.runner.busy_changed.connect(self._busy_changed)
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = QMenu(self)
        self.page_actions: list[QAction] = []
        # Ctrl+0 home, Ctrl+1..7 the areas, Ctrl+8 the installation, Ctrl+9 data exchange,
        # Ctrl+R the reports (the lists have none).
        self.numbered_pages: list[Page] = [
            self.home,
            *self.area_pages,
            self.installation,
            self.exchange,
        ]
        for number, page in enumerate(self.numbered_pages):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, p=page: self.show_page(self.pages.index(p)))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.reports_action = QAction(self, shortcut=QKeySequence("Ctrl+R"))
        self.reports_action.triggered.connect(
            lambda: self.show_page(self.pages.index(self.reports))
        )
        self.view_menu.addAction(self.reports_action)
        self.view_menu.addSeparator()
        self.previous_year_action = QAction(self, shortcut=QKeySequence("Ctrl+PgUp"))
        self.previous_year_action.triggered.connect(lambda: self._step_year(-1))
        self.next_year_action = QAction(self, shortcut=QKeySequence("Ctrl+PgDown"))
        self.next_year_action.triggered.connect(lambda: self._step_year(1))
        self.digits_action = QAction(self, checkable=True)
        self.digits_action.setChecked(self.settings.thai_digits())
        self.digits_action.toggled.connect(self._digits_toggled)
        for action in (self.previous_year_action, self.next_year_action, self.digits_action):
            self.view_menu.addAction(action)

        self.language_menu = QMenu(self)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in itself (an endonym), whatever the interface language.
        for code, name in (("th", "ไทย"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _=False, c=code: self.languages.apply(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = QMenu(self)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(f"{APP_NAME} — {self.site_name()}" if self.site_name() else APP_NAME)
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About CVM Director"))
        self.previous_year_action.setText(self.tr("Previous fiscal year"))
        self.next_year_action.setText(self.tr("Next fiscal year"))
        self.digits_action.setText(self.tr("Show Thai digits"))
        for index, page in enumerate(self.pages):
            name = self._page_name(page)
            self.nav.item(index).setText(name)
            self.nav.item(index).setToolTip(name)
            if page in self.numbered_pages:
                self.page_actions[self.numbered_pages.index(page)].setText(name)
        self.reports_action.setText(self._page_name(self.reports))
        self.year_label.setText(self.tr("Fiscal year:"))
        self.year_combo.setToolTip(self.tr("Fiscal year (1 October to 30 September)"))
        for index, year in enumerate(self.years):
            self.year_combo.setItemText(index, self._year_text(year))
        self.site_status.setText(
            self.tr("{site} · database {path}").format(
                site=self.site_name() or self.tr("No site"), path=self.store.path
            )
        )
        self._busy_changed(self.runner.busy)

    def _page_name(self, page: Page) -> str:
        if isinstance(page, AreaPage):
            return f"{texts.year(int(page.code))}. {texts.area_title(page.code)}"
        subpage = page.subpage_title()
        if subpage is not None:
            return subpage
        if page is self.exchange:
            return self.tr("Data exchange")
        if page is self.reports:
            return self.tr("Reports")
        return self.tr("Home") if page is self.home else self.tr("Installation")

    def site_name(self) -> str:
        return texts.site_name(self.site)

    def _year_text(self, year: int) -> str:
        if year == current_fiscal_year():
            return self.tr("{year} (current)").format(year=texts.year(year))
        return texts.year(year)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _language_changed(self, language: str) -> None:
        self.language_actions[language].setChecked(True)

    def _digits_toggled(self, enabled: bool) -> None:
        self.settings.set_thai_digits(enabled)
        texts.set_thai_digits(enabled)
        self.retranslate_ui()
        for page in self.pages:
            page.retranslate_ui()

    def _busy_changed(self, busy: bool) -> None:
        self.busy_status.setText(self.tr("Working…") if busy else "")

    # -- navigation -----------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        self.pages[index].ensure_built()
        self.stack.setCurrentIndex(index)
        if self.pages[index] is self.installation and not self._info_requested:
            self.load_info()

    def open_area(self, code: str) -> None:
        self.show_page(self.pages.index(self.area_pages[int(code) - 1]))

    def open_list(self, kind: str, filters: ListFilters | None) -> None:
        """Show the page holding the list ``kind`` with that list filtered (None: as it is)."""
        page = next(page for page in self.pages if kind in page.list_kinds)
        self.show_page(self.pages.index(page))
        if filters is not None:
            page.show_list(kind, filters)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # -- fiscal year ----------------------------------------------------------------------
    def _fill_years(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(self.years, reverse=True):
            self.year_combo.addItem(self._year_text(year), year)
        self.years = sorted(self.years, reverse=True)
        self.year_combo.setCurrentIndex(self.years.index(self.fiscal_year))
        self.year_combo.blockSignals(False)

    def load_years(self) -> None:
        self.runner.submit(
            "fiscal years",
            window_tasks.fiscal_years,
            on_result=self._years_loaded,
            parent_widget=self,
        )

    def _years_loaded(self, years: list[int]) -> None:
        self.years = sorted({*years, self.fiscal_year}, reverse=True)
        self._fill_years()

    def _year_chosen(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        if isinstance(year, int):
            self.set_fiscal_year(year)

    def _step_year(self, step: int) -> None:
        index = self.year_combo.currentIndex() - step  # the list runs from new to old
        if 0 <= index < self.year_combo.count():
            self.year_combo.setCurrentIndex(index)

    def set_fiscal_year(self, year: int) -> None:
        if year == self.fiscal_year:
            return
        self.fiscal_year = year
        if year not in self.years:
            self.years.append(year)
        self._fill_years()
        self.settings.set_fiscal_year(None if year == current_fiscal_year() else year)
        for page in self.pages:
            page.follow_fiscal_year(year)
        self.load_overview()

    # -- loading --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loading_started:
            self._loading_started = True
            # The workers import SQLAlchemy and the models: not while the window is painted.
            after_first_frame(self, self._start_loading)

    def _start_loading(self) -> None:
        self.load_years()
        self.load_overview()

    def _show_loading(self) -> None:
        self.home.show_loading(self.fiscal_year, self.site)
        for page in self.area_pages:
            page.show_loading(self.fiscal_year)

    def load_overview(self) -> None:
        self._generation += 1
        generation, year = self._generation, self.fiscal_year
        self._show_loading()
        self.home.watch.load(self.runner)
        self.home.teacher_watch.load(self.runner)
        self.home.placement_watch.load(self.runner, due_days=self.settings.supervision_due_days())

        self.runner.submit(
            "overview",
            lambda context: window_tasks.area_overview(context, year),
            on_result=lambda areas: self._overview_ready(generation, year, areas),
            on_error=lambda error: self._overview_failed(generation, error),
            parent_widget=self,
        )

    def _overview_ready(self, generation: int, year: int, areas: list[AreaOverview]) -> None:
        if generation != self._generation:
            return  # a newer year was chosen meanwhile
        self.home.set_overview(year, areas)
        for page, area in zip(self.area_pages, areas, strict=True):
            page.set_overview(year, area)
        self.overview_loaded.emit(year)

    def _overview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.home.show_failed()
            messages.show_error(self, error_text(error))

    def load_info(self) -> None:
        self._info_requested = True
        self.installation.show_loading()
        self.runner.submit(
            "database info",
            window_tasks.database_info,
            on_result=self._info_ready,
            on_error=self._info_failed,
            parent_widget=self,
        )

    def _info_ready(self, info: DatabaseInfo) -> None:
        self.installation.set_info(info)
        self.info_loaded.emit()

    def _info_failed(self, error: BaseException) -> None:
        self.installation.load_failed()
        messages.show_error(self, error_text(error))

    # -- about, closing -------------------------------------------------------------------
    def show_about(self) -> None:
        messages.show_info(
            self,
            self.tr("CVM Director {version}").format(version=__version__),
            self.tr(
                "A desktop program for the directors of Thailand's vocational CVM centers "
                "and their network colleges: the work of the CVM operations manual, "
                "area by area, without a network connection."
            ),
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry()
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.window_state()
        if state:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_geometry(bytes(self.saveGeometry().data()))
        self.settings.set_window_state(bytes(self.saveState().data()))
        self.settings.sync()
        for child in self.findChildren(QMainWindow):  # report previews: they stop their work
            child.close()
        self.runner.wait()
        super().closeEvent(event)
