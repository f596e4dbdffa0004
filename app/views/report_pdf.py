"""The PDF side of the report preview, on any thread: a report made into a private file,
its pages drawn to images or painted on a printer, a copy saved elsewhere.

PDFium (through pypdfium2) is not thread-safe and the runner has two workers: every use of it
holds :data:`PDF_LOCK` and opens and closes its own document, so no PDFium object is ever left
for the garbage collector to close on another thread.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPainter

from app.services.reports.errors import ReportCancelled, ReportError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.services.reports.catalogue import ReportOptions
    from app.services.store import Store
    from app.views.runner import TaskContext

PDF_LOCK = threading.Lock()
"""Held around every use of PDFium."""
PRINT_DPI_LIMIT = 600
"""Pages go to the printer at its resolution, but never finer than this (a "PDF printer"
says 1200 dpi; 600 dpi prints Thai marks sharply at a quarter of the memory)."""
BAND_POINTS = 144
"""How much of a page (2 inches) is drawn for the printer at once, to keep memory small."""


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Any]:
    import pypdfium2

    with PDF_LOCK:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            yield pdf
        finally:
            pdf.close()  # closes its pages too


def page_sizes(path: Path) -> tuple[tuple[float, float], ...]:
    """The width and height of each page of the PDF at ``path``, in points."""
    with _opened(path) as pdf:
        return tuple(
            (float(width), float(height))
            for width, height in (pdf.get_page_size(index) for index in range(len(pdf)))
        )


def _image(bitmap: Any) -> QImage:
    """The RGB bitmap as a QImage that shares its pixels (keep the bitmap while it is used)."""
    return QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    )


def render_page(path: Path, index: int, scale: float) -> QImage:
    """Page ``index`` (0-based) drawn at ``scale`` pixels per point."""
    with _opened(path) as pdf:
        bitmap = pdf[index].render(scale=scale, rev_byteorder=True)
        return _image(bitmap).copy()


def chosen_pages(printer: QPrinter, count: int, current: int) -> list[int]:
    """The pages (0-based, in printing order, copies included) the print dialog asked for."""
    from PySide6.QtPrintSupport import QPrinter

    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        pages = [current]
    elif mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [index for index in range(count) if ranges.contains(index + 1)]
        else:
            first, last = printer.fromPage() or 1, printer.toPage() or count
            pages = list(range(max(first, 1) - 1, min(last, count)))
    else:
        pages = list(range(count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _copy in range(copies)]


def page_orientation(width: float, height: float) -> QPageLayout.Orientation:
    if width > height:
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def print_pages(
    path: Path,
    printer: QPrinter,
    pages: list[int],
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> bool:
    """Paint ``pages`` of the PDF at ``path`` on ``printer`` (a worker may do this: Qt lets a
    thread paint on a QPrinter). False when cancelled; ``ReportError`` when it cannot start."""
    sizes = page_sizes(path)
    printer.setFullPage(True)  # the PDF has its own margins
    wanted = page_orientation(*sizes[pages[0]])
    if printer.pageLayout().orientation() != wanted:
        printer.setPageOrientation(wanted)
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise ReportError(
            QCoreApplication.translate(
                "ReportPreview",
                "The printer could not be started. Check the printer and try again.",
            )
        )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for done, index in enumerate(pages):
        if done:
            printer.newPage()
        if not _paint_page(painter, printer, path, index, sizes[index], dpi, cancelled):
            printer.abort()
            painter.end()
            return False
        progress(done + 1, len(pages))
    painter.end()
    return True


def _paint_page(
    painter: QPainter,
    printer: QPrinter,
    path: Path,
    index: int,
    size: tuple[float, float],
    dpi: int,
    cancelled: Callable[[], bool],
) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    width, height = size
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    fit = min(paper.width() / width, paper.height() / height)
    left = (paper.width() - width * fit) / 2
    top = (paper.height() - height * fit) / 2
    with _opened(path) as pdf:
        page = pdf[index]
        band_top = 0.0
        while band_top < height:
            if cancelled():
                return False
            band_bottom = min(height, band_top + BAND_POINTS)
            bitmap = page.render(
                scale=dpi / 72, crop=(0, height - band_bottom, 0, band_top), rev_byteorder=True
            )
            target = QRectF(left, top + band_top * fit, width * fit, (band_bottom - band_top) * fit)
            painter.drawImage(target, _image(bitmap))
            band_top = band_bottom
    return True


def copy_pdf(source: Path, target: Path) -> None:
    """Copy the report to ``target`` whole or not at all (``ReportError`` in Thai)."""
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, part)
        os.replace(part, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise ReportError.cannot_write(target, error) from error


def documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def file_name(title: str, fiscal_year: int) -> str:
    """A file name for the report: its title and year, without characters Windows refuses."""
    clean = re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip() or "report"
    return f"{clean} {fiscal_year}.pdf"


# -- making the report (worker) ---------------------------------------------------------------
@dataclass(frozen=True)
class MadeReport:
    title: str
    sizes: tuple[tuple[float, float], ...]


def make_pdf(
    context: TaskContext,
    store: Store,
    name: str,
    options: ReportOptions,
    out: Path,
    cancel: threading.Event,
) -> MadeReport | None:
    """Make the report into ``out``; None when cancelled (no file is left). Progress messages
    carry the report's title."""
    from app.services.reports.catalogue import make_report, report_named

    title = report_named(name).title()
    context.progress(-1, title)
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            context.progress(percent, title)

    try:
        make_report(store, name, options, out, progress=progress, cancelled=cancel.is_set)
    except ReportCancelled:
        return None
    if cancel.is_set():  # Cancel came after the last page was laid out
        out.unlink(missing_ok=True)
        return None
    return MadeReport(title, page_sizes(out))


class Scratch:
    """The preview's private folder: removed once the preview is closed and no task of it
    still runs (and, failing that, when the program ends)."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="cvm-report-", ignore_cleanup_errors=True)
        self.path = Path(self._folder.name)
        self.users = 0
        self.closed = False

    def acquire(self) -> None:
        self.users += 1

    def release(self) -> None:
        self.users -= 1
        self._tidy()

    def close(self) -> None:
        self.closed = True
        self._tidy()

    def _tidy(self) -> None:
        if self.closed and self.users == 0:
            self._folder.cleanup()
