"""Thai line breaks for Qt builds without libthai (Windows): zero-width spaces between words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTextBoundaryFinder

from app.views import texts, thai_wrap
from app.views.i18n import LanguageManager

ZWSP = thai_wrap.ZWSP


@pytest.fixture
def forced() -> Iterator[None]:
    thai_wrap.force(True)
    yield
    thai_wrap.force(None)


def _breaks(text: str) -> list[int]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    while (position := finder.toNextBoundary()) != -1:
        found.append(position)
    return found


def test_words_get_a_zero_width_space_and_nothing_else_changes() -> None:
    text = "แผนพัฒนาศูนย์ฯ ระยะ 5 ปี ที่ครอบคลุมปีงบประมาณ {fiscal_year} ๆ"
    wrapped = thai_wrap.breakable(text)
    assert wrapped.replace(ZWSP, "") == text
    assert f"แผน{ZWSP}พัฒนา" in wrapped
    assert "ปีงบประมาณ" in wrapped  # a domain word stays whole
    assert "{fiscal_year}" in wrapped
    assert f"{ZWSP}ฯ" not in wrapped and f"{ZWSP}ๆ" not in wrapped
    assert thai_wrap.breakable("Fiscal year {year}") == "Fiscal year {year}"


def test_qt_breaks_lines_at_the_inserted_spaces() -> None:
    wrapped = thai_wrap.breakable("สถานประกอบการที่บันทึกความต้องการกำลังคน")
    inner = [p for p in _breaks(wrapped) if 0 < p < len(wrapped)]
    assert inner  # break opportunities inside the text, with or without libthai


def test_nothing_is_added_where_qt_breaks_thai_itself() -> None:
    thai_wrap.force(False)
    try:
        assert thai_wrap.for_display("การบริหารจัดการศูนย์") == "การบริหารจัดการศูนย์"
    finally:
        thai_wrap.force(None)
    assert isinstance(thai_wrap.qt_breaks_thai(), bool)


def test_translations_on_screen_wrap_but_stored_texts_do_not(
    forced: None, languages: LanguageManager
) -> None:
    shown = QCoreApplication.translate("Overview", "Positions demanded")
    assert ZWSP in shown
    assert shown.replace(ZWSP, "") == "จำนวนอัตราที่ต้องการ"
    unlisted = QCoreApplication.translate("SiteSetup", "Enter the name of the college.")
    assert ZWSP not in unlisted  # only the contexts listed as on-screen-only are touched
    assert ZWSP in texts.area_title("1")
    formatted = QCoreApplication.translate("Texts", "Fiscal year {year}").format(year=2570)
    assert formatted.replace(ZWSP, "") == "ปีงบประมาณ 2570"
