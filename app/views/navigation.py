"""The left navigation list: long Thai titles wrapped over as many lines as they need."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

PADDING_X = 16
PADDING_Y = 9
INDENT = 18
INDENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data: 1 for an entry shown under the one before it (an area's lists), else 0."""
_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextWordWrap
)

Index = QModelIndex | QPersistentModelIndex


def _indent(index: Index) -> int:
    return INDENT * int(index.data(INDENT_ROLE) or 0)


class WrappingDelegate(QStyledItemDelegate):
    """Measures and paints item text word-wrapped to the list's width (never elided)."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max(80, (width or option.rect.width()) - 2 * PADDING_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._text_width(option) - _indent(index)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), _FLAGS, text)
        return QSize(width + 2 * PADDING_X, bounds.height() + 2 * PADDING_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        painter.setFont(item.font)
        rect = option.rect.adjusted(PADDING_X + _indent(index), PADDING_Y, -PADDING_X, -PADDING_Y)
        painter.drawText(rect, _FLAGS, text)
        painter.restore()


class NavigationList(QListWidget):
    """Pages of the main window; the items re-measure when the list is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(WrappingDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setMinimumWidth(220)
