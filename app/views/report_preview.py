"""The preview of a report inside the program: made on a worker into a private temporary
file (:mod:`app.views.report_pdf`), shown page by page, saved as PDF or printed.

Pages are drawn on a worker, one at a time, only when shown (and the next one ahead), so a
long report never holds the window up.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageSize,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.reports.errors import ReportError
from app.views import messages, texts
from app.views.page import named
from app.views.report_pdf import (
    MadeReport,
    Scratch,
    chosen_pages,
    copy_pdf,
    documents_folder,
    file_name,
    make_pdf,
    page_orientation,
    print_pages,
    render_page,
)
from app.views.runner import TaskContext, TaskRunner, error_text
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.services.reports.catalogue import ReportOptions
    from app.services.store import Store

T = TypeVar("T")
CACHE_PAGES = 8
PAGE_MARGIN = 16
"""Pixels of grey around the page on screen."""
RESIZE_DELAY_MS = 150
WHEEL_STEP = 120


# -- dialogs (tests replace these) ------------------------------------------------------------
def ask_printer(parent: QWidget, printer: QPrinter, count: int) -> bool:
    """The system's print dialog for a report of ``count`` pages; True to print."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPreview", "Print the report"))
    dialog.setMinMax(1, count)
    option = QAbstractPrintDialog.PrintDialogOption
    for wanted in (option.PrintPageRange, option.PrintCurrentPage, option.PrintToFile):
        dialog.setOption(wanted, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportPreview", "Save the report as PDF"),
        str(suggested),
        QCoreApplication.translate("ReportPreview", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class State(Enum):
    MAKING = "making"
    READY = "ready"
    CANCELLED = "cancelled"
    FAILED = "failed"


class Zoom(Enum):
    FIT_WIDTH = "fit"
    ACTUAL = "actual"


class ReportPreview(QWidget):
    """One report: made on a worker into a private file, then shown page by page, with
    Save as PDF (Ctrl+S) and Print (Ctrl+P). Call :meth:`start` once it is on screen."""

    state_changed = Signal(str)
    title_changed = Signal(str)
    page_shown = Signal(int)
    """A page (0-based) is on screen, drawn for the current zoom."""
    saved = Signal(str)
    printed = Signal(int)
    """Pages sent to the printer; 0 when printing was cancelled."""
    idle = Signal()
    """The preview was closed and none of its tasks still runs."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        name: str,
        options: ReportOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.name = name
        self.options = options
        self.state = State.MAKING
        self.title = ""
        self.sizes: tuple[tuple[float, float], ...] = ()
        self.index = 0
        self.zoom = Zoom.FIT_WIDTH
        self.shown_page: int | None = None
        self.printing = False
        self.saving = False
        self.closed = False
        self.running_tasks = 0
        self._scratch = Scratch()
        self.pdf_path = self._scratch.path / "report.pdf"
        self._cancel = threading.Event()
        self._print_cancel = threading.Event()
        self._error = ""
        self._status: Callable[[], str] = lambda: ""
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._pending: set[tuple[int, int]] = set()
        self._to_bottom = False
        self._wheel = 0
        self._resize_timer = QTimer(self, singleShot=True, interval=RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._show_page)
        self._build()
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------------
    def _action(self, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        key = QKeySequence
        self.previous_action = self._action([key("PgUp")], lambda: self.go_to(self.index - 1))
        self.next_action = self._action([key("PgDown")], lambda: self.go_to(self.index + 1))
        self.first_action = self._action([key("Home"), key("Ctrl+Home")], lambda: self.go_to(0))
        self.last_action = self._action(
            [key("End"), key("Ctrl+End")], lambda: self.go_to(len(self.sizes) - 1)
        )
        self.fit_action = self._action([key("Ctrl+1")], lambda: self.set_zoom(Zoom.FIT_WIDTH))
        self.actual_action = self._action([key("Ctrl+0")], lambda: self.set_zoom(Zoom.ACTUAL))
        zoom_group = QActionGroup(self)
        for action in (self.fit_action, self.actual_action):
            action.setCheckable(True)
            zoom_group.addAction(action)
        self.fit_action.setChecked(True)
        self.save_action = self._action([key(key.StandardKey.Save)], self.save_as)
        self.print_action = self._action([key(key.StandardKey.Print)], self.print_report)

        self.toolbar = named(QToolBar(), "previewToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet(
            "QToolBar#previewToolbar { background: #ffffff; border-bottom: 1px solid #d5dbe3;"
            " padding: 4px 8px; spacing: 6px; }"
        )
        self.toolbar.addAction(self.previous_action)
        self.page_label = named(QLabel(), "previewPage")
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.fit_action)
        self.toolbar.addAction(self.actual_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.print_action)
        layout.addWidget(self.toolbar)

        self.stack = named(QStackedWidget(), "previewStack")
        making = QWidget()
        making_layout = QVBoxLayout(making)
        making_layout.setContentsMargins(48, 24, 48, 24)
        making_layout.addStretch(1)
        self.state_label = named(QLabel(wordWrap=True), "previewState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.making_bar = named(QProgressBar(), "makingProgress")
        self.making_bar.setRange(0, 0)
        self.cancel_button = named(QPushButton(), "cancelReport")
        self.cancel_button.clicked.connect(self.cancel)
        making_layout.addWidget(self.state_label)
        self.making_bar.setMaximumWidth(520)
        making_layout.addWidget(self.making_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        making_layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        making_layout.addStretch(2)
        self.stack.addWidget(making)
        self.page_area = named(QScrollArea(widgetResizable=True), "previewArea")
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so that fitting the page to the width never makes it appear or go.
        self.page_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_image = named(QLabel(), "previewImage")
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_image.setMargin(PAGE_MARGIN)
        self.page_image.setStyleSheet("QLabel#previewImage { background: #5f6b7a; }")
        self.page_area.setWidget(self.page_image)
        self.page_area.viewport().installEventFilter(self)
        self.stack.addWidget(self.page_area)
        layout.addWidget(self.stack, 1)

        status = named(QWidget(), "previewStatus")
        status_layout = QHBoxLayout(status)
        status_layout.setContentsMargins(12, 6, 12, 6)
        self.status_label = named(QLabel(wordWrap=True), "hint")
        self.print_bar = named(QProgressBar(), "printProgress")
        self.print_bar.setRange(0, 100)
        self.print_cancel_button = named(QPushButton(), "cancelPrinting")
        self.print_cancel_button.clicked.connect(self.cancel_printing)
        status_layout.addWidget(self.status_label, 1)
        status_layout.addWidget(self.print_bar)
        status_layout.addWidget(self.print_cancel_button)
        layout.addWidget(status)
        self._update_controls()

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.previous_action.setText(self.tr("&Previous page"))
        self.previous_action.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_action.setText(self.tr("&Next page"))
        self.next_action.setToolTip(self.tr("Next page (Page Down)"))
        self.first_action.setText(self.tr("First page"))
        self.last_action.setText(self.tr("Last page"))
        self.fit_action.setText(self.tr("Fit &width"))
        self.fit_action.setToolTip(self.tr("Show the page as wide as the window (Ctrl+1)"))
        self.actual_action.setText(self.tr("&Actual size (100%)"))
        self.actual_action.setToolTip(self.tr("Show the page at its printed size (Ctrl+0)"))
        self.save_action.setText(self.tr("&Save as PDF…"))
        self.save_action.setToolTip(self.tr("Save a copy of the report as a PDF file (Ctrl+S)"))
        self.print_action.setText(self.tr("P&rint…"))
        self.print_action.setToolTip(self.tr("Print the report (Ctrl+P)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.print_cancel_button.setText(self.tr("Cancel printing"))
        self._update_controls()

    def window_title(self) -> str:
        if not self.title:
            return self.tr("Report preview")
        return self.tr("{title} — preview").format(title=self.title)

    def _state_text(self) -> str:
        if self.state is State.CANCELLED:
            return self.tr("The report was cancelled. No file was made.")
        if self.state is State.FAILED:
            return self._error
        if self._cancel.is_set():
            return self.tr("Stopping…")
        if self.title:
            return self.tr("Making the report: {title}…").format(title=self.title)
        return self.tr("Making the report…")

    def _update_controls(self) -> None:
        ready = self.state is State.READY
        count = len(self.sizes)
        self.previous_action.setEnabled(ready and self.index > 0)
        self.first_action.setEnabled(ready and self.index > 0)
        self.next_action.setEnabled(ready and self.index < count - 1)
        self.last_action.setEnabled(ready and self.index < count - 1)
        for action in (self.fit_action, self.actual_action):
            action.setEnabled(ready)
        self.save_action.setEnabled(ready and not self.saving)
        self.print_action.setEnabled(ready and not self.printing)
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(
                page=texts.number(self.index + 1), count=texts.number(count)
            )
            if ready
            else ""
        )
        self.state_label.setText(for_display(self._state_text()))
        making = self.state is State.MAKING
        self.making_bar.setVisible(making)
        self.cancel_button.setVisible(making)
        self.cancel_button.setEnabled(making and not self._cancel.is_set())
        self.print_bar.setVisible(self.printing)
        self.print_cancel_button.setVisible(self.printing)
        self.print_cancel_button.setEnabled(self.printing and not self._print_cancel.is_set())
        self.status_label.setText(for_display(self._status()))

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status_label.setText(for_display(text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- tasks ----------------------------------------------------------------------------
    def _submit(
        self,
        name: str,
        function: Callable[[TaskContext], T],
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> Any:
        """``runner.submit`` for this preview: nothing is shown once it is closed, and its
        folder stays until the task is over."""
        self._scratch.acquire()
        self.running_tasks += 1
        task = self.runner.submit(
            name,
            function,
            on_result=lambda value: None if self.closed else on_result(value),
            on_error=lambda error: None if self.closed else on_error(error),
            parent_widget=self,
        )
        task.finished.connect(self._task_finished)
        return task

    def _task_finished(self) -> None:
        self.running_tasks -= 1
        self._scratch.release()
        if self.closed and not self.running_tasks:
            self.idle.emit()

    def shutdown(self) -> None:
        """The window closes: stop what runs, remove the file once no task uses it."""
        if self.closed:
            return
        self.closed = True
        self._cancel.set()
        self._print_cancel.set()
        self._resize_timer.stop()
        self._cache.clear()
        self._scratch.close()
        if not self.running_tasks:
            self.idle.emit()

    # -- making ---------------------------------------------------------------------------
    def start(self) -> None:
        store, name, options = self.store, self.name, self.options
        out, cancel = self.pdf_path, self._cancel
        task = self._submit(
            "report",
            lambda context: make_pdf(context, store, name, options, out, cancel),
            self._made,
            self._failed,
        )
        task.progressed.connect(self._making_progress)

    def _making_progress(self, percent: int, title: str) -> None:
        if title and title != self.title:
            self.title = title
            self.title_changed.emit(title)
            self._update_controls()
        if percent < 0:
            self.making_bar.setRange(0, 0)
        else:
            self.making_bar.setRange(0, 100)
            self.making_bar.setValue(min(percent, 100))

    def _set_state(self, state: State) -> None:
        self.state = state
        self._update_controls()
        self.state_changed.emit(state.value)

    def cancel(self) -> None:
        if self.state is State.MAKING and not self._cancel.is_set():
            self._cancel.set()
            self._update_controls()

    def _made(self, report: MadeReport | None) -> None:
        if report is None:
            self._set_state(State.CANCELLED)
            return
        if report.title != self.title:
            self.title = report.title
            self.title_changed.emit(report.title)
        self.sizes = report.sizes
        self.index = 0
        self.stack.setCurrentWidget(self.page_area)
        self._set_state(State.READY)
        self.page_area.setFocus()
        self._show_page()

    def _failed(self, error: BaseException) -> None:
        self._error = error.message if isinstance(error, ReportError) else error_text(error)
        self._set_state(State.FAILED)

    # -- pages ----------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def go_to(self, index: int, *, at_bottom: bool = False) -> None:
        if self.state is not State.READY:
            return
        index = max(0, min(index, len(self.sizes) - 1))
        if index == self.index:
            return
        self.index = index
        self._to_bottom = at_bottom
        self._update_controls()
        self._show_page()

    def set_zoom(self, zoom: Zoom) -> None:
        self.zoom = zoom
        (self.fit_action if zoom is Zoom.FIT_WIDTH else self.actual_action).setChecked(True)
        self.page_area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if zoom is Zoom.FIT_WIDTH
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self._show_page()

    def _width_for(self, index: int) -> int:
        """The width in device pixels page ``index`` is drawn at for the current zoom."""
        if self.zoom is Zoom.FIT_WIDTH:
            logical = self.page_area.viewport().width() - 2 * PAGE_MARGIN
        else:
            logical = round(self.sizes[index][0] * self.logicalDpiX() / 72)
        return max(100, round(logical * self.devicePixelRatioF()))

    def _show_page(self) -> None:
        if self.state is not State.READY or self.closed:
            return
        key = (self.index, self._width_for(self.index))
        image = self._cache.get(key)
        if image is None:
            self._render(key)
            return
        self._cache.move_to_end(key)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page_image.setPixmap(pixmap)
        if self.shown_page != self.index:
            bar = self.page_area.verticalScrollBar()
            if self._to_bottom:
                QTimer.singleShot(0, self, lambda: bar.setValue(bar.maximum()))
            else:
                bar.setValue(0)
            self._to_bottom = False
        self.shown_page = self.index
        self.page_shown.emit(self.index)
        following = self.index + 1
        if following < len(self.sizes):
            self._render((following, self._width_for(following)))

    def _render(self, key: tuple[int, int]) -> None:
        if key in self._pending or key in self._cache:
            return
        self._pending.add(key)
        index, width = key
        # PDFium rounds the width up: a hair less keeps it from coming out a pixel wider.
        path, scale = self.pdf_path, (width - 0.01) / self.sizes[index][0]
        self._submit(
            "report page",
            lambda _context: render_page(path, index, scale),
            lambda image: self._rendered(key, image),
            lambda _error: self._render_failed(key),
        )

    def _rendered(self, key: tuple[int, int], image: QImage) -> None:
        self._pending.discard(key)
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if key == (self.index, self._width_for(self.index)):
            self._show_page()

    def _render_failed(self, key: tuple[int, int]) -> None:
        self._pending.discard(key)
        page = key[0] + 1
        if key[0] == self.index:
            self._set_status(
                lambda: self.tr("Page {page} could not be shown.").format(page=texts.number(page))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new width of the page area draws the page again (fit width); the wheel turns
        the page once the page has been scrolled to its end."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.page_area.viewport()
            and self.zoom is Zoom.FIT_WIDTH
            and self.state is State.READY
        ):
            self._resize_timer.start()
        if (
            isinstance(event, QWheelEvent)
            and watched is self.page_area.viewport()
            and self.state is State.READY
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            delta = event.angleDelta().y()
            bar = self.page_area.verticalScrollBar()
            if (delta < 0 and bar.value() >= bar.maximum()) or (
                delta > 0 and bar.value() <= bar.minimum()
            ):
                self._wheel += delta
                if abs(self._wheel) >= WHEEL_STEP:
                    step = 1 if self._wheel < 0 else -1
                    self._wheel = 0
                    self.go_to(self.index + step, at_bottom=step < 0)
                return True
            self._wheel = 0
        return super().eventFilter(watched, event)

    # -- saving ---------------------------------------------------------------------------
    def save_as(self) -> None:
        if self.state is not State.READY or self.saving:
            return
        suggested = documents_folder() / file_name(self.title, self.options.fiscal_year)
        target = ask_save_path(self, suggested)
        if target is None:
            return
        source = self.pdf_path
        self.saving = True
        self._update_controls()
        self._submit(
            "save report",
            lambda _context: copy_pdf(source, target),
            lambda _none: self._saved(target),
            self._save_failed,
        )

    def _saved(self, target: Path) -> None:
        self.saving = False
        self._set_status(lambda: self.tr("Saved as {path}").format(path=target))
        self._update_controls()
        self.saved.emit(str(target))

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self._update_controls()
        text = error.message if isinstance(error, ReportError) else error_text(error)
        messages.show_error(self, text)

    # -- printing -------------------------------------------------------------------------
    def print_report(self) -> None:
        if self.state is not State.READY or self.printing:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        width, height = self.sizes[0]
        printer.setPageSize(
            QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
        )
        printer.setPageOrientation(page_orientation(width, height))
        if not ask_printer(self, printer, len(self.sizes)):
            return
        pages = chosen_pages(printer, len(self.sizes), self.index)
        if not pages:
            self._set_status(lambda: self.tr("The pages chosen are not in this report."))
            return
        self._print_cancel = cancel = threading.Event()
        self.printing = True
        self.print_bar.setValue(0)
        self._set_status(lambda: self.tr("Printing…"))
        self._update_controls()
        path, total = self.pdf_path, len(pages)

        def work(context: TaskContext) -> bool:
            return print_pages(
                path,
                printer,
                pages,
                # the message carries the number of pages done, for the status line
                progress=lambda done, _total: context.progress(done * 100 // total, str(done)),
                cancelled=cancel.is_set,
            )

        task = self._submit(
            "print report", work, lambda done: self._printed(done, total), self._print_failed
        )
        task.progressed.connect(lambda percent, done: self._print_progress(percent, done, total))

    def _print_progress(self, percent: int, done: str, total: int) -> None:
        self.print_bar.setValue(percent)
        if done.isdigit():
            page = int(done)
            self._set_status(
                lambda: self.tr("Printing: {done} of {count} pages sent…").format(
                    done=texts.number(page), count=texts.number(total)
                )
            )

    def cancel_printing(self) -> None:
        if self.printing:
            self._print_cancel.set()
            self._update_controls()

    def _printed(self, completed: bool, total: int) -> None:
        self.printing = False
        if completed:
            self._set_status(
                lambda: self.tr("{count} pages were sent to the printer.").format(
                    count=texts.number(total)
                )
            )
        else:
            self._set_status(lambda: self.tr("Printing was cancelled."))
        self._update_controls()
        self.printed.emit(total if completed else 0)

    def _print_failed(self, error: BaseException) -> None:
        self.printing = False
        self._set_status(lambda: "")
        self._update_controls()
        text = error.message if isinstance(error, ReportError) else error_text(error)
        messages.show_error(self, text)


class ReportPreviewWindow(QMainWindow):
    """A report's preview in a window of its own, beside the main window (not modal)."""

    def __init__(
        self,
        parent: QWidget | None,
        store: Store,
        runner: TaskRunner,
        name: str,
        options: ReportOptions,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reportPreviewWindow")
        self.preview = ReportPreview(store, runner, name, options, self)
        self.setCentralWidget(self.preview)
        self.close_action = QAction(self)
        self.close_action.setShortcuts(
            [QKeySequence("Esc"), QKeySequence(QKeySequence.StandardKey.Close)]
        )
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.preview.title_changed.connect(lambda _title: self.retranslate_ui())
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(1000, int(screen.width() * 0.8)), int(screen.height() * 0.9))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.preview.window_title())
        self.close_action.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview.shutdown()
        super().closeEvent(event)
        if self.preview.running_tasks:
            self.preview.idle.connect(self.deleteLater)
        else:
            self.deleteLater()


def show_report_preview(
    parent: QWidget, store: Store, runner: TaskRunner, name: str, options: ReportOptions
) -> ReportPreviewWindow:
    """Open a preview window of report ``name`` and start making it."""
    window = ReportPreviewWindow(parent.window(), store, runner, name, options)
    window.show()
    window.activateWindow()
    window.preview.start()
    return window


def open_report_preview(
    parent: QWidget, store: Store, runner: TaskRunner, name: str, options: ReportOptions
) -> None:
    """Make report ``name`` for ``options`` and show it in a preview window beside ``parent``,
    from where it can be saved as PDF and printed."""
    show_report_preview(parent, store, runner, name, options)
