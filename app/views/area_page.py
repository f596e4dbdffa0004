"""An area page: the area's activities with their codes, titles, targets and the figures of
the selected fiscal year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.views import texts
from app.views.home_page import figure_value_text
from app.views.page import Page, named, scroll_page

if TYPE_CHECKING:
    from app.services.overview import ActivityOverview, AreaOverview, Figure


def _restyle(widget: QWidget, state: str) -> None:
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ActivitySection(QFrame):
    """One activity: "1.1 title", its targets with a met/not met mark, and its figures."""

    def __init__(self, activity: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity = activity
        self.code: str = activity["code"]
        self.overview: ActivityOverview | None = None
        self.setObjectName("activitySection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        self.title = named(QLabel(wordWrap=True), "sectionTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)

        self.targets_heading = named(QLabel(), "sectionHeading")
        layout.addWidget(self.targets_heading)
        targets = QGridLayout()
        targets.setColumnStretch(0, 1)
        targets.setHorizontalSpacing(12)
        self.target_rows: list[tuple[dict[str, Any], QLabel, QLabel]] = []
        for row, target in enumerate(activity.get("targets", [])):
            text = QLabel(wordWrap=True)
            mark = named(QLabel(), "targetMark")
            mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            targets.addWidget(text, row, 0)
            targets.addWidget(mark, row, 1)
            self.target_rows.append((target, text, mark))
        layout.addLayout(targets)

        self.figures_heading = named(QLabel(), "sectionHeading")
        layout.addWidget(self.figures_heading)
        self.figures = QGridLayout()
        self.figures.setColumnStretch(0, 1)
        self.figures.setHorizontalSpacing(12)
        layout.addLayout(self.figures)
        self.figure_rows: list[tuple[QLabel, QLabel]] = []

    def _figure_rows(self, count: int) -> None:
        while len(self.figure_rows) < count:
            row = len(self.figure_rows)
            label = QLabel(wordWrap=True)
            value = named(QLabel(), "figureValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.figures.addWidget(label, row, 0)
            self.figures.addWidget(value, row, 1)
            self.figure_rows.append((label, value))

    def retranslate_ui(self, fiscal_year: int) -> None:
        self.title.setText(f"{self.code}  {texts.activity_title(self.code)}")
        self.targets_heading.setText(self.tr("Targets"))
        self.figures_heading.setText(
            self.tr("Results — {fiscal_year}").format(
                fiscal_year=texts.fiscal_year_title(fiscal_year)
            )
            if fiscal_year
            else self.tr("Results")
        )
        figures = self.overview.figures if self.overview else ()
        by_target = {f.target_id: f for f in figures if f.target_id}
        for target, text, mark in self.target_rows:
            text.setText(f"• {texts.target_text(target)}")
            figure = by_target.get(target["id"])
            self._mark(mark, figure)
        self._figure_rows(len(figures))
        for index, (label, value) in enumerate(self.figure_rows):
            if index < len(figures):
                label.setText(figures[index].label)
                value.setText(figure_value_text(figures[index]))
            label.setVisible(index < len(figures))
            value.setVisible(index < len(figures))
        self.figures_heading.setVisible(bool(figures) or self.overview is None)

    def _mark(self, mark: QLabel, figure: Figure | None) -> None:
        if self.overview is None:
            mark.setText("…")
            _restyle(mark, "")
        elif figure is None:
            mark.setText(self.tr("Check the documents"))
            mark.setToolTip(self.tr("The database does not hold what this target asks for."))
            _restyle(mark, "manual")
        elif figure.met is None:
            mark.setText(self.tr("No data yet"))
            mark.setToolTip("")
            _restyle(mark, "")
        elif figure.met:
            mark.setText(self.tr("Met"))
            mark.setToolTip("")
            _restyle(mark, "met")
        else:
            mark.setText(self.tr("Not met yet"))
            mark.setToolTip("")
            _restyle(mark, "open")


class AreaPage(Page):
    """Everything the manual asks of one area, with this fiscal year's figures.

    The activities are laid out when the page is first shown (:meth:`ensure_built`): until
    then the page only keeps the year and the overview it was given.
    """

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        self.code = code
        self.fiscal_year = 0
        self.loading = True
        self.overview: AreaOverview | None = None
        self.built = False
        self._sections: list[ActivitySection] = []
        super().__init__(parent)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        body, layout = scroll_page(self)
        self.kicker = named(QLabel(), "pageKicker")
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.subheading = named(QLabel(wordWrap=True), "pageSubtitle")
        layout.addWidget(self.kicker)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self._sections = [ActivitySection(a, body) for a in texts.area(self.code)["activities"]]
        for section in self._sections:
            layout.addWidget(section)
        layout.addStretch(1)
        self._give_sections_their_figures()
        self.retranslate_ui()

    @property
    def sections(self) -> list[ActivitySection]:
        self.ensure_built()
        return self._sections

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.kicker.setText(self.tr("Area {code} of the CVM manual").format(code=self.code))
        self.heading.setText(texts.area_title(self.code))
        if self.fiscal_year:
            span = texts.fiscal_year_span(self.fiscal_year)
            title = texts.fiscal_year_title(self.fiscal_year)
            self.subheading.setText(
                self.tr("{fiscal_year} ({span}) · counting…").format(fiscal_year=title, span=span)
                if self.loading
                else self.tr("{fiscal_year} ({span})").format(fiscal_year=title, span=span)
            )
        for section in self._sections:
            section.retranslate_ui(self.fiscal_year)

    def _give_sections_their_figures(self) -> None:
        by_code = {a.code: a for a in self.overview.activities} if self.overview else {}
        for section in self._sections:
            section.overview = by_code.get(section.code)

    def show_loading(self, fiscal_year: int) -> None:
        self.fiscal_year = fiscal_year
        self.loading = True
        self.overview = None
        self._give_sections_their_figures()
        self.retranslate_ui()

    def set_overview(self, fiscal_year: int, overview: AreaOverview) -> None:
        self.fiscal_year = fiscal_year
        self.loading = False
        self.overview = overview
        self._give_sections_their_figures()
        self.retranslate_ui()
