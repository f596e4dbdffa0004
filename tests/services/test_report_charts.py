"""The reports' bar charts: PNG of the width asked, growing with their labels but never
taller than a page, Thai drawn without missing glyphs, digits as chosen."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image, ImageChops

from app.services.reports import charts

COLLEGES = [
    "วิทยาลัยเทคนิคชลบุรี",
    "วิทยาลัยการอาชีพบ้านไผ่",
    "วิทยาลัยเทคโนโลยีและการจัดการอุตสาหกรรมเกษตรที่มีชื่อยาวมากเป็นพิเศษ",
]
TITLE = "การฝึกประสบการณ์ในสถานประกอบการ จำแนกตามสถานศึกษา"


def _image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_a_bar_chart_has_the_width_asked_and_grows_with_its_labels() -> None:
    few = _image(charts.bar_chart(COLLEGES[:1], [3.0], title=TITLE, width=5.0, dpi=100))
    many = _image(charts.bar_chart(COLLEGES * 4, [3.0] * 12, title=TITLE, width=5.0, dpi=100))
    assert few.width == many.width == 500
    assert many.height > few.height


def test_a_chart_of_many_colleges_still_fits_on_a_page() -> None:
    labels = [f"{name} {number}" for number in range(60) for name in COLLEGES[:1]]
    image = _image(charts.bar_chart(labels, [1.0] * 60, title=TITLE, dpi=100))
    assert image.height <= (charts.MAX_HEIGHT + 0.35) * 100 + 1


def test_grouped_bars_are_taller_than_the_same_bars_stacked() -> None:
    series = [("ฝึกงาน", [10.0, 20.0, 5.0]), ("ทวิภาคี", [1.0, 2.0, 3.0])]
    side_by_side = _image(charts.grouped_bar_chart(COLLEGES, series, dpi=100))
    stacked = _image(charts.grouped_bar_chart(COLLEGES, series, stacked=True, dpi=100))
    assert side_by_side.height > stacked.height


def test_series_must_have_a_value_per_label() -> None:
    with pytest.raises(ValueError):
        charts.grouped_bar_chart(COLLEGES, [("ฝึกงาน", [1.0])])


def test_thai_labels_are_drawn_without_missing_glyphs() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise
        charts.bar_chart(COLLEGES, [1.0, 2.0, 3.0], title=TITLE, horizontal=False)
        charts.grouped_bar_chart(
            ["ศูนย์ประเมินสมรรถนะบุคคล (สคช.)", "ศูนย์ทดสอบฝีมือแรงงาน (กพร.)"],
            [("เข้ารับการประเมิน", [12.0, 8.0]), ("ผ่านการประเมิน", [10.0, 6.0])],
            title=TITLE,
            horizontal=False,
        )


def test_thai_digits_change_only_the_numbers() -> None:
    arabic = _image(charts.bar_chart(COLLEGES, [120.0, 45.0, 80.0], dpi=100))
    thai = _image(charts.bar_chart(COLLEGES, [120.0, 45.0, 80.0], thai_digits=True, dpi=100))
    assert arabic.size == thai.size
    assert ImageChops.difference(arabic, thai).getbbox() is not None


def test_no_labels_draws_a_frame_saying_so() -> None:
    empty = _image(charts.bar_chart([], [], title=TITLE, dpi=100))
    assert empty.width == int(charts.DEFAULT_WIDTH * 100)


def test_vertical_labels_wrap_at_spaces_before_thai_words() -> None:
    wrapped = charts._wrap_label("ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ (สคช.)", 20)
    lines = wrapped.split("\n")
    assert len(lines) > 1
    assert "(สคช.)" in lines[-1]
    assert "".join(lines) == "ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ(สคช.)"
