"""A Thai report as a sequence of blocks, written to PDF in the official layout.

Report builders call :class:`ReportDocument` with plain text (never markup): headings,
paragraphs, label/value figures, tables that split across pages with their header
repeated, matplotlib charts and a cover. :meth:`ReportDocument.write` lays it out
(A4, margins 3 cm / 2 cm, "- ๒ -" at the top from page 2), reporting progress, stopping
when asked, and writing the file only once complete.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    LayoutError,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.reports.canvas import ReportCanvas
from app.services.reports.errors import ReportCancelled, ReportError
from app.services.reports.fonts import REGULAR, register_pdf_fonts
from app.services.reports.styles import (
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    GRID,
    HEADER_FILL,
    LEFT_MARGIN,
    PAGE_SIZE,
    RIGHT_MARGIN,
    TOP_MARGIN,
    ReportStyles,
    make_styles,
)
from app.services.reports.thai_text import thai_layout, thai_layout_enabled, thai_paragraph
from app.services.thai.dates import format_thai_date
from app.services.thai.digits import to_thai_digits

Cell = str | int | float | None
Progress = Callable[[int, int], None]
"""``(done, total)`` flowables laid out so far."""

KEEP_ROOM = {1: 4.5 * cm, 2: 4 * cm, 3: 4 * cm}
"""Room (points) a heading of each level needs below it, else it starts the next page."""


class ReportDocument:
    """The blocks of one report; ``thai_digits`` writes every number in Thai digits, also
    those inside the texts of headings, paragraphs, notes, figure labels and captions.

    ``thai_layout`` (default: on, unless made inside ``thai_text.thai_layout(False)``)
    shapes Thai and breaks its lines between words; off, paragraphs are plain ReportLab
    ones (the benchmark's floor: marks misplaced, lines broken at spaces only).
    """

    def __init__(
        self,
        title: str,
        *,
        thai_digits: bool = False,
        landscape_pages: bool = False,
        numbered: bool = True,
        thai_layout: bool | None = None,
    ) -> None:
        register_pdf_fonts()
        self.title = title
        self.thai_digits = thai_digits
        self.landscape_pages = landscape_pages
        self.numbered = numbered
        self.thai_layout = thai_layout_enabled() if thai_layout is None else thai_layout
        self.styles: ReportStyles = make_styles()
        self.story: list[Flowable] = []
        self.has_cover = False

    # -- words and numbers ------------------------------------------------------------------
    @property
    def width(self) -> float:
        """The width of the text frame in points."""
        if self.landscape_pages:
            return float(landscape(PAGE_SIZE)[0] - LEFT_MARGIN - RIGHT_MARGIN)
        return float(FRAME_WIDTH)

    @property
    def height(self) -> float:
        """The height of the text frame in points."""
        size = landscape(PAGE_SIZE) if self.landscape_pages else PAGE_SIZE
        return float(size[1] - TOP_MARGIN - BOTTOM_MARGIN)

    def digits(self, text: str) -> str:
        return to_thai_digits(text) if self.thai_digits else text

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """``value`` with thousands separators in the chosen digits; "-" for none."""
        if value is None:
            return "-"
        return self.digits(f"{value:,.{decimals}f}")

    def percent(self, value: float | None, decimals: int = 1) -> str:
        if value is None:
            return "-"
        return self.digits(f"{value:,.{decimals}f}%")

    def date(self, day: date | None, style: str = "full") -> str:
        if day is None:
            return "-"
        return format_thai_date(day, style, thai_digits=self.thai_digits)  # type: ignore[arg-type]

    # -- blocks ------------------------------------------------------------------------------
    def cover(self, lines: Sequence[str], *, subject: str | None = None) -> None:
        """The first page: the issuing unit's ``lines`` (center, host college), the report's
        title and ``subject``, then a page break; pages are numbered from the next one."""
        styles = self.styles
        self.story.append(Spacer(1, 5 * cm))
        self.story.append(self._paragraph(self.title, styles.title))
        if subject:
            self.story.append(self._paragraph(subject, styles.subtitle))
        self.story.append(Spacer(1, 3 * cm))
        for line in lines:
            self.story.append(self._paragraph(line, styles.subtitle))
        self.story.append(PageBreak())
        self.has_cover = True

    def _paragraph(self, text: str, style: ParagraphStyle) -> Flowable:
        with thai_layout(self.thai_layout):
            return thai_paragraph(text, style)

    def heading(self, text: str, level: int = 1, *, room: float | None = None) -> None:
        """A heading that starts the next page when less than ``room`` (default: the
        level's :data:`KEEP_ROOM`) is left below it, so it never stands alone at the foot
        of a page.

        Like every text block, its digits (also those of fixed texts) follow the report's.
        """
        style = {1: self.styles.heading1, 2: self.styles.heading2}.get(level, self.styles.heading3)
        self.story.append(
            CondPageBreak(KEEP_ROOM.get(level, KEEP_ROOM[3]) if room is None else room)
        )
        self.story.append(self._paragraph(self.digits(text), style))

    def paragraph(self, text: str) -> None:
        self.story.append(self._paragraph(self.digits(text), self.styles.body))

    def note(self, text: str) -> None:
        self.story.append(self._paragraph(self.digits(text), self.styles.note))

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.story.append(self._paragraph(self.digits(f"• {item}"), self.styles.body))

    def no_data(self, text: str | None = None) -> None:
        """Say that there is nothing to report here (never an empty section)."""
        self.paragraph(
            text
            or QCoreApplication.translate(
                "ReportDocument", "No data has been recorded for this part."
            )
        )

    def spacer(self, height_cm: float = 0.5) -> None:
        self.story.append(Spacer(1, height_cm * cm))

    def page_break(self) -> None:
        self.story.append(PageBreak())

    def figures(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label / value pairs as a two-column table without grid lines."""
        if not rows:
            return
        styles = self.styles
        data = [
            [
                self._paragraph(self.digits(label), styles.cell),
                self._paragraph(value, styles.cell_number),
            ]
            for label, value in rows
        ]
        table = Table(data, colWidths=[self.width * 0.72, self.width * 0.28], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, styles.cell.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d0d0")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.story.append(table)
        self.spacer(0.3)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        *,
        widths: Sequence[float] | None = None,
        numeric: Sequence[int] = (),
        total: Sequence[Cell] | None = None,
    ) -> None:
        """A table whose header row repeats on every page it runs onto.

        ``widths`` are shares of the frame width (they are scaled to add up to 1); the
        columns in ``numeric`` are right-aligned and their numbers written with separators
        in the chosen digits. ``total`` is a last row in bold.
        """
        styles = self.styles
        count = len(headers)
        shares = list(widths) if widths else [1.0] * count
        scale = sum(shares)
        col_widths = [self.width * share / scale for share in shares]
        numbers = set(numeric)

        def cell(column: int, value: Cell) -> Flowable:
            if column in numbers:
                text = (
                    self.number(value)
                    if isinstance(value, int | float)
                    else self.digits(str(value or "-"))
                )
                return self._paragraph(text, styles.cell_number)
            return self._paragraph(self.digits(_text(value)), styles.cell)

        data: list[list[Any]] = [[self._paragraph(h, styles.cell_header) for h in headers]]
        data.extend([cell(c, v) for c, v in enumerate(row)] for row in rows)
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, styles.cell.fontSize),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if total is not None:
            bold = styles.cell_header
            data.append(
                [
                    self._paragraph(
                        self.number(v) if isinstance(v, int | float) else _text(v), bold
                    )
                    for v in total
                ]
            )
            commands.append(("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL))
        kind = type("ReportTable", (_RowSplittingTable,), {"frame_height": self.height})
        table = kind(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        self.story.append(table)
        self.spacer(0.3)

    def chart(self, png: bytes, *, width_share: float = 0.9, caption: str | None = None) -> None:
        """A picture (PNG bytes, e.g. from matplotlib) scaled to ``width_share`` of the frame."""
        image = Image(io.BytesIO(png))
        ratio = image.imageHeight / image.imageWidth if image.imageWidth else 0.6
        image.drawWidth = self.width * width_share
        image.drawHeight = image.drawWidth * ratio
        tallest = self.height * 0.85  # room for the caption: a taller picture cannot be placed
        if image.drawHeight > tallest:
            image.drawWidth *= tallest / image.drawHeight
            image.drawHeight = tallest
        parts: list[Flowable] = [image]
        if caption:
            parts.append(self._paragraph(self.digits(caption), self.styles.caption))
        self.story.append(KeepTogether(parts))

    def flowable(self, item: Flowable) -> None:
        """Any other ReportLab flowable (a certificate's frame, a signature block)."""
        self.story.append(item)

    # -- writing -----------------------------------------------------------------------------
    def write(
        self,
        out: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Lay the report out into ``out``; return its page count.

        The PDF is written next to ``out`` under a temporary name and renamed when complete,
        so a cancelled or failed report leaves no file (``ReportCancelled``, ``ReportError``).
        """
        out = Path(out)
        part = out.with_name(out.name + ".part")
        pages = self._layout(part, progress, cancelled)
        try:
            os.replace(part, out)
        except OSError as error:
            _remove(part)
            raise ReportError.cannot_write(out, error) from error
        return pages

    def render(self) -> bytes:
        """The PDF as bytes (for tests and previews that need no file)."""
        buffer = io.BytesIO()
        self._build(buffer, None, None)
        return buffer.getvalue()

    def _layout(
        self, part: Path, progress: Progress | None, cancelled: Callable[[], bool] | None
    ) -> int:
        try:
            with open(part, "wb") as stream:
                return self._build(stream, progress, cancelled)
        except ReportCancelled:
            _remove(part)
            raise
        except OSError as error:
            _remove(part)
            out = part.with_name(part.name[: -len(".part")])
            raise ReportError.cannot_write(out, error) from error
        except LayoutError as error:
            _remove(part)
            raise ReportError(
                QCoreApplication.translate(
                    "ReportDocument",
                    "A part of the report is too large to fit on a page: the report was not made.",
                )
            ) from error
        except BaseException:
            _remove(part)
            raise

    def _build(
        self,
        stream: Any,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> int:
        size = landscape(PAGE_SIZE) if self.landscape_pages else PAGE_SIZE
        template = BaseDocTemplate(
            stream,
            pagesize=size,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=self.title,
            author="CVM Director",
            creator="CVM Director",
            lang="th",
        )
        total = max(len(self.story), 1)

        def on_progress(kind: str, value: int) -> None:
            if cancelled is not None and cancelled():
                raise ReportCancelled
            if progress is not None and kind == "PROGRESS":
                progress(min(value, total), total)

        template.setProgressCallBack(on_progress)
        pages = [0]

        def on_page(canvas: Canvas, doc: Any) -> None:
            pages[0] = doc.page
            if self.numbered and doc.page > 1:
                self._page_number(canvas, doc.page, size)

        # The text starts at the margins themselves (a platypus frame pads 6 pt by default).
        frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            size[0] - LEFT_MARGIN - RIGHT_MARGIN,
            size[1] - TOP_MARGIN - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        story = list(self.story) or [self._paragraph(self.title, self.styles.title)]
        template.build(story, canvasmaker=ReportCanvas)
        if progress is not None:
            progress(total, total)
        return pages[0]

    def _page_number(self, canvas: Canvas, page: int, size: tuple[float, float]) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 11.5)
        canvas.drawCentredString(size[0] / 2, size[1] - 1.5 * cm, self.digits(f"- {page} -"))
        canvas.restoreState()


class _RowSplittingTable(Table):  # type: ignore[misc]
    """A table split between its rows, and inside a row only when that row is taller than
    a whole page (ReportLab's ``splitInRow`` would also split rows to fill the foot of
    every page, repeating the header there)."""

    frame_height: float = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        if parts or availHeight < self.frame_height - 1:
            return parts
        self.splitInRow = 1  # a fresh page and no row fits: the first row is too tall
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 0
        for part in parts:
            part.splitInRow = 0
        return parts


def _text(value: Cell) -> str:
    if value is None:
        return "-"
    return str(value)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
