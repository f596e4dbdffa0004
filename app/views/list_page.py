"""A list screen: one kind of list with search, filters (``list_filters``), sorting, a row
count, adding and editing records and, for the kinds a spreadsheet can hold, import from
Excel/CSV, a blank template and export to Excel (of the rows the filters and search keep).
"Print this list" (Ctrl+P) opens the report preview of the list report
(``app.services.reports.list_report``) for the same list, filters, search and order.

The page is laid out when first shown; the list service and SQLAlchemy are imported then,
never while the main window opens. Rows are read by :class:`PagedTableModel`; the count,
the import, the template and the export run through the task runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.list_titles import list_title as list_title  # the pages name their lists
from app.services.store import Store
from app.views import messages, texts
from app.views.import_preview import ImportPreviewDialog
from app.views.page import Page, named
from app.views.runner import TaskContext, TaskRunner, error_text

if TYPE_CHECKING:
    from app.services.listing import ListFilters, ListQuery
    from app.services.records import FormData, RecordKind, UndoStep
    from app.services.tabular import ImportPlan, ImportResult
    from app.views.list_filters import FilterBar
    from app.views.paged_table_model import PagedTableModel
    from app.views.record_form import RecordForm

EDITABLE_KINDS = {
    "colleges": "college",
    "enterprises": "enterprise",
    "workforce_demand": "demand",
    "agreements": "agreement",
    "committees": "committee",
    "committee_members": "committee_member",
    "meetings": "meeting",
    "teachers": "teacher",
    "skill_gaps": "skill_gap",
    "training_courses": "training_course",
    "training_runs": "training_run",
    "enrollments": "enrollment",
    "teacher_internships": "teacher_internship",
    "daily_logs": "daily_log",
    "internship_visits": "internship_visit",
    "internship_incidents": "internship_incident",
    "curricula": "curriculum",
    "competency_units": "competency_unit",
    "curriculum_units": "curriculum_unit",
    "short_courses": "short_course",
    "short_course_runs": "short_course_run",
    "short_course_trainees": "short_course_trainee",
    "certification_centers": "certification_center",
    "assessment_rounds": "assessment_round",
    "certifications": "certification",
    "students": "student",
    "safety_briefings": "safety_briefing",
    "placements": "placement",
    "supervision_visits": "supervision_visit",
    "incidents": "incident",
    "media_contest_entries": "media_contest_entry",
    "plans": "plan",
    "projects": "project",
    "plan_activities": "plan_activity",
    "knowledge_bank": "knowledge_bank_component",
    "policy_recommendations": "policy_recommendation",
}
"""The list kinds a person can add to, edit, delete from and undo in (their RecordKind)."""

MAX_COMMITTEES = 1_000
"""The committee filter offers this many committees at most (a center has a handful)."""
SEARCH_DELAY_MS = 300
MIN_SEARCH_CHARS = 3
"""Shorter words are searched on Enter only: no index answers them (see paged_table_model)."""


class ListPage(Page):
    """One list kind (``ListKind`` value) and, when importable, its ``TableKind`` value."""

    count_shown = Signal(int)
    """The row count of the current search arrived and is on screen."""
    imported = Signal(int)
    """An import was saved (the number of rows added) and the list was read again."""
    exported = Signal(str)
    """A workbook (export or template) was written to this path."""
    records_changed = Signal()
    """A record was saved, deleted or put back, and the list was read again."""

    def __init__(
        self,
        kind: str,
        table_kind: str | None,
        store: Store,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        self.kind = kind
        self.table_kind = table_kind
        self.store = store
        self.runner = runner
        self.built = False
        self.total: int | None = None
        self.preview: ImportPreviewDialog | None = None
        self.form: RecordForm | None = None
        self.undo_step: UndoStep | None = None
        self.editable = kind in EDITABLE_KINDS
        self._count_generation = 0
        super().__init__(parent)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from app.services.listing import ListKind, ListQuery
        from app.views.list_filters import FilterBar
        from app.views.paged_table_model import PagedTableModel

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        layout.addWidget(self.heading)

        bar = QHBoxLayout()
        self.search = named(QLineEdit(), "listSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.count_label = named(QLabel(), "listCount")
        bar.addWidget(self.search)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        self.import_button = named(QPushButton(), "listImport")
        self.template_button = named(QPushButton(), "listTemplate")
        self.export_button = named(QPushButton(), "listExport")
        for button in (self.import_button, self.template_button, self.export_button):
            button.setVisible(self.table_kind is not None)
            bar.addWidget(button)
        self.print_button = named(QPushButton(), "listPrint")
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.filter_bar: FilterBar = FilterBar(self.kind, self)
        self.filter_bar.filters_changed.connect(self._filters_chosen)
        layout.addWidget(self.filter_bar)

        edit_bar = QHBoxLayout()
        self.new_button = named(QPushButton(), "recordNew")
        self.edit_button = named(QPushButton(), "recordEdit")
        self.delete_button = named(QPushButton(), "recordDelete")
        self.undo_button = named(QPushButton(), "recordUndo")
        for button in (self.new_button, self.edit_button, self.delete_button, self.undo_button):
            button.setVisible(self.editable)
            edit_bar.addWidget(button)
        edit_bar.addStretch(1)
        self.undo_button.setEnabled(False)
        if self.editable:
            layout.addLayout(edit_bar)

        self.model: PagedTableModel = PagedTableModel(
            self.store.session, ListQuery(ListKind(self.kind)), self
        )
        self.table = named(QTableView(), "listTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._show_sort_indicator()
        header.sortIndicatorChanged.connect(self._sort_requested)
        layout.addWidget(self.table, 1)

        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self.run_search)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self._focus_search)
        self.import_button.clicked.connect(self.import_file)
        self.template_button.clicked.connect(self.save_template)
        self.export_button.clicked.connect(self.export_list)
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_shortcut.activated.connect(self.print_list)
        self.print_button.clicked.connect(self.print_list)
        if self.editable:
            self._connect_editing()

        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 360))
        self.retranslate_ui()
        self.load_count()
        self._load_committees()

    # -- texts ----------------------------------------------------------------------------
    def title(self) -> str:
        return list_title(self.kind)

    def subpage_title(self) -> str | None:
        return self.title()

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setToolTip(
            self.tr(
                "Searching starts after three characters; press Enter to search for one or two."
            )
        )
        self._show_count()
        self.import_button.setText(self.tr("Import from Excel/CSV…"))
        self.template_button.setText(self.tr("Save a blank template…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.print_button.setText(self.tr("Print this list… (Ctrl+P)"))
        self.print_button.setToolTip(
            self.tr("A PDF of every row the filters and search keep, to preview, save or print")
        )
        self.new_button.setText(self.tr("New (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edit (Enter)"))
        self.delete_button.setText(self.tr("Delete (Del)"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.filter_bar.retranslate_ui()
        self.model.retranslate()

    def _show_count(self) -> None:
        filtered = self.filter_bar.is_filtered()
        if self.total is None:
            self.count_label.setText(self.tr("counting…"))
        elif filtered:
            self.count_label.setText(
                self.tr("{count} rows · filtered").format(count=texts.number(self.total))
            )
        else:
            self.count_label.setText(self.tr("{count} rows").format(count=texts.number(self.total)))
        names = self.filter_bar.active_names()
        if names:
            self.count_label.setToolTip(
                self.tr("Filtered by: {filters}").format(filters=", ".join(names))
            )
        elif filtered:
            self.count_label.setToolTip(self.tr("Filtered from another screen"))
        else:
            self.count_label.setToolTip("")

    # -- search, sort, count --------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_edited(self, text: str) -> None:
        length = len(text.strip())
        if length == 0 or length >= MIN_SEARCH_CHARS:
            self.search_timer.start()
        else:
            self.search_timer.stop()

    def run_search(self) -> None:
        self.search_timer.stop()
        words = self.search.text().strip()
        query = self.model.query
        if words == query.search:
            return
        self._set_query(type(query)(query.kind, query.filters, words, query.sort, query.as_of))

    def _filters_chosen(self, filters: ListFilters) -> None:
        query = self.model.query
        self._set_query(type(query)(query.kind, filters, query.search, query.sort, query.as_of))

    @property
    def list_kinds(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.kind,)

    def show_list(self, kind: str, filters: ListFilters) -> None:
        self.show_filtered(filters)

    def show_filtered(self, filters: ListFilters) -> None:
        """Show the list with ``filters`` only (the search box is emptied)."""
        self.ensure_built()
        self.search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filter_bar.set_filters(filters)
        query = self.model.query
        self._set_query(type(query)(query.kind, filters, "", query.sort, query.as_of))

    def _set_query(self, query: ListQuery) -> None:
        self.model.set_query(query)
        self._show_sort_indicator()
        self.load_count()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.blockSignals(False)

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self.model.sort(column, order)
        self._show_sort_indicator()

    def refresh(self) -> None:
        """Read the list again (after an import)."""
        self.model.refresh()
        self.load_count()
        self._load_committees()

    def _load_committees(self) -> None:
        """Fill the committee filter (the committee members list has one)."""
        if "committee_id" not in self.filter_bar.shown:
            return

        def committees(context: TaskContext) -> list[tuple[int, str]]:
            from app.services.listing import ListKind, ListQuery, page

            with context.session() as session:
                rows = page(session, ListQuery(ListKind.COMMITTEES), 0, MAX_COMMITTEES)
            return [(row.id, str(row.values[0])) for row in rows]

        self.runner.submit(
            "committees",
            committees,
            on_result=self.filter_bar.set_committees,
            parent_widget=self,
        )

    def load_count(self) -> None:
        self._count_generation += 1
        generation, query = self._count_generation, self.model.query
        self.total = None
        self._show_count()

        def count_rows(context: TaskContext) -> int:
            from app.services.listing import count

            with context.session() as session:
                return count(session, query)

        self.runner.submit(
            "list count",
            count_rows,
            on_result=lambda total: self._count_ready(generation, total),
            parent_widget=self,
        )

    def _count_ready(self, generation: int, total: int) -> None:
        if generation != self._count_generation:
            return  # the search changed meanwhile
        self.total = total
        self.model.set_known_count(total)
        self._show_count()
        self.count_shown.emit(total)

    # -- import, template, export ---------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        from app.services.tabular import TabularError

        text = error.message if isinstance(error, TabularError) else error_text(error)
        messages.show_error(self, text)

    def import_file(self) -> None:
        table_kind = self.table_kind
        if table_kind is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import {list} from Excel or CSV").format(list=self.title()),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if not name:
            return
        path = Path(name)

        def plan(context: TaskContext) -> ImportPlan:
            from app.services.tabular import plan_import

            with context.session() as session:
                return plan_import(session, table_kind, path)

        self.runner.submit(
            "import check",
            plan,
            on_result=self._show_preview,
            on_error=self._failed,
            progress_title=self.tr("Checking {name}…").format(name=path.name),
            parent_widget=self,
        )

    def _show_preview(self, plan: ImportPlan) -> None:
        self.preview = ImportPreviewDialog(plan, self)
        self.preview.accepted.connect(lambda: self._commit(plan))
        self.preview.finished.connect(self.preview.deleteLater)
        self.preview.open()

    def _commit(self, plan: ImportPlan) -> None:
        def commit(context: TaskContext) -> ImportResult:
            from app.services.tabular import commit_import

            if context.store is None:
                raise RuntimeError("no database is open")
            return commit_import(context.store, plan)

        self.runner.submit(
            "import save",
            commit,
            on_result=self._committed,
            on_error=self._failed,
            progress_title=self.tr("Saving the imported rows…"),
            parent_widget=self,
        )

    def _committed(self, result: ImportResult) -> None:
        self.refresh()
        messages.show_info(
            self,
            self.tr("Rows added: {created}. Rows already in the database: {skipped}.").format(
                created=texts.number(result.created),
                skipped=texts.number(result.skipped_duplicates),
            ),
        )
        self.imported.emit(result.created)

    def _ask_xlsx_path(self, title: str, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, title, suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".xlsx")

    def save_template(self) -> None:
        table_kind = self.table_kind
        if table_kind is None:
            return
        path = self._ask_xlsx_path(
            self.tr("Save a blank template for {list}").format(list=self.title()),
            f"{table_kind}-template.xlsx",
        )
        if path is None:
            return

        def write(_context: TaskContext) -> Path:
            from app.services.tabular import write_template

            write_template(table_kind, path)
            return path

        self.runner.submit(
            "template", write, on_result=self._saved, on_error=self._failed, parent_widget=self
        )

    def export_list(self) -> None:
        table_kind = self.table_kind
        if table_kind is None:
            return
        path = self._ask_xlsx_path(
            self.tr("Export {list} to Excel").format(list=self.title()), f"{table_kind}.xlsx"
        )
        if path is None:
            return
        query = self.model.query
        whole = not query.filters.active() and not query.search.strip()

        def export(context: TaskContext) -> Path:
            from app.services.listing import row_ids
            from app.services.tabular import export_xlsx

            with context.session() as session:
                rows = None if whole else row_ids(session, query)
                export_xlsx(session, table_kind, path, rows)
            return path

        self.runner.submit(
            "export",
            export,
            on_result=self._saved,
            on_error=self._failed,
            progress_title=self.tr("Exporting {list}…").format(list=self.title()),
            parent_widget=self,
        )

    def print_list(self) -> None:
        """Preview the list report of the rows shown: this list, its filters, search and order."""
        from app.services.reports.list_report import list_report_options
        from app.views import report_preview
        from app.views.i18n import is_thai

        if self.search_timer.isActive():
            self.run_search()  # what was typed is what gets printed
        options = list_report_options(
            self.model.query, thai_digits=texts.thai_digits() and is_thai()
        )
        report_preview.open_report_preview(self, self.store, self.runner, "list", options)

    def _saved(self, path: Path) -> None:
        messages.show_info(self, self.tr("Saved {name}.").format(name=path.name), str(path))
        self.exported.emit(str(path))

    # -- adding, editing, deleting, undo -------------------------------------------------
    def _connect_editing(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(context)
        self.new_shortcut.activated.connect(self.new_record)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(context)
        self.undo_shortcut.activated.connect(self.undo_last)
        self.delete_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_current)
        self.table.activated.connect(lambda index: self._open_form(self.model.row_id(index.row())))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_last)

    def _record_kind(self) -> RecordKind:
        from app.services.records import RecordKind

        return RecordKind(EDITABLE_KINDS[self.kind])

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def new_record(self) -> None:
        self._open_form(None)

    def edit_current(self) -> None:
        record_id = self._current_id()
        if record_id is not None:
            self._open_form(record_id)

    def new_record_preset(self) -> dict[str, object]:
        """What a new record starts with: on a list of one parent's rows (a run's
        enrolments ...) that parent is chosen. A page may add more (a plan's years)."""
        return {
            name: value
            for name, value in self.model.query.filters.active().items()
            if name.endswith("_id")
        }

    def _open_form(self, record_id: int | None) -> None:
        if self.form is not None and self.form.isVisible():
            return
        kind = self._record_kind()

        preset = self.new_record_preset() if record_id is None else {}

        def load(context: TaskContext) -> FormData:
            from app.services.records import open_form

            with context.session() as session:
                return open_form(session, kind, record_id, preset=preset)

        self.runner.submit(
            "record load",
            load,
            on_result=lambda form: self._show_form(kind, record_id, form),
            parent_widget=self,
        )

    def _show_form(self, kind: RecordKind, record_id: int | None, form: FormData) -> None:
        from app.services.records import record_spec
        from app.views.record_form import RecordForm

        if self.form is not None:
            self.form.deleteLater()  # the closed form of the last edit
        self.form = RecordForm(record_spec(kind), self.store, self.runner, form, record_id, self)
        self.form.saved.connect(self._record_changed)
        self.form.finished.connect(lambda _result: self._take_keyboard_back())
        self.form.open()

    def _take_keyboard_back(self) -> None:
        """After a form closes, the list has the keyboard again (Ctrl+N, Enter, Delete)."""
        self.activateWindow()
        self.table.setFocus()

    def delete_current(self) -> None:
        record_id = self._current_id()
        if record_id is None:
            return
        agreed = messages.confirm(
            self,
            self.tr("Delete the selected record? Ctrl+Z brings it back."),
            self.tr("Delete"),
        )
        if not agreed:
            return
        kind, store = self._record_kind(), self.store

        def delete(_context: TaskContext) -> UndoStep:
            from app.services.records import delete_record

            return delete_record(store, kind, record_id)

        self.runner.submit(
            "record delete", delete, on_result=self._record_changed, parent_widget=self
        )

    def _record_changed(self, step: UndoStep) -> None:
        self.undo_step = step
        self.undo_button.setEnabled(True)
        self._reread()

    def undo_last(self) -> None:
        step, store = self.undo_step, self.store
        if step is None:
            return
        self.undo_step = None
        self.undo_button.setEnabled(False)

        def take_back(_context: TaskContext) -> None:
            from app.services.records import undo

            undo(store, step)

        self.runner.submit(
            "record undo", take_back, on_result=lambda _none: self._reread(), parent_widget=self
        )

    def _reread(self) -> None:
        self.refresh()
        self.records_changed.emit()
