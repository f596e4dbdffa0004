"""The scorecard's charts: PNG of the right size, Thai labels drawn in Sarabun and shaped,
no global matplotlib settings touched, safe on several threads."""

from __future__ import annotations

import io
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import matplotlib
import pytest
from matplotlib import _text_helpers, font_manager
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from PIL import Image, ImageChops

from app.services.kpi import charts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TITLE = "ผู้เรียนที่ฝึกงานในสถานประกอบการมีความปลอดภัย"
COLLEGES = [
    ("วิทยาลัยเทคนิคชลบุรี", 3.0),
    ("วิทยาลัยการอาชีพบ้านไผ่", None),
    ("วิทยาลัยเทคโนโลยีและการจัดการอุตสาหกรรมเกษตรที่มีชื่อยาวมากเป็นพิเศษ", 12.0),
]
TREND = [(2569, 87.5), (2567, 55.0), (2568, None)]


def _image(png: bytes) -> Image.Image:
    assert png.startswith(PNG_SIGNATURE)
    return Image.open(io.BytesIO(png)).convert("RGB")


def _differs(first: bytes, second: bytes, box: tuple[int, int, int, int]) -> bool:
    a, b = _image(first), _image(second)
    assert a.size == b.size
    return ImageChops.difference(a.crop(box), b.crop(box)).getbbox() is not None


def test_trend_chart_is_a_png_of_the_size_asked() -> None:
    png = charts.trend_chart(TREND, TITLE, 100, unit="percent", width=4.6, height=3.0, dpi=100)
    assert _image(png).size == (460, 300)
    double = charts.trend_chart(TREND, TITLE, 100, unit="percent", width=4.6, height=3.0, dpi=200)
    assert _image(double).size == (920, 600)


def test_college_chart_grows_with_the_colleges() -> None:
    few = _image(charts.college_chart(COLLEGES[:1], TITLE, 2.0, width=6.0))
    many = _image(charts.college_chart(COLLEGES * 5, TITLE, 2.0, width=6.0))
    assert few.width == many.width == 600
    assert many.height > few.height


def test_thai_title_is_drawn_without_missing_glyphs() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise
        with_title = charts.trend_chart(TREND, TITLE, 100, unit="percent")
        without = charts.trend_chart(TREND, "", 100, unit="percent")
    assert _differs(with_title, without, (0, 0, 460, 30))


def test_thai_college_names_are_drawn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        named = charts.college_chart(COLLEGES, TITLE, 2.0)
    blank = charts.college_chart([("", value) for _name, value in COLLEGES], TITLE, 2.0)
    assert _differs(named, blank, (0, 40, 200, 200))


def test_thai_digits_change_the_labels() -> None:
    arabic = charts.trend_chart(TREND, TITLE, 100, unit="percent", thai_digits=False)
    thai = charts.trend_chart(TREND, TITLE, 100, unit="percent", thai_digits=True)
    assert _differs(arabic, thai, (0, 0, 460, 300))
    assert charts.format_value(87.5, "percent", True) == "๘๘%"
    assert charts.format_value(2.5, "percent", False) == "2.5%"
    assert charts.format_value(1234, "count", False) == "1,234"
    assert charts.format_value(1234, "count", True) == "๑,๒๓๔"


def test_a_year_without_data_is_not_a_bar_of_zero() -> None:
    no_data = charts.trend_chart([(2567, None)], "", None)
    zero = charts.trend_chart([(2567, 0.0)], "", None)
    assert _differs(no_data, zero, (0, 0, 460, 300))


def test_the_goal_line_is_drawn() -> None:
    with_goal = charts.trend_chart(TREND, TITLE, 100, unit="percent")
    without = charts.trend_chart(TREND, TITLE, None, unit="percent")
    assert _differs(with_goal, without, (0, 0, 460, 300))


def test_charts_use_sarabun_and_shape_thai_marks() -> None:
    charts.trend_chart(TREND, TITLE, 1)
    found = font_manager.findfont(FontProperties(family="Sarabun"), fallback_to_default=False)
    assert Path(found).name.startswith("Sarabun-")
    font = FT2Font(found)
    font.set_size(12, 72)

    def tone_mark_glyph(text: str) -> int:
        items = list(_text_helpers.layout(text, font, language="th"))
        return items[-1].glyph_index

    # A shaper moves the tone mark off a tall consonant (ป) with another glyph; without
    # shaping both would be the same glyph and the mark would collide with the letter.
    assert tone_mark_glyph("ป่") != tone_mark_glyph("บ่")


def test_no_global_settings_change() -> None:
    before = dict(matplotlib.rcParams)
    charts.trend_chart(TREND, TITLE, 100, unit="percent", thai_digits=True)
    charts.college_chart(COLLEGES, TITLE, 2.0)
    assert dict(matplotlib.rcParams) == before


def test_charts_drawn_on_threads_equal_those_drawn_alone() -> None:
    alone = [charts.college_chart(COLLEGES, f"{TITLE} {n}", float(n)) for n in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(
            pool.map(lambda n: charts.college_chart(COLLEGES, f"{TITLE} {n}", float(n)), range(4))
        )
    assert threaded == alone


def test_long_names_are_cut_between_letters() -> None:
    cut = charts.short_name("วิทยาลัยเทคโนโลยีและการจัดการอุตสาหกรรมเกษตรที่มีชื่อยาวมาก", 20)
    assert cut.endswith("…")
    assert len(cut) <= 21
    assert charts.short_name("สั้น", 20) == "สั้น"
    # never split a letter from its marks: the cut point would fall on the mark ี
    assert charts.short_name("กกกกที", 5) == "กกกก…"


@pytest.mark.parametrize("width", [10, 25])
def test_titles_wrap_between_words(width: int) -> None:
    wrapped = charts.wrap_text(TITLE * 2, width)
    assert wrapped.replace("\n", "") == TITLE * 2
    assert len(wrapped.splitlines()) > 1
