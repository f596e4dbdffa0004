"""The installation page: this site's identity, the database file and its rows per table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.thai.collation import thai_sort_key
from app.views import texts
from app.views.page import Page, named, scroll_page

if TYPE_CHECKING:
    from app.services.info import DatabaseInfo


class InstallationPage(Page):
    """Shows a :class:`DatabaseInfo`; ``refresh_requested`` asks the window to load a new one.

    Its widgets are made when the page is first shown (:meth:`ensure_built`).
    """

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.info: DatabaseInfo | None = None
        self.loading = False
        self.built = False
        super().__init__(parent)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        _body, layout = scroll_page(self)
        header = QHBoxLayout()
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.refresh = QPushButton()
        self.refresh.clicked.connect(self.refresh_requested)
        header.addWidget(self.heading, 1)
        header.addWidget(self.refresh, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setHorizontalSpacing(16)
        self.field_labels: dict[str, QLabel] = {}
        self.field_values: dict[str, QLabel] = {}
        for name in ("site", "kind", "uuid", "key", "schema", "path"):
            label = QLabel()
            value = named(QLabel(wordWrap=True), "fieldValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.form.addRow(label, value)
            self.field_labels[name] = label
            self.field_values[name] = value
        layout.addLayout(self.form)

        self.rows_heading = named(QLabel(), "sectionHeading")
        layout.addSpacing(8)
        layout.addWidget(self.rows_heading)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table, 1)
        self._show_state()

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("This installation"))
        self.refresh.setText(self.tr("Count again"))
        self.refresh.setToolTip(self.tr("Count the rows of every table again"))
        captions = {
            "site": self.tr("Site name"),
            "kind": self.tr("Kind of site"),
            "uuid": self.tr("Site identifier (UUID)"),
            "key": self.tr("Key fingerprint"),
            "schema": self.tr("Database schema revision"),
            "path": self.tr("Database file"),
        }
        for name, caption in captions.items():
            self.field_labels[name].setText(f"{caption}:")
        self.rows_heading.setText(
            self.tr("Rows per table (counting…)") if self.loading else self.tr("Rows per table")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("What the table holds"), self.tr("Table"), self.tr("Rows")]
        )
        self._fill()

    def _fill(self) -> None:
        info = self.info
        values = self.field_values
        if info is None:
            for value in values.values():
                value.setText("…")
            self.table.setRowCount(0)
            self._fit_table()
            return
        site = info.site
        values["site"].setText(texts.site_name(site) if site else self.tr("Not set up yet"))
        values["kind"].setText(texts.site_kind_name(site.kind) if site else "—")
        values["uuid"].setText(site.uuid if site else "—")
        from app.services.sync.trust import fingerprint  # not at start-up: it loads SQLAlchemy

        values["key"].setText(fingerprint(site.public_key_hex) if site else "—")
        values["schema"].setText(info.schema_revision or "—")
        values["path"].setText(str(info.path))
        rows = sorted(
            info.row_counts.items(), key=lambda item: thai_sort_key(texts.table_label(item[0]))
        )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for row, (table, count) in enumerate(rows):
            label = QTableWidgetItem(texts.table_label(table))
            name = QTableWidgetItem(table)
            number = QTableWidgetItem(texts.number(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((label, name, number)):
                self.table.setItem(row, column, item)
        self._fit_table()

    def _fit_table(self) -> None:
        """Show every row: the page scrolls, never a table inside it."""
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + self.table.verticalHeader().length() + frame)

    def _show_state(self) -> None:
        if self.built:
            self.refresh.setEnabled(not self.loading)
            self.retranslate_ui()

    def show_loading(self) -> None:
        self.loading = True
        self._show_state()

    def set_info(self, info: DatabaseInfo) -> None:
        self.info = info
        self.loading = False
        self._show_state()

    def load_failed(self) -> None:
        self.loading = False
        self._show_state()
