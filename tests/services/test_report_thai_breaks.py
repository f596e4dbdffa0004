"""Thai line breaking in the report engine: a regression corpus laid out at several widths.

Each break is checked against an *independent* segmentation: PyThaiNLP's ``newmm`` with its
default dictionary (the engine adds words of vocational education and joins fragments of
unknown words, so it may only have fewer breaks), or - for a word wider than the whole
line - a boundary between Thai character clusters (TCC). Nothing may be lost or added, no
line may be wider than its width, and nothing visible may be drawn between two pieces.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pythainlp.tokenize import subword_tokenize, word_tokenize
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.reports import thai_breaks
from app.services.reports.document import ReportDocument
from app.services.reports.fonts import register_pdf_fonts
from app.services.reports.styles import FRAME_WIDTH, make_styles
from app.services.reports.thai_text import ThaiParagraph, thai_layout, thai_paragraph

register_pdf_fonts()
STYLES = make_styles()
CELL_PADDING = 6.0  # the document's tables: 3 pt each side

CORPUS = (
    # the manual's own sentences
    "ศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา (Center of Vocational Manpower "
    "Networking Management : CVM) เป็นศูนย์กลางในการบริหารจัดการเครือข่ายการขับเคลื่อน"
    "การยกระดับและพัฒนาคุณภาพการจัดการอาชีวศึกษาในสาขาวิชาที่มีความเป็นเลิศ",
    "การจับคู่ (Matching) สถานศึกษาอาชีวศึกษาทุกแห่ง (ทั้งรัฐและเอกชน) ที่จัดการเรียนการสอน"
    "ในสาขาวิชาจัดการศึกษาร่วมกับสถานประกอบการ ทั้งในระบบ และระบบทวิภาคี",
    "แผนพัฒนาศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา ระยะ 5 ปี "
    "(พ.ศ. 2566 - 2570) และแผนปฏิบัติการประจำปีงบประมาณ พ.ศ.๒๕๖๙",
    "หลักสูตรประกาศนียบัตรวิชาชีพ พุทธศักราช 2562 และหลักสูตรประกาศนียบัตรวิชาชีพชั้นสูง "
    "พุทธศักราช 2563 ระดับ ปวช. ปวส. และ ทล.บ. ที่สอดคล้องกับมาตรฐานอาชีพตามกรอบคุณวุฒิแห่งชาติ",
    "ครูได้รับการพัฒนาให้มีสมรรถนะทางวิชาชีพที่ทันสมัยและมีใบรับรองผ่านการประเมินมาตรฐานอาชีพ"
    "จากสถาบันคุณวุฒิวิชาชีพ (องค์การมหาชน) หรือกรมพัฒนาฝีมือแรงงาน",
    "งบประมาณที่ได้รับจัดสรรจำนวน 1,234,567.50 บาท เบิกจ่ายแล้ว ๙๘๗,๖๕๔.๒๕ บาท "
    "คิดเป็นร้อยละ 80.5% ของงบประมาณทั้งหมด ณ วันที่ 30/09/2569",
    "ผู้เข้ารับการฝึกอบรมมาจากสถานประกอบการต่าง ๆ ในกรุงเทพฯ และปริมณฑล รวมทั้งจังหวัดต่างๆ "
    "ทั่วประเทศ เช่น ชลบุรี ระยอง ฉะเชิงเทรา ฯลฯ",
    "นางสาวประภาพรรณ ใจดี ผู้อำนวยการศูนย์ฯ และว่าที่ร.ต.สมชาย รักษ์ศักดิ์ศรี ครูนิเทศก์ "
    "ได้นิเทศติดตามการฝึกประสบการณ์วิชาชีพของนักเรียนนักศึกษาในสถานประกอบการ",
    "สาขาวิชาเมคคาทรอนิกส์และหุ่นยนต์ วิทยาลัยเทคนิคสัตหีบ จัดการเรียนการสอนระบบทวิภาคี"
    "ร่วมกับบริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด และ Siam Robotics Co., Ltd.",
    "การฝึกอบรมครูหลักสูตรระยะสั้นด้านอุตสาหกรรมการผลิตและเครื่องทำความเย็นจัดขึ้น"
    "ณ วิทยาลัยการอาชีพนวมินทราชูทิศ จังหวัดนครศรีธรรมราช",
    "ครูต้องส่งรายงานการฝึกประสบการณ์ในสถานประกอบการภายใน 15 วันนับจากวันสิ้นสุดการฝึก"
    " หากส่งล่าช้าศูนย์ฯ จะแจ้งเตือนไปยังสถานศึกษาต้นสังกัดโดยเร็ว",
    "จัดตั้งคลังปัญญาอาชีวศึกษาในสาขาวิชาที่มีความเป็นเลิศ (Intelligent Center of "
    "Excellence in Cluster) และขับเคลื่อนให้มีแหล่งความรู้ในสถานศึกษาที่เป็นศูนย์กลาง",
    "น้ำใจของสถานประกอบการที่รับนักศึกษาฝึกงานทำให้ผู้เรียนได้ฝึกปฏิบัติจริงกับเครื่องจักรที่ทันสมัย"
    "และได้ค่าตอบแทนระหว่างการฝึก",
    "อุตสาหกรรมการผลิตกรุงเทพมหานครเทคโนโลยีชีวภาพ",
)
WIDTHS = (
    ("body, whole frame", "body", float(FRAME_WIDTH)),
    ("body, 4 cm", "body", 4 * cm),
    ("table cell, 4 cm column", "cell", 4 * cm - CELL_PADDING),
    ("table cell, 2.5 cm column", "cell", 2.5 * cm - CELL_PADDING),
)


@cache
def _default_boundaries(text: str) -> frozenset[int]:
    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    assert "".join(tokens) == text
    offsets: set[int] = set()
    position = 0
    for token in tokens:
        position += len(token)
        offsets.add(position)
    return frozenset(offsets)


@cache
def _default_tokens(text: str) -> tuple[tuple[int, int], ...]:
    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    spans = []
    position = 0
    for token in tokens:
        spans.append((position, position + len(token)))
        position += len(token)
    return tuple(spans)


@cache
def _cluster_boundaries(text: str) -> frozenset[int]:
    offsets: set[int] = set()
    position = 0
    for piece in subword_tokenize(text, engine="tcc"):
        position += len(piece)
        offsets.add(position)
    return frozenset(offsets)


def _lines(text: str, style_name: str, width: float) -> tuple[list[str], Any]:
    paragraph = thai_paragraph(text, getattr(STYLES, style_name))
    assert isinstance(paragraph, ThaiParagraph)
    paragraph.wrap(width, 100_000)
    lines = paragraph.blPara.lines
    return [_line_source(line) for line in lines], paragraph


def _line_source(line: Any) -> str:
    return "".join(getattr(frag.text, "source", frag.text) for frag in line.words)


def _starts(text: str, lines: list[str]) -> list[int]:
    """Where each line starts in ``text``; asserts the lines are ``text`` in order, with
    only spaces dropped between them."""
    position = 0
    starts = []
    for line in lines:
        while position < len(text) and text[position] == " " and not line.startswith(" "):
            position += 1
        assert text.startswith(line, position), (line, text[position : position + 40])
        starts.append(position)
        position += len(line)
    assert text[position:].strip() == "", text[position:]
    return starts


def _check_breaks(text: str, lines: list[str], style: ParagraphStyle, width: float) -> None:
    """Every line break of ``lines`` (``text`` laid out at ``width``) at a space, at a word
    boundary of the independent segmentation, or between the clusters of a word of it
    wider than the line."""
    starts = _starts(text, lines)
    for index, start in enumerate(starts[1:], start=1):
        if text[start - 1] == " " or start in _default_boundaries(text):
            continue
        message = f"{width:.1f} pt: break at {text[start - 8 : start]}|{text[start : start + 8]}"
        assert start in _cluster_boundaries(text), message
        word = next(text[a:b] for a, b in _default_tokens(text) if a < start < b)
        assert stringWidth(word, style.fontName, style.fontSize) > width, message
        assert lines[index - 1], message


@pytest.mark.parametrize("text", CORPUS, ids=lambda t: t[:12])
@pytest.mark.parametrize(("case", "style_name", "width"), WIDTHS, ids=lambda v: str(v))
def test_lines_break_only_between_words(
    text: str, case: str, style_name: str, width: float
) -> None:
    lines, paragraph = _lines(text, style_name, width)
    if width < FRAME_WIDTH:
        assert len(lines) > 1, case
    _check_breaks(text, lines, getattr(STYLES, style_name), width)
    for line in paragraph.blPara.lines:
        assert line.extraSpace > -0.01, f"{case}: a line wider than {width:.1f} pt"


@pytest.mark.parametrize("text", CORPUS, ids=lambda t: t[:12])
def test_nothing_visible_is_added_between_pieces(text: str) -> None:
    _, paragraph = _lines(text, "cell", 2.5 * cm - CELL_PADDING)
    for line in paragraph.blPara.lines:
        for frag in line.words:
            drawn = str(frag.text)
            source = getattr(frag.text, "source", drawn)
            assert "\u200b" not in drawn
            assert drawn.count(" ") == source.count(" "), (drawn, source)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("ปีงบประมาณพ.ศ.๒๕๖๙รายงานต่อสำนักงาน", "พ.ศ."),
        ("จำนวนเงิน1,234.50บาทถ้วน", "1,234.50"),
        ("ในปี๒๕๖๙และปีต่อไป", "๒๕๖๙"),
        ("สถานประกอบการในกรุงเทพฯมีจำนวนมาก", "กรุงเทพฯ"),
        ("สถานประกอบการต่างๆในพื้นที่", "ต่างๆ"),
        ("สถานประกอบการต่าง ๆ ในพื้นที่", "ต่าง ๆ"),
        ("หลักสูตรระดับทล.บ.ของวิทยาลัย", "ทล.บ."),
        ("ว่าที่ร.ต.สมชายเป็นครูฝึก", "ร.ต."),
        ("รายการเอกสารฯลฯที่ต้องส่ง", "ฯลฯ"),
        ("ผู้เรียน(ปวช.)ทุกคน", "(ปวช.)"),
        ("ร้อยละ80.5%ของผู้เรียน", "80.5%"),
        ("ระบบWorkplaceLearningในสถานประกอบการ", "WorkplaceLearning"),
        ("อาชีวศึกษาระบบทวิภาคีกับสถานประกอบการ", "ทวิภาคี"),
        ("วิทยาลัยการอาชีพนวมินทราชูทิศ", "นวมินทราชูทิศ"),
    ],
)
def test_kept_whole(text: str, whole: str) -> None:
    start = text.index(whole)
    offsets = thai_breaks.break_offsets(text)
    assert not [o for o in offsets if start < o < start + len(whole)]
    assert offsets, "there are breaks elsewhere"


def test_domain_words_are_never_split() -> None:
    for word in ("อาชีวศึกษา", "ทวิภาคี", "สถานประกอบการ", "เมคคาทรอนิกส์", "ตัวชี้วัด"):
        assert thai_breaks.break_offsets(f"การ{word}ของ") == (3, 3 + len(word))


def test_an_over_wide_word_is_split_between_clusters_only() -> None:
    word = "อุตสาหกรรมการผลิต"
    style = STYLES.cell
    width = stringWidth(word, style.fontName, style.fontSize) / 2.5
    lines, _ = _lines(word, "cell", width)
    assert len(lines) >= 3
    assert "".join(lines) == word
    clusters = _cluster_boundaries(word)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        assert position in clusters
        assert word[position] not in "ัิีึืุู่้๊๋็์ำ"


def test_latin_breaks_at_spaces_only() -> None:
    text = "Center of Vocational Manpower Networking Management"
    lines, _ = _lines(text, "cell", 2.5 * cm - CELL_PADDING)
    assert [line.strip() for line in lines] == [
        "Center of",
        "Vocational",
        "Manpower",
        "Networking",
        "Management",
    ]


def test_a_paragraph_wraps_anew_at_another_width() -> None:
    text = CORPUS[0]
    paragraph = thai_paragraph(text, STYLES.body)
    paragraph.wrap(2.5 * cm, 100_000)
    narrow = len(paragraph.blPara.lines)
    paragraph.wrap(FRAME_WIDTH, 100_000)
    wide = [_line_source(line) for line in paragraph.blPara.lines]
    assert len(wide) < narrow
    _starts(text, wide)
    # The clusters made for the narrow width are gone: the wide lines break between words.
    for start in _starts(text, wide)[1:]:
        assert text[start - 1] == " " or start in _default_boundaries(text)


def test_plain_layout_is_reportlab_s_own() -> None:
    with thai_layout(False):
        paragraph = thai_paragraph(CORPUS[0], STYLES.body)
    assert not isinstance(paragraph, ThaiParagraph)
    assert paragraph.style.shaping == 0
    assert STYLES.body.shaping == 1


def _pdf_text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("mode", ["-layout", "-raw"])
def test_the_pdf_reads_back_as_the_thai_written(tmp_path: Path, mode: str) -> None:
    document = ReportDocument("ทดสอบการตัดคำ")
    for text in CORPUS:
        document.paragraph(text)
    # Narrow table columns: each text alone in a 2.5 cm column.
    document.table(["ข้อความ", "หมายเหตุ"], [[text, ""] for text in CORPUS[:6]], widths=[2.5, 13.5])
    out = tmp_path / "corpus.pdf"
    document.write(out)
    extracted = re.sub(r"\s+", "", _pdf_text(out, mode))
    for text in CORPUS:
        assert re.sub(r"\s+", "", text) in extracted


def test_pdf_lines_are_the_engine_s_lines(tmp_path: Path) -> None:
    """pdftotext -layout, line by line, gives the lines the engine made (so the breaks
    checked above are the ones printed)."""
    text = CORPUS[7]
    document = ReportDocument("ทดสอบ")
    document.paragraph(text)
    out = tmp_path / "one.pdf"
    document.write(out)
    printed = [line.strip() for line in _pdf_text(out, "-layout").splitlines() if line.strip()]
    expected, _ = _lines(text, "body", float(FRAME_WIDTH))
    assert printed == [line.strip() for line in expected]


def test_an_over_wide_compound_is_split_where_a_shorter_word_ends() -> None:
    style = STYLES.body
    word = "สถานประกอบการ"
    width = stringWidth(word, style.fontName, style.fontSize) * 0.8
    lines, _ = _lines(f"ร่วมกับ {word}", "body", width)
    assert [line.strip() for line in lines] == ["ร่วมกับ สถาน", "ประกอบการ"]


def test_styled_words_and_line_breaks_keep_the_rules() -> None:
    text = "การฝึกประสบการณ์วิชาชีพของนักเรียนนักศึกษาในสถานประกอบการ"
    marked = "การฝึก<b>ประสบการณ์</b>วิชาชีพของ<i>นักเรียน</i>นักศึกษา<br/>ในสถาน<b>ประกอบ</b>การ"
    paragraph = thai_paragraph(marked, STYLES.body, is_markup=True)
    paragraph.wrap(2.5 * cm, 100_000)
    lines = [_line_source(line) for line in paragraph.blPara.lines]
    assert "".join(lines) == text
    assert "นักศึกษา" in lines[-3:]  # the forced line break
    _check_breaks(text, lines, STYLES.body, 2.5 * cm)
