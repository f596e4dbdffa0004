"""The home page: the selected fiscal year's figures as one card per area of the manual,
and under them the network watch (agreements ending soon, colleges not yet matched) and the
teachers and certification watch (overdue internship reports, test centers to renew) and the
safety watch of placed students (not cleared to start, visits overdue, incidents open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.overview_labels import figure_label
from app.services.site_identity import SiteInfo
from app.views import texts
from app.views.network_watch_panel import NetworkWatchPanel
from app.views.page import Page, named, scroll_page
from app.views.placement_watch_panel import PlacementWatchPanel
from app.views.teacher_watch_panel import TeacherWatchPanel

if TYPE_CHECKING:
    from app.services.overview import AreaOverview, Figure

HEADLINES: dict[str, tuple[str, ...]] = {
    "1": ("1.1.exec_meetings", "1.2.enterprises", "1.3.colleges_matched"),
    "2": ("2.1.plans", "2.2.plans", "2.2.activities_done"),
    "3": ("3.1.approved", "3.2.courses", "3.2.trainees"),
    "4": ("4.1.certified", "4.2.certified", "4.3.certified"),
    "5": ("5.3.trained", "5.4.internships", "5.5.certified"),
    "6": ("6.2.placements", "6.2.students", "6.2.incidents"),
    "7": ("7.1.sar", "7.2.recommendations"),
}
CARD_MIN_WIDTH = 330


def figure_value_text(figure: Figure) -> str:
    text = texts.value_of_total(figure.value, figure.total)
    if figure.percent is not None:
        text = f"{text} ({texts.percent(figure.percent)})"
    return text


class AreaCard(QFrame):
    """One area: its title, a few headline figures and how many targets are met."""

    clicked = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.overview: AreaOverview | None = None
        self.setObjectName("areaCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(CARD_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        self.number = named(QLabel(), "cardNumber")
        self.title = named(QLabel(wordWrap=True), "cardTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(12)
        self.figures.setVerticalSpacing(4)
        self.figures.setColumnStretch(0, 1)
        self.labels: list[QLabel] = []
        self.values: list[QLabel] = []
        for row in range(len(HEADLINES[code])):
            label = QLabel(wordWrap=True)
            value = named(QLabel(), "cardValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.figures.addWidget(label, row, 0)
            self.figures.addWidget(value, row, 1)
            self.labels.append(label)
            self.values.append(value)
        self.targets = named(QLabel(wordWrap=True), "cardTargets")
        layout.addWidget(self.number)
        layout.addWidget(self.title)
        layout.addLayout(self.figures)
        layout.addStretch(1)
        layout.addWidget(self.targets)

    def retranslate_ui(self) -> None:
        self.number.setText(self.tr("Area {code}").format(code=texts.year(int(self.code))))
        self.title.setText(texts.area_title(self.code))
        self.setAccessibleName(texts.area_title(self.code))
        self.setToolTip(self.tr("Open this area (Enter)"))
        overview = self.overview
        for key, label, value in zip(HEADLINES[self.code], self.labels, self.values, strict=True):
            label.setText(figure_label(key))
            value.setText(figure_value_text(overview.figure(key)) if overview else "…")
        if overview is None:
            self.targets.setText(self.tr("Counting…"))
            self.targets.setProperty("state", "")
        elif overview.targets_judged == 0:
            self.targets.setText(self.tr("No targets to judge yet"))
            self.targets.setProperty("state", "")
        else:
            self.targets.setText(
                self.tr("Targets met: {met} of {judged}").format(
                    met=texts.number(overview.targets_met),
                    judged=texts.number(overview.targets_judged),
                )
            )
            complete = overview.targets_met == overview.targets_judged
            self.targets.setProperty("state", "met" if complete else "open")
        self.targets.style().unpolish(self.targets)
        self.targets.style().polish(self.targets)

    def set_overview(self, overview: AreaOverview | None) -> None:
        self.overview = overview
        self.retranslate_ui()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.code)
            return
        super().keyPressEvent(event)


class HomePage(Page):
    """Seven area cards for the selected fiscal year; a click opens the area."""

    area_requested = Signal(str)
    list_requested = Signal(str, object)
    """The network watch asks for a list kind opened with filters (a ``ListFilters``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.fiscal_year = 0
        self.site: SiteInfo | None = None
        self.loading = True
        self.failed = False
        super().__init__(parent)

    def _build(self) -> None:
        body, layout = scroll_page(self)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.subheading = named(QLabel(wordWrap=True), "pageSubtitle")
        self.hint = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.hint)
        layout.addSpacing(10)
        self.body_layout = layout
        self.scorecard: Page | None = None
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        layout.addLayout(self.grid)
        layout.addSpacing(14)
        self.watch = NetworkWatchPanel(body)
        self.watch.list_requested.connect(self.list_requested)
        layout.addWidget(self.watch)
        layout.addSpacing(14)
        self.teacher_watch = TeacherWatchPanel(body)
        self.teacher_watch.list_requested.connect(self.list_requested)
        layout.addWidget(self.teacher_watch)
        layout.addSpacing(14)
        self.placement_watch = PlacementWatchPanel(body)
        self.placement_watch.list_requested.connect(self.list_requested)
        layout.addWidget(self.placement_watch)
        layout.addStretch(1)
        self.cards = [AreaCard(area["code"], body) for area in texts.areas()]
        for card in self.cards:
            card.clicked.connect(self.area_requested)
        self._columns = 0
        self._arrange(2)

    def add_scorecard(self, panel: Page) -> None:
        """Show the KPI scorecard first, under the heading (the window makes it: it needs the
        database); it follows the page's fiscal year and opens lists through the page."""
        self.scorecard = panel
        self.body_layout.insertWidget(self.body_layout.indexOf(self.hint) + 1, panel)
        list_requested = getattr(panel, "list_requested", None)
        if list_requested is not None:
            list_requested.connect(self.list_requested)
        if self.followed_year is not None:
            panel.follow_fiscal_year(self.followed_year)

    def follow_fiscal_year(self, year: int) -> None:
        super().follow_fiscal_year(year)
        if self.scorecard is not None:
            self.scorecard.follow_fiscal_year(year)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width() - 48
        self._arrange(max(1, min(3, width // (CARD_MIN_WIDTH + 14))))
        super().resizeEvent(event)

    def retranslate_ui(self) -> None:
        if self.fiscal_year:
            self.heading.setText(
                self.tr("Overview — {fiscal_year}").format(
                    fiscal_year=texts.fiscal_year_title(self.fiscal_year)
                )
            )
            span = texts.fiscal_year_span(self.fiscal_year)
            site = texts.site_name(self.site)
            self.subheading.setText(f"{site} · {span}" if site else span)
        if self.failed:
            self.hint.setText(
                self.tr("The records could not be counted. Choose the year again to retry.")
            )
        elif self.loading:
            self.hint.setText(self.tr("Counting the records of the year…"))
        else:
            self.hint.setText(self.tr("Click a card or press Ctrl+1 to Ctrl+7 to open an area."))
        for card in self.cards:
            card.retranslate_ui()
        self.watch.retranslate_ui()
        self.teacher_watch.retranslate_ui()
        self.placement_watch.retranslate_ui()

    def show_loading(self, fiscal_year: int, site: SiteInfo | None) -> None:
        self.fiscal_year = fiscal_year
        self.site = site
        self.loading = True
        self.failed = False
        for card in self.cards:
            card.overview = None
        self.retranslate_ui()

    def show_failed(self) -> None:
        self.loading = False
        self.failed = True
        self.retranslate_ui()

    def set_overview(self, fiscal_year: int, overviews: list[AreaOverview]) -> None:
        self.fiscal_year = fiscal_year
        self.loading = False
        self.failed = False
        by_code = {o.code: o for o in overviews}
        for card in self.cards:
            card.overview = by_code.get(card.code)
        self.retranslate_ui()
