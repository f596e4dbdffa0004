"""The filter bar of a list screen: one labelled combo box per filter the list accepts.

Which filters a list kind accepts comes from its spec (``app.services.listing.kinds``); the
bar shows those it has a combo box for, in :data:`FILTER_ORDER`, each starting with "All".
Filters without a combo box (an id set by another screen, e.g. ``college_id``) are kept
as they were given and cleared by "Clear filters". The chosen values live in the bar (not in
the combo boxes), so a language switch refills every box and keeps the selection.

Imported when a list page is first shown (it imports the list service and SQLAlchemy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.listing import IN_FORCE, AgreementStatus, ListFilters, ListKind, spec_for
from app.services.listing import labels as code_labels
from app.services.thai.collation import thai_sort_key
from app.services.thai.fiscal import current_fiscal_year
from app.services.thai.provinces import Region, all_provinces, provinces_in_region
from app.views import texts
from app.views.i18n import is_thai
from app.views.page import named

FILTER_ORDER: tuple[str, ...] = (
    "fiscal_year",
    "region",
    "province_code",
    "college_group",
    "ownership",
    "location",
    "size",
    "level",
    "agreement_kind",
    "agreement_statuses",
    "without_agreement_in_force",
    "committee_id",
    "committee_kind",
    "member_role",
    "meeting_kind",
    "person_kind",
    "certification_center_kind",
    "certification_center_status",
    "expiring",
    "certification_result",
    "revision_status",
    "skill_track",
    "trainee_category",
    "report_state",
    "completed",
    "placement_status",
    "placement_mode",
    "study_mode",
    "year_of_study",
    "briefing_kind",
    "incident_kind",
    "incident_status",
    "open_incident",
    "plan_kind",
    "work_status",
    "knowledge_component",
    "component_status",
    "recommendation_status",
)
"""The filters the bar can show, in the order it shows them."""

YEARS_BACK = 9
"""The fiscal-year box offers next year, this year and this many years before."""

COMBO_MAX_WIDTH = 380

Options = list[tuple[Any, str]]


class FlowLayout(QLayout):
    """Items side by side, wrapping to a new line when the width runs out (bottom-aligned)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
            if lines[-1] and x + hint.width() > area.x() + area.width():
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._gap
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if place:
                    item.setGeometry(QRect(QPoint(x, y + height - hint.height()), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        used = y - self._gap - rect.y() if any(lines) else 0
        return used + margins.top() + margins.bottom()


class FilterBar(QWidget):
    """The filters of one list kind; emits ``filters_changed(ListFilters)`` on every choice."""

    filters_changed = Signal(object)
    """The person chose a filter or cleared them (a ListFilters)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ListKind(kind)
        accepted = spec_for(self.kind).filters
        self.shown: tuple[str, ...] = tuple(name for name in FILTER_ORDER if name in accepted)
        self._selected: dict[str, Any] = {}
        self._hidden: dict[str, Any] = {}
        self._values: dict[str, list[Any]] = {}
        self._committees: list[tuple[int, str]] = []
        year = current_fiscal_year()
        self._years = list(range(year + 1, year - YEARS_BACK - 1, -1))
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.setObjectName("listFilters")
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        for name in self.shown:
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            label = QLabel(cell)
            combo = named(QComboBox(cell), f"filter_{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(COMBO_MAX_WIDTH)
            label.setBuddy(combo)
            column.addWidget(label)
            column.addWidget(combo)
            combo.currentIndexChanged.connect(lambda index, n=name: self._chosen(n, index))
            flow.addWidget(cell)
            self.labels[name] = label
            self.combos[name] = combo
        self.clear_button = named(QPushButton(self), "filterClear")
        self.clear_button.clicked.connect(self.clear)
        flow.addWidget(self.clear_button)
        self.setVisible(bool(self.shown))

    # -- texts ----------------------------------------------------------------------------
    def _label(self, name: str) -> str:
        labels = {
            "fiscal_year": self.tr("Fiscal year"),
            "region": self.tr("Region"),
            "province_code": self.tr("Province"),
            "college_group": self.tr("College group"),
            "ownership": self.tr("Ownership"),
            "location": self.tr("In Thailand or abroad"),
            "size": self.tr("Enterprise size"),
            "level": self.tr("Level"),
            "agreement_kind": self.tr("Agreement type"),
            "agreement_statuses": self.tr("Agreement status"),
            "without_agreement_in_force": self.tr("Agreement in force"),
            "committee_id": self.tr("Committee"),
            "committee_kind": self.tr("Committee type"),
            "member_role": self.tr("Role"),
            "meeting_kind": self.tr("Meeting type"),
            "person_kind": self.tr("Person"),
            "certification_center_kind": self.tr("Center type"),
            "certification_center_status": self.tr("Center status"),
            "expiring": self.tr("Validity"),
            "certification_result": self.tr("Result"),
            "revision_status": self.tr("Revision"),
            "skill_track": self.tr("Skill track"),
            "trainee_category": self.tr("Trainee group"),
            "report_state": self.tr("Final report"),
            "completed": self.tr("Completion"),
            "placement_status": self.tr("Placement status"),
            "placement_mode": self.tr("Placement mode"),
            "study_mode": self.tr("Mode of study"),
            "year_of_study": self.tr("Year of study"),
            "briefing_kind": self.tr("Training or orientation"),
            "incident_kind": self.tr("Kind of incident"),
            "incident_status": self.tr("Incident status"),
            "open_incident": self.tr("Open incident"),
            "plan_kind": self.tr("Kind of plan"),
            "work_status": self.tr("Progress"),
            "knowledge_component": self.tr("Component"),
            "component_status": self.tr("Component status"),
            "recommendation_status": self.tr("Recommendation status"),
        }
        return labels[name]

    def _options(self, name: str) -> Options:
        """The choices of a filter after "All": (value, text in the current language)."""
        coded: dict[str, Callable[[], dict[str, str]]] = {
            "college_group": code_labels.college_group,
            "ownership": code_labels.ownership,
            "location": code_labels.location,
            "size": code_labels.size,
            "level": code_labels.level,
            "agreement_kind": code_labels.agreement_kind,
            "committee_kind": code_labels.committee_kind,
            "member_role": code_labels.member_role,
            "meeting_kind": code_labels.meeting_kind,
            "person_kind": code_labels.person_kind,
            "certification_center_kind": code_labels.certification_center_kind,
            "certification_center_status": code_labels.certification_center_status,
            "certification_result": code_labels.certification_result,
            "revision_status": code_labels.revision_status,
            "skill_track": code_labels.skill_track,
            "trainee_category": code_labels.trainee_category,
            "report_state": code_labels.report_state,
            "placement_status": code_labels.placement_status,
            "placement_mode": code_labels.placement_mode,
            "study_mode": code_labels.study_mode,
            "briefing_kind": code_labels.briefing_kind,
            "incident_kind": code_labels.incident_kind,
            "incident_status": code_labels.incident_status,
            "plan_kind": code_labels.plan_kind,
            "work_status": code_labels.work_status,
            "knowledge_component": code_labels.knowledge_component,
            "component_status": code_labels.component_status,
            "recommendation_status": code_labels.recommendation_status,
        }
        if name in coded:
            return list(coded[name]().items())
        if name == "fiscal_year":
            return [(year, texts.year(year)) for year in self._years]
        if name == "region":
            return [(region, region.name_th if is_thai() else region.name_en) for region in Region]
        if name == "province_code":
            return self._province_options()
        if name == "agreement_statuses":
            return self._status_options()
        if name == "without_agreement_in_force":
            return [
                (True, self.tr("No agreement in force")),
                (False, self.tr("At least one in force")),
            ]
        if name == "committee_id":
            return list(self._committees)
        if name == "year_of_study":
            return [(year, texts.number(year)) for year in range(1, 5)]
        if name == "open_incident":
            return [(True, self.tr("With an open incident")), (False, self.tr("No open incident"))]
        if name == "completed":
            return [(True, self.tr("Completed")), (False, self.tr("Not completed"))]
        if name == "expiring":
            return [
                (True, self.tr("Ends within 90 days or has ended")),
                (False, self.tr("More than 90 days left")),
            ]
        raise KeyError(name)

    def _province_options(self) -> Options:
        region = self._selected.get("region")
        provinces = provinces_in_region(region) if region else all_provinces()
        if is_thai():
            ordered = sorted(provinces, key=lambda p: thai_sort_key(p.name_th))
            return [(p.code, p.name_th) for p in ordered]
        return [(p.code, p.name_en) for p in sorted(provinces, key=lambda p: p.name_en)]

    def _status_options(self) -> Options:
        status = code_labels.agreement_status()
        return [
            (IN_FORCE, self.tr("In force (expiring soon included)")),
            (frozenset({AgreementStatus.ACTIVE}), self.tr("In force, over 90 days left")),
            (frozenset({AgreementStatus.EXPIRING}), status[AgreementStatus.EXPIRING]),
            (frozenset({AgreementStatus.EXPIRED}), status[AgreementStatus.EXPIRED]),
            (frozenset({AgreementStatus.PENDING}), status[AgreementStatus.PENDING]),
        ]

    def retranslate_ui(self) -> None:
        for name in self.shown:
            text = self._label(name)
            self.labels[name].setText(text)
            self.combos[name].setAccessibleName(text)
            self._fill(name)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every row again"))

    def _fill(self, name: str) -> None:
        """Refill a combo box in the current language and select the chosen value."""
        combo = self.combos[name]
        chosen = self._selected.get(name)
        options = self._options(name)
        if chosen is not None and all(value != chosen for value, _text in options):
            options.append((chosen, self.tr("As selected")))
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"))
        for _value, text in options:
            combo.addItem(text)
        values = [None, *(value for value, _text in options)]
        self._values[name] = values
        combo.setCurrentIndex(values.index(chosen) if chosen is not None else 0)
        combo.setToolTip(combo.currentText())
        combo.blockSignals(False)
        self.clear_button.setEnabled(bool(self._selected or self._hidden))

    # -- choosing -------------------------------------------------------------------------
    def _chosen(self, name: str, index: int) -> None:
        values = self._values.get(name, [])
        value = values[index] if 0 <= index < len(values) else None
        self._store(name, value)
        if name == "region" and "province_code" in self.shown:
            province = self._selected.get("province_code")
            if province is not None and province not in {
                code for code, _text in self._province_options()
            }:
                self._selected.pop("province_code")
            self._fill("province_code")
        self.combos[name].setToolTip(self.combos[name].currentText())
        self.clear_button.setEnabled(bool(self._selected or self._hidden))
        self.filters_changed.emit(self.filters())

    def _store(self, name: str, value: Any) -> None:
        if value is None:
            self._selected.pop(name, None)
        else:
            self._selected[name] = value

    def filters(self) -> ListFilters:
        """The filters chosen now (with those the bar keeps without a combo box)."""
        return ListFilters(**self._hidden, **self._selected)

    def set_filters(self, filters: ListFilters) -> None:
        """Show ``filters`` as the selection (no ``filters_changed``: the caller applies them)."""
        chosen = filters.active()
        self._selected = {name: value for name, value in chosen.items() if name in self.shown}
        self._hidden = {name: value for name, value in chosen.items() if name not in self.shown}
        year = self._selected.get("fiscal_year")
        if year is not None and year not in self._years:
            self._years = sorted({*self._years, year}, reverse=True)
        for name in self.shown:
            self._fill(name)
        self.clear_button.setEnabled(bool(self._selected or self._hidden))

    def clear(self) -> None:
        """Back to "All" everywhere (emits ``filters_changed``)."""
        self._selected.clear()
        self._hidden.clear()
        for name in self.shown:
            self._fill(name)
        self.filters_changed.emit(self.filters())

    def set_committees(self, committees: Sequence[tuple[int, str]]) -> None:
        """The committees the committee box offers: (id, name), in the order to show."""
        self._committees = list(committees)
        if "committee_id" in self.shown:
            self._fill("committee_id")

    def active_names(self) -> list[str]:
        """The labels of the filters set now (those with a combo box), in the bar's order."""
        return [self._label(name) for name in self.shown if name in self._selected]

    def is_filtered(self) -> bool:
        return bool(self._selected or self._hidden)
