"""Charts of the KPI scorecard as PNG bytes: a target's trend over fiscal years and its value
per network college, with the goal drawn as a line.

matplotlib's object API only (a ``Figure`` on its own Agg canvas, never pyplot), so charts
can be drawn on the task runner's worker threads; no rcParams are changed: every text gets
its font properties (Sarabun from ``fontpkg-sarabun``, which matplotlib shapes through
libraqm, so Thai marks stack right) and the draw itself runs under one lock.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import fontpkg_sarabun
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from PySide6.QtCore import QCoreApplication

from app.services.thai.digits import to_thai_digits

Unit = Literal["count", "percent", "flag"]

FAMILY = "Sarabun"
LANGUAGE = "th"
BAR = "#2f6f9f"
NO_DATA = "#8a8a8a"
GOAL = "#c0392b"
GRID = "#d9d9d9"
TEXT = "#222222"
ZWSP = "\u200b"
NAME_LIMIT = 42
"""Longer college names are cut (at a character boundary) and end with an ellipsis."""

_lock = threading.Lock()
_registered = False


def _register_fonts() -> None:
    """Give matplotlib's font manager the Sarabun files (once; callers hold the lock)."""
    global _registered
    if _registered:
        return
    for path in sorted((Path(fontpkg_sarabun.ROOT) / "files").glob("Sarabun-*.ttf")):
        if "Italic" not in path.name:
            font_manager.fontManager.addfont(str(path))
    _registered = True


def _font(size: float, weight: str = "normal") -> FontProperties:
    return FontProperties(family=FAMILY, size=size, weight=weight)


def _digits(text: str, thai_digits: bool) -> str:
    return to_thai_digits(text) if thai_digits else text


def format_value(value: float, unit: Unit, thai_digits: bool) -> str:
    """A value as the chart writes it: 1,234 / 87.5% / yes-no for a flag."""
    if unit == "flag":
        if value >= 1:
            return QCoreApplication.translate("KpiCharts", "yes")
        return QCoreApplication.translate("KpiCharts", "no")
    if unit == "percent":
        shown = f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"
        return _digits(f"{shown}%", thai_digits)
    shown = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    return _digits(shown, thai_digits)


def short_name(name: str, limit: int = NAME_LIMIT) -> str:
    """``name`` cut to about ``limit`` characters, never between a Thai letter and its marks
    nor after a leading vowel."""
    name = name.replace(ZWSP, "")
    if len(name) <= limit:
        return name
    cut = limit
    while cut > 1 and (
        unicodedata.category(name[cut]) == "Mn"
        or name[cut] == "\u0e33"  # sara am belongs to the letter before it
        or name[cut - 1] in "\u0e40\u0e41\u0e42\u0e43\u0e44"
    ):
        cut -= 1
    return name[:cut].rstrip() + "…"


def _axis_top(values: Sequence[float], goal: float | None, unit: Unit) -> float:
    if unit == "flag":
        return 1.25
    top = max([*values, goal or 0.0, 0.0])
    if unit == "percent":
        return max(100.0, top) * 1.15
    return max(top, 1.0) * 1.2


def _style_axes(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(GRID)
    axes.spines["bottom"].set_color(GRID)
    axes.tick_params(colors=TEXT, length=0)
    axes.set_axisbelow(True)


def _value_ticks(
    axes: Axes, top: float, unit: Unit, thai_digits: bool, axis: Literal["x", "y"]
) -> None:
    """Fixed value ticks with their labels in the chosen digits."""
    if unit == "flag":
        ticks = [0.0, 1.0]
    else:
        step_count = 4
        raw = top / 1.15 if unit == "percent" else top / 1.2
        step = _nice_step(raw / step_count)
        ticks = [step * index for index in range(int(top // step) + 1)]
    labels = [format_value(tick, unit, thai_digits) for tick in ticks]
    font = _font(9)
    if axis == "y":
        axes.set_yticks(ticks, labels, fontproperties=font)
        axes.grid(axis="y", color=GRID, linewidth=0.8)
    else:
        axes.set_xticks(ticks, labels, fontproperties=font)
        axes.grid(axis="x", color=GRID, linewidth=0.8)


def _nice_step(rough: float) -> float:
    if rough <= 0:
        return 1.0
    magnitude = 10 ** int(f"{rough:e}".split("e")[1])
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= rough:
            return max(float(factor * magnitude), 1.0)
    return float(10 * magnitude)


def _goal_text(goal: float, unit: Unit, thai_digits: bool) -> str:
    return QCoreApplication.translate("KpiCharts", "Goal {value}").format(
        value=format_value(goal, unit, thai_digits)
    )


def _no_data_text() -> str:
    return QCoreApplication.translate("KpiCharts", "no data")


def wrap_text(text: str, width_chars: int) -> str:
    """``text`` broken into lines of about ``width_chars`` letters (Thai marks not counted),
    between words: Thai has no spaces between words, so it is cut with pythainlp's
    dictionary segmentation."""
    from pythainlp.tokenize import word_tokenize

    text = text.replace(ZWSP, "")
    lines: list[str] = []
    line = ""
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        if line.strip() and _letters(line + token) > width_chars:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


def _letters(text: str) -> int:
    return sum(1 for char in text if unicodedata.category(char) != "Mn")


def _title_and_goal(
    figure: Figure,
    axes: Axes,
    title: str,
    goal: float | None,
    unit: Unit,
    thai_digits: bool,
    width: float,
) -> None:
    """The title above the chart, left-aligned, and the goal line's legend under it."""
    size = 11.0
    per_line = max(20, int(width * 72 / (size * 0.58)))
    heading = figure.suptitle(
        wrap_text(title, per_line),
        x=0.02,
        ha="left",
        fontproperties=_font(size, "bold"),
        color=TEXT,
    )
    heading.set_language(LANGUAGE)
    if goal is None:
        return
    handle = Line2D([], [], color=GOAL, linestyle="--", linewidth=1.4)
    legend = figure.legend(
        [handle],
        [_goal_text(goal, unit, thai_digits)],
        loc="outside lower right",
        frameon=False,
        prop=_font(9),
        labelcolor=GOAL,
    )
    for label in legend.get_texts():
        label.set_language(LANGUAGE)


def _png(figure: Figure, dpi: float) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def trend_chart(
    points: Sequence[tuple[int, float | None]],
    title: str,
    goal: float | None,
    *,
    unit: Unit = "count",
    thai_digits: bool = False,
    width: float = 4.6,
    height: float = 3.0,
    dpi: float = 100.0,
) -> bytes:
    """Bars of a target's value per fiscal year (B.E. years on the axis, oldest first), the
    goal as a dashed line; a year without data shows "no data", never a bar of 0.
    ``width`` and ``height`` are in inches."""
    ordered = sorted(points)
    years = [year for year, _value in ordered]
    values = [value for _year, value in ordered]
    known = [value for value in values if value is not None]
    top = _axis_top(known, goal, unit)
    with _lock:
        _register_fonts()
        figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        figure.set_facecolor("white")
        axes = figure.add_subplot()
        _style_axes(axes)
        positions = list(range(len(ordered)))
        heights = [value if value is not None else 0.0 for value in values]
        colours = [BAR if value is not None else NO_DATA for value in values]
        axes.bar(positions, heights, width=0.55, color=colours)
        for position, value in zip(positions, values, strict=True):
            label = _no_data_text() if value is None else format_value(value, unit, thai_digits)
            axes.text(
                position,
                (value or 0.0) + top * 0.02,
                label,
                ha="center",
                va="bottom",
                color=TEXT if value is not None else NO_DATA,
                fontproperties=_font(9, "bold" if value is not None else "normal"),
                language=LANGUAGE,
            )
        axes.set_xticks(
            positions, [_digits(str(year), thai_digits) for year in years], fontproperties=_font(9)
        )
        axes.set_xlim(-0.6, max(len(ordered), 1) - 0.4)
        axes.set_ylim(0, top)
        _value_ticks(axes, top, unit, thai_digits, "y")
        axes.set_xlabel(
            QCoreApplication.translate("KpiCharts", "Fiscal year (B.E.)"),
            fontproperties=_font(9),
            color=TEXT,
            language=LANGUAGE,
        )
        if goal is not None:
            axes.axhline(goal, color=GOAL, linestyle="--", linewidth=1.4)
        _title_and_goal(figure, axes, title, goal, unit, thai_digits, width)
        return _png(figure, dpi)


def college_chart(
    pairs: Sequence[tuple[str, float | None]],
    title: str,
    goal: float | None,
    *,
    unit: Unit = "count",
    thai_digits: bool = False,
    width: float = 6.4,
    dpi: float = 100.0,
) -> bytes:
    """Horizontal bars of a target's value per college (in the order given, first on top),
    the goal as a dashed line; a college without data shows "no data". The height grows
    with the number of colleges."""
    names = [short_name(name) for name, _value in pairs]
    values = [value for _name, value in pairs]
    known = [value for value in values if value is not None]
    top = _axis_top(known, goal, unit)
    height = 1.3 + 0.32 * max(len(pairs), 1)
    with _lock:
        _register_fonts()
        figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        figure.set_facecolor("white")
        axes = figure.add_subplot()
        _style_axes(axes)
        positions = list(range(len(pairs)))
        lengths = [value if value is not None else 0.0 for value in values]
        axes.barh(positions, lengths, height=0.6, color=BAR)
        for position, value in zip(positions, values, strict=True):
            label = _no_data_text() if value is None else format_value(value, unit, thai_digits)
            inside = value is not None and value > top * 0.7  # no room right of the bar
            axes.text(
                (value or 0.0) + top * (-0.01 if inside else 0.01),
                position,
                label,
                ha="right" if inside else "left",
                va="center",
                color="white" if inside else TEXT if value is not None else NO_DATA,
                fontproperties=_font(8.5, "bold" if inside else "normal"),
                language=LANGUAGE,
            )
        axes.set_yticks(positions, names, fontproperties=_font(9))
        for tick in axes.get_yticklabels():
            tick.set_language(LANGUAGE)
        axes.set_ylim(len(pairs) - 0.5 if pairs else 0.5, -0.6)
        axes.set_xlim(0, top)
        _value_ticks(axes, top, unit, thai_digits, "x")
        if not pairs:
            axes.text(
                0.5,
                0.5,
                _no_data_text(),
                transform=axes.transAxes,
                ha="center",
                va="center",
                color=NO_DATA,
                fontproperties=_font(10),
                language=LANGUAGE,
            )
        if goal is not None:
            axes.axvline(goal, color=GOAL, linestyle="--", linewidth=1.4)
        _title_and_goal(figure, axes, title, goal, unit, thai_digits, width)
        return _png(figure, dpi)
