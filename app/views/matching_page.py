"""Matching enterprise demand with the network's supply (manual activity 1.3).

"By enterprise": pick an enterprise and a fiscal year, see each of its demand rows against
the network's planned intake and expected graduates; the selected demand lists suggested
colleges (nearest first, then by free capacity), and a suggestion can be recorded as an
agreement or as planned placement capacity (Enter on a suggestion). "By college": pick a
college and see its partner enterprises. Every read runs through the task runner; the
services and SQLAlchemy are imported when the page is first shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import texts
from app.views.matching_models import RowsTableModel, TableColumn
from app.views.page import Page, named
from app.views.record_combo import RecordCombo
from app.views.runner import TaskContext, TaskRunner
from app.views.tables import model_table

if TYPE_CHECKING:
    from app.services.matching import CollegeSuggestion, DemandSupply, Partner
    from app.services.records import Choice, FormData, RecordKind, UndoStep
    from app.views.record_form import RecordForm

SUGGESTION_LIMIT = 20
FIRST_YEAR, LAST_YEAR = 2500, 2700
MAX_COLUMN_WIDTH = 360
NONE_TEXT = "—"


# -- cell texts (called when a row is drawn: they follow a language switch) ------------------
def _level(code: str) -> str:
    from app.services.listing.labels import level

    return level().get(code, code)


def _province(code: str | None) -> str:
    from app.services.thai.provinces import province_by_code
    from app.views.i18n import is_thai

    province = province_by_code(code) if code else None
    if province is None:
        return NONE_TEXT
    return province.name_th if is_thai() else province.name_en


def _nearness(row: CollegeSuggestion) -> str:
    names = {
        "same_province": QCoreApplication.translate("MatchingPage", "Same province"),
        "same_region": QCoreApplication.translate("MatchingPage", "Same region"),
        "other_region": QCoreApplication.translate("MatchingPage", "Another region"),
        "any": QCoreApplication.translate("MatchingPage", "Enterprise abroad"),
    }
    return names[str(row.nearness)]


def _yes_no(value: bool) -> str:
    from app.services.listing.labels import flag

    return flag()["1" if value else "0"]


def _date(value: date | None) -> str:
    return texts.date_text(value) if value is not None else NONE_TEXT


def _kind(row: Partner) -> str:
    from app.services.listing.labels import agreement_kind

    if row.kind is None:
        return QCoreApplication.translate("MatchingPage", "No agreement")
    return agreement_kind()[row.kind]


def _status(row: Partner) -> str:
    from app.services.listing.labels import agreement_status

    return NONE_TEXT if row.status is None else agreement_status()[row.status]


def demand_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Excellent subject"),
            lambda r: r.subject_name,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Level"), lambda r: _level(r.level)
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Positions needed"),
            lambda r: texts.number(r.positions),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Network planned intake"),
            lambda r: texts.number(r.planned_intake),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Network expected graduates"),
            lambda r: texts.number(r.expected_graduates),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Colleges"),
            lambda r: texts.number(r.supplying_colleges),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Seats recorded"),
            lambda r: texts.number(r.recorded_seats),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Still open"),
            lambda r: texts.number(r.open_positions),
            numeric=True,
        ),
    ]


def suggestion_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "College"),
            lambda r: r.college_name,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Province"),
            lambda r: _province(r.province_code),
        ),
        TableColumn(lambda: QCoreApplication.translate("MatchingPage", "Distance"), _nearness),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Planned intake"),
            lambda r: texts.number(r.planned_intake),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Expected graduates"),
            lambda r: texts.number(r.expected_graduates),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Seats recorded"),
            lambda r: texts.number(r.recorded_seats),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Free capacity"),
            lambda r: texts.number(r.free_capacity),
            numeric=True,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Agreement in force"),
            lambda r: _yes_no(r.agreement_in_force),
        ),
    ]


def partner_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Enterprise"),
            lambda r: r.enterprise_name,
        ),
        TableColumn(lambda: QCoreApplication.translate("MatchingPage", "Agreement type"), _kind),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Signed on"),
            lambda r: _date(r.signed_on),
        ),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Expires on"),
            lambda r: _date(r.expires_on),
        ),
        TableColumn(lambda: QCoreApplication.translate("MatchingPage", "Status"), _status),
        TableColumn(
            lambda: QCoreApplication.translate("MatchingPage", "Seats recorded"),
            lambda r: texts.number(r.seats),
            numeric=True,
        ),
    ]


def _picker(name: str) -> QComboBox:
    """A drop-down list one can type into; the typed text matches any part of a name."""
    box = named(RecordCombo([], searchable=False), name)
    box.setMinimumWidth(360)
    return box


def _picker_bar(
    label: QLabel, picker: QComboBox, year_label: QLabel, year: QSpinBox
) -> QGridLayout:
    """A labelled record picker and a labelled fiscal year on one line."""
    bar = QGridLayout()
    label.setBuddy(picker)
    year_label.setBuddy(year)
    for column, widget in enumerate((label, picker, year_label, year)):
        bar.addWidget(widget, 0, column)
    bar.setColumnStretch(4, 1)
    return bar


def _year_box(name: str, year: int) -> QSpinBox:
    spin = named(QSpinBox(), name)
    spin.setRange(FIRST_YEAR, LAST_YEAR)
    spin.setValue(year)
    spin.setKeyboardTracking(False)  # read on Enter or when leaving, not per digit
    return spin


class MatchingPage(Page):
    """Activity 1.3: an enterprise's demand against supply, suggestions, and college partners."""

    demand_loaded = Signal(int)
    """The demand rows of the chosen enterprise and year are on screen (their number)."""
    suggestions_loaded = Signal(int)
    """The suggested colleges of the selected demand are on screen (their number)."""
    partners_loaded = Signal(int)
    """The partners of the chosen college are on screen (their number)."""
    choices_loaded = Signal()
    """The enterprises and colleges to pick from are in their lists."""
    records_changed = Signal()
    """An agreement or a placement capacity was saved; the tables are being read again."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.form: RecordForm | None = None
        self.last_step: UndoStep | None = None
        self._generation = {"demand": 0, "suggestions": 0, "partners": 0}
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Matching (1.3)")

    # -- building -------------------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from app.services.thai.fiscal import current_fiscal_year

        year = current_fiscal_year()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.tabs = named(QTabWidget(), "matchingTabs")
        self.tabs.addTab(self._build_enterprise_tab(year), "")
        self.tabs.addTab(self._build_college_tab(year), "")
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self._load_choices()

    def _build_enterprise_tab(self, year: int) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.enterprise_label = QLabel()
        self.enterprise_combo = _picker("matchEnterprise")
        self.year_label = QLabel()
        self.year_spin = _year_box("matchYear", year)
        bar = _picker_bar(
            self.enterprise_label, self.enterprise_combo, self.year_label, self.year_spin
        )
        layout.addLayout(bar)

        self.demand_model = RowsTableModel(demand_columns(), self)
        self.demand_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.demand_table = model_table("demandTable", self.demand_model)
        self.demand_heading.setBuddy(self.demand_table)
        layout.addWidget(self.demand_heading)
        layout.addWidget(self.demand_table, 2)

        self.suggestion_model = RowsTableModel(suggestion_columns(), self)
        self.suggestion_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.suggestion_table = model_table("suggestionTable", self.suggestion_model)
        self.suggestion_heading.setBuddy(self.suggestion_table)
        layout.addWidget(self.suggestion_heading)
        layout.addWidget(self.suggestion_table, 3)

        buttons = QHBoxLayout()
        self.capacity_button = named(QPushButton(), "recordCapacity")
        self.agreement_button = named(QPushButton(), "recordAgreement")
        self.hint = named(QLabel(wordWrap=True), "hint")
        buttons.addWidget(self.capacity_button)
        buttons.addWidget(self.agreement_button)
        buttons.addWidget(self.hint, 1)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.enterprise_combo,
            self.year_spin,
            self.demand_table,
            self.suggestion_table,
            self.capacity_button,
            self.agreement_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.enterprise_combo.currentIndexChanged.connect(lambda _index: self.load_demand())
        self.year_spin.valueChanged.connect(lambda _year: self.load_demand())
        selection = self.demand_table.selectionModel()
        selection.currentRowChanged.connect(lambda _now, _before: self.load_suggestions())
        self.suggestion_table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_buttons()
        )
        self.suggestion_table.activated.connect(lambda _index: self.record_capacity())
        self.capacity_button.clicked.connect(self.record_capacity)
        self.agreement_button.clicked.connect(self.record_agreement)
        self._update_buttons()
        return tab

    def _build_college_tab(self, year: int) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.college_label = QLabel()
        self.college_combo = _picker("matchCollege")
        self.partner_year_label = QLabel()
        self.partner_year_spin = _year_box("partnerYear", year)
        bar = _picker_bar(
            self.college_label, self.college_combo, self.partner_year_label, self.partner_year_spin
        )
        layout.addLayout(bar)
        self.partner_model = RowsTableModel(partner_columns(), self)
        self.partner_heading = named(QLabel(wordWrap=True), "sectionTitle")
        self.partner_table = model_table("partnerTable", self.partner_model)
        self.partner_heading.setBuddy(self.partner_table)
        layout.addWidget(self.partner_heading)
        layout.addWidget(self.partner_table, 1)
        QWidget.setTabOrder(self.college_combo, self.partner_year_spin)
        QWidget.setTabOrder(self.partner_year_spin, self.partner_table)
        self.college_combo.currentIndexChanged.connect(lambda _index: self.load_partners())
        self.partner_year_spin.valueChanged.connect(lambda _year: self.load_partners())
        return tab

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Matching enterprise demand with the network's supply"))
        self.intro.setText(
            self.tr(
                "Compare an enterprise's workforce demand with the planned intake and expected "
                "graduates of the network colleges, then record an agreement or the placement "
                "seats the enterprise plans for a college."
            )
        )
        self.tabs.setTabText(0, self.tr("By enterprise"))
        self.tabs.setTabText(1, self.tr("By college"))
        self.enterprise_label.setText(self.tr("&Enterprise:"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.college_label.setText(self.tr("&College:"))
        self.partner_year_label.setText(self.tr("Fiscal year of the seats:"))
        hint = self.tr("Type any part of the name")
        for box in (self.enterprise_combo, self.college_combo):
            line = box.lineEdit()
            if line is not None:
                line.setPlaceholderText(hint)
        self.demand_heading.setText(
            self.tr("&Demand of the enterprise against the network's supply")
        )
        self.suggestion_heading.setText(
            self.tr("&Suggested colleges for the selected demand (nearest first)")
        )
        self.partner_heading.setText(self.tr("&Partner enterprises of the college"))
        self.capacity_button.setText(self.tr("Record placement capacity…"))
        self.agreement_button.setText(self.tr("Record as agreement…"))
        self.hint.setText(self.tr("Enter on a suggested college records placement capacity."))
        for model in (self.demand_model, self.suggestion_model, self.partner_model):
            model.retranslate()

    # -- choices --------------------------------------------------------------------------
    def _load_choices(self) -> None:
        def read(context: TaskContext) -> tuple[list[Choice], list[Choice]]:
            from app.services.matching import enterprises_with_demand
            from app.services.records import Choice, college_choices

            with context.session() as session:
                enterprises = [Choice(*pair) for pair in enterprises_with_demand(session)]
                return enterprises, college_choices(session)

        self.runner.submit(
            "matching choices", read, on_result=self._choices_ready, parent_widget=self
        )

    def _choices_ready(self, choices: tuple[list[Choice], list[Choice]]) -> None:
        for box, items in zip((self.enterprise_combo, self.college_combo), choices, strict=True):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            for choice in items:
                box.addItem(choice.name, choice.record_id)
            box.setCurrentIndex(box.findData(chosen) if chosen is not None else -1)
            box.blockSignals(False)
        self.choices_loaded.emit()

    def choose_enterprise(self, enterprise_id: int) -> None:
        """Show the demand of this enterprise (as if picked from the list)."""
        self.enterprise_combo.setCurrentIndex(self.enterprise_combo.findData(enterprise_id))

    def choose_college(self, college_id: int) -> None:
        """Show the partners of this college (as if picked from the list)."""
        self.college_combo.setCurrentIndex(self.college_combo.findData(college_id))

    # -- reading --------------------------------------------------------------------------
    def _next(self, name: str) -> int:
        self._generation[name] += 1
        return self._generation[name]

    def load_demand(self) -> None:
        generation = self._next("demand")
        enterprise_id = self.enterprise_combo.currentData()
        if not isinstance(enterprise_id, int):
            self._demand_ready(generation, [])
            return
        year = self.year_spin.value()

        def read(context: TaskContext) -> list[DemandSupply]:
            from app.services.matching import demand_against_supply

            with context.session() as session:
                return demand_against_supply(session, enterprise_id, year)

        self.runner.submit(
            "matching demand",
            read,
            on_result=lambda rows: self._demand_ready(generation, rows),
            parent_widget=self,
        )

    def _demand_ready(self, generation: int, rows: list[DemandSupply]) -> None:
        if generation != self._generation["demand"]:
            return  # the enterprise or the year changed meanwhile
        before = self.current_demand()
        self.demand_model.set_rows(rows)
        self._fit_columns(self.demand_table)
        if rows:
            ids = [row.demand_id for row in rows]
            at = ids.index(before.demand_id) if before and before.demand_id in ids else 0
            self.demand_table.setCurrentIndex(self.demand_model.index(at, 0))
        else:
            self.load_suggestions()
        self.demand_loaded.emit(len(rows))

    def current_demand(self) -> DemandSupply | None:
        index = self.demand_table.currentIndex()
        if not index.isValid():
            return None
        row: DemandSupply | None = self.demand_model.row_at(index.row())
        return row

    def current_suggestion(self) -> CollegeSuggestion | None:
        index = self.suggestion_table.currentIndex()
        if not index.isValid():
            return None
        row: CollegeSuggestion | None = self.suggestion_model.row_at(index.row())
        return row

    def load_suggestions(self) -> None:
        generation = self._next("suggestions")
        demand = self.current_demand()
        if demand is None:
            self._suggestions_ready(generation, [])
            return
        demand_id = demand.demand_id

        def read(context: TaskContext) -> list[CollegeSuggestion]:
            from app.services.matching import suggest_colleges

            with context.session() as session:
                return suggest_colleges(session, demand_id, SUGGESTION_LIMIT)

        self.runner.submit(
            "matching suggestions",
            read,
            on_result=lambda rows: self._suggestions_ready(generation, rows),
            parent_widget=self,
        )

    def _suggestions_ready(self, generation: int, rows: list[CollegeSuggestion]) -> None:
        if generation != self._generation["suggestions"]:
            return
        before = self.current_suggestion()
        self.suggestion_model.set_rows(rows)
        self._fit_columns(self.suggestion_table)
        if rows:
            ids = [row.college_id for row in rows]
            at = ids.index(before.college_id) if before and before.college_id in ids else 0
            self.suggestion_table.setCurrentIndex(self.suggestion_model.index(at, 0))
        self._update_buttons()
        self.suggestions_loaded.emit(len(rows))

    def load_partners(self) -> None:
        generation = self._next("partners")
        college_id = self.college_combo.currentData()
        if not isinstance(college_id, int):
            self._partners_ready(generation, [])
            return
        year = self.partner_year_spin.value()

        def read(context: TaskContext) -> list[Partner]:
            from app.services.matching import college_partners

            with context.session() as session:
                return college_partners(session, college_id, date.today(), year)

        self.runner.submit(
            "matching partners",
            read,
            on_result=lambda rows: self._partners_ready(generation, rows),
            parent_widget=self,
        )

    def _partners_ready(self, generation: int, rows: list[Partner]) -> None:
        if generation != self._generation["partners"]:
            return
        self.partner_model.set_rows(rows)
        self._fit_columns(self.partner_table)
        self.partners_loaded.emit(len(rows))

    def _fit_columns(self, table: QTableView) -> None:
        table.resizeColumnsToContents()
        model = table.model()
        for column in range(model.columnCount(QModelIndex())):
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))

    def _update_buttons(self) -> None:
        ready = self.current_demand() is not None and self.current_suggestion() is not None
        self.capacity_button.setEnabled(ready)
        self.agreement_button.setEnabled(ready)

    # -- recording ------------------------------------------------------------------------
    def record_capacity(self) -> None:
        """Open the placement capacity form for the selected demand and suggested college."""
        demand, college = self.current_demand(), self.current_suggestion()
        if demand is None or college is None:
            return
        values = {
            "enterprise_id": demand.enterprise_id,
            "college_id": college.college_id,
            "subject_id": demand.subject_id,
            "level": demand.level,
            "fiscal_year": demand.fiscal_year,
            "demand_id": demand.demand_id,
            "seats": max(demand.open_positions, 1),
        }
        self._open_form("placement_capacity", values)

    def record_agreement(self) -> None:
        """Open a new agreement between the selected suggested college and the enterprise."""
        demand, college = self.current_demand(), self.current_suggestion()
        if demand is None or college is None:
            return
        values = {"enterprise_id": demand.enterprise_id, "college_id": college.college_id}
        self._open_form("agreement", values)

    def _open_form(self, kind_code: str, values: dict[str, Any]) -> None:
        if self.form is not None and self.form.isVisible():
            return
        from app.services.records import RecordKind

        kind = RecordKind(kind_code)

        def load(context: TaskContext) -> FormData:
            from app.services.records import open_form

            with context.session() as session:
                form = open_form(session, kind)
            return replace(form, data=replace(form.data, **values))

        self.runner.submit(
            "matching form",
            load,
            on_result=lambda form: self._show_form(kind, form),
            parent_widget=self,
        )

    def _show_form(self, kind: RecordKind, form: FormData) -> None:
        from app.services.records import record_spec
        from app.views.record_form import RecordForm

        if self.form is not None:
            self.form.deleteLater()  # the closed form of the last record
        self.form = RecordForm(record_spec(kind), self.store, self.runner, form, None, self)
        self.form.saved.connect(self._record_saved)
        self.form.open()

    def _record_saved(self, step: UndoStep) -> None:
        self.last_step = step
        self.load_demand()
        self.load_partners()
        self.records_changed.emit()
