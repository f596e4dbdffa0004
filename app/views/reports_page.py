"""The reports page: the catalogue of printed reports, the options of the one chosen, and
Preview (Enter), which makes the report on a worker and shows it in a preview window (save as
PDF, print).

The catalogue and the report engine (ReportLab, matplotlib) load on a worker when the page is
first shown, never at start-up. The "print this list" report is not listed: it prints a list
screen with its filters, so it is made from each list screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.kpi.page_links import DISPATCH_PAGE
from app.services.settings import Settings
from app.services.store import Store
from app.views import texts
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.reports.catalogue import ReportSpec
    from app.views.report_preview import ReportPreviewWindow

MIN_FISCAL_YEAR = 2540
MAX_FISCAL_YEAR = 2700
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING_X = 14
PADDING_Y = 9
LINE_GAP = 3
_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)

Index = QModelIndex | QPersistentModelIndex


def load_catalogue(_context: TaskContext) -> list[ReportSpec]:
    """The reports this page makes (every one but the list report, made from list screens)."""
    from app.services.reports import catalogue

    return [spec for spec in catalogue.reports() if catalogue.Need.LIST not in spec.needs]


def load_training_runs(session: Session, fiscal_year: int) -> list[tuple[str, str]]:
    """The training runs of ``fiscal_year`` that certificates can be made for: (key, label)."""
    from app.services.reports.certificates import training_runs

    return list(training_runs(session, fiscal_year))


class ReportDelegate(QStyledItemDelegate):
    """A report in the list: its title in bold, its description below, both wrapped."""

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max(120, (width or option.rect.width()) - 2 * PADDING_X)

    @staticmethod
    def _title_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _heights(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[int, int]:
        bounds = QRect(0, 0, width, 100_000)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        description = str(index.data(DESCRIPTION_ROLE) or "")
        title_height = (
            QFontMetrics(self._title_font(option)).boundingRect(bounds, _FLAGS, title).height()
        )
        description_height = (
            option.fontMetrics.boundingRect(bounds, _FLAGS, description).height()
            if description
            else 0
        )
        return title_height, description_height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        title_height, description_height = self._heights(option, index, width)
        gap = LINE_GAP if description_height else 0
        return QSize(width + 2 * PADDING_X, title_height + gap + description_height + 2 * PADDING_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette = item.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        title_height, _description_height = self._heights(option, index, rect.width())
        painter.save()
        painter.setPen(palette.color(text_role))
        painter.setFont(self._title_font(option))
        painter.drawText(rect, _FLAGS, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        description = str(index.data(DESCRIPTION_ROLE) or "")
        if description:
            muted = palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
            painter.setPen(muted)
            painter.setFont(option.font)
            painter.drawText(rect.adjusted(0, title_height + LINE_GAP, 0, 0), _FLAGS, description)
        painter.restore()


class ReportsPage(Page):
    """Choose a report and its options; Preview makes it and opens its preview window."""

    catalogue_loaded = Signal()
    sent_loaded = Signal()
    """The reports sent to the central office in the year chosen are shown."""
    data_changed = Signal()
    runs_loaded = Signal()
    """The training runs of the year chosen are in the run box."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.specs: list[ReportSpec] = []
        self.catalogue_state = "loading"
        self.runs: list[tuple[str, str]] | None = None
        self.runs_failed = False
        self.thai_digits_default = False
        self.preview_window: ReportPreviewWindow | None = None
        self.sent: dict[Any, Any] | None = None
        self.dispatch_dialog: QWidget | None = None
        self._runs_read = LatestRead()
        super().__init__(parent)

    def year_box(self) -> QSpinBox | None:
        box: QSpinBox | None = getattr(self, "year_spin", None)
        return box

    def apply_settings(self, settings: Settings) -> None:
        self.thai_digits_default = settings.thai_digits()
        if self.built:
            self.digits_check.setChecked(self.thai_digits_default)

    # -- building -------------------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from app.services.thai.fiscal import current_fiscal_year

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.intro = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        body = QHBoxLayout()
        body.setSpacing(16)
        self.report_list = named(QListWidget(), "reportList")
        self.report_list.setItemDelegate(ReportDelegate(self.report_list))
        self.report_list.setWordWrap(True)
        self.report_list.setUniformItemSizes(False)
        self.report_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.report_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.report_list.currentRowChanged.connect(lambda _row: self._selection_changed())
        self.report_list.doubleClicked.connect(lambda _index: self.preview())
        self.list_label = QLabel()
        self.list_label.setBuddy(self.report_list)
        list_column = QVBoxLayout()
        list_column.addWidget(self.list_label)
        list_column.addWidget(self.report_list, 1)
        body.addLayout(list_column, 3)
        options_column = QVBoxLayout()
        self.options_label = QLabel()
        options_column.addWidget(self.options_label)
        options_column.addWidget(self._build_options(current_fiscal_year()), 1)
        body.addLayout(options_column, 2)
        layout.addLayout(body, 1)
        self.lists_hint = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.lists_hint)
        sent_row = QHBoxLayout()
        self.sent_status = named(QLabel(wordWrap=True), "reportsSentStatus")
        self.sent_button = named(QPushButton(), "reportsSent")
        self.sent_button.clicked.connect(lambda: self.record_sent(self.year_spin.value()))
        sent_row.addWidget(self.sent_status, 1)
        sent_row.addWidget(self.sent_button)
        layout.addLayout(sent_row)
        QWidget.setTabOrder(self.report_list, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.digits_check)
        QWidget.setTabOrder(self.digits_check, self.run_combo)
        QWidget.setTabOrder(self.run_combo, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.sent_button)
        self.retranslate_ui()
        self._load_catalogue()
        self._load_sent()

    def _build_options(self, current_year: int) -> QWidget:
        panel = named(QFrame(), "activitySection")
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(8)
        self.chosen_title = named(QLabel(wordWrap=True), "sectionTitle")
        self.chosen_description = named(QLabel(wordWrap=True), "hint")
        column.addWidget(self.chosen_title)
        column.addWidget(self.chosen_description)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.year_label = QLabel()
        self.year_spin = named(QSpinBox(), "reportYear")
        self.year_spin.setRange(MIN_FISCAL_YEAR, MAX_FISCAL_YEAR)
        self.year_spin.setValue(self.followed_year or current_year)
        self.year_label.setBuddy(self.year_spin)
        form.addRow(self.year_label, self.year_spin)
        self.digits_check = named(QCheckBox(), "reportThaiDigits")
        self.digits_check.setChecked(self.thai_digits_default)
        form.addRow(self.digits_check)
        self.run_label = QLabel()
        self.run_combo = named(QComboBox(), "reportRun")
        self.run_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.run_combo.setMinimumContentsLength(16)
        self.run_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.run_label.setBuddy(self.run_combo)
        form.addRow(self.run_label)  # run names are long: the box takes the whole width
        form.addRow(self.run_combo)
        column.addLayout(form)
        self.run_hint = named(QLabel(wordWrap=True), "hint")
        column.addWidget(self.run_hint)
        self.preview_button = named(QPushButton(), "previewReport")
        self.preview_button.clicked.connect(self.preview)
        column.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.year_spin.valueChanged.connect(lambda _year: self._year_changed())
        self.run_combo.currentIndexChanged.connect(lambda _index: self._update_controls())
        return panel

    # -- catalogue ------------------------------------------------------------------------
    def _load_catalogue(self) -> None:
        self.catalogue_state = "loading"
        self.runner.submit(
            "report catalogue",
            load_catalogue,
            on_result=self._catalogue_ready,
            on_error=lambda _error: self._catalogue_failed(),
            parent_widget=self,
        )

    def _catalogue_ready(self, specs: list[ReportSpec]) -> None:
        self.specs = specs
        self.catalogue_state = "ready"
        self.report_list.clear()
        for _spec in specs:
            QListWidgetItem(self.report_list)
        self.retranslate_ui()
        if specs:
            self.report_list.setCurrentRow(0)
        self.catalogue_loaded.emit()

    def _catalogue_failed(self) -> None:
        self.catalogue_state = "failed"
        self.retranslate_ui()

    def selected_spec(self) -> ReportSpec | None:
        row = self.report_list.currentRow() if self.built else -1
        return self.specs[row] if 0 <= row < len(self.specs) else None

    def _needs_run(self) -> bool:
        spec = self.selected_spec()
        return spec is not None and "training_run" in spec.needs

    def _selection_changed(self) -> None:
        self.runs = None
        if self._needs_run():
            self._load_runs()
        else:
            self._runs_read.drop()
        self.retranslate_ui()

    def _year_changed(self) -> None:
        self.sent = None
        self._show_sent()
        self._load_sent()
        if self._needs_run():
            self.runs = None
            self._load_runs()
            self.retranslate_ui()

    # -- training runs --------------------------------------------------------------------
    def _load_runs(self) -> None:
        year = self.year_spin.value()
        self.runs_failed = False

        def read(context: TaskContext) -> list[tuple[str, str]]:
            with context.session() as session:
                return load_training_runs(session, year)

        self._runs_read.submit(
            self.runner,
            "training runs for certificates",
            read,
            on_result=self._runs_ready,
            on_error=lambda _error: self._runs_not_read(),
            parent_widget=self,
        )

    def _runs_ready(self, runs: list[tuple[str, str]]) -> None:
        self.runs = runs
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for key, label in runs:
            self.run_combo.addItem(label, key)
        self.run_combo.blockSignals(False)
        self.retranslate_ui()
        self.runs_loaded.emit()

    def _runs_not_read(self) -> None:
        self.runs = []
        self.runs_failed = True
        self.run_combo.clear()
        self.retranslate_ui()

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Reports"))
        self.intro.setText(
            for_display(
                self.tr(
                    "Choose a report, set its options and press Preview (Enter). The report is "
                    "made for the fiscal year chosen; from its preview you can save it as a PDF "
                    "file or print it."
                )
            )
        )
        self.list_label.setText(self.tr("&Reports:"))
        self.options_label.setText(self.tr("Options of the report chosen:"))
        for row, spec in enumerate(self.specs):
            item = self.report_list.item(row)
            if item is not None:
                item.setText(for_display(spec.title()))
                item.setData(DESCRIPTION_ROLE, for_display(spec.description()))
        self.lists_hint.setText(
            for_display(
                self.tr(
                    "Lists (teachers, students, enterprises and the others) are printed from "
                    "their own screens: open the list, set its filters and print it from there."
                )
            )
        )
        self.year_label.setText(self.tr("&Fiscal year (B.E.):"))
        self.digits_check.setText(self.tr("Numbers in &Thai digits (๑ ๒ ๓)"))
        self.run_label.setText(self.tr("Training r&un:"))
        self.preview_button.setText(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Make the report and show it (Enter)"))
        self.sent_button.setText(self.tr("Reports &sent to the central office…"))
        self._show_sent()
        self._update_controls()

    def _chosen_texts(self) -> tuple[str, str]:
        spec = self.selected_spec()
        if self.catalogue_state == "loading":
            return self.tr("Reading the list of reports…"), ""
        if self.catalogue_state == "failed":
            return self.tr("The list of reports could not be read."), ""
        if spec is None:
            return self.tr("Choose a report from the list."), ""
        return spec.title(), spec.description()

    def _run_hint(self) -> str:
        if not self._needs_run():
            return ""
        if self.runs_failed:
            return self.tr("The training runs could not be read. Choose the year again to retry.")
        if self.runs is None:
            return self.tr("Reading the training runs of this fiscal year…")
        if not self.runs:
            return self.tr("No training run ended in fiscal year {year}.").format(
                year=texts.year(self.year_spin.value())
            )
        return self.tr("Certificates are made for everyone who completed the run chosen.")

    def _update_controls(self) -> None:
        self.run_combo.setToolTip(self.run_combo.currentText())
        title, description = self._chosen_texts()
        self.chosen_title.setText(for_display(title))
        self.chosen_description.setText(for_display(description))
        self.chosen_description.setVisible(bool(description))
        needs_run = self._needs_run()
        self.run_label.setVisible(needs_run)
        self.run_combo.setVisible(needs_run)
        self.run_combo.setEnabled(bool(self.runs))
        hint = self._run_hint()
        self.run_hint.setText(for_display(hint))
        self.run_hint.setVisible(bool(hint))
        self.preview_button.setEnabled(self._can_preview())

    def _can_preview(self) -> bool:
        if self.selected_spec() is None:
            return False
        return not self._needs_run() or self.run_combo.currentData() is not None

    # -- reports sent to the central office (1.2, 1.3) -------------------------------------
    list_kinds = (DISPATCH_PAGE,)

    def show_list(self, kind: str, filters: Any) -> None:
        """The scorecard's link of 1.2 / 1.3: the reports sent in the filters' fiscal year."""
        self.ensure_built()
        year = getattr(filters, "fiscal_year", None)
        if isinstance(year, int):
            self.year_spin.setValue(year)
        self.record_sent(self.year_spin.value())

    def record_sent(self, fiscal_year: int) -> None:
        from app.views.report_dispatch_dialog import ReportDispatchDialog

        dialog = ReportDispatchDialog(self.store, self.runner, fiscal_year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._load_sent)
        dialog.saved.connect(self.data_changed)
        self.dispatch_dialog = dialog
        dialog.open()

    def _load_sent(self) -> None:
        year = self.year_spin.value()

        def read(context: TaskContext) -> tuple[int, dict[Any, Any]]:
            from app.services.report_dispatch import dispatches

            with context.session() as session:
                return year, dispatches(session, year)

        self.runner.submit("reports sent", read, on_result=self._sent_ready, parent_widget=self)

    def _sent_ready(self, read: tuple[int, dict[Any, Any]]) -> None:
        year, sent = read
        if year == self.year_spin.value():
            self.sent = sent
            self._show_sent()
            self.sent_loaded.emit()

    def _show_sent(self) -> None:
        from app.models.enums import SentReportKind

        if self.sent is None:
            self.sent_status.setText("")
            return

        def state(kind: SentReportKind) -> str:
            dispatch = self.sent.get(kind) if self.sent else None
            if dispatch is None:
                return self.tr("not sent yet")
            return self.tr("sent on {day}").format(day=texts.date_text(dispatch.sent_on))

        self.sent_status.setText(
            for_display(
                self.tr(
                    "Fiscal year {year} — 1.2 enterprise database summary: {summary}; "
                    "1.3 matching report: {matching}."
                ).format(
                    year=texts.year(self.year_spin.value()),
                    summary=state(SentReportKind.ENTERPRISE_SUMMARY),
                    matching=state(SentReportKind.MATCHING),
                )
            )
        )

    # -- preview --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.built:
            self.preview()
            event.accept()
            return
        super().keyPressEvent(event)

    def preview(self) -> None:
        """Open the preview of the report chosen with the options set."""
        spec = self.selected_spec()
        if spec is None or not self._can_preview():
            return
        from app.services.reports.catalogue import ReportOptions
        from app.views.report_preview import show_report_preview

        run = self.run_combo.currentData() if self._needs_run() else None
        options = ReportOptions(
            fiscal_year=self.year_spin.value(),
            thai_digits=self.digits_check.isChecked(),
            training_run=str(run) if run is not None else None,
        )
        self.preview_window = show_report_preview(self, self.store, self.runner, spec.name, options)
