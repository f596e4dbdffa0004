"""Teacher training (manual 5.2-5.3): curricula, their runs and enrolments on one page, with
the teachers trained per college group; and the certificates of completion of a fiscal year.

The training page stacks three lists: choosing a curriculum shows its runs, choosing a run
shows its enrolments (Tab goes from the runs to the enrolments, where Ctrl+N enrols a
teacher in the chosen run). Every read and write runs through the task runner; the services
are imported when a page is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import messages, texts
from app.views.list_page import ListPage
from app.views.matching_models import RowsTableModel, TableColumn
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.tables import model_table

if TYPE_CHECKING:
    from app.services.training import Certificate, TrainedCounts

FIRST_YEAR, LAST_YEAR = 2500, 2700


def _year_box(name: str, year: int | None) -> QSpinBox:
    from app.services.thai.fiscal import current_fiscal_year

    spin = named(QSpinBox(), name)
    spin.setRange(FIRST_YEAR, LAST_YEAR)
    spin.setValue(year or current_fiscal_year())
    spin.setKeyboardTracking(False)  # read on Enter or when leaving, not per digit
    return spin


def _group_name(code: str | None) -> str:
    from app.services.listing.labels import college_group

    if code is None:
        return QCoreApplication.translate("TrainingPage", "All groups")
    return college_group().get(code, code)


def trained_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "College group"),
            lambda row: _group_name(row[0]),
        ),
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "Teachers trained"),
            lambda row: texts.number(row[1]),
            numeric=True,
        ),
    ]


def _person(row: Certificate) -> str:
    return f"{row.title_th or ''}{row.first_name} {row.last_name}"


def certificate_columns() -> list[TableColumn]:
    return [
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "Certificate number"),
            lambda row: row.certificate_no or "—",
        ),
        TableColumn(lambda: QCoreApplication.translate("TrainingPage", "Teacher"), _person),
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "College"), lambda row: row.college
        ),
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "Curriculum"),
            lambda row: row.course,
        ),
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "Starts on"),
            lambda row: texts.date_text(row.starts_on),
        ),
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "Ends on"),
            lambda row: texts.date_text(row.ends_on),
        ),
        TableColumn(
            lambda: QCoreApplication.translate("TrainingPage", "Hours"),
            lambda row: texts.number(row.hours),
            numeric=True,
        ),
    ]


class TrainingPage(Page):
    """Curricula, runs and enrolments, numbering certificates, teachers trained per group."""

    list_kinds = ("training_courses", "training_runs", "enrollments")

    counts_loaded = Signal(int)
    """The teachers trained per group are on screen (the total)."""
    certificates_numbered = Signal(int)
    """Certificates of the chosen run were numbered (how many)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.run_id: int | None = None
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Teacher training")

    def year_box(self) -> QSpinBox | None:
        box: QSpinBox | None = getattr(self, "year_spin", None)
        return box

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "trainingSplitter")
        self.courses = ListPage("training_courses", None, self.store, self.runner)
        self.runs = ListPage("training_runs", None, self.store, self.runner)
        self.enrollments = ListPage("enrollments", "enrollments", self.store, self.runner)
        for page in (self.courses, self.runs, self.enrollments):
            splitter.addWidget(page)
            page.ensure_built()
        layout.addWidget(splitter, 1)

        bar = QHBoxLayout()
        bar.setContentsMargins(24, 0, 24, 16)
        self.number_button = named(QPushButton(), "numberCertificates")
        self.number_button.setEnabled(False)
        bar.addWidget(self.number_button)
        bar.addStretch(1)
        self.counts_heading = named(QLabel(), "sectionTitle")
        self.year_label = QLabel()
        self.year_spin = _year_box("trainedYear", self.followed_year)
        self.year_label.setBuddy(self.year_spin)
        self.counts_model = RowsTableModel(trained_columns(), self)
        self.counts_table = model_table("trainedTable", self.counts_model)
        self.counts_table.setMaximumHeight(180)
        counts = QVBoxLayout()
        year_bar = QHBoxLayout()
        for widget in (self.counts_heading, self.year_label, self.year_spin):
            year_bar.addWidget(widget)
        counts.addLayout(year_bar)
        counts.addWidget(self.counts_table)
        bar.addLayout(counts, 1)
        layout.addLayout(bar)

        QWidget.setTabOrder(self.runs.table, self.enrollments.search)
        self.courses.table.selectionModel().currentRowChanged.connect(self._course_chosen)
        self.runs.table.selectionModel().currentRowChanged.connect(self._run_chosen)
        self.number_button.clicked.connect(self.number_certificates)
        self.year_spin.valueChanged.connect(lambda _year: self.load_counts())
        for page in (self.courses, self.runs, self.enrollments):
            page.records_changed.connect(self._changed)
        self.enrollments.imported.connect(lambda _count: self._changed())
        self.retranslate_ui()
        self.load_counts()

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.number_button.setText(self.tr("Number the certificates of the chosen run"))
        self.number_button.setToolTip(
            self.tr(
                "Gives every teacher of the chosen run who completed it and has no certificate "
                "number the next number: B.E. year/run/sequence."
            )
        )
        self.counts_heading.setText(self.tr("Teachers trained by college group"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self.counts_model.retranslate()

    # -- choosing ---------------------------------------------------------------------------
    def _course_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from app.services.listing import ListFilters

        course_id = self.courses.model.row_id(current.row()) if current.isValid() else None
        if course_id is None:
            return
        self.runs.show_filtered(ListFilters(course_id=course_id))
        self.enrollments.show_filtered(ListFilters(course_id=course_id))
        self._set_run(None)

    def _run_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from app.services.listing import ListFilters

        run_id = self.runs.model.row_id(current.row()) if current.isValid() else None
        if run_id is None:
            return
        self._set_run(run_id)
        self.enrollments.show_filtered(ListFilters(run_id=run_id))

    def _set_run(self, run_id: int | None) -> None:
        self.run_id = run_id
        self.number_button.setEnabled(run_id is not None)

    # -- work -------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.load_counts()

    def load_counts(self) -> None:
        year = self.year_spin.value()

        def read(context: TaskContext) -> TrainedCounts:
            from app.services.training import teachers_trained

            with context.session() as session:
                return teachers_trained(session, year)

        self._latest.submit(
            self.runner,
            "teachers trained",
            read,
            on_result=self._show_counts,
            parent_widget=self,
        )

    def _show_counts(self, counts: TrainedCounts) -> None:
        rows: list[tuple[Any, int]] = [(group.value, n) for group, n in counts.by_group]
        rows.append((None, counts.total))
        self.counts_model.set_rows(rows)
        self.counts_loaded.emit(counts.total)

    def number_certificates(self) -> None:
        run_id, store = self.run_id, self.store
        if run_id is None:
            return

        def number(_context: TaskContext) -> int:
            from app.services.training import number_certificates

            return number_certificates(store, run_id)

        self.runner.submit(
            "number certificates", number, on_result=self._numbered, parent_widget=self
        )

    def _numbered(self, numbered: int) -> None:
        self.enrollments.refresh()
        messages.show_info(
            self,
            self.tr("Certificates numbered: {count}.").format(count=texts.number(numbered)),
        )
        self.certificates_numbered.emit(numbered)


class CertificatesPage(Page):
    """The certificates of completion of a fiscal year (read only, for printing later)."""

    loaded = Signal(int)
    """The certificates of the chosen year are on screen (their number)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return self.tr("Certificates of completion")

    def year_box(self) -> QSpinBox | None:
        box: QSpinBox | None = getattr(self, "year_spin", None)
        return box

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        self.year_label = QLabel()
        self.year_spin = _year_box("certificateYear", self.followed_year)
        self.year_label.setBuddy(self.year_spin)
        self.count_label = named(QLabel(), "listCount")
        for widget in (self.year_label, self.year_spin, self.count_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RowsTableModel(certificate_columns(), self)
        self.table = model_table("certificateTable", self.model)
        layout.addWidget(self.table, 1)
        self.year_spin.valueChanged.connect(lambda _year: self.load())
        self.retranslate_ui()
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        was_built = self.built
        super().showEvent(event)
        if was_built:
            self.load()  # certificates may have been numbered meanwhile

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Certificates of completion of teacher training"))
        self.year_label.setText(self.tr("&Fiscal year:"))
        self._show_count()
        self.model.retranslate()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("{count} certificates").format(count=texts.number(len(self.model.rows)))
        )

    def load(self) -> None:
        year = self.year_spin.value()

        def read(context: TaskContext) -> list[Certificate]:
            from app.services.training import certificates

            with context.session() as session:
                return certificates(session, fiscal_year=year)

        self._latest.submit(
            self.runner,
            "certificates",
            read,
            on_result=self._show,
            parent_widget=self,
        )

    def _show(self, rows: list[Certificate]) -> None:
        self.model.set_rows(rows)
        self._show_count()
        self.table.resizeColumnsToContents()
        self.loaded.emit(len(rows))


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The pages of teacher training, for the teachers area's navigation."""
    return [TrainingPage(store, runner, parent), CertificatesPage(store, runner, parent)]
