"""The filter bar of a list screen: one labelled combo box per filter the list accepts.

Which filters a list kind accepts comes from its spec (``app.services.listing.kinds``); the
bar shows those it has a combo box for, in :data:`FILTER_ORDER`, each starting with "All".
Filters without a combo box (an id set by another screen, e.g. ``college_id``) are kept
as they were given and cleared by "Clear filters". The chosen values live in the bar (not in
the combo boxes), so a language switch refills every box and keeps the selection.

Imported when a list page is first shown (it imports the list service and SQLAlchemy).
"""

from __future__ import annotations

from collections.abc import Sequence
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

from app.services.listing import ListFilters, ListKind, describe, spec_for
from app.services.listing.describe import FILTER_ORDER as FILTER_ORDER
from app.services.thai.collation import thai_sort_key
from app.services.thai.fiscal import current_fiscal_year
from app.services.thai.provinces import Region, all_provinces, provinces_in_region
from app.views import texts
from app.views.i18n import is_thai
from app.views.page import named

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
        return describe.filter_label(name)

    def _options(self, name: str) -> Options:
        """The choices of a filter after "All": (value, text in the current language)."""
        if name in describe.CODED:
            return list(describe.CODED[name]().items())
        if name in describe.YES_NO_FILTERS:
            return list(describe.yes_no_options(name))
        if name == "fiscal_year":
            return [(year, texts.year(year)) for year in self._years]
        if name == "region":
            return [(region, region.name_th if is_thai() else region.name_en) for region in Region]
        if name == "province_code":
            return self._province_options()
        if name == "agreement_statuses":
            return self._status_options()
        if name == "committee_id":
            return list(self._committees)
        if name == "year_of_study":
            return [(year, texts.number(year)) for year in range(1, 5)]
        raise KeyError(name)

    def _province_options(self) -> Options:
        region = self._selected.get("region")
        provinces = provinces_in_region(region) if region else all_provinces()
        if is_thai():
            ordered = sorted(provinces, key=lambda p: thai_sort_key(p.name_th))
            return [(p.code, p.name_th) for p in ordered]
        return [(p.code, p.name_en) for p in sorted(provinces, key=lambda p: p.name_en)]

    def _status_options(self) -> Options:
        return list(describe.agreement_status_options())

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
