"""Read-only tables of records: whole rows selected one at a time, Tab leaving the table."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.views.page import named

V = TypeVar("V", bound=QTableView)


def read_only_table(table: V, name: str) -> V:
    """``table`` named ``name``: not editable, one whole row selected at a time, Tab moving
    on to the next control (arrows move inside), one line per row, no row numbers."""
    named(table, name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    return table


def model_table(name: str, model: QAbstractItemModel) -> QTableView:
    """A read-only table of ``model`` whose last column takes the room left."""
    table = read_only_table(QTableView(), name)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    return table
