"""Bar charts for the reports, as PNG bytes with Thai labels.

``bar_chart`` draws one series (a value per label); ``grouped_bar_chart`` draws several
named series side by side or stacked, with a legend. Bars are horizontal by default (long
Thai names such as colleges read best on the left); vertical bars wrap their labels between
Thai words. Numbers are written in Thai or Arabic digits as the report chose.

matplotlib's object API only (a ``Figure`` on its own Agg canvas, never pyplot). The fonts
and the lock are those of :mod:`app.services.kpi.charts`: every matplotlib draw in the
program runs under that one lock, so a report and the scorecard panel can draw at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication

from app.services.kpi import charts as kpi_charts
from app.services.kpi.charts import (
    BAR,
    GRID,
    LANGUAGE,
    NO_DATA,
    TEXT,
    Unit,
    format_value,
    short_name,
    wrap_text,
)

# Drawing helpers of the scorecard's charts: one lock and one font registration for the
# whole program (matplotlib's font cache is not safe to use from two threads at once).
_lock = kpi_charts._lock
_register_fonts = kpi_charts._register_fonts
_font = kpi_charts._font
_png = kpi_charts._png
_style_axes = kpi_charts._style_axes

PALETTE = ("#2f6f9f", "#e08e2b", "#5b9e4d", "#8e5ea2", "#c0392b", "#7f8c8d")
"""Colours of the series, in order (the first is the scorecard's bar colour)."""
DEFAULT_WIDTH = 5.5
"""Inches: 90% of the report's 16 cm text frame, so a chart's text prints at its real size."""
DEFAULT_DPI = 150.0
ROW_HEIGHT = 0.3
"""Inches per bar of a horizontal chart (the chart grows with its labels) ..."""
MAX_HEIGHT = 8.0
"""... up to this many inches, so that the chart and its caption fit on an A4 page; more
labels get thinner bars and smaller names."""
FRAME = 1.2
"""Inches of a horizontal chart that are not bars (axis, ticks, legend)."""


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str = "",
    unit: Unit = "count",
    thai_digits: bool = False,
    horizontal: bool = True,
    width: float = DEFAULT_WIDTH,
    dpi: float = DEFAULT_DPI,
) -> bytes:
    """One bar per label (first label on top, or on the left), its value written at its end.

    ``unit`` is ``"count"`` or ``"percent"``; ``width`` is in inches (a horizontal chart's
    height grows with the number of labels). No labels: a frame saying "no data".
    """
    return grouped_bar_chart(
        labels,
        [("", values)],
        title=title,
        unit=unit,
        thai_digits=thai_digits,
        horizontal=horizontal,
        width=width,
        dpi=dpi,
    )


def grouped_bar_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str = "",
    unit: Unit = "count",
    thai_digits: bool = False,
    horizontal: bool = True,
    stacked: bool = False,
    colors: Sequence[str] | None = None,
    width: float = DEFAULT_WIDTH,
    dpi: float = DEFAULT_DPI,
) -> bytes:
    """Several named series (``(name, one value per label)``) per label, side by side or
    ``stacked`` (the total written at the end of each stack), with a legend of the names.
    ``colors`` gives each series its colour (default: :data:`PALETTE`)."""
    for name, values in series:
        if len(values) != len(labels):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(labels)} labels")
    return _draw(
        labels,
        series,
        title=title,
        unit=unit,
        thai_digits=thai_digits,
        horizontal=horizontal,
        stacked=stacked,
        colors=colors,
        width=width,
        dpi=dpi,
    )


# -- drawing ------------------------------------------------------------------------------
def _draw(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    title: str,
    unit: Unit,
    thai_digits: bool,
    horizontal: bool,
    stacked: bool,
    colors: Sequence[str] | None,
    width: float,
    dpi: float,
) -> bytes:
    palette = tuple(colors) if colors else PALETTE
    count = len(labels)
    label_size = 9.0
    if horizontal:
        bars = max(count, 1) * (1 if stacked else max(len(series), 1))
        row = min(ROW_HEIGHT, (MAX_HEIGHT - FRAME) / bars)
        height = FRAME + row * bars
        label_size = max(6.0, min(9.0, row * 72 * (1 if stacked else len(series)) * 0.6))
    else:
        height = width * 0.55
    if title:
        height += 0.35
    ends = _ends(series, count, stacked)
    top = _axis_top(ends, unit)
    with _lock:
        _register_fonts()
        figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        figure.set_facecolor("white")
        axes = figure.add_subplot()
        _style_axes(axes)
        if count == 0:
            _no_data(axes)
        else:
            _bars(axes, series, count, horizontal, stacked, palette)
            _value_labels(
                axes, series, ends, top, unit, thai_digits, horizontal, stacked, label_size
            )
            _label_ticks(axes, labels, width, horizontal, label_size)
            _value_axis(axes, top, unit, thai_digits, horizontal)
        if title:
            heading = figure.suptitle(
                wrap_text(title, max(20, int(width * 72 / (11 * 0.58)))),
                x=0.02,
                ha="left",
                fontproperties=_font(11, "bold"),
                color=TEXT,
            )
            heading.set_language(LANGUAGE)
        if len(series) > 1 and count:
            _legend(figure, series, palette)
        return _png(figure, dpi)


def _ends(series: Sequence[tuple[str, Sequence[float]]], count: int, stacked: bool) -> list[float]:
    """Where each label's bars end: the stack's total, or its longest bar."""
    ends = []
    for index in range(count):
        values = [float(values[index]) for _name, values in series]
        ends.append(sum(values) if stacked else max(values, default=0.0))
    return ends


def _axis_top(ends: Sequence[float], unit: Unit) -> float:
    top = max([*ends, 0.0])
    if unit == "percent":
        return max(100.0, top) * 1.15
    return max(top, 1.0) * 1.18


def _bars(
    axes: Axes,
    series: Sequence[tuple[str, Sequence[float]]],
    count: int,
    horizontal: bool,
    stacked: bool,
    palette: Sequence[str],
) -> None:
    positions = list(range(count))
    groups = 1 if stacked else len(series)
    thickness = 0.7 / groups
    base = [0.0] * count
    for index, (_name, values) in enumerate(series):
        colour = palette[index % len(palette)] if len(series) > 1 else BAR
        lengths = [float(value) for value in values]
        offset = 0.0 if stacked else (index - (groups - 1) / 2) * thickness
        where = [position + offset for position in positions]
        if horizontal:
            axes.barh(where, lengths, height=thickness, left=base, color=colour)
        else:
            axes.bar(where, lengths, width=thickness, bottom=base, color=colour)
        if stacked:
            base = [start + length for start, length in zip(base, lengths, strict=True)]
    if horizontal:
        axes.set_ylim(count - 0.5, -0.6)
    else:
        axes.set_xlim(-0.6, count - 0.4)


def _value_labels(
    axes: Axes,
    series: Sequence[tuple[str, Sequence[float]]],
    ends: Sequence[float],
    top: float,
    unit: Unit,
    thai_digits: bool,
    horizontal: bool,
    stacked: bool,
    label_size: float,
) -> None:
    """Each bar's value (a stack's total) just past its end."""
    groups = 1 if stacked else len(series)
    thickness = 0.7 / groups
    marks: list[tuple[float, float, float]] = []  # (position, end, value)
    if stacked or len(series) == 1:
        marks = [(float(index), end, end) for index, end in enumerate(ends)]
    else:
        for group, (_name, values) in enumerate(series):
            offset = (group - (groups - 1) / 2) * thickness
            marks.extend(
                (index + offset, float(value), float(value)) for index, value in enumerate(values)
            )
    size = min(label_size - 0.5, 8.5 if groups == 1 else 7.5)
    for position, end, value in marks:
        text = format_value(value, unit, thai_digits)
        gap = top * 0.01
        if horizontal:
            axes.text(
                end + gap,
                position,
                text,
                ha="left",
                va="center",
                color=TEXT,
                fontproperties=_font(size),
                language=LANGUAGE,
            )
        else:
            axes.text(
                position,
                end + gap,
                text,
                ha="center",
                va="bottom",
                color=TEXT,
                fontproperties=_font(size),
                language=LANGUAGE,
            )


def _label_ticks(
    axes: Axes, labels: Sequence[str], width: float, horizontal: bool, size: float
) -> None:
    positions = list(range(len(labels)))
    if horizontal:
        axes.set_yticks(
            positions, [short_name(label) for label in labels], fontproperties=_font(size)
        )
        ticks = axes.get_yticklabels()
    else:
        # The axes get about 85% of the width; a Thai letter is about 0.6 em wide.
        per_slot = max(6, int(width * 72 * 0.85 / max(len(labels), 1) / (size * 0.6)))
        shown = [_wrap_label(short_name(label), per_slot) for label in labels]
        axes.set_xticks(positions, shown, fontproperties=_font(size))
        ticks = axes.get_xticklabels()
    for tick in ticks:
        tick.set_language(LANGUAGE)


def _wrap_label(text: str, letters: int) -> str:
    """``text`` in lines of about ``letters`` letters: at its spaces first, and a longer word
    between Thai words (so "(สคช.)" and names with spaces stay whole)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > letters:
            lines.append(line)
            line = ""
        if len(word) > letters:
            pieces = wrap_text(word, letters).split("\n")
            lines.extend(pieces[:-1])
            word = pieces[-1]
        line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def _value_axis(axes: Axes, top: float, unit: Unit, thai_digits: bool, horizontal: bool) -> None:
    """Four or five round value ticks, written in the chosen digits."""
    step = _nice_step(top / 1.18 / 4 if unit != "percent" else 25.0)
    ticks = [step * index for index in range(int(top // step) + 1)]
    shown = [format_value(tick, unit, thai_digits) for tick in ticks]
    if horizontal:
        axes.set_xlim(0, top)
        axes.set_xticks(ticks, shown, fontproperties=_font(8.5))
        axes.grid(axis="x", color=GRID, linewidth=0.8)
    else:
        axes.set_ylim(0, top)
        axes.set_yticks(ticks, shown, fontproperties=_font(8.5))
        axes.grid(axis="y", color=GRID, linewidth=0.8)


def _nice_step(rough: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least ``rough`` (and at least 1)."""
    if rough <= 1:
        return 1.0
    magnitude = 10 ** (len(str(int(rough))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= rough:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _legend(
    figure: Figure, series: Sequence[tuple[str, Sequence[float]]], palette: Sequence[str]
) -> None:
    handles = [Patch(color=palette[index % len(palette)]) for index in range(len(series))]
    legend = figure.legend(
        handles,
        [name for name, _values in series],
        loc="outside lower center",
        ncols=min(len(series), 4),
        frameon=False,
        prop=_font(9),
    )
    for text in legend.get_texts():
        text.set_language(LANGUAGE)


def _no_data(axes: Axes) -> None:
    axes.set_xticks([])
    axes.set_yticks([])
    axes.text(
        0.5,
        0.5,
        QCoreApplication.translate("KpiCharts", "no data"),
        transform=axes.transAxes,
        ha="center",
        va="center",
        color=NO_DATA,
        fontproperties=_font(10),
        language=LANGUAGE,
    )
