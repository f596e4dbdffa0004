"""The report preview: a report made on a worker and shown page by page (as many pages as the
PDF has), Cancel leaves no file, Save as PDF refuses a read-only folder with a message and
keeps the preview, Print goes through the (patched) print dialog to a PDF printer."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from app.services.reports import catalogue
from app.services.reports.catalogue import ReportOptions, ReportSpec
from app.services.reports.document import ReportDocument
from app.services.reports.errors import ReportError
from app.services.store import Store, open_store
from app.views import report_pdf, report_preview
from app.views.report_preview import ReportPreviewWindow, State, show_report_preview
from app.views.runner import TaskRunner
from app.views.thai_wrap import for_display
from tests.views.conftest import Shown

WAIT_MS = 20_000
PAGES = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPreview", text)


def _pages_build(
    session: Session, options: ReportOptions, document: ReportDocument, gate: threading.Event
) -> None:
    gate.wait(WAIT_MS / 1000)
    document.cover(["ศูนย์ทดสอบ"], subject=f"ปีงบประมาณ {options.fiscal_year}")
    for number in range(1, PAGES):
        document.heading(f"ส่วนที่ {number}")
        document.paragraph("การบริหารจัดการศูนย์ความเป็นเลิศทางการอาชีวศึกษา " * 8)
        if number < PAGES - 1:
            document.page_break()


def _refused(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    raise ReportError("ไม่มีข้อมูลสำหรับรุ่นที่เลือก")


@pytest.fixture
def gate() -> threading.Event:
    """Holds the test report's build until set (set from the start unless a test clears it)."""
    event = threading.Event()
    event.set()
    return event


@pytest.fixture
def specs(monkeypatch: pytest.MonkeyPatch, gate: threading.Event) -> tuple[ReportSpec, ...]:
    made = (
        ReportSpec(
            name="pages",
            title=lambda: "รายงานทดสอบการแสดงผล",
            build=lambda session, options, document: _pages_build(session, options, document, gate),
        ),
        ReportSpec(name="refused", title=lambda: "รายงานที่ทำไม่ได้", build=_refused),
    )
    monkeypatch.setattr(catalogue, "reports", lambda: made)
    return made


@pytest.fixture
def host(qtbot: QtBot, languages: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(
    qtbot: QtBot, host: QWidget, center_store: Store, runner: TaskRunner, specs: Any
) -> Iterator[Callable[[str], ReportPreviewWindow]]:
    windows: list[ReportPreviewWindow] = []

    def open_report(name: str) -> ReportPreviewWindow:
        window = show_report_preview(
            host, center_store, runner, name, ReportOptions(fiscal_year=2569)
        )
        windows.append(window)
        return window

    yield open_report
    for window in windows:
        if shiboken6.isValid(window) and window.isVisible():
            window.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def _ready(qtbot: QtBot, window: ReportPreviewWindow) -> None:
    preview = window.preview
    qtbot.waitUntil(lambda: preview.shown_page == 0, timeout=WAIT_MS)


def _pdf_pages(path: Path) -> int:
    return len(report_pdf.page_sizes(path))  # under the preview's PDFium lock


def test_the_report_is_made_and_every_page_can_be_shown(
    qtbot: QtBot, opened: Callable[[str], ReportPreviewWindow]
) -> None:
    window = opened("pages")
    preview = window.preview
    _ready(qtbot, window)
    assert preview.state is State.READY
    assert preview.pdf_path.exists()
    assert preview.page_count == _pdf_pages(preview.pdf_path) == PAGES
    assert "รายงานทดสอบการแสดงผล" in window.windowTitle()
    assert preview.page_label.text() == _tr("Page {page} of {count}").format(page=1, count=PAGES)
    assert not preview.previous_action.isEnabled()
    width = preview.page_image.pixmap().width()
    assert width == preview.page_area.viewport().width() - 2 * report_preview.PAGE_MARGIN

    for page in range(1, PAGES):
        qtbot.keyClick(preview.page_area, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda page=page: preview.shown_page == page, timeout=WAIT_MS)
        assert preview.page_label.text() == _tr("Page {page} of {count}").format(
            page=page + 1, count=PAGES
        )
    assert not preview.next_action.isEnabled()
    qtbot.keyClick(preview.page_area, Qt.Key.Key_PageDown)  # no page after the last
    assert preview.index == PAGES - 1

    qtbot.keyClick(preview.page_area, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            preview.page_image.pixmap().width()
            == round(preview.sizes[3][0] * preview.logicalDpiX() / 72)
        ),
        timeout=WAIT_MS,
    )
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: preview.shown_page == 0, timeout=WAIT_MS)

    folder = preview.pdf_path.parent
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Escape)
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=WAIT_MS)


def test_cancel_leaves_no_file(
    qtbot: QtBot, opened: Callable[[str], ReportPreviewWindow], gate: threading.Event
) -> None:
    gate.clear()
    window = opened("pages")
    preview = window.preview
    assert preview.cancel_button.isVisible()
    preview.cancel_button.setFocus()
    qtbot.keyClick(preview.cancel_button, Qt.Key.Key_Space)
    assert preview.state_label.text() == for_display(_tr("Stopping…"))
    gate.set()
    qtbot.waitUntil(lambda: preview.state is State.CANCELLED, timeout=WAIT_MS)
    assert list(preview.pdf_path.parent.iterdir()) == []
    assert preview.state_label.text() == for_display(
        _tr("The report was cancelled. No file was made.")
    )
    assert not preview.save_action.isEnabled() and not preview.print_action.isEnabled()
    assert not preview.cancel_button.isVisible()


def test_a_refused_report_says_why_in_the_window(
    qtbot: QtBot, opened: Callable[[str], ReportPreviewWindow], shown: Shown
) -> None:
    window = opened("refused")
    preview = window.preview
    qtbot.waitUntil(lambda: preview.state is State.FAILED, timeout=WAIT_MS)
    assert preview.state_label.text() == for_display("ไม่มีข้อมูลสำหรับรุ่นที่เลือก")
    assert shown.boxes == []
    assert not preview.pdf_path.exists()


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    def fake(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def _read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: refuse the way the system refuses others
        real = shutil.copyfile

        def refuse(source: Any, target: Any, **kwargs: Any) -> Any:
            if Path(target).parent == folder:
                raise PermissionError(13, "Permission denied", str(target))
            return real(source, target, **kwargs)

        monkeypatch.setattr(report_pdf.shutil, "copyfile", refuse)
    return folder


def test_save_to_a_read_only_folder_says_so_and_the_preview_stays(
    qtbot: QtBot,
    opened: Callable[[str], ReportPreviewWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    window = opened("pages")
    preview = window.preview
    _ready(qtbot, window)
    folder = _read_only_folder(tmp_path, monkeypatch)
    _save_to(monkeypatch, folder / "รายงาน")
    qtbot.keyClick(preview.page_area, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown.boxes), timeout=WAIT_MS)
    kind, text, _detail = shown.boxes[-1]
    expected = ReportError.cannot_write(folder / "รายงาน.pdf", PermissionError(13, "x")).message
    assert kind == "error" and text == expected
    assert list(folder.iterdir()) == []
    assert window.isVisible() and preview.state is State.READY
    assert preview.save_action.isEnabled()

    target = tmp_path / "saved" / "annual.pdf"
    target.parent.mkdir()
    _save_to(monkeypatch, target)
    with qtbot.waitSignal(preview.saved, timeout=WAIT_MS) as saved:
        preview.save_action.trigger()
    assert saved.args == [str(target)]
    assert target.read_bytes() == preview.pdf_path.read_bytes()
    assert [path.name for path in target.parent.iterdir()] == ["annual.pdf"]


def _print_to(
    monkeypatch: pytest.MonkeyPatch, out: Path, pages: tuple[int, int] | None
) -> list[int]:
    counts: list[int] = []

    def fake(_parent: QWidget, printer: QPrinter, count: int) -> bool:
        counts.append(count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(96)
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    monkeypatch.setattr(report_preview, "ask_printer", fake)
    return counts


def _ink(path: Path, index: int) -> int:
    """How many pixels of page ``index`` of the PDF at ``path`` are not white."""
    with report_pdf.PDF_LOCK:  # workers may still draw pages of the preview
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            pixels = pdf[index].render(scale=0.5, grayscale=True).to_numpy()
            return int((pixels < 200).sum())
        finally:
            pdf.close()


@pytest.mark.parametrize(("pages", "expected"), [(None, PAGES), ((2, 3), 2)])
def test_print_through_the_dialog_to_a_pdf_printer(
    qtbot: QtBot,
    opened: Callable[[str], ReportPreviewWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pages: tuple[int, int] | None,
    expected: int,
) -> None:
    window = opened("pages")
    preview = window.preview
    _ready(qtbot, window)
    out = tmp_path / "printed.pdf"
    counts = _print_to(monkeypatch, out, pages)
    with qtbot.waitSignal(preview.printed, timeout=WAIT_MS) as printed:
        qtbot.keyClick(preview.page_area, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert counts == [PAGES]
    assert printed.args == [expected]
    assert _pdf_pages(out) == expected
    assert all(_ink(out, index) > 100 for index in range(expected))
    assert preview.status_label.text() == for_display(
        _tr("{count} pages were sent to the printer.").format(count=expected)
    )
    assert preview.print_action.isEnabled()


def test_printing_can_be_cancelled(
    qtbot: QtBot,
    opened: Callable[[str], ReportPreviewWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = opened("pages")
    preview = window.preview
    _ready(qtbot, window)
    _print_to(monkeypatch, tmp_path / "printed.pdf", None)
    held = threading.Event()
    real = report_pdf._paint_page

    def slow(*args: Any) -> bool:
        held.wait(WAIT_MS / 1000)  # until Cancel was pressed
        return real(*args)

    monkeypatch.setattr(report_pdf, "_paint_page", slow)
    preview.print_action.trigger()
    assert preview.print_cancel_button.isVisible()
    with qtbot.waitSignal(preview.printed, timeout=WAIT_MS) as printed:
        preview.print_cancel_button.click()
        held.set()
    assert printed.args == [0]
    assert preview.status_label.text() == for_display(_tr("Printing was cancelled."))


def test_a_real_report_of_the_demo_network(
    qtbot: QtBot, host: QWidget, demo_db_template: Path, tmp_path: Path
) -> None:
    """The meetings report of fiscal year 2569 of the demo network, previewed to its end."""
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_db_template, copy)
    store = open_store(copy)
    demo_runner = TaskRunner(store)
    try:
        window = show_report_preview(
            host, store, demo_runner, "meetings", ReportOptions(fiscal_year=2569)
        )
        preview = window.preview
        qtbot.waitUntil(lambda: preview.state is not State.MAKING, timeout=60_000)
        assert preview.state is State.READY, preview.state_label.text()
        count = _pdf_pages(preview.pdf_path)
        assert preview.page_count == count >= 2
        qtbot.keyClick(preview.page_area, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: preview.shown_page == count - 1, timeout=WAIT_MS)
        window.close()
        qtbot.waitUntil(lambda: not demo_runner.busy, timeout=WAIT_MS)
    finally:
        assert demo_runner.wait()
        store.close()


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ({}, [0, 1, 2, 3]),
        ({"range": (2, 3)}, [1, 2]),
        ({"current": True}, [2]),
        ({"range": (3, 9)}, [2, 3]),
        ({"copies": 2}, [0, 1, 2, 3, 0, 1, 2, 3]),
        ({"copies": 2, "collate": False, "range": (1, 2)}, [0, 0, 1, 1]),
        ({"reverse": True, "range": (1, 3)}, [2, 1, 0]),
    ],
)
def test_the_pages_the_print_dialog_asked_for(
    qapp: Any, setup: dict[str, Any], expected: list[int]
) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # prints no copies by itself
    if "range" in setup:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*setup["range"])
    if setup.get("current"):
        printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    printer.setCopyCount(setup.get("copies", 1))
    printer.setCollateCopies(setup.get("collate", True))
    if setup.get("reverse"):
        printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert report_pdf.chosen_pages(printer, PAGES, current=2) == expected
