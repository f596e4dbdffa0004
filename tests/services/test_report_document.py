"""The report engine's page layout and file handling: fonts embedded, official margins and
page numbers, tables that run over pages, cancelling and unwritable files."""

from __future__ import annotations

import io
import os
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import cm
from reportlab.platypus import Spacer, Table

from app.services.reports import document as document_module
from app.services.reports.document import ReportDocument
from app.services.reports.errors import ReportCancelled, ReportError
from app.services.reports.styles import FRAME_WIDTH, LEFT_MARGIN, PAGE_SIZE, RIGHT_MARGIN
from app.services.reports.thai_text import ThaiParagraph

LONG_THAI = (
    "การฝึกประสบการณ์วิชาชีพของนักเรียนนักศึกษาในสถานประกอบการระบบทวิภาคีร่วมกับ"
    "บริษัทผู้ผลิตชิ้นส่วนยานยนต์ในจังหวัดชลบุรีและระยอง"
)
HEADERS = ["ที่", "สถานศึกษา", "รายละเอียดการดำเนินงาน", "จำนวน (คน)"]


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _page(pdf: Path, number: int) -> str:
    return _text(pdf, "-layout", "-f", str(number), "-l", str(number))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _rows(count: int) -> list[list[object]]:
    return [
        [index, "วิทยาลัยเทคนิคสัตหีบ", f"{LONG_THAI} รายการที่ {index}", index * 7]
        for index in range(1, count + 1)
    ]


def _sample(thai_digits: bool = True, numbered: bool = True) -> ReportDocument:
    document = ReportDocument("รายงานผลการดำเนินงาน", thai_digits=thai_digits, numbered=numbered)
    document.cover(["ศูนย์ CVM", "วิทยาลัยเทคนิคสัตหีบ"], subject="ปีงบประมาณ พ.ศ. ๒๕๖๙")
    document.heading("๑. การบริหารจัดการศูนย์")
    document.paragraph(LONG_THAI)
    document.bullets(["ประชุมคณะกรรมการ", "จับคู่สถานศึกษากับสถานประกอบการ"])
    document.figures([("สถานศึกษาเครือข่าย", document.number(40))])
    document.note("หมายเหตุ: ข้อมูล ณ วันที่ ๒๑ พฤศจิกายน ๒๕๖๙")
    document.table(HEADERS, _rows(60), widths=[0.6, 2.5, 4, 1.2], numeric=[0, 3])
    return document


def test_only_sarabun_is_used_and_every_font_is_embedded(tmp_path: Path) -> None:
    document = _sample()
    # A table of plain strings made by a report itself: ReportLab's default cell font
    # would be Helvetica.
    document.flowable(Table([["a", "ข"], ["1", "2"]]))
    out = tmp_path / "fonts.pdf"
    document.write(out)
    rows = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(rows) >= 2
    for row in rows:
        name, *_, emb, _sub, _uni, _obj, _gen = row.split()
        assert "Sarabun" in name, row
        assert emb == "yes", row


@pytest.mark.parametrize(
    ("thai_digits", "two", "one"), [(True, "-๒-", "-๑-"), (False, "-2-", "-1-")]
)
def test_page_numbers_at_the_top_from_page_two(
    tmp_path: Path, thai_digits: bool, two: str, one: str
) -> None:
    out = tmp_path / "numbers.pdf"
    pages = _sample(thai_digits=thai_digits).write(out)
    assert pages >= 3
    assert one not in _flat(_page(out, 1))
    first_line = next(line for line in _page(out, 2).splitlines() if line.strip())
    assert _flat(first_line) == two
    third = next(line for line in _page(out, 3).splitlines() if line.strip())
    assert _flat(third) == ("-๓-" if thai_digits else "-3-")


def test_unnumbered_documents_have_no_page_numbers(tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    _sample(thai_digits=False, numbered=False).write(out)
    first_line = next(line for line in _page(out, 2).splitlines() if line.strip())
    assert _flat(first_line) != "-2-"


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "table.pdf"
    pages = _sample().write(out)
    table_pages = [
        number for number in range(2, pages + 1) if "รายการที่" in _flat(_page(out, number))
    ]
    assert len(table_pages) >= 2
    for number in table_pages:
        text = _flat(_page(out, number))
        assert "รายละเอียดการดำเนินงาน" in text, number
        assert "จำนวน(คน)" in text, number
    assert _flat(_text(out, "-raw")).count("รายละเอียดการดำเนินงาน") == len(table_pages)


def test_long_thai_wraps_inside_a_narrow_column(tmp_path: Path) -> None:
    document = ReportDocument("ทดสอบ")
    document.table(["รายละเอียด", "หมายเหตุ"], [[LONG_THAI, ""]], widths=[2.5, 13.5])
    cell = document.story[0]._cellvalues[1][0]
    out = tmp_path / "narrow.pdf"
    document.write(out)
    column = FRAME_WIDTH * 2.5 / 16
    assert cell.width == pytest.approx(column - 6)  # wrapped in the column less its padding
    lines = cell.blPara.lines
    assert len(lines) >= 5
    assert all(line.extraSpace >= -0.01 for line in lines)
    assert _flat(LONG_THAI) in _flat(_text(out, "-layout"))


def test_text_stays_inside_the_official_margins(tmp_path: Path) -> None:
    out = tmp_path / "margins.pdf"
    _sample().write(out)
    boxes = _text(out, "-bbox", "-f", "2", "-l", "4")
    x_min = [float(value) for value in re.findall(r'xMin="([\d.]+)"', boxes)]
    x_max = [float(value) for value in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert x_min and x_max
    assert min(x_min) == pytest.approx(LEFT_MARGIN, abs=1.5)  # 3 cm
    assert max(x_max) <= PAGE_SIZE[0] - RIGHT_MARGIN + 0.5  # 2 cm
    assert max(x_max) > PAGE_SIZE[0] - RIGHT_MARGIN - 1 * cm  # the frame is used to its end


def test_cancelling_leaves_no_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return len(calls) >= 3

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        _sample().write(
            out, progress=lambda done, total: calls.append((done, total)), cancelled=cancelled
        )
    assert len(calls) == 3
    assert asked[0] > 3
    assert list(folder.iterdir()) == []


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    _sample().write(folder / "done.pdf", progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 3
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert [path.name for path in folder.iterdir()] == ["done.pdf"]


def test_a_missing_folder_gives_a_thai_message(tmp_path: Path, thai_messages: None) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ไม่มีโฟลเดอร์นี้" / "รายงาน.pdf"
    with pytest.raises(ReportError) as refused:
        _sample().write(out)
    message = refused.value.message
    assert re.search("[\u0e01-\u0e4e]{4}", message.replace(str(out), ""))
    assert "No such file" not in message  # the system's English reason is not shown
    assert list(folder.iterdir()) == []


def test_a_file_open_elsewhere_gives_a_thai_message(
    tmp_path: Path, thai_messages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: os.PathLike[str], target: os.PathLike[str]) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(document_module.os, "replace", refuse)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "รายงาน.pdf"
    with pytest.raises(ReportError) as refused:
        _sample().write(out)
    expected = QCoreApplication.translate(
        "ReportError",
        "Cannot write {path}: the file is open in another program or the folder is "
        "read-only. Close the file or choose another folder.",
    ).format(path=out)
    assert refused.value.message == expected
    assert re.search("[\u0e01-\u0e4e]{4}", expected.replace(str(out), ""))
    assert list(folder.iterdir()) == []


def test_a_document_without_blocks_still_makes_a_page(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert ReportDocument("รายงานว่าง").write(out) == 1
    assert "รายงานว่าง" in _flat(_text(out, "-layout"))


def test_thai_layout_off_is_plain_reportlab(tmp_path: Path) -> None:
    """The benchmark's floor: same blocks, plain ReportLab paragraphs without shaping."""
    off = ReportDocument("รายงานผลการดำเนินงาน", thai_digits=True, thai_layout=False)
    off.paragraph(LONG_THAI)
    off.table(HEADERS, _rows(3))
    paragraph = off.story[0]
    assert not isinstance(paragraph, ThaiParagraph)
    assert paragraph.style.shaping == 0
    out = tmp_path / "off.pdf"
    assert off.write(out) == 1
    on = ReportDocument("รายงานผลการดำเนินงาน", thai_digits=True)
    on.paragraph(LONG_THAI)
    assert isinstance(on.story[0], ThaiParagraph)


def test_a_table_row_taller_than_a_page_runs_over_pages(tmp_path: Path) -> None:
    document = ReportDocument("ทดสอบ")
    long_text = " ".join([LONG_THAI] * 40)
    document.table(["รายละเอียด", "หมายเหตุ"], [[long_text, "สั้น"]], widths=[1, 1])
    out = tmp_path / "tall.pdf"
    pages = document.write(out)
    assert pages >= 2
    text = _flat(_text(out, "-raw"))
    assert text.count("รายละเอียดหมายเหตุ") == pages  # the header, once on each page
    rest = re.sub("-[0-9๐-๙]+-", "", text).replace("รายละเอียดหมายเหตุ", "").replace("สั้น", "")
    assert rest == _flat(long_text)


def test_a_block_that_fits_no_page_is_refused_without_a_file(tmp_path: Path) -> None:
    document = ReportDocument("ทดสอบ")
    document.flowable(Spacer(10, 2000))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ReportError):
        document.write(folder / "huge.pdf")
    assert list(folder.iterdir()) == []


def test_a_tall_chart_is_scaled_to_fit_the_page(tmp_path: Path) -> None:
    image = PILImage.new("RGB", (100, 1000), "white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    document = ReportDocument("ทดสอบ")
    document.chart(buffer.getvalue(), caption="แผนภูมิทดสอบ")
    assert document.write(tmp_path / "chart.pdf") == 1
