"""Helpers the report tests share: building a report as the catalogue does, reading the written
PDF back as text (``pdftotext``), and comparing text whatever its line wrapping."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from app.services.reports.catalogue import ReportOptions, ReportSpec, make_report
from app.services.reports.document import ReportDocument
from app.services.store import Store, open_store

_THAI_MARKS_AND_SPACE = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\\s]")


# -- building -----------------------------------------------------------------------------------
def build_report(spec: ReportSpec, store: Store, options: ReportOptions, out: Path) -> int:
    """Build one report as ``make_report`` does; return its page count."""
    document = ReportDocument(
        spec.title(),
        thai_digits=options.thai_digits,
        landscape_pages=spec.landscape_pages,
        numbered=spec.numbered,
    )
    with store.session() as session:
        spec.build(session, options, document)
    return document.write(out)


def fiscal_year_text(
    spec: ReportSpec, store: Store, folder: Path, year: int, *, thai_digits: bool = False
) -> str:
    """Build ``spec`` for ``year`` into ``folder/NAME.pdf`` (at least a cover and a page of
    content) and return its text (``pdftotext -layout``)."""
    out = folder / f"{spec.name}.pdf"
    options = ReportOptions(fiscal_year=year, thai_digits=thai_digits)
    assert build_report(spec, store, options, out) >= 2
    return pdf_text(out, "-layout")


def check_made_by_catalogue(store: Store, name: str, options: ReportOptions, folder: Path) -> None:
    """``make_report`` writes report ``name`` whole (a PDF of two pages or more), leaving no
    partial file behind."""
    out = folder / f"{name}.pdf"
    pages = make_report(store, name, options, out)
    assert pages >= 2 and out.read_bytes().startswith(b"%PDF")
    assert not (folder / f"{name}.pdf.part").exists()


def demo_copy(template: Path, folder: Path) -> Path:
    """A private copy of the demo database ``template`` in ``folder``."""
    copy = folder / "demo.db"
    shutil.copyfile(template, copy)
    return copy


def open_demo_copy(template: Path, folder: Path) -> Store:
    """A private copy of the demo database, opened (the caller closes it)."""
    return open_store(demo_copy(template, folder))


# -- reading back -------------------------------------------------------------------------------
def pdf_text(pdf: Path, *args: str) -> str:
    """What ``pdftotext ARGS PDF -`` prints. ``-layout``: table rows on one line each;
    ``-raw``: each table cell's text in one piece (the order the PDF draws it), Thai clusters
    whole."""
    result = subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def pages_of(text: str) -> list[str]:
    """``pdftotext`` output split into its pages (each page ends with a form feed)."""
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_pages(pdf: Path, mode: str = "-raw") -> list[str]:
    """The text of each page of ``pdf``, read with ``pdftotext MODE``."""
    return pages_of(pdf_text(pdf, mode))


def read_pages(pdf: Path, page_count: int) -> list[str]:
    """The text of each page (``-raw``), checked against the page count the report returned
    when it was written; no page may be empty."""
    texts = pdf_pages(pdf)
    assert page_count == len(texts)
    assert all(flat(text) for text in texts), "no page may be empty"
    return texts


def written_pages(document: ReportDocument, out: Path, mode: str = "-layout") -> list[str]:
    """Write ``document`` to ``out`` and return the text of each page."""
    document.write(out)
    return pdf_pages(out, mode)


def page_size(pdf: Path) -> tuple[float, float]:
    """Width and height of the first page, in points (``pdfinfo``)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    for line in info.stdout.splitlines():
        if line.startswith("Page size:"):
            width, _, height = line.split(":", 1)[1].split()[:3]
            return float(width), float(height)
    raise AssertionError("pdfinfo gave no page size")


# -- comparing ----------------------------------------------------------------------------------
def flat(text: str) -> str:
    """``text`` without any white space: a phrase wrapped over lines or cells still matches."""
    return "".join(text.split())


def one_line(text: str) -> str:
    """Words separated by single spaces (a table row or a wrapped sentence on one line)."""
    return " ".join(text.split())


def plain(text: str) -> str:
    """Text without spaces, line breaks and Thai marks: what survives any PDF text extraction
    and any line wrapping."""
    return _THAI_MARKS_AND_SPACE.sub("", text)


def section(plain_text: str, start: str, end: str) -> str:
    """The plain text from the heading ``start`` to the heading ``end``."""
    first = plain_text.index(plain(start))
    return plain_text[first : plain_text.index(plain(end), first)]


def line_with(text: str, *parts: str) -> str:
    """The first line of ``text`` holding every one of ``parts`` (compared as plain text)."""
    for line in text.splitlines():
        if all(plain(part) in plain(line) for part in parts):
            return line
    raise AssertionError(f"no line with {parts}")
