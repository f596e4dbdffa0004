"""Student placements (manual 6.1-6.2): the placements list, the lifecycle buttons of the
selected placement (confirm, start, complete, withdraw) and placing a whole class; the
selected placement's supervision visits and incidents in tabs below.

Every change goes through :mod:`app.services.placements` on the task runner; a refusal is
shown as the service words it (in the user's language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.store import Store
from app.views import messages
from app.views.list_page import ListPage, list_title
from app.views.page import Page, named
from app.views.runner import TaskContext, TaskRunner

if TYPE_CHECKING:
    from app.services.placements import ClassPlacement, ClassPlan

CHILD_KINDS = ("supervision_visits", "incidents")
MOVES = ("confirmed", "in_progress", "completed", "withdrawn")


def _scope_find(page: ListPage) -> None:
    """Ctrl+F searches the list that has the keyboard (several lists share this window)."""
    page.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


# -- placing a class ------------------------------------------------------------------------------
def _class_choices(context: TaskContext) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    from sqlalchemy import select

    from app.models.network import College, Enterprise

    with context.session() as session:
        colleges = session.execute(
            select(College.id, College.name_th)
            .where(College.deleted.is_(False))
            .order_by(College.name_sort)
        ).all()
        enterprises = session.execute(
            select(Enterprise.id, Enterprise.name_th)
            .where(Enterprise.deleted.is_(False))
            .order_by(Enterprise.name_sort)
            .limit(2000)
        ).all()
    return [(row[0], row[1]) for row in colleges], [(row[0], row[1]) for row in enterprises]


class PlaceClassDialog(QDialog):
    """College, level, year of study, enterprises, mode and dates -> preview -> create."""

    placed = Signal(object)
    """The class was placed (a ``ClassPlacement``)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.preview: ClassPlacement | None = None
        self._build()
        self.retranslate_ui()
        runner.submit(
            "class choices", _class_choices, on_result=self._choices_ready, parent_widget=self
        )

    def _build(self) -> None:
        from app.services.listing import labels

        self.setObjectName("placeClassDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.college = named(QComboBox(), "classCollege")
        self.level = named(QComboBox(), "classLevel")
        for code, text in labels.level().items():
            self.level.addItem(text, code)
        self.year = named(QSpinBox(minimum=1, maximum=4, value=2), "classYear")
        self.enterprises = named(QListWidget(), "classEnterprises")
        self.enterprises.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.enterprises.setMaximumHeight(160)
        self.mode = named(QComboBox(), "classMode")
        for code, text in labels.placement_mode().items():
            self.mode.addItem(text, code)
        self.starts = named(QLineEdit(), "classStarts")
        self.ends = named(QLineEdit(), "classEnds")
        self.labels = [QLabel() for _ in range(7)]
        widgets = (self.college, self.level, self.year, self.enterprises, self.mode)
        for label, widget in zip(self.labels, (*widgets, self.starts, self.ends), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.summary = named(QPlainTextEdit(readOnly=True), "classPreview")
        self.summary.setMaximumHeight(160)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox()
        self.preview_button = named(QPushButton(), "classPreviewButton")
        self.create_button = named(QPushButton(), "classCreate")
        self.create_button.setEnabled(False)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.preview_button.clicked.connect(self.run_preview)
        self.create_button.clicked.connect(self.create_placements)
        for widget in (self.college, self.level, self.mode):
            widget.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        self.enterprises.itemSelectionChanged.connect(self._changed)
        self.starts.textChanged.connect(self._changed)
        self.ends.textChanged.connect(self._changed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Place a class"))
        texts = (
            self.tr("&College"),
            self.tr("&Level"),
            self.tr("&Year of study"),
            self.tr("&Enterprises (choose one or more)"),
            self.tr("&Mode"),
            self.tr("&Starts on"),
            self.tr("E&nds on"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        hint = self.tr("day/month/B.E. year, e.g. 1/11/2568")
        self.starts.setPlaceholderText(hint)
        self.ends.setPlaceholderText(hint)
        self.preview_button.setText(self.tr("&Preview"))
        self.create_button.setText(self.tr("C&reate placements"))

    def _choices_ready(self, choices: tuple[list[tuple[int, str]], list[tuple[int, str]]]) -> None:
        colleges, enterprises = choices
        for record_id, name in colleges:
            self.college.addItem(name, record_id)
        for record_id, name in enterprises:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.enterprises.addItem(item)

    def _changed(self) -> None:
        self.preview = None
        self.create_button.setEnabled(False)

    def plan(self) -> ClassPlan | None:
        """The plan typed, or None (the problem is shown)."""
        from app.models.enums import Level, PlacementMode
        from app.services.placements import ClassPlan
        from app.services.thai.dates import parse_thai_date
        from app.services.validation import FieldError

        try:
            starts = parse_thai_date(self.starts.text(), "starts_on")
            ends = parse_thai_date(self.ends.text(), "ends_on")
        except FieldError:
            self.summary.setPlainText(
                self.tr("Write both dates as day/month/Buddhist Era year, for example 1/11/2568.")
            )
            return None
        chosen = tuple(
            int(item.data(Qt.ItemDataRole.UserRole)) for item in self.enterprises.selectedItems()
        )
        if self.college.currentData() is None or not chosen:
            self.summary.setPlainText(self.tr("Choose the college and at least one enterprise."))
            return None
        return ClassPlan(
            college_id=int(self.college.currentData()),
            level=Level(self.level.currentData()),
            year_of_study=self.year.value(),
            enterprise_ids=chosen,
            mode=PlacementMode(self.mode.currentData()),
            starts_on=starts,
            ends_on=ends,
        )

    def run_preview(self) -> None:
        plan = self.plan()
        if plan is None:
            return

        def preview(context: TaskContext) -> ClassPlacement:
            from app.services.placements import plan_class

            with context.session() as session:
                return plan_class(session, plan)

        self.runner.submit(
            "class preview",
            preview,
            on_result=self._previewed,
            on_error=self._refused,
            parent_widget=self,
        )

    def _refused(self, error: BaseException) -> None:
        from app.services.placements import PlacementRefused

        if not isinstance(error, PlacementRefused):
            raise error
        self.summary.setPlainText(error.message)

    def _previewed(self, result: ClassPlacement) -> None:
        self.preview = result
        lines = [
            self.tr("Placements to create: {count}").format(count=len(result.created)),
            *(
                self.tr("{student} → {enterprise}").format(
                    student=row.student, enterprise=row.enterprise
                )
                for row in result.created
            ),
            self.tr("Students skipped: {count}").format(count=len(result.skipped)),
            *(
                self.tr("{student}: {reason}").format(student=row.student, reason=row.reason)
                for row in result.skipped
            ),
        ]
        self.summary.setPlainText("\n".join(lines))
        self.create_button.setEnabled(bool(result.created))

    def create_placements(self) -> None:
        plan = self.plan()
        if plan is None or self.preview is None:
            return

        def place(context: TaskContext) -> ClassPlacement:
            from app.services.placements import place_class

            assert context.store is not None
            return place_class(context.store, plan)

        self.create_button.setEnabled(False)
        self.runner.submit(
            "place class", place, on_result=self._placed, on_error=self._refused, parent_widget=self
        )

    def _placed(self, result: ClassPlacement) -> None:
        self.placed.emit(result)
        self.accept()


# -- the page -------------------------------------------------------------------------------------
class PlacementsPage(Page):
    """The placements with, for the selected one, its lifecycle buttons, visits and incidents."""

    # The visits and incidents of one placement are shown here too, but "Show all" of those
    # lists goes to the safety page.
    list_kinds = ("placements",)

    moved = Signal(str)
    """The selected placement moved to this status."""
    refused = Signal(str)
    """A change was refused, for this reason (already shown to the user)."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.placement_id: int | None = None
        self.class_dialog: PlaceClassDialog | None = None
        super().__init__(parent)

    def subpage_title(self) -> str | None:
        return list_title("placements")

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.placements = ListPage("placements", "placements", self.store, self.runner, self)
        self.placements.ensure_built()
        _scope_find(self.placements)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 4, 24, 8)
        self.move_buttons = {
            status: named(QPushButton(), f"placement_{status}") for status in MOVES
        }
        for button in self.move_buttons.values():
            button.setEnabled(False)
            bar.addWidget(button)
        bar.addStretch(1)
        self.class_button = named(QPushButton(), "placeClass")
        bar.addWidget(self.class_button)
        self.tabs = named(QTabWidget(self), "placementTabs")
        self.children_lists = {
            kind: ListPage(kind, None, self.store, self.runner, self.tabs) for kind in CHILD_KINDS
        }
        for child in self.children_lists.values():
            self.tabs.addTab(child, "")
        self.tabs.setEnabled(False)
        layout.addWidget(self.placements, 3)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 2)
        for status, button in self.move_buttons.items():
            button.clicked.connect(lambda _checked=False, to=status: self.move_selected(to))
        self.class_button.clicked.connect(self.open_class_dialog)
        selection = self.placements.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        for child in self.children_lists.values():
            child.records_changed.connect(self.placements.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        texts = {
            "confirmed": self.tr("Confirm"),
            "in_progress": self.tr("Start"),
            "completed": self.tr("Complete"),
            "withdrawn": self.tr("Withdraw…"),
        }
        for status, button in self.move_buttons.items():
            button.setText(texts[status])
        self.class_button.setText(self.tr("Place a class…"))
        for index, kind in enumerate(CHILD_KINDS):
            self.tabs.setTabText(index, list_title(kind))
        self.tabs.setToolTip(self.tr("Supervision visits and incidents of the selected placement"))

    # -- the selected placement -------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        record_id = self.placements.model.row_id(current.row())
        if record_id is not None and record_id != self.placement_id:
            self.show_placement(record_id)

    def show_placement(self, placement_id: int) -> None:
        from app.services.listing import ListFilters

        self.placement_id = placement_id
        for button in self.move_buttons.values():
            button.setEnabled(True)
        self.tabs.setEnabled(True)
        for child in self.children_lists.values():
            child.show_filtered(ListFilters(placement_id=placement_id))
            _scope_find(child)

    def ask_reason(self) -> str | None:
        """The reason for a withdrawal (None: cancelled)."""
        text, accepted = QInputDialog.getMultiLineText(
            self, self.tr("Withdraw the placement"), self.tr("Reason for withdrawal:")
        )
        return text if accepted else None

    def move_selected(self, to: str) -> None:
        """Move the selected placement to ``to`` through the service (a refusal is shown)."""
        from app.models.enums import PlacementStatus

        placement_id = self.placement_id
        if placement_id is None:
            return
        reason: str | None = None
        if to == PlacementStatus.WITHDRAWN.value:
            reason = self.ask_reason()
            if reason is None:
                return

        def move(context: TaskContext) -> str:
            from app.services.placements import move as move_placement

            assert context.store is not None
            move_placement(context.store, placement_id, PlacementStatus(to), reason)
            return to

        self.runner.submit(
            "move placement",
            move,
            on_result=self._moved,
            on_error=self._refused,
            parent_widget=self,
        )

    def _moved(self, status: str) -> None:
        self.placements.refresh()
        self.moved.emit(status)

    def _refused(self, error: BaseException) -> None:
        from app.services.placements import PlacementRefused

        if not isinstance(error, PlacementRefused):
            messages.show_error(self, self.tr("The placement could not be changed."), str(error))
            return
        self.refused.emit(error.message)
        messages.show_warning(self, error.message)

    def open_class_dialog(self) -> None:
        self.class_dialog = PlaceClassDialog(self.store, self.runner, self)
        self.class_dialog.placed.connect(self._class_placed)
        self.class_dialog.open()

    def _class_placed(self, _result: Any) -> None:
        self.placements.refresh()


def make_pages(store: Store, runner: TaskRunner, parent: QWidget) -> list[Page]:
    """The student placements page (laid out when first shown)."""
    return [PlacementsPage(store, runner, parent)]
