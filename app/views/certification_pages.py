"""Certification and test centers (manual 4.1-4.3) and certification results (5.5, 6.4).

"Certification and test centers": the centers list, whether the network has an accredited
TPQI, DSD and international center (met / not met), the centers whose validity ends within
90 days or has ended, and the assessment rounds of the selected center. "Certification
results": the results list (import and export as "certifications") with the figures of a
fiscal year. Every read goes through the task runner; the lists are ``ListPage`` instances
(Ctrl+N adds, Enter edits), laid out when the page is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.store import Store
from app.views import texts
from app.views.list_page import ListPage, list_title
from app.views.page import Page, named
from app.views.runner import LatestRead, TaskContext, TaskRunner
from app.views.year_page import YearFiguresPage

if TYPE_CHECKING:
    from app.services.certification import CenterExpiry, KindCoverage, YearResults

MIN_FISCAL_YEAR = 2540
MAX_FISCAL_YEAR = 2700


def _scope_find(page: ListPage) -> None:
    """Ctrl+F searches the list that has the keyboard (two lists share the page)."""
    page.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _kind_name(kind: object) -> str:
    from app.services.listing import labels

    return labels.certification_center_kind().get(str(kind), str(kind))


def _centers_watch(
    context: TaskContext, today: date
) -> tuple[tuple[KindCoverage, ...], list[CenterExpiry]]:
    from app.services.certification import coverage, expiry_warnings

    with context.session() as session:
        return coverage(session, today), expiry_warnings(session, today)


def _year_results(context: TaskContext, fiscal_year: int) -> YearResults:
    from app.services.certification import year_results

    with context.session() as session:
        return year_results(session, fiscal_year)


# -- certification and test centers -----------------------------------------------------------
class CentersPage(Page):
    """The centers, their coverage and validity, and the rounds of the selected center."""

    list_kinds = ("certification_centers", "assessment_rounds")

    loaded = Signal()
    """The coverage and the validity warnings are on screen."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.center_id: int | None = None
        self.as_of: date | None = None
        """The day validity is judged on (None: today)."""
        self.watch: tuple[tuple[KindCoverage, ...], list[CenterExpiry]] | None = None
        self.failed = False
        self._latest = LatestRead()
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return list_title("certification_centers")

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.centers = ListPage("certification_centers", None, self.store, self.runner, self)
        self.centers.ensure_built()
        _scope_find(self.centers)
        summary = named(QWidget(self), "certificationWatch")
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(24, 4, 24, 4)
        summary_layout.setSpacing(4)
        self.coverage_label = named(QLabel(wordWrap=True), "certificationCoverage")
        self.expiry_label = named(QLabel(wordWrap=True), "certificationExpiry")
        self.rounds_heading = named(QLabel(wordWrap=True), "sectionHeading")
        for label in (self.coverage_label, self.expiry_label, self.rounds_heading):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary_layout.addWidget(label)
        self.rounds = ListPage("assessment_rounds", None, self.store, self.runner, self)
        self.rounds.ensure_built()
        _scope_find(self.rounds)
        self.rounds.setEnabled(False)
        layout.addWidget(self.centers, 3)
        layout.addWidget(summary)
        layout.addWidget(self.rounds, 2)
        QWidget.setTabOrder(self.centers.table, self.rounds.search)

        selection = self.centers.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        self.centers.records_changed.connect(self.load)
        self.rounds.records_changed.connect(self.centers.refresh)
        self.retranslate_ui()
        self.load()

    # -- reading --------------------------------------------------------------------------
    def load(self) -> None:
        """Read the coverage and the validity warnings again (as of ``as_of`` or today)."""
        day = self.as_of or date.today()
        self.failed = False
        self._latest.submit(
            self.runner,
            "certification watch",
            lambda context: _centers_watch(context, day),
            on_result=self._ready,
            on_error=lambda _error: self._failed(),
            parent_widget=self,
        )

    def _ready(self, watch: tuple[tuple[KindCoverage, ...], list[CenterExpiry]]) -> None:
        self.watch = watch
        self.retranslate_ui()
        self.loaded.emit()

    def _failed(self) -> None:
        self.failed = True
        self.retranslate_ui()

    # -- the selected center --------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record_id = self.centers.model.row_id(current.row())
        if record_id is not None and record_id != self.center_id:
            self.show_center(record_id)

    def show_center(self, center_id: int) -> None:
        """Show this center's rounds (a new round starts with it)."""
        from app.services.listing import ListFilters

        self.center_id = center_id
        self.rounds.setEnabled(True)
        self.rounds.show_filtered(ListFilters(certification_center_id=center_id))
        _scope_find(self.rounds)
        self.retranslate_ui()

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        if self.center_id is None:
            self.rounds_heading.setText(
                self.tr("Assessment rounds: choose a center in the list above to see its rounds.")
            )
        else:
            self.rounds_heading.setText(self.tr("Assessment rounds of the selected center"))
        if self.failed:
            text = self.tr("The centers could not be checked. Open the page again to retry.")
            self.coverage_label.setText(text)
            self.expiry_label.setText("")
            return
        if self.watch is None:
            self.coverage_label.setText(self.tr("Checking the centers…"))
            self.expiry_label.setText("")
            return
        kinds, warnings = self.watch
        self.coverage_label.setText(self._coverage_text(kinds))
        self.expiry_label.setText(self._expiry_text(warnings))

    def _coverage_text(self, kinds: tuple[KindCoverage, ...]) -> str:
        parts = []
        for item in kinds:
            if item.met:
                part = self.tr("{kind}: met ({count} accredited)").format(
                    kind=_kind_name(item.kind), count=texts.number(item.centers)
                )
            else:
                part = self.tr("{kind}: not met").format(kind=_kind_name(item.kind))
            parts.append(part)
        return self.tr("Accredited centers of each type (manual 4.1-4.3): {parts}").format(
            parts=" · ".join(parts)
        )

    def _expiry_text(self, warnings: list[CenterExpiry]) -> str:
        if not warnings:
            return self.tr("No accredited center's validity ends within 90 days.")
        lines = []
        for warning in warnings:
            if warning.ended:
                line = self.tr("{name}: validity ended {days} days ago ({day})").format(
                    name=warning.name,
                    days=texts.number(-warning.days_left),
                    day=texts.date_text(warning.valid_until),
                )
            else:
                line = self.tr("{name}: validity ends in {days} days ({day})").format(
                    name=warning.name,
                    days=texts.number(warning.days_left),
                    day=texts.date_text(warning.valid_until),
                )
            lines.append(line)
        heading = self.tr("Validity ending within 90 days or ended: {count}").format(
            count=texts.number(len(warnings))
        )
        return "\n".join([heading, *lines])


# -- certification results --------------------------------------------------------------------
class ResultsPage(YearFiguresPage["YearResults"]):
    """The results list with the figures of a fiscal year."""

    list_kinds = ("certifications",)
    figures_task = "certification results"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.results: YearResults | None = None
        super().__init__(store, runner, parent)

    def subpage_title(self) -> str | None:
        return list_title("certifications")

    def build_page(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.results_list = ListPage(
            "certifications", "certifications", self.store, self.runner, self
        )
        self.results_list.ensure_built()
        summary = named(QWidget(self), "certificationSummary")
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(24, 4, 24, 12)
        summary_layout.setSpacing(4)
        year_bar = self.year_bar(
            "certificationYear", MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, keyboard_tracking=True
        )
        year_bar.addStretch(1)
        summary_layout.addLayout(year_bar)
        self.counts_label = named(QLabel(wordWrap=True), "certificationCounts")
        self.teachers_label = named(QLabel(wordWrap=True), "certificationTeachers")
        self.share_label = named(QLabel(wordWrap=True), "certificationShare")
        for label in (self.counts_label, self.teachers_label, self.share_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary_layout.addWidget(label)
        layout.addWidget(self.results_list, 1)
        layout.addWidget(summary)
        QWidget.setTabOrder(self.results_list.table, self.year)

        self.results_list.records_changed.connect(self.load)
        self.results_list.imported.connect(lambda _count: self.load())

    # -- reading --------------------------------------------------------------------------
    def figures_reader(self, fiscal_year: int) -> Callable[[TaskContext], YearResults]:
        return lambda context: _year_results(context, fiscal_year)

    def show_figures(self, figures: YearResults) -> None:
        self.results = figures

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.year_label.setText(self.tr("&Fiscal year (B.E.):"))
        results = self.results
        if self.failed:
            self.counts_label.setText(
                self.tr("The figures could not be read. Choose the year again to retry.")
            )
            self.teachers_label.setText("")
            self.share_label.setText("")
            return
        if results is None:
            self.counts_label.setText(self.tr("Reading the figures…"))
            self.teachers_label.setText("")
            self.share_label.setText("")
            return
        self.counts_label.setText(self._counts_text(results))
        self.teachers_label.setText(
            self.tr("Teachers certified in the year (manual 5.5): {count}").format(
                count=texts.number(results.teachers_certified)
            )
        )
        self.share_label.setText(self._share_text(results))

    def _counts_text(self, results: YearResults) -> str:
        from app.services.listing import labels

        if not results.counts:
            return self.tr("No result was assessed in fiscal year {year}.").format(
                year=texts.year(results.fiscal_year)
            )
        people = labels.person_kind()
        lines = [
            self.tr("Results of fiscal year {year}: {assessed} assessed, {passed} passed").format(
                year=texts.year(results.fiscal_year),
                assessed=texts.number(results.assessed),
                passed=texts.number(results.passed),
            )
        ]
        for count in results.counts:
            kind = (
                self.tr("No center recorded")
                if count.center_kind is None
                else _kind_name(count.center_kind)
            )
            lines.append(
                self.tr("{kind} · {person}: {assessed} assessed, {passed} passed").format(
                    kind=kind,
                    person=people.get(str(count.person_kind), str(count.person_kind)),
                    assessed=texts.number(count.assessed),
                    passed=texts.number(count.passed),
                )
            )
        return "\n".join(lines)

    def _share_text(self, results: YearResults) -> str:
        share = results.final_year
        percent = share.percent
        if percent is None:
            return self.tr("Final-year students certified (manual 6.4): no data")
        return self.tr(
            "Final-year students certified (manual 6.4): {certified} of {total} ({percent})"
        ).format(
            certified=texts.number(share.certified),
            total=texts.number(share.final_year),
            percent=QCoreApplication.translate("Texts", "{value}%").format(value=f"{percent:,.1f}"),
        )


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The certification centers page and the results page (laid out when first shown)."""
    return [CentersPage(store, runner, parent), ResultsPage(store, runner, parent)]
