"""Print this list: every list kind as a table report, its filters stated in words, all its
rows (not one screen's page) with the header on every page, and refusals in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Center, Committee, CommitteeMember, Enterprise, Meeting, WorkforceDemand
from app.models.enums import (
    CommitteeKind,
    EnterpriseLocation,
    EnterpriseSize,
    Level,
    MeetingKind,
    MemberRole,
)
from app.models.network import Subject
from app.services.listing import (
    ListFilters,
    ListKind,
    ListQuery,
    Sort,
    count,
    describe,
    labels,
    spec_for,
)
from app.services.reports import list_report
from app.services.reports.catalogue import Need, ReportOptions, make_report, report_named
from app.services.reports.document import ReportDocument
from app.services.reports.errors import ReportCancelled, ReportError
from app.services.settings import Settings
from app.services.store import Store, open_store
from app.services.thai.dates import format_thai_date
from app.views.i18n import LanguageManager
from tests.services import report_pdf
from tests.services.report_pdf import one_line

FY = 2569  # 1 Oct 2025 .. 30 Sep 2026


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(autouse=True)
def thai(qapp: QApplication) -> Iterator[None]:
    manager = LanguageManager(Settings())
    manager.apply("th", remember=False)
    yield
    manager.remove()


@pytest.fixture(scope="module")
def demo_copy(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the demo network for every list kind (the tests only read it)."""
    return report_pdf.demo_copy(demo_db_template, tmp_path_factory.mktemp("list-report"))


def _document(thai_digits: bool = False) -> ReportDocument:
    spec = list_report.REPORTS[0]
    return ReportDocument(
        spec.title(), thai_digits=thai_digits, landscape_pages=spec.landscape_pages
    )


def _build(
    store: Store, query: ListQuery, *, thai_digits: bool = False
) -> tuple[ReportDocument, ReportOptions]:
    options = list_report.list_report_options(query, thai_digits=thai_digits)
    document = _document(thai_digits)
    with store.session() as session:
        list_report.build(session, options, document)
    return document, options


def _pages(document: ReportDocument, tmp_path: Path, name: str = "list.pdf") -> list[str]:
    """The text of each page, as ``pdftotext -layout`` reads it back."""
    return report_pdf.written_pages(document, tmp_path / name)


def _blocks(document: ReportDocument) -> list[list_report.RowBlock]:
    return [item for item in document.story if isinstance(item, list_report.RowBlock)]


def _center_id(store: Store) -> int:
    with store.session() as session:
        return int(session.scalars(select(Center.id).where(Center.seq == 11)).one())


# -- every list kind ----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(ListKind))
def test_every_list_prints_for_an_empty_database(
    kind: ListKind, center_store: Store, tmp_path: Path
) -> None:
    with center_store.session() as session:
        total = count(session, ListQuery(kind))
    document, _options = _build(center_store, ListQuery(kind))
    text = one_line("\n".join(_pages(document, tmp_path)))
    assert describe.list_title(kind.value) in text
    assert _tr("ListReport", "No filters") in text
    if total == 0:
        assert _tr("ListReport", "There are no records that match.") in text
        assert not _blocks(document)
    else:  # the host college of the center's own database
        assert sum(block.stop - block.start for block in _blocks(document)) == total


@pytest.mark.parametrize("kind", list(ListKind))
def test_every_list_prints_all_its_rows_on_the_demo_network(
    kind: ListKind, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_report, "BLOCK_ROWS", 30)
    store = open_store(demo_copy)
    try:
        with store.session() as session:
            total = count(session, ListQuery(kind))
        document, _options = _build(store, ListQuery(kind))
    finally:
        store.close()
    blocks = _blocks(document)
    assert sum(block.stop - block.start for block in blocks) == total
    assert [block.start for block in blocks] == list(range(0, total, 30))
    if blocks:  # lay out the first block only (thousands of rows take a minute to print)
        document.story = document.story[: document.story.index(blocks[0]) + 1]
    first = one_line(_pages(document, tmp_path)[0])
    assert describe.list_title(kind.value) in first
    if total:
        assert _tr("ListReport", "No.") in first
    else:
        assert _tr("ListReport", "There are no records that match.") in first


def test_the_demo_network_has_rows_in_almost_every_list(demo_copy: Path) -> None:
    store = open_store(demo_copy)
    try:
        with store.session() as session:
            empty = [kind for kind in ListKind if count(session, ListQuery(kind)) == 0]
    finally:
        store.close()
    assert len(empty) <= 2, empty


# -- figures on a small hand-made list ---------------------------------------------------------
def _meetings(store: Store) -> None:
    center_id = _center_id(store)
    with store.transaction() as session:
        session.add_all(
            [
                Meeting(
                    center_id=center_id,
                    kind=MeetingKind.EXECUTIVE,
                    held_on=date(2025, 12, 3),
                    title="ประชุมคณะกรรมการบริหารศูนย์ ครั้งที่ 1/2569",
                    attendees=14,
                ),
                Meeting(
                    center_id=center_id,
                    kind=MeetingKind.EXECUTIVE,
                    held_on=date(2026, 6, 18),
                    title="ประชุมคณะกรรมการบริหารศูนย์ ครั้งที่ 2/2569",
                    attendees=1234,
                ),
                Meeting(  # another kind of meeting
                    center_id=center_id,
                    kind=MeetingKind.DIRECTORS,
                    held_on=date(2026, 2, 10),
                    title="ประชุมผู้บริหารสถานศึกษาเครือข่าย",
                    attendees=9,
                ),
                Meeting(  # the year before
                    center_id=center_id,
                    kind=MeetingKind.EXECUTIVE,
                    held_on=date(2025, 9, 30),
                    title="ประชุมคณะกรรมการบริหารศูนย์ ครั้งที่ 4/2568",
                    attendees=11,
                ),
            ]
        )


def test_filters_are_stated_in_words_and_only_their_rows_are_printed(
    center_store: Store, tmp_path: Path
) -> None:
    _meetings(center_store)
    filters = ListFilters(fiscal_year=FY, meeting_kind=MeetingKind.EXECUTIVE)
    document, _options = _build(center_store, ListQuery(ListKind.MEETINGS, filters))
    pages = _pages(document, tmp_path)
    assert len(pages) == 1
    text = one_line(pages[0])
    year = _tr("ListDescribe", "Fiscal year B.E. {year}").format(year="2569")
    kind = _tr("ListDescribe", "{filter}: {value}").format(
        filter=_tr("FilterBar", "Meeting type"),
        value=labels.meeting_kind()[MeetingKind.EXECUTIVE],
    )
    assert "ประเภทการประชุม" in kind  # the filter bar's own Thai words
    stated = _tr("ListReport", "Filters: {filters}").format(filters=f"{year}; {kind}")
    assert one_line(stated) in text
    today = format_thai_date(date.today())
    assert _tr("ListReport", "{count} records, as of {day}").format(count="2", day=today) in text
    assert "ครั้งที่ 1/2569" in text and "ครั้งที่ 2/2569" in text
    assert "4/2568" not in text and "ผู้บริหารสถานศึกษาเครือข่าย" not in text
    assert re.search(r"\b14\b", text) and "1,234" in text
    assert "3 ธ.ค. 68" in text and "18 มิ.ย. 69" in text
    # Every row is an executive meeting, as the filters say: the type column is left out.
    headers = {c.key: c.header() for c in spec_for(ListKind.MEETINGS).columns}
    assert headers["kind"] not in text.split(one_line(stated), 1)[1]
    assert headers["title"] in text and headers["attendees"] in text


def test_thai_digits_and_the_list_order_of_the_screen(center_store: Store, tmp_path: Path) -> None:
    _meetings(center_store)
    query = ListQuery(
        ListKind.MEETINGS, ListFilters(fiscal_year=FY), sort=Sort("held_on", descending=False)
    )
    document, options = _build(center_store, query, thai_digits=True)
    assert options.list_sort == Sort("held_on", descending=False)
    text = one_line(_pages(document, tmp_path)[0])
    year = _tr("ListDescribe", "Fiscal year B.E. {year}").format(year="๒๕๖๙")
    assert year in text
    assert "๑,๒๓๔" in text and "1,234" not in text
    december, february, june = (
        text.index(day) for day in ("๓ ธ.ค. ๖๘", "๑๐ ก.พ. ๖๙", "๑๘ มิ.ย. ๖๙")
    )
    assert december < february < june  # oldest first, as the screen was sorted
    assert "๑ ๓ ธ.ค. ๖๘" in text and "๓ ๑๘ มิ.ย. ๖๙" in text  # numbered in that order


def test_no_filters_and_a_search(center_store: Store, tmp_path: Path) -> None:
    with center_store.transaction() as session:
        for name in ("บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด", "บริษัท ไทยซัมมิท ออโตพาร์ท จำกัด"):
            session.add(
                Enterprise(
                    name_th=name,
                    location=EnterpriseLocation.DOMESTIC,
                    province_code="20",
                    size=EnterpriseSize.LARGE,
                    contact_name="สมชาย ใจดี",
                    phone="038123456",
                )
            )
    document, _options = _build(center_store, ListQuery(ListKind.ENTERPRISES, search="โตโยต้า"))
    text = one_line(_pages(document, tmp_path)[0])
    assert _tr("ListReport", "No filters") in text
    assert one_line(_tr("ListReport", "Search: “{text}”").format(text="โตโยต้า")) in text
    assert "โตโยต้า มอเตอร์" in text and "ไทยซัมมิท" not in text
    assert "ชลบุรี" in text and labels.size()[EnterpriseSize.LARGE] in text
    assert "038123456" in text  # an enterprise's contact list: its phone


def test_a_filter_set_by_another_screen_names_its_record(
    center_store: Store, tmp_path: Path
) -> None:
    center_id = _center_id(center_store)
    with center_store.transaction() as session:
        committee = Committee(
            center_id=center_id, kind=CommitteeKind.EXECUTIVE, name="คณะกรรมการบริหารศูนย์ CVM"
        )
        session.add(committee)
        session.flush()
        session.add(
            CommitteeMember(
                committee_id=committee.id, full_name="นางสาวพิมพ์ใจ ดีงาม", role=MemberRole.CHAIR
            )
        )
        committee_id = committee.id
    query = ListQuery(ListKind.COMMITTEE_MEMBERS, ListFilters(committee_id=committee_id))
    document, _options = _build(center_store, query)
    text = one_line(_pages(document, tmp_path)[0])
    stated = _tr("ListDescribe", "{filter}: {value}").format(
        filter=_tr("FilterBar", "Committee"), value="คณะกรรมการบริหารศูนย์ CVM"
    )
    assert stated in text
    assert "นางสาวพิมพ์ใจ ดีงาม" in text


def test_every_filter_of_every_list_has_words(center_store: Store) -> None:
    wording = describe.Wording()
    with center_store.session() as session:
        subject_id = session.scalars(select(Subject.id)).first()
        for kind in ListKind:
            for name in spec_for(kind).filters:
                assert describe.filter_label(name), (kind, name)
        gone = describe.value_text(session, "college_id", 999_999, wording)
        assert gone == _tr("ListDescribe", "a record no longer recorded")
        assert describe.value_text(session, "subject_id", subject_id, wording)
        assert describe.value_text(session, "region", "east", wording) == "ภาคตะวันออก"


# -- a long list --------------------------------------------------------------------------------
def test_a_long_list_prints_every_row_once_with_the_header_on_every_page(
    center_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_report, "BLOCK_ROWS", 7)  # blocks join in the middle of pages
    with center_store.transaction() as session:
        for number in range(1, 121):
            session.add(
                Enterprise(
                    name_th=f"บริษัท ทดสอบการพิมพ์ลำดับ {number:03d} จำกัด",
                    location=EnterpriseLocation.DOMESTIC,
                    industry="ชิ้นส่วนยานยนต์และเครื่องจักรกล" if number % 3 else None,
                )
            )
    document, _options = _build(center_store, ListQuery(ListKind.ENTERPRISES))
    pages = _pages(document, tmp_path)
    assert len(pages) >= 3
    header = _tr("ListReport", "No.")
    name_header = _tr("Lists", "Name in English")
    printed: list[int] = []
    for page_text in pages:
        assert header in page_text and name_header in page_text
        printed += [int(n) for n in re.findall(r"ทดสอบการพิมพ์ลำดับ (\d{3})", page_text)]
        assert page_text.count(name_header) == 1  # once a page, never in the middle
    assert printed == list(range(1, 121))
    assert one_line(pages[-1]).find("- ") >= 0  # numbered pages


def test_a_very_long_note_is_shortened_to_fit_a_page(center_store: Store, tmp_path: Path) -> None:
    with center_store.transaction() as session:
        enterprise = Enterprise(name_th="บริษัท บันทึกยาว จำกัด", location="domestic")
        session.add(enterprise)
        session.flush()
        subject_id = session.scalars(select(Subject.id)).first()
        session.add(
            WorkforceDemand(
                enterprise_id=enterprise.id,
                subject_id=subject_id,
                level=Level.PVS,
                fiscal_year=FY,
                positions=12,
                note="ต้องการช่างเทคนิคที่มีความรู้ด้านระบบอัตโนมัติ " * 400,
            )
        )
    document, _options = _build(center_store, ListQuery(ListKind.WORKFORCE_DEMAND))
    pages = _pages(document, tmp_path)
    assert len(pages) == 1
    assert "…" in pages[0] and "บันทึกยาว" in pages[0]


def test_a_cancelled_list_leaves_no_file(center_store: Store, tmp_path: Path) -> None:
    with center_store.transaction() as session:
        session.add_all(
            Enterprise(name_th=f"บริษัท ยกเลิก {n} จำกัด", location="domestic") for n in range(300)
        )
    document, _options = _build(center_store, ListQuery(ListKind.ENTERPRISES))
    folder = tmp_path / "out"
    folder.mkdir()
    calls = iter(range(1_000))
    with pytest.raises(ReportCancelled):
        document.write(folder / "cancelled.pdf", cancelled=lambda: next(calls) > 5)
    assert list(folder.iterdir()) == []


# -- the catalogue and refusals -----------------------------------------------------------------
def test_the_catalogue_entry_makes_the_list(center_store: Store, tmp_path: Path) -> None:
    _meetings(center_store)
    spec = report_named("list")
    assert spec.needs == frozenset({Need.LIST}) and spec.landscape_pages
    options = list_report.list_report_options(ListQuery(ListKind.MEETINGS))
    out = tmp_path / "meetings.pdf"
    assert make_report(center_store, "list", options, out) == 1
    assert out.is_file()
    plain = ReportOptions(fiscal_year=FY, list_kind="meetings")  # from the reports screen
    assert make_report(center_store, "list", plain, tmp_path / "plain.pdf") == 1


@pytest.mark.parametrize(
    "options",
    [
        ReportOptions(fiscal_year=FY),
        ReportOptions(fiscal_year=FY, list_kind="no_such_list"),
        ReportOptions(
            fiscal_year=FY, list_kind="meetings", list_filters=ListFilters(province_code="20")
        ),
    ],
)
def test_a_list_or_filter_the_program_does_not_have_is_refused(
    center_store: Store, options: ReportOptions
) -> None:
    with center_store.session() as session, pytest.raises(ReportError) as refused:
        list_report.build(session, options, _document())
    assert refused.value.message
    assert "no_such_list" not in refused.value.message
