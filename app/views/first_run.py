"""The first-run dialog: what this installation is (center, college station, central office),
or the demo network to try the program."""

from __future__ import annotations

import itertools
import re
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import paths
from app.services.site_setup import (
    center_choices,
    init_center_site,
    init_central_site,
    init_college_site,
)
from app.services.store import Store, open_store
from app.services.thai.digits import to_arabic_digits
from app.services.validation import FieldError
from app.views import messages
from app.views.i18n import LanguageManager, current_language
from app.views.page import named
from app.views.runner import TaskContext, TaskRunner, error_text

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
_IGNORED = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")


class Mode(StrEnum):
    CENTER = "center"
    COLLEGE = "college"
    CENTRAL = "central"
    DEMO = "demo"


def search_key(text: str) -> str:
    """Text reduced for "contains" search: case, Thai digits, spaces and typing variants."""
    text = to_arabic_digits(text).replace("เเ", "แ").replace("ํา", "ำ").casefold()
    return _IGNORED.sub("", text)


class CenterFilter(QSortFilterProxyModel):
    """Keeps the centers whose text contains every word typed, in any order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_terms(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = [search_key(word) for word in text.split() if search_key(word)]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        key = self.sourceModel().index(source_row, 0, source_parent).data(KEY_ROLE) or ""
        return all(term in key for term in self._terms)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_demo(context: TaskContext) -> Store:
    """Open the demo network database, building it first when there is none (worker thread)."""
    from app.services.demo import build_demo

    path = paths.demo_db_path()
    if path.exists():
        store = open_store(path)
        if store.has_site:
            return store
        store.close()  # an unfinished earlier build: start again
        _remove_database(path)
    store = open_store(path, create=True)
    try:
        build_demo(store, progress=context.progress)
    except BaseException:
        store.close()
        _remove_database(path)
        raise
    return store


class FirstRunDialog(QDialog):
    """Asks what this installation is and sets it up through the runner.

    After ``exec()`` returns Accepted, :attr:`result_store` is the store to open: the same
    store with a site, or the demo network's store.
    """

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        languages: LanguageManager | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.languages = languages
        self.result_store: Store | None = None
        self.is_demo = False
        self.busy = False
        self._build()
        self.retranslate_ui()
        self._mode_changed()
        self.filter.setFocus()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("firstRun")
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(6)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.intro = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.language_button = named(QPushButton(), "languageButton")
        self.language_button.setVisible(self.languages is not None)
        self.language_button.clicked.connect(self._switch_language)
        top.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        layout.addLayout(columns, 1)
        left = QVBoxLayout()
        left.setSpacing(4)
        right = QVBoxLayout()
        right.setSpacing(6)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        self.mode_hints: dict[Mode, QLabel] = {}
        for mode in Mode:
            button = named(QRadioButton(), f"mode_{mode.value}")
            hint = named(QLabel(wordWrap=True), "hint")
            hint.setIndent(26)
            self.modes.addButton(button)
            left.addWidget(button)
            left.addWidget(hint)
            left.addSpacing(6)
            self.mode_buttons[mode] = button
            self.mode_hints[mode] = hint
        self.mode_buttons[Mode.CENTER].setChecked(True)
        self.modes.buttonToggled.connect(lambda *_: self._mode_changed())
        left.addStretch(1)

        self.center_label = QLabel()
        self.filter = named(QLineEdit(clearButtonEnabled=True), "centerFilter")
        self.center_label.setBuddy(self.filter)
        self.centers = QStandardItemModel(self)
        for choice in center_choices():
            text = f"{choice.line}. {choice.subject_th} — {choice.host_college_th}"
            item = QStandardItem(text)
            item.setToolTip(text)
            item.setData(choice.line, LINE_ROLE)
            item.setData(search_key(text), KEY_ROLE)
            item.setEditable(False)
            self.centers.appendRow(item)
        self.proxy = CenterFilter(self)
        self.proxy.setSourceModel(self.centers)
        self.center_list = named(QListView(), "centerList")
        self.center_list.setModel(self.proxy)
        self.center_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.center_list.setUniformItemSizes(True)
        self.center_list.setMinimumHeight(180)
        self.center_list.doubleClicked.connect(lambda _index: self.accept())
        self.center_list.selectionModel().currentChanged.connect(lambda *_: self._picked())
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.center_error = named(QLabel(wordWrap=True), "fieldError")
        self.center_error.setVisible(False)
        self.center_picked = named(QLabel(wordWrap=True), "hint")
        right.addWidget(self.center_label)
        right.addWidget(self.filter)
        right.addWidget(self.center_list, 1)
        right.addWidget(self.center_picked)
        right.addWidget(self.center_error)

        self.college_label = QLabel()
        self.college = named(QLineEdit(), "collegeName")
        self.college_label.setBuddy(self.college)
        self.college_error = named(QLabel(wordWrap=True), "fieldError")
        self.college_error.setVisible(False)
        self.college.textChanged.connect(lambda _text: self.college_error.setVisible(False))
        right.addSpacing(6)
        for widget in (self.college_label, self.college, self.college_error):
            right.addWidget(widget)

        self.status = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.status)
        # Own buttons, not standard ones: a button box renames standard buttons to Qt's own
        # texts on every language change.
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        order = [*self.mode_buttons.values(), self.filter, self.center_list, self.college]
        order += [self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up CVM Director"))
        self.heading.setText(self.tr("Welcome to CVM Director"))
        self.intro.setText(
            self.tr(
                "Before you start, tell the program where it is installed. "
                "This choice gives the installation its identity and cannot be changed later."
            )
        )
        texts = {
            Mode.CENTER: (
                self.tr("A CVM center"),
                self.tr("The center director's office: keeps the data of the whole network."),
            ),
            Mode.COLLEGE: (
                self.tr("A network college of a center"),
                self.tr("Enters the college's own data and sends it to its center."),
            ),
            Mode.CENTRAL: (
                self.tr("The central office (OVEC)"),
                self.tr("Brings together the data sent by all 101 centers."),
            ),
            Mode.DEMO: (
                self.tr("Open the demo network"),
                self.tr(
                    "Invented data for trying the program out, in a separate database. "
                    "Nothing is set up for real."
                ),
            ),
        }
        for mode, (title, hint) in texts.items():
            self.mode_buttons[mode].setText(title)
            self.mode_hints[mode].setText(hint)
        self.center_label.setText(self.tr("CVM center (type any part of the subject or college):"))
        self.filter.setPlaceholderText(self.tr("e.g. เมคคาทรอนิกส์ or ชลบุรี"))
        self.college_label.setText(self.tr("Name of your college:"))
        self.college.setPlaceholderText(self.tr("e.g. วิทยาลัยเทคนิคชลบุรี"))
        self.ok_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        # The other language, named in itself (an endonym), like the main window's menu.
        self.language_button.setText("English" if current_language() == "th" else "ไทย")
        self._picked()
        if self.busy:
            self.status.setText(self.tr("Setting up…"))

    def _switch_language(self) -> None:
        if self.languages is not None:
            self.languages.apply("en" if current_language() == "th" else "th")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- behaviour ------------------------------------------------------------------------
    def mode(self) -> Mode:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def _mode_changed(self) -> None:
        mode = self.mode()
        needs_center = mode in (Mode.CENTER, Mode.COLLEGE)
        for widget in (self.center_label, self.filter, self.center_list, self.center_picked):
            widget.setEnabled(needs_center and not self.busy)
        for widget in (self.college_label, self.college):
            widget.setEnabled(mode is Mode.COLLEGE and not self.busy)
        self.center_error.setVisible(False)
        self.college_error.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount() > 0
        ):
            self.center_list.setFocus()
            if self.selected_line() is None:
                self.center_list.selectionModel().setCurrentIndex(
                    self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            return True
        return super().eventFilter(watched, event)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_terms(text)
        if self.proxy.rowCount() == 1:
            self.center_list.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._picked()

    def selected_line(self) -> int | None:
        index = self.center_list.currentIndex()
        if not index.isValid() or not self.center_list.selectionModel().isSelected(index):
            return None
        line = index.data(LINE_ROLE)
        return int(line) if line else None

    def select_center(self, line: int) -> None:
        """Select the center of ``line`` in the list (keyboard users and tests)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(LINE_ROLE) == line:
                self.center_list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return
        raise LookupError(line)

    def _picked(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.center_error.setVisible(False)
            text = self.centers.item(line - 1).text()
            self.center_picked.setText(self.tr("Chosen: {center}").format(center=text))
        elif self.proxy.rowCount() == 0:
            self.center_picked.setText(self.tr("No center matches what you typed."))
        else:
            self.center_picked.setText(
                self.tr("{count} centers shown; choose one.").format(count=self.proxy.rowCount())
            )

    def _show_error(self, label: QLabel, text: str, focus: QWidget) -> None:
        label.setText(text)
        label.setVisible(True)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.mode_buttons.values():
            button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._mode_changed()
        self.status.setText(self.tr("Setting up…") if busy else "")

    def accept(self) -> None:
        if self.busy:
            return
        mode = self.mode()
        line = self.selected_line()
        name = self.college.text().strip()
        problems: list[tuple[QLabel, str, QWidget]] = []
        if mode in (Mode.CENTER, Mode.COLLEGE) and line is None:
            problems.append(
                (self.center_error, self.tr("Choose your center from the list."), self.filter)
            )
        if mode is Mode.COLLEGE and not name:
            problems.append(
                (self.college_error, self.tr("Enter the name of your college."), self.college)
            )
        if problems:
            for label, text, _focus in problems:
                label.setText(text)
                label.setVisible(True)
            problems[0][2].setFocus()
            return
        self._set_busy(True)
        if mode is Mode.DEMO:
            self.runner.submit(
                "open demo",
                open_demo,
                on_result=self._demo_ready,
                on_error=self._failed,
                progress_title=self.tr("Building the demo network…"),
                parent_widget=self,
            )
            return
        store = self.store
        if mode is Mode.CENTER:
            assert line is not None
            center_line = line
            self.runner.submit(
                "set up center",
                lambda _context: init_center_site(store, center_line),
                on_result=lambda _site: self._done(store),
                on_error=self._failed,
                parent_widget=self,
            )
        elif mode is Mode.COLLEGE:
            assert line is not None
            center_line = line
            self.runner.submit(
                "set up college",
                lambda _context: init_college_site(store, center_line, name),
                on_result=lambda _site: self._done(store),
                on_error=self._failed,
                parent_widget=self,
            )
        else:
            self.runner.submit(
                "set up central office",
                lambda _context: init_central_site(store),
                on_result=lambda _site: self._done(store),
                on_error=self._failed,
                parent_widget=self,
            )

    def _demo_ready(self, store: Store) -> None:
        self.is_demo = True
        self._done(store)

    def _done(self, store: Store) -> None:
        self.result_store = store
        self._set_busy(False)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, FieldError) and error.field == "college":
            self._show_error(self.college_error, error.message, self.college)
        elif isinstance(error, FieldError):
            self._show_error(self.center_error, error.message, self.filter)
        else:
            messages.show_error(self, error_text(error))

    def reject(self) -> None:
        if not self.busy:
            super().reject()
