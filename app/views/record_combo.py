"""A drop-down list of records that finds a record by any part of its name as you type.

The list holds the choices the form opened with. Typing filters them (any part of the
name, not only the start); for a field over a big table (``FieldSpec.lookup``) it also asks
for more matches after a short pause, and adds what comes back. The chosen record is the
one whose name is in the box: a name that matches none chooses nothing, which the form's
checks then report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

if TYPE_CHECKING:  # the main window imports this module before the store is opened
    from app.services.records import Choice

SEARCH_DELAY_MS = 300
MIN_SEARCH_CHARS = 3
"""Shorter text is only matched among the choices already in the list."""


class RecordCombo(QComboBox):
    """Records to choose from; ``search_requested(text)`` asks for more matches of ``text``."""

    search_requested = Signal(str)

    def __init__(self, choices: list[Choice], searchable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.searchable = searchable
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for choice in choices:
            self.addItem(choice.name, choice.record_id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._ask_for_matches)
        line = self.lineEdit()
        assert line is not None
        line.textEdited.connect(self._edited)

    def record_id(self) -> int | None:
        """The record whose name is in the box, or None."""
        line = self.lineEdit()
        text = line.text().strip() if line is not None else ""
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            data = self.itemData(index)
        else:
            found = self.findText(text, Qt.MatchFlag.MatchExactly)
            data = self.itemData(found) if found >= 0 else None
        return data if isinstance(data, int) else None

    def set_record(self, record_id: object) -> None:
        index = self.findData(record_id) if record_id is not None else -1
        if index < 0 and record_id is None and self.count():
            index = 0
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        line = self.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long name shows its beginning

    def offer(self, text: str, choices: list[Choice]) -> None:
        """Add matches found for ``text`` and show them if the box still holds that text."""
        known = {self.itemData(index) for index in range(self.count())}
        typed = self.currentText()
        for choice in choices:
            if choice.record_id not in known:
                self.addItem(choice.name, choice.record_id)
        self.setEditText(typed)  # adding items must not replace what is being typed
        completer = self.completer()
        if completer is not None and self.hasFocus() and typed == text:
            completer.setCompletionPrefix(text)
            completer.complete()

    def _edited(self, text: str) -> None:
        if self.searchable and len(text.strip()) >= MIN_SEARCH_CHARS:
            self.search_timer.start()
        else:
            self.search_timer.stop()

    def _ask_for_matches(self) -> None:
        self.search_requested.emit(self.currentText().strip())
