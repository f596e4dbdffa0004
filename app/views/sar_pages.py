"""Self-assessment reports of the network colleges (manual 7.1): two pages.

"Self-assessment reports": for the chosen fiscal year every network college with the day
its SAR was received and its weighted total, and the colleges still missing one; a SAR is
entered or edited in a dialog with one score box per indicator (Enter on a college), or
deleted. "Indicators and analysis": the center's indicators (add, edit, delete; each with an
optional scoring rule, shown shortened in the list and in full as a tooltip there and on
the indicator's score box in the SAR dialog) and the
analysis of the year across the network (distribution per indicator, the weakest indicators,
the change from last year).

Reads and writes go through the task runner; the pages are laid out when first shown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.kpi.page_links import SAR_PAGE
from app.services.store import Store
from app.services.validation import FieldError
from app.views import messages, texts
from app.views.matching_models import AnyIndex, RowsTableModel, TableColumn
from app.views.page import Page, named
from app.views.runner import TaskContext, TaskRunner, error_text
from app.views.tables import model_table
from app.views.year_page import YearFiguresPage

if TYPE_CHECKING:
    from app.services.sar import (
        CollegeSar,
        IndicatorInput,
        IndicatorRow,
        IndicatorStats,
        SarAnalysis,
        SarForm,
        SarInput,
        SarYear,
    )

FIRST_YEAR, LAST_YEAR = 2500, 2700
T = TypeVar("T")
DIALOG_MAX_HEIGHT = 640
WEIGHT_MAX = 9999.99
SCALE_MAX = 100
RULE_CELL_CHARS = 60
"""The most characters of a scoring rule shown in the indicators list (the rest: tooltip)."""
RULE_BOX_LINES = 5


# -- cell texts (called when a row is drawn: they follow a language switch) -----------------
def _decimal(value: float | None) -> str:
    """A score or weight with at most two decimals, none when whole: 3.50 -> "3.5"."""
    if value is None:
        return "–"
    shown = f"{value:,.2f}".rstrip("0").rstrip(".")
    return _digits("0" if shown == "-0" else shown)


def _digits(text: str) -> str:
    from app.services.thai.digits import to_thai_digits
    from app.views.i18n import is_thai

    return to_thai_digits(text) if texts.thai_digits() and is_thai() else text


def _change(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("SarPages", "no data last year")
    sign = "+" if value > 0 else ""
    return sign + _decimal(value)


def _share(value: float | None) -> str:
    return "–" if value is None else texts.percent(100.0 * value)


def _received(college: CollegeSar) -> str:
    if college.received_on is None:
        return QCoreApplication.translate("SarPages", "not received")
    return texts.date_text(college.received_on)


def college_columns(weight_sum: Callable[[], float]) -> list[TableColumn]:
    def total(college: CollegeSar) -> str:
        if college.weighted_total is None:
            return "–"
        return QCoreApplication.translate("SarPages", "{total} of {most}").format(
            total=_decimal(college.weighted_total), most=_decimal(weight_sum())
        )

    return [
        TableColumn(lambda: QCoreApplication.translate("SarPages", "College"), lambda c: c.name),
        TableColumn(lambda: QCoreApplication.translate("SarPages", "SAR received on"), _received),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Weighted total"), total, numeric=True
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Indicators scored"),
            lambda c: texts.number(c.scored) if c.received_on is not None else "–",
            numeric=True,
        ),
    ]


def missing_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "College still missing a SAR"),
            lambda c: c.name,
        )
    ]


def rule_cell(rule: str) -> str:
    """A scoring rule on one line, cut to :data:`RULE_CELL_CHARS` ("–" when there is none)."""
    line = " ".join(rule.split())
    if not line:
        return "–"
    if len(line) <= RULE_CELL_CHARS:
        return line
    end = RULE_CELL_CHARS - 1
    while end > 0 and unicodedata.category(line[end]) == "Mn":
        end -= 1  # a Thai vowel or tone mark stays with its consonant
    return line[:end].rstrip() + "…"


def indicator_columns() -> list[TableColumn]:
    return [
        TableColumn(lambda: QCoreApplication.translate("SarPages", "Code"), lambda r: r.code),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Standard"), lambda r: r.standard
        ),
        TableColumn(lambda: QCoreApplication.translate("SarPages", "Indicator"), lambda r: r.title),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Weight"),
            lambda r: _decimal(float(r.weight)),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Scale"),
            lambda r: texts.number(r.max_score),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Scores recorded"),
            lambda r: texts.number(r.scores),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Scoring rule"),
            lambda r: rule_cell(r.scoring_rule),
        ),
    ]


RULE_COLUMN = len(indicator_columns()) - 1


class IndicatorTableModel(RowsTableModel):
    """The indicators; the scoring-rule cell is shortened, its tooltip is the whole rule."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RULE_COLUMN:
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or not row.scoring_rule:
                return None
            return row.scoring_rule
        return super().data(index, role)


def stats_columns() -> list[TableColumn]:
    def number(read: Callable[[IndicatorStats], float | None]) -> Callable[[Any], str]:
        return lambda row: _decimal(read(row))

    return [
        TableColumn(lambda: QCoreApplication.translate("SarPages", "Code"), lambda r: r.code),
        TableColumn(lambda: QCoreApplication.translate("SarPages", "Indicator"), lambda r: r.title),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "SARs"),
            lambda r: texts.number(r.count),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Lowest"),
            number(lambda r: r.minimum),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Median"),
            number(lambda r: r.median),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Mean"),
            number(lambda r: r.mean),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Highest"),
            number(lambda r: r.maximum),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Mean of the scale"),
            lambda r: _share(r.share),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Mean last year"),
            number(lambda r: r.previous_mean),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Change"),
            lambda r: _change(r.change),
            numeric=True,
        ),
    ]


def weakest_columns() -> list[TableColumn]:
    return [
        TableColumn(lambda: QCoreApplication.translate("SarPages", "Code"), lambda r: r.code),
        TableColumn(lambda: QCoreApplication.translate("SarPages", "Indicator"), lambda r: r.title),
        TableColumn(
            lambda: QCoreApplication.translate("SarPages", "Mean of the scale"),
            lambda r: _share(r.share),
            numeric=True,
        ),
    ]


def _fit(table: QTableView, widest: int = 380) -> None:
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))


def _selected(table: QTableView, model: RowsTableModel) -> Any | None:
    index = table.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def _select_first(table: QTableView) -> None:
    if table.model().rowCount() and not table.currentIndex().isValid():
        table.setCurrentIndex(table.model().index(0, 0))


# -- dialogs --------------------------------------------------------------------------------
class _EditDialog(QDialog):
    """A dialog that saves through the runner and shows the service's refusals."""

    saved = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.saving = False
        self.fields: dict[str, QWidget] = {}
        self.error = named(QLabel(wordWrap=True), "formError")
        self.error.setVisible(False)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    _write: Callable[[], Callable[[TaskContext], int]]
    """The work that saves the dialog's record (each dialog gives its own)."""

    def save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.runner.submit(
            "self-assessment save",
            self._write(),
            on_result=self._saved,
            on_error=self._refused,
            parent_widget=self,
        )

    def _saved(self, record_id: int) -> None:
        self.saving = False
        self.saved.emit(record_id)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, error: BaseException) -> None:
        from app.services.records.spec import InvalidRecord  # not at start-up: SQLAlchemy

        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidRecord):
            problems: list[FieldError] = error.errors
        elif isinstance(error, FieldError):
            problems = [error]
        else:
            messages.show_error(self, error_text(error))
            return
        self.error.setText("\n".join(problem.message for problem in problems))
        self.error.setVisible(True)
        for problem in problems:
            widget = self.fields.get(problem.field)
            if widget is not None:
                widget.setFocus()
                break

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def _button_texts(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        save.setText(QCoreApplication.translate("SarPages", "&Save"))
        cancel.setText(QCoreApplication.translate("SarPages", "Cancel"))


class SarDialog(_EditDialog):
    """A college's SAR of a fiscal year: received day and one score box per indicator."""

    def __init__(
        self, store: Store, runner: TaskRunner, form: SarForm, sar_id: int | None, parent: QWidget
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("sarDialog")
        self.store = store
        self.form = form
        self.sar_id = sar_id
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.college = named(QComboBox(), "sarCollege")
        for choice in form.colleges:
            self.college.addItem(choice.name, choice.record_id)
        self.college.setCurrentIndex(max(0, self.college.findData(form.data.college_id)))
        self.college.setEnabled(sar_id is None)
        self.college_label = QLabel()
        self.college_label.setBuddy(self.college)
        self.year = QLabel(texts.year(form.data.fiscal_year))
        self.year_label = QLabel()
        self.received = named(QLineEdit(form.data.received_on), "sarReceivedOn")
        self.received_label = QLabel()
        self.received_label.setBuddy(self.received)
        top.addRow(self.college_label, self.college)
        top.addRow(self.year_label, self.year)
        top.addRow(self.received_label, self.received)
        self.fields = {"college_id": self.college, "received_on": self.received}
        layout.addLayout(top)
        self.scores_heading = named(QLabel(wordWrap=True), "sectionTitle")
        layout.addWidget(self.scores_heading)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from score box to score box
        body = QWidget()
        scores = QFormLayout(body)
        self.score_boxes: dict[int, QLineEdit] = {}
        self.score_labels: dict[int, QLabel] = {}
        from app.services.sar import score_field

        for indicator in form.indicators:
            box = named(QLineEdit(form.data.scores.get(indicator.record_id, "")), "sarScore")
            box.setMaximumWidth(120)
            label = QLabel(wordWrap=True)
            label.setBuddy(box)
            scores.addRow(label, box)
            self.score_boxes[indicator.record_id] = box
            self.score_labels[indicator.record_id] = label
            self.fields[score_field(indicator.record_id)] = box
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.no_indicators = QLabel(wordWrap=True)
        self.no_indicators.setVisible(not form.indicators)
        layout.addWidget(self.no_indicators)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, min(DIALOG_MAX_HEIGHT, 260 + 44 * len(form.indicators)))
        self.retranslate_ui()
        (self.college if sar_id is None else self.received).setFocus()

    def retranslate_ui(self) -> None:
        if self.sar_id is None:
            self.setWindowTitle(self.tr("Enter a self-assessment report"))
        else:
            self.setWindowTitle(self.tr("Edit a self-assessment report"))
        self.college_label.setText(self.tr("&College:"))
        self.year_label.setText(self.tr("Fiscal year:"))
        self.received_label.setText(self.tr("&Received on:"))
        self.received.setPlaceholderText(self.tr("day/month/B.E. year, for example 15/9/2569"))
        self.scores_heading.setText(
            self.tr("Scores per indicator (leave a box empty when it was not scored)")
        )
        self.no_indicators.setText(
            self.tr("No indicators yet: add them on the page Indicators and analysis.")
        )
        for indicator in self.form.indicators:
            self.score_labels[indicator.record_id].setText(
                self.tr("{code} {title} (0–{most}):").format(
                    code=indicator.code, title=indicator.title, most=indicator.max_score
                )
            )
            rule = ""
            if indicator.scoring_rule:
                rule = self.tr("Scoring rule:\n{rule}").format(rule=indicator.scoring_rule)
            self.score_boxes[indicator.record_id].setToolTip(rule)
            self.score_labels[indicator.record_id].setToolTip(rule)
        self._button_texts()

    def value(self) -> SarInput:
        from app.services.sar import SarInput

        return SarInput(
            college_id=self.college.currentData(),
            fiscal_year=self.form.data.fiscal_year,
            received_on=self.received.text(),
            scores={key: box.text() for key, box in self.score_boxes.items()},
        )

    def _write(self) -> Callable[[TaskContext], int]:
        data, sar_id, store = self.value(), self.sar_id, self.store

        def write(_context: TaskContext) -> int:
            from app.services.sar import save_sar

            return save_sar(store, data, sar_id)

        return write


class IndicatorDialog(_EditDialog):
    """An indicator of the center: code, standard, title, weight and scale."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        data: IndicatorInput,
        record_id: int | None,
        parent: QWidget,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("indicatorDialog")
        self.store = store
        self.record_id = record_id
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        self.code = named(QLineEdit(data.code), "indicatorCode")
        self.standard = named(QLineEdit(data.standard), "indicatorStandard")
        self.title_edit = named(QLineEdit(data.title), "indicatorTitle")
        self.weight = named(QDoubleSpinBox(), "indicatorWeight")
        self.weight.setDecimals(2)
        self.weight.setRange(0, WEIGHT_MAX)
        self.weight.setValue(float(data.weight))
        self.scale = named(QSpinBox(), "indicatorScale")
        self.scale.setRange(0, SCALE_MAX)
        self.scale.setValue(data.max_score)
        self.scoring_rule = named(QPlainTextEdit(data.scoring_rule), "indicatorScoringRule")
        self.scoring_rule.setTabChangesFocus(True)  # Tab leaves the box, as in every field
        lines = self.scoring_rule.fontMetrics().lineSpacing() * RULE_BOX_LINES
        self.scoring_rule.setFixedHeight(lines + 12)
        self.labels: dict[str, QLabel] = {}
        for name, widget in (
            ("code", self.code),
            ("standard", self.standard),
            ("title", self.title_edit),
            ("weight", self.weight),
            ("max_score", self.scale),
            ("scoring_rule", self.scoring_rule),
        ):
            label = QLabel()
            label.setBuddy(widget)
            fields.addRow(label, widget)
            self.labels[name] = label
            self.fields[name] = widget
        layout.addLayout(fields)
        self.rule = QLabel(wordWrap=True)
        layout.addWidget(self.rule)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate_ui()
        self.code.setFocus()

    def retranslate_ui(self) -> None:
        if self.record_id is None:
            self.setWindowTitle(self.tr("New indicator"))
        else:
            self.setWindowTitle(self.tr("Edit indicator"))
        self.labels["code"].setText(self.tr("C&ode:"))
        self.labels["standard"].setText(self.tr("S&tandard:"))
        self.labels["title"].setText(self.tr("&Indicator:"))
        self.labels["weight"].setText(self.tr("&Weight:"))
        self.labels["max_score"].setText(self.tr("S&cale (highest score):"))
        self.labels["scoring_rule"].setText(self.tr("Scoring &rule:"))
        self.scoring_rule.setPlaceholderText(
            self.tr(
                "How a college earns each score, one line per score, for example\n"
                "5 = every network college did it\n1 = none did"
            )
        )
        self.rule.setText(
            self.tr(
                "A college's weighted total adds, for each indicator, the weight times the "
                "score divided by the scale."
            )
        )
        self._button_texts()

    def value(self) -> IndicatorInput:
        from app.services.sar import IndicatorInput

        return IndicatorInput(
            code=self.code.text(),
            standard=self.standard.text(),
            title=self.title_edit.text(),
            weight=Decimal(str(round(self.weight.value(), 2))),
            max_score=self.scale.value(),
            scoring_rule=self.scoring_rule.toPlainText(),
        )

    def _write(self) -> Callable[[TaskContext], int]:
        data, record_id, store = self.value(), self.record_id, self.store

        def write(_context: TaskContext) -> int:
            from app.services.sar import save_indicator

            return save_indicator(store, data, record_id)

        return write


# -- pages ----------------------------------------------------------------------------------
class _YearPage(YearFiguresPage[T]):
    """A SAR page: a heading, the year box with a summary beside it, and dialogs to edit."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.dialog: QDialog | None = None
        super().__init__(store, runner, parent)

    def _year_bar(self, layout: QVBoxLayout, name: str) -> QHBoxLayout:
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        layout.addWidget(self.heading)
        bar = self.year_bar(name, FIRST_YEAR, LAST_YEAR)
        self.summary = named(QLabel(wordWrap=True), "sarSummary")
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        return bar

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _write(self, name: str, work: Callable[[Store], None]) -> None:
        store = self.store

        def write(_context: TaskContext) -> None:
            work(store)

        self.runner.submit(name, write, on_result=lambda _none: self.load(), parent_widget=self)

    def _delete_confirmed(self, question: str, name: str, work: Callable[[Store], None]) -> None:
        """Ask ``question`` (a Delete button to confirm), then run ``work`` and read again."""
        if messages.confirm(self, question, QCoreApplication.translate("SarPage", "Delete")):
            self._write(name, work)


class SarPage(_YearPage["SarYear"]):
    """The SARs of the year: received day and weighted total per college; the missing ones."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.year_data: SarYear | None = None
        super().__init__(store, runner, parent)

    list_kinds = (SAR_PAGE,)
    figures_task = "self-assessment reports"

    def subpage_title(self) -> str | None:
        return self.tr("Self-assessment reports")

    def show_list(self, kind: str, filters: Any) -> None:
        """Show the SARs of the fiscal year of ``filters`` (the scorecard's 7.1 link)."""
        self.ensure_built()
        year = getattr(filters, "fiscal_year", None)
        if isinstance(year, int):
            self.year.setValue(year)

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self._year_bar(layout, "sarYear")
        buttons = QHBoxLayout()
        self.enter_button = named(QPushButton(), "sarEnter")
        self.delete_button = named(QPushButton(), "sarDelete")
        buttons.addWidget(self.enter_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.colleges_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.college_model = RowsTableModel(college_columns(self._weight_sum), self)
        self.college_table = model_table("sarColleges", self.college_model)
        self.colleges_heading.setBuddy(self.college_table)
        left_layout.addWidget(self.colleges_heading)
        left_layout.addWidget(self.college_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.missing_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.missing_model = RowsTableModel(missing_columns(), self)
        self.missing_table = model_table("sarMissing", self.missing_model)
        self.missing_heading.setBuddy(self.missing_table)
        right_layout.addWidget(self.missing_heading)
        right_layout.addWidget(self.missing_table, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.year, self.enter_button)
        QWidget.setTabOrder(self.enter_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.college_table)
        QWidget.setTabOrder(self.college_table, self.missing_table)

        self.enter_button.clicked.connect(lambda: self.enter(self._current_college()))
        self.delete_button.clicked.connect(self.delete_current)
        self.college_table.activated.connect(lambda _index: self.enter(self._current_college()))
        self.missing_table.activated.connect(
            lambda _index: self.enter(_selected(self.missing_table, self.missing_model))
        )
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.college_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    def _weight_sum(self) -> float:
        return self.year_data.weight_sum if self.year_data else 0.0

    def _current_college(self) -> CollegeSar | None:
        row: CollegeSar | None = _selected(self.college_table, self.college_model)
        return row

    # -- reading ----------------------------------------------------------------------------
    def figures_reader(self, fiscal_year: int) -> Callable[[TaskContext], SarYear]:
        def read(context: TaskContext) -> SarYear:
            from app.services.sar import sar_year

            with context.session() as session:
                return sar_year(session, fiscal_year)

        return read

    def show_figures(self, figures: SarYear) -> None:
        chosen = self._current_college()
        self.year_data = figures
        self.college_model.set_rows(figures.colleges)
        self.missing_model.set_rows(figures.missing)
        for table in (self.college_table, self.missing_table):
            _fit(table)
        if chosen is not None:
            for row, college in enumerate(figures.colleges):
                if college.college_id == chosen.college_id:
                    self.college_table.setCurrentIndex(self.college_model.index(row, 0))
        _select_first(self.college_table)

    # -- writing ----------------------------------------------------------------------------
    def enter(self, college: CollegeSar | None) -> None:
        """Open the SAR of ``college`` for the chosen year (a new one when it has none)."""
        if self.dialog is not None:
            return
        year = self.fiscal_year
        sar_id = None if college is None else college.sar_id
        college_id = None if college is None else college.college_id

        def read(context: TaskContext) -> SarForm:
            from app.services.sar import open_sar

            with context.session() as session:
                return open_sar(session, sar_id, college_id, year)

        self.runner.submit(
            "self-assessment form",
            read,
            on_result=lambda form: self._open_form(form, sar_id),
            parent_widget=self,
        )

    def _open_form(self, form: SarForm, sar_id: int | None) -> None:
        if self.dialog is not None:
            return
        dialog = SarDialog(self.store, self.runner, form, sar_id, self)
        dialog.saved.connect(lambda _id: self.load())
        self._open(dialog)

    def delete_current(self) -> None:
        college = self._current_college()
        if college is None or college.sar_id is None:
            return
        question = self.tr(
            "Delete the self-assessment report of {college} for fiscal year {year} with all "
            "its scores?"
        ).format(college=college.name, year=texts.year(self.fiscal_year))
        sar_id = college.sar_id

        def work(store: Store) -> None:
            from app.services.sar import delete_sar

            delete_sar(store, sar_id)

        self._delete_confirmed(question, "self-assessment delete", work)

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Self-assessment reports (SAR) of the network colleges"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.enter_button.setText(self.tr("&Enter or edit SAR…"))
        self.enter_button.setToolTip(self.tr("Enter on a college does the same"))
        self.delete_button.setText(self.tr("&Delete SAR"))
        self.colleges_heading.setText(self.tr("Network &colleges"))
        self.missing_heading.setText(self.tr("&Missing a SAR"))
        self.college_model.retranslate()
        self.missing_model.retranslate()
        year = self.year_data
        if self.failed:
            self.summary.setText(self.tr("The reports could not be read. Choose the year again."))
        elif year is None:
            self.summary.setText(self.tr("Reading the reports…"))
        else:
            self.summary.setText(
                self.tr(
                    "Received {received} of {colleges} colleges · missing {missing} · "
                    "{indicators} indicators, total weight {weight}"
                ).format(
                    received=texts.number(year.received),
                    colleges=texts.number(len(year.colleges)),
                    missing=texts.number(len(year.missing)),
                    indicators=texts.number(year.indicators),
                    weight=_decimal(year.weight_sum),
                )
            )


class IndicatorsPage(_YearPage[tuple[list["IndicatorRow"], "SarAnalysis"]]):
    """The center's indicators and the analysis of the year's SARs across the network."""

    figures_task = "self-assessment analysis"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.analysis: SarAnalysis | None = None
        self.rows: list[IndicatorRow] = []
        super().__init__(store, runner, parent)

    def subpage_title(self) -> str | None:
        return self.tr("Indicators and analysis")

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self._year_bar(layout, "sarAnalysisYear")
        self.tabs = named(QTabWidget(), "sarTabs")
        self.tabs.addTab(self._build_indicators_tab(), "")
        self.tabs.addTab(self._build_analysis_tab(), "")
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.year, self.tabs)

    def _build_indicators_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        self.add_button = named(QPushButton(), "indicatorAdd")
        self.edit_button = named(QPushButton(), "indicatorEdit")
        self.delete_button = named(QPushButton(), "indicatorDelete")
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.indicator_model = IndicatorTableModel(indicator_columns(), self)
        self.indicator_table = model_table("indicatorTable", self.indicator_model)
        layout.addWidget(self.indicator_table, 1)
        self.add_button.clicked.connect(lambda: self.edit_indicator(None))
        self.edit_button.clicked.connect(lambda: self.edit_indicator(self._current()))
        self.delete_button.clicked.connect(self.delete_current)
        self.indicator_table.activated.connect(lambda _index: self.edit_indicator(self._current()))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.indicator_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        return tab

    def _build_analysis_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.stats_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.stats_model = RowsTableModel(stats_columns(), self)
        self.stats_table = model_table("sarStats", self.stats_model)
        self.stats_heading.setBuddy(self.stats_table)
        layout.addWidget(self.stats_heading)
        layout.addWidget(self.stats_table, 3)
        self.weakest_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.weakest_model = RowsTableModel(weakest_columns(), self)
        self.weakest_table = model_table("sarWeakest", self.weakest_model)
        self.weakest_heading.setBuddy(self.weakest_table)
        layout.addWidget(self.weakest_heading)
        layout.addWidget(self.weakest_table, 1)
        QWidget.setTabOrder(self.stats_table, self.weakest_table)
        return tab

    def _current(self) -> IndicatorRow | None:
        row: IndicatorRow | None = _selected(self.indicator_table, self.indicator_model)
        return row

    # -- reading ----------------------------------------------------------------------------
    def figures_reader(
        self, fiscal_year: int
    ) -> Callable[[TaskContext], tuple[list[IndicatorRow], SarAnalysis]]:
        def read(context: TaskContext) -> tuple[list[IndicatorRow], SarAnalysis]:
            from app.services.sar import indicators, sar_analysis

            with context.session() as session:
                return indicators(session), sar_analysis(session, fiscal_year)

        return read

    def show_figures(self, figures: tuple[list[IndicatorRow], SarAnalysis]) -> None:
        chosen = self._current()
        self.rows, self.analysis = figures
        self.indicator_model.set_rows(self.rows)
        self.stats_model.set_rows(self.analysis.indicators)
        self.weakest_model.set_rows(self.analysis.weakest)
        for table in (self.indicator_table, self.stats_table, self.weakest_table):
            _fit(table)
        if chosen is not None:
            for row, indicator in enumerate(self.rows):
                if indicator.record_id == chosen.record_id:
                    self.indicator_table.setCurrentIndex(self.indicator_model.index(row, 0))
        _select_first(self.indicator_table)

    # -- writing ----------------------------------------------------------------------------
    def edit_indicator(self, row: IndicatorRow | None) -> None:
        """Open the indicator ``row`` (None: a new one) in a dialog."""
        if self.dialog is not None:
            return
        from app.services.sar import IndicatorInput

        if row is None:
            data = IndicatorInput()
            record_id = None
        else:
            data = IndicatorInput(
                row.code, row.standard, row.title, row.weight, row.max_score, row.scoring_rule
            )
            record_id = row.record_id
        dialog = IndicatorDialog(self.store, self.runner, data, record_id, self)
        dialog.saved.connect(lambda _id: self.load())
        self._open(dialog)

    def delete_current(self) -> None:
        row = self._current()
        if row is None:
            return
        if row.scores:
            question = self.tr(
                "Delete the indicator {code}? Its {count} scores in the colleges' reports "
                "are deleted with it."
            ).format(code=row.code, count=texts.number(row.scores))
        else:
            question = self.tr("Delete the indicator {code}?").format(code=row.code)
        record_id = row.record_id

        def work(store: Store) -> None:
            from app.services.sar import delete_indicator

            delete_indicator(store, record_id)

        self._delete_confirmed(question, "indicator delete", work)

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Self-assessment indicators and analysis"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.tabs.setTabText(0, self.tr("Indicators"))
        self.tabs.setTabText(1, self.tr("Analysis of the year"))
        self.add_button.setText(self.tr("&Add indicator…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.stats_heading.setText(self.tr("&Scores per indicator across the network"))
        self.weakest_heading.setText(self.tr("&Weakest indicators (lowest mean of the scale)"))
        for model in (self.indicator_model, self.stats_model, self.weakest_model):
            model.retranslate()
        analysis = self.analysis
        if self.failed:
            self.summary.setText(self.tr("The analysis could not be read. Choose the year again."))
        elif analysis is None:
            self.summary.setText(self.tr("Reading the analysis…"))
        elif analysis.reports == 0:
            self.summary.setText(self.tr("No data: no SAR of this fiscal year was received."))
        elif analysis.previous_reports == 0:
            self.summary.setText(
                self.tr("SARs received: {count} · no SAR last year to compare with").format(
                    count=texts.number(analysis.reports)
                )
            )
        else:
            self.summary.setText(
                self.tr("SARs received: {count} · last year: {previous}").format(
                    count=texts.number(analysis.reports),
                    previous=texts.number(analysis.previous_reports),
                )
            )


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The self-assessment reports page and the indicators and analysis page."""
    return [SarPage(store, runner, parent), IndicatorsPage(store, runner, parent)]
