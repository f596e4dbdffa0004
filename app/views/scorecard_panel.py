"""The KPI scorecard of the home page (issue 7): for the window's fiscal year and a scope
(the whole network or one network college), the seven areas of the manual with every target:
its live value, its goal (marked when adjusted for the year), its status as a badge with a
word (colour is never the only cue) and a "Show records" link. The selected target's trend
over three fiscal years and its value per college are drawn as charts.

Every read runs on the task runner (``LatestRead``: only the latest answer lands); the panel
says "Computing…" meanwhile and the window stays usable. "Adjust targets…" opens
:class:`~app.views.kpi_targets_dialog.KpiTargetsDialog`; after a save the scorecard is read
again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.services.thai.digits import to_thai_digits
from app.views import texts
from app.views.first_frame import after_first_frame
from app.views.i18n import is_thai
from app.views.kpi_targets_dialog import KpiTargetsDialog, code_text
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.kpi.scorecard import Scorecard, TargetResult

TITLE, VALUE, GOAL, STATUS, RECORDS = range(5)
TREE_HEIGHT = 470
CHART_COLUMN_WIDTH = 370
CHART_WIDTH_INCHES = 3.5
TREND_YEARS = 3
TARGET_ROLE = Qt.ItemDataRole.UserRole

BADGE_STYLE = {
    "met": "background:#d8efdc; color:#1d5e2c; border:1px solid #7fbf8d;",
    "at_risk": "background:#fdf0cf; color:#7a5300; border:1px solid #e0b75a;",
    "not_met": "background:#f9dcdc; color:#8c1d1d; border:1px solid #d98a8a;",
    "no_data": "background:#ececec; color:#4a4a4a; border:1px solid #bdbdbd;",
}


@dataclass(frozen=True)
class CollegeChoice:
    college_id: int
    name: str


@dataclass(frozen=True)
class ScorecardRead:
    """What one read brings back: the scorecard and the colleges the scope box offers."""

    scorecard: Scorecard
    colleges: list[CollegeChoice]


@dataclass(frozen=True)
class ChartRequest:
    target_id: str
    fiscal_year: int
    college_id: int | None
    goal: float
    unit: str
    trend_title: str
    college_title: str
    thai_digits: bool
    dpi: float


@dataclass(frozen=True)
class Charts:
    target_id: str
    trend: bytes
    colleges: bytes | None
    """None: the target belongs to the center as a whole (no value per college)."""


def _read(
    context: TaskContext, fiscal_year: int, college_id: int | None, today: date | None
) -> ScorecardRead:
    from app.services.kpi.scorecard import scorecard
    from app.services.records.inputs import college_choices

    with context.session() as session:
        card = scorecard(session, fiscal_year, college_id, today=today)
        colleges = [CollegeChoice(c.record_id, c.name) for c in college_choices(session)]
    return ScorecardRead(card, colleges)


def _draw(context: TaskContext, request: ChartRequest) -> Charts:
    from app.services.kpi.charts import Unit, college_chart, trend_chart
    from app.services.kpi.scorecard import per_college, trend

    unit: Unit = "percent" if request.unit == "percent" else "count"
    if request.unit == "flag":
        unit = "flag"
    years = list(range(request.fiscal_year - TREND_YEARS + 1, request.fiscal_year + 1))
    with context.session() as session:
        points = trend(session, request.target_id, years, request.college_id)
        pairs = per_college(session, request.target_id, request.fiscal_year)
    digits, dpi = request.thai_digits, request.dpi
    trend_png = trend_chart(
        points,
        request.trend_title,
        request.goal,
        unit=unit,
        thai_digits=digits,
        width=CHART_WIDTH_INCHES,
        dpi=dpi,
    )
    college_png = (
        college_chart(
            pairs,
            request.college_title,
            request.goal,
            unit=unit,
            thai_digits=digits,
            width=CHART_WIDTH_INCHES,
            dpi=dpi,
        )
        if pairs
        else None
    )
    return Charts(request.target_id, trend_png, college_png)


class StatusBadge(QLabel):
    """A target's status: a word on a coloured background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = ""

    def show_state(self, state: str, text: str) -> None:
        self.state = state
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(
            "QLabel#kpiBadge {" + BADGE_STYLE.get(state, "") + " border-radius:9px;"
            " padding:1px 10px; font-weight:600; }"
        )


class ScorecardPanel(Page):
    """Every target of the manual for the window's fiscal year, with charts of one target."""

    list_requested = Signal(str, object)
    """Open this list kind with these filters (a ``ListFilters``)."""
    loaded = Signal()
    """A new scorecard is on screen."""
    charts_loaded = Signal()
    """The charts of the selected target are on screen."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.fiscal_year = 0
        self.stale = False
        self.college_id: int | None = None
        self.as_of: date | None = None
        """The day statuses are judged on (None: today)."""
        self.card: Scorecard | None = None
        self.colleges: list[CollegeChoice] = []
        self.loading = False
        self.failed = False
        self.charts: Charts | None = None
        self.charts_loading = False
        self.charts_failed = False
        self.selected_id: str | None = None
        self.targets_dialog: KpiTargetsDialog | None = None
        self._latest = LatestRead()
        self._latest_charts = LatestRead()
        self._filling = False
        super().__init__(parent)

    # -- widgets ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("scorecardPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.title = named(QLabel(wordWrap=True), "sectionTitle")
        bar = QHBoxLayout()
        self.scope_label = QLabel()
        self.scope = named(QComboBox(), "scorecardScope")
        self.scope.setMinimumContentsLength(24)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_label.setBuddy(self.scope)
        self.adjust = named(QPushButton(), "scorecardAdjust")
        self.status = named(QLabel(wordWrap=True), "hint")
        bar.addWidget(self.scope_label)
        bar.addWidget(self.scope)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.adjust)
        self.tree = named(QTreeWidget(), "scorecardTree")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setFixedHeight(TREE_HEIGHT)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VALUE, GOAL, STATUS, RECORDS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(6)
        self.chart_heading = named(QLabel(wordWrap=True), "sectionHeading")
        self.chart_state = named(QLabel(wordWrap=True), "hint")
        self.trend_image = named(QLabel(), "scorecardTrendChart")
        self.college_image = named(QLabel(), "scorecardCollegeChart")
        for image in (self.trend_image, self.college_image):
            image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        charts_layout.addWidget(self.chart_heading)
        charts_layout.addWidget(self.chart_state)
        charts_layout.addWidget(self.trend_image)
        charts_layout.addWidget(self.college_image)
        charts_layout.addStretch(1)
        self.chart_scroll = named(QScrollArea(widgetResizable=True), "scorecardCharts")
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setWidget(charts)
        self.chart_scroll.setFixedWidth(CHART_COLUMN_WIDTH)
        self.chart_scroll.setFixedHeight(TREE_HEIGHT)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.tree, 1)
        body.addWidget(self.chart_scroll)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(body)
        QWidget.setTabOrder(self.scope, self.adjust)
        QWidget.setTabOrder(self.adjust, self.tree)
        self.scope.currentIndexChanged.connect(self._scope_chosen)
        self.adjust.clicked.connect(self.adjust_targets)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(self._activated)

    # -- reading ----------------------------------------------------------------------------
    def follow_fiscal_year(self, year: int) -> None:
        super().follow_fiscal_year(year)
        if year != self.fiscal_year:
            self.fiscal_year = year
            # Read when on screen: the window counts nothing before it is shown.
            if self.isVisible():
                self.load()
            else:
                self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            # The worker imports SQLAlchemy and the models: not while the window is painted.
            after_first_frame(self, self.load)

    def load(self) -> None:
        """Read the scorecard of the chosen year and scope (off the UI thread)."""
        if not self.fiscal_year:
            from app.services.thai.fiscal import current_fiscal_year

            self.fiscal_year = self.followed_year or current_fiscal_year()
        year, college, today = self.fiscal_year, self.college_id, self.as_of
        self.loading = True
        self.failed = False
        self.retranslate_ui()
        self._latest.submit(
            self.runner,
            "KPI scorecard",
            lambda context: _read(context, year, college, today),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, read: ScorecardRead) -> None:
        self.loading = False
        self.card = read.scorecard
        self.colleges = read.colleges
        self._fill_scope()
        self._fill_tree()
        self.retranslate_ui()
        self.loaded.emit()
        self._load_charts()

    def _failed(self) -> None:
        self.loading = False
        self.failed = True
        self.retranslate_ui()

    def _scope_chosen(self, _index: int) -> None:
        if self._filling:
            return
        data = self.scope.currentData()
        college = int(data) if isinstance(data, int) and data > 0 else None
        if college != self.college_id:
            self.college_id = college
            self.load()

    def choose_college(self, college_id: int | None) -> None:
        """Show the scorecard of one network college (None: the whole network)."""
        index = self.scope.findData(college_id or 0)
        if index >= 0:
            self.scope.setCurrentIndex(index)
        self.college_id = college_id
        self.load()

    # -- the scorecard ----------------------------------------------------------------------
    def _fill_scope(self) -> None:
        self._filling = True
        try:
            self.scope.clear()
            self.scope.addItem("", 0)
            for college in self.colleges:
                self.scope.addItem(for_display(college.name), college.college_id)
            index = self.scope.findData(self.college_id or 0)
            self.scope.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def _fill_tree(self) -> None:
        card = self.card
        if card is None:
            return
        self._filling = True
        try:
            self.tree.clear()
            current: QTreeWidgetItem | None = None
            first: QTreeWidgetItem | None = None
            for code, results in card.by_area().items():
                area = QTreeWidgetItem(self.tree)
                area.setData(TITLE, TARGET_ROLE, f"area:{code}")
                area.setFlags(Qt.ItemFlag.ItemIsEnabled)
                area.setFirstColumnSpanned(False)
                font = area.font(TITLE)
                font.setBold(True)
                area.setFont(TITLE, font)
                for result in results:
                    item = QTreeWidgetItem(area)
                    item.setData(TITLE, TARGET_ROLE, result.target_id)
                    item.setTextAlignment(
                        VALUE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.tree.setItemWidget(item, STATUS, StatusBadge())
                    if result.list_kind is not None:
                        button = named(QPushButton(), "kpiShowRecords")
                        button.setFlat(True)
                        button.setCursor(Qt.CursorShape.PointingHandCursor)
                        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                        button.clicked.connect(
                            lambda _checked=False, target=result.target_id: self.show_records(
                                target
                            )
                        )
                        self.tree.setItemWidget(item, RECORDS, button)
                    first = first or item
                    if result.target_id == self.selected_id:
                        current = item
            self.tree.expandAll()
            chosen = current or first
            if chosen is not None:
                self.tree.setCurrentItem(chosen)
                self.selected_id = chosen.data(TITLE, TARGET_ROLE)
        finally:
            self._filling = False

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(index)
            if area is None:
                continue
            found.append(area)
            found.extend(area.child(row) for row in range(area.childCount()))
        return found

    def item_of(self, target_id: str) -> QTreeWidgetItem | None:
        return next(
            (i for i in self._items() if i.data(TITLE, TARGET_ROLE) == target_id),
            None,
        )

    def result_of(self, target_id: str) -> TargetResult | None:
        if self.card is None:
            return None
        return next((r for r in self.card.results if r.target_id == target_id), None)

    # -- selection, records, charts ---------------------------------------------------------
    def _selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._filling or item is None:
            return
        target_id = item.data(TITLE, TARGET_ROLE)
        if not isinstance(target_id, str) or target_id.startswith("area:"):
            return
        if target_id != self.selected_id:
            self.selected_id = target_id
            self._load_charts()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target_id = item.data(TITLE, TARGET_ROLE)
        if isinstance(target_id, str) and not target_id.startswith("area:"):
            self.show_records(target_id)

    def show_records(self, target_id: str) -> None:
        """Ask the window for the list of the records behind the target's figure."""
        result = self.result_of(target_id)
        if result is None or result.list_kind is None:
            return
        from app.services.listing.query import ListFilters

        filters = ListFilters(**result.list_filters)  # type: ignore[arg-type]
        self.list_requested.emit(result.list_kind, filters)

    def _load_charts(self) -> None:
        result = self.result_of(self.selected_id or "")
        if result is None or self.card is None:
            return
        thai = is_thai()
        ratio = self.devicePixelRatioF() or 1.0
        request = ChartRequest(
            target_id=result.target_id,
            fiscal_year=self.card.fiscal_year,
            college_id=self.card.college_id,
            goal=result.goal,
            unit=result.unit,
            trend_title=self.tr("The last three fiscal years"),
            college_title=self.tr("Per network college, fiscal year {year}").format(
                year=texts.year(self.card.fiscal_year)
            ),
            thai_digits=thai and texts.thai_digits(),
            dpi=100.0 * ratio,
        )
        self.charts_loading = True
        self.charts_failed = False
        self.retranslate_ui()
        self._latest_charts.submit(
            self.runner,
            "KPI charts",
            lambda context: _draw(context, request),
            on_result=self._charts_ready,
            on_error=lambda _error: self._charts_failed(),
            parent_widget=self,
        )

    def _charts_ready(self, charts: Charts) -> None:
        self.charts_loading = False
        self.charts = charts
        ratio = self.devicePixelRatioF() or 1.0
        for label, png in ((self.trend_image, charts.trend), (self.college_image, charts.colleges)):
            if png is None:
                label.clear()
                label.setVisible(False)
                continue
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setVisible(True)
        self.retranslate_ui()
        self.charts_loaded.emit()

    def _charts_failed(self) -> None:
        self.charts_loading = False
        self.charts_failed = True
        self.retranslate_ui()

    # -- adjusting the targets --------------------------------------------------------------
    def adjust_targets(self) -> None:
        """Open the targets of the year; a save reads the scorecard again."""
        if not self.fiscal_year:
            return
        dialog = KpiTargetsDialog(self.store, self.runner, self.fiscal_year, self)
        dialog.saved.connect(lambda _count: self.load())
        dialog.finished.connect(dialog.deleteLater)
        self.targets_dialog = dialog
        dialog.open()

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.fiscal_year:
            self.title.setText(
                self.tr("Key results — {fiscal_year}").format(
                    fiscal_year=texts.fiscal_year_title(self.fiscal_year)
                )
            )
        else:
            self.title.setText(self.tr("Key results"))
        self.scope_label.setText(self.tr("&Scope:"))
        if self.scope.count():
            self.scope.setItemText(0, self.tr("Whole network"))
        self.adjust.setText(self.tr("&Adjust targets…"))
        self.adjust.setToolTip(self.tr("Change the targets of this fiscal year"))
        self.tree.setHeaderLabels(
            [
                self.tr("Target"),
                self.tr("Value"),
                self.tr("Goal"),
                self.tr("Status"),
                self.tr("Records"),
            ]
        )
        self.tree.setToolTip(
            self.tr("Select a target to see its charts; press Enter to show its records.")
        )
        self.status.setText(self._status_text())
        self._retranslate_rows()
        self._retranslate_charts()

    def _status_text(self) -> str:
        if self.failed:
            return self.tr("The scorecard could not be computed. Choose the year again to retry.")
        if self.loading:
            return self.tr("Computing…")
        card = self.card
        if card is None:
            return ""
        met = sum(1 for r in card.results if r.status == "met")
        return self.tr("Targets met: {met} of {count}").format(
            met=texts.number(met), count=texts.number(len(card.results))
        )

    def _retranslate_rows(self) -> None:
        if self.card is None:
            return  # no rows yet (and the catalogue loads the models: not at start-up)
        from app.services.kpi.catalogue import find_target

        for item in self._items():
            key = item.data(TITLE, TARGET_ROLE)
            if not isinstance(key, str):
                continue
            if key.startswith("area:"):
                code = key.removeprefix("area:")
                item.setText(
                    TITLE,
                    self.tr("Area {code}: {title}").format(
                        code=code_text(code), title=texts.area_title(code)
                    ),
                )
                item.setText(STATUS, self._area_summary(code))
                continue
            result = self.result_of(key)
            if result is None:
                continue
            title = self.tr("{activity} {title}").format(
                activity=code_text(result.activity), title=find_target(key).title
            )
            item.setText(TITLE, for_display(title))
            item.setToolTip(TITLE, title)
            item.setText(VALUE, self.value_text(result))
            item.setToolTip(VALUE, self.value_detail(result))
            item.setText(GOAL, self.goal_text(result))
            if result.overridden:
                item.setToolTip(GOAL, self.tr("The target was adjusted for this fiscal year."))
            else:
                item.setToolTip(GOAL, "")
            badge = self.tree.itemWidget(item, STATUS)
            if isinstance(badge, StatusBadge):
                badge.show_state(str(result.status), self.status_name(str(result.status)))
            button = self.tree.itemWidget(item, RECORDS)
            if isinstance(button, QPushButton):
                button.setText(self.tr("Show records"))
                button.setToolTip(self.tr("Open the records behind this figure"))

    def _area_summary(self, code: str) -> str:
        if self.card is None:
            return ""
        results = self.card.by_area().get(code, ())
        met = sum(1 for r in results if r.status == "met")
        return self.tr("{met} of {count} met").format(
            met=texts.number(met), count=texts.number(len(results))
        )

    def status_name(self, status: str) -> str:
        names = {
            "met": self.tr("Met"),
            "at_risk": self.tr("At risk"),
            "not_met": self.tr("Not met"),
            "no_data": self.tr("No data"),
        }
        return names.get(status, status)

    def value_text(self, result: TargetResult) -> str:
        value = result.value
        if value is None:
            return self.tr("no data")
        if result.unit == "flag":
            return self.tr("Yes") if value >= 1 else self.tr("No")
        if result.unit == "percent":
            return texts.percent(value)
        if float(value).is_integer():
            return texts.number(int(value))
        shown = f"{value:,.1f}"
        return to_thai_digits(shown) if is_thai() and texts.thai_digits() else shown

    def value_detail(self, result: TargetResult) -> str:
        """What the value counts: "9 of 10" for a share (a tooltip)."""
        if result.numerator is None:
            return ""
        if result.denominator and result.unit == "percent":
            return self.tr("{value_of_total} counted").format(
                value_of_total=texts.value_of_total(result.numerator, result.denominator)
            )
        return ""

    def goal_text(self, result: TargetResult) -> str:
        if result.op == "exists":
            goal = self.tr("record exists")
        else:
            shown = (
                texts.percent(result.goal)
                if result.unit == "percent"
                else texts.number(int(result.goal))
            )
            symbol = "≤" if result.op == "<=" else "≥"
            goal = f"{symbol} {shown}"
        if result.overridden:
            return self.tr("{goal} (adjusted)").format(goal=goal)
        return goal

    def _retranslate_charts(self) -> None:
        target_id = self.selected_id
        if target_id is None or self.result_of(target_id) is None:
            self.chart_heading.setText(self.tr("Charts"))
            self.chart_state.setText(self.tr("Select a target to see its charts."))
            return
        from app.services.kpi.catalogue import find_target  # the models: not at start-up

        self.chart_heading.setText(
            for_display(self.tr("Charts: {target}").format(target=find_target(target_id).title))
        )
        charts = self.charts
        if self.charts_failed:
            self.chart_state.setText(self.tr("The charts could not be drawn."))
        elif self.charts_loading:
            self.chart_state.setText(self.tr("Drawing the charts…"))
        elif charts is not None and charts.colleges is None:
            self.chart_state.setText(
                self.tr("This target belongs to the center as a whole: no value per college.")
            )
        else:
            self.chart_state.setText("")
        self.chart_state.setVisible(bool(self.chart_state.text()))
