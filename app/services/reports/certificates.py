"""Certificates of completion (วุฒิบัตร) for one training run: one landscape page per person
who completed it (manual 6.1: "สรุปรายชื่อผู้ที่ผ่านการฝึกอบรม เพื่อเข้ารับวุฒิบัตร").

A run is a short course run (``"short_course_run:<id>"``) or a teacher training run
(``"training_run:<id>"``). Each certificate carries a number: the one recorded for a teacher's
enrolment, else the run's code and a sequence (teacher runs follow
:func:`app.services.training.certificate_number`, short course runs ``SC<year>/<run>/<seq>``).
The director who signs is the secretary of the center's executive committee (the manual: the
host college director is its member and secretary); none recorded leaves a blank line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.enums import CommitteeKind, MemberRole
from app.models.governance import Committee, CommitteeMember
from app.models.network import College
from app.models.reference import NameTitle
from app.models.students import Student
from app.models.teachers import Enrollment, TrainingCourse, TrainingRun
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.certification_report import person_name
from app.services.reports.common import Issuer, issuer
from app.services.reports.document import ReportDocument
from app.services.reports.errors import ReportError
from app.services.reports.styles import BOTTOM_MARGIN, PAGE_SIZE, TOP_MARGIN
from app.services.reports.thai_text import thai_paragraph
from app.services.thai.collation import thai_sort_key
from app.services.thai.dates import be_year, format_thai_date
from app.services.thai.fiscal import fiscal_year_range
from app.services.training import certificate_number
from app.services.training import certificates as teacher_certificates

SHORT_COURSE_RUN = "short_course_run"
TRAINING_RUN = "training_run"
FRAME_PADDING = 6
"""ReportLab's default padding inside the page frame (points, each side)."""
BORDER = colors.HexColor("#1f4e79")


@dataclass(frozen=True)
class RunCertificates:
    """A run and the certificates of those who completed it, in print order."""

    course: str
    hours: int
    starts_on: date
    ends_on: date
    place: str | None
    people: tuple[tuple[str, str], ...]
    """(name with title, certificate number)."""


# -- the run key ---------------------------------------------------------------------------------
def run_key(kind: str, run_id: int) -> str:
    return f"{kind}:{run_id}"


def parse_run_key(key: str | None) -> tuple[str, int]:
    """``(kind, id)`` of a ``ReportOptions.training_run`` key; ``ReportError`` if malformed."""
    kind, _, number = (key or "").partition(":")
    if kind not in (SHORT_COURSE_RUN, TRAINING_RUN) or not number.isdigit():
        raise ReportError(
            QCoreApplication.translate(
                "Certificates",
                "Choose the training run whose certificates of completion are to be printed.",
            )
        )
    return kind, int(number)


def _unknown_run() -> ReportError:
    return ReportError(
        QCoreApplication.translate(
            "Certificates",
            "The training run chosen is not in the database (it may have been deleted). "
            "Choose the run again.",
        )
    )


# -- what each run holds -------------------------------------------------------------------------
def _numbered(
    people: list[tuple[str, str | None]], number: Callable[[int], str]
) -> tuple[tuple[str, str], ...]:
    """Give every person without a recorded number the next free ``number(seq)``."""
    used = {recorded for _, recorded in people if recorded}
    seq = 0
    numbered = []
    for name, recorded in people:
        if not recorded:
            seq += 1
            while number(seq) in used:
                seq += 1
            recorded = number(seq)
        numbered.append((name, recorded))
    return tuple(numbered)


def _short_course_run(session: Session, run_id: int) -> RunCertificates:
    row = session.execute(
        select(
            ShortCourse.title,
            ShortCourse.hours,
            ShortCourseRun.starts_on,
            ShortCourseRun.ends_on,
            College.name_th,
        )
        .join(ShortCourse, ShortCourse.id == ShortCourseRun.short_course_id)
        .outerjoin(College, College.id == ShortCourseRun.college_id)
        .where(ShortCourseRun.id == run_id, ShortCourseRun.deleted.is_(False))
    ).first()
    if row is None:
        raise _unknown_run()
    title, hours, starts, ends, college = row
    trainees = session.execute(
        select(
            ShortCourseTrainee.full_name,
            NameTitle.th,
            Student.first_name,
            Student.last_name,
        )
        .outerjoin(
            Student,
            and_(Student.id == ShortCourseTrainee.student_id, Student.deleted.is_(False)),
        )
        .outerjoin(NameTitle, NameTitle.code == Student.title_code)
        .where(
            ShortCourseTrainee.run_id == run_id,
            ShortCourseTrainee.deleted.is_(False),
            ShortCourseTrainee.completed.is_(True),
        )
        .order_by(ShortCourseTrainee.id)
    ).all()
    # In Thai order of the name itself (a title never decides the order).
    named = sorted(
        (
            (f"{first} {last}", person_name(title_th, first, last))
            if first
            else (full_name, full_name)
            for full_name, title_th, first, last in trainees
        ),
        key=lambda item: thai_sort_key(item[0]),
    )
    names = [name for _, name in named]
    year = be_year(starts.year)
    people = _numbered([(name, None) for name in names], lambda seq: f"SC{year}/{run_id}/{seq:03d}")
    return RunCertificates(title, hours, starts, ends, college, people)


def _training_run(session: Session, run_id: int) -> RunCertificates:
    row = session.execute(
        select(
            TrainingCourse.title,
            TrainingCourse.hours,
            TrainingRun.starts_on,
            TrainingRun.ends_on,
            TrainingRun.venue,
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .where(TrainingRun.id == run_id, TrainingRun.deleted.is_(False))
    ).first()
    if row is None:
        raise _unknown_run()
    title, hours, starts, ends, venue = row
    people = _numbered(
        [
            (person_name(item.title_th, item.first_name, item.last_name), item.certificate_no)
            for item in teacher_certificates(session, run_id=run_id)
        ],
        lambda seq: certificate_number(starts, run_id, seq),
    )
    return RunCertificates(title, hours, starts, ends, venue, people)


def run_certificates(session: Session, key: str | None) -> RunCertificates:
    """The run of ``key`` and its certificates; ``ReportError`` for a bad or unknown key."""
    kind, run_id = parse_run_key(key)
    if kind == SHORT_COURSE_RUN:
        return _short_course_run(session, run_id)
    return _training_run(session, run_id)


def director_name(session: Session, center_id: int | None) -> str | None:
    """The secretary of the center's executive committee (the host college director)."""
    if center_id is None:
        return None
    row = session.execute(
        select(NameTitle.th, CommitteeMember.full_name)
        .join(Committee, Committee.id == CommitteeMember.committee_id)
        .outerjoin(NameTitle, NameTitle.code == CommitteeMember.title_code)
        .where(
            Committee.center_id == center_id,
            Committee.kind == CommitteeKind.EXECUTIVE,
            Committee.deleted.is_(False),
            CommitteeMember.role == MemberRole.SECRETARY,
            CommitteeMember.deleted.is_(False),
        )
        .order_by(Committee.appointed_on.desc(), CommitteeMember.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return f"{row[0] or ''}{row[1]}".strip()


# -- runs to offer -------------------------------------------------------------------------------
def training_runs(session: Session, fiscal_year: int) -> list[tuple[str, str]]:
    """Runs of both kinds that ended in B.E. ``fiscal_year``, newest first: (key, label);
    the label names the course, its dates and how many completed it."""
    first, last = fiscal_year_range(fiscal_year)
    short_done = (
        select(func.count())
        .where(
            ShortCourseTrainee.run_id == ShortCourseRun.id,
            ShortCourseTrainee.deleted.is_(False),
            ShortCourseTrainee.completed.is_(True),
        )
        .correlate(ShortCourseRun)
        .scalar_subquery()
    )
    teacher_done = (
        select(func.count())
        .where(
            Enrollment.run_id == TrainingRun.id,
            Enrollment.deleted.is_(False),
            Enrollment.completed.is_(True),
        )
        .correlate(TrainingRun)
        .scalar_subquery()
    )
    runs: list[tuple[date, int, str, str]] = []
    for run_id, title, starts, ends, done in session.execute(
        select(
            ShortCourseRun.id,
            ShortCourse.title,
            ShortCourseRun.starts_on,
            ShortCourseRun.ends_on,
            short_done,
        )
        .join(ShortCourse, ShortCourse.id == ShortCourseRun.short_course_id)
        .where(ShortCourseRun.deleted.is_(False), ShortCourseRun.ends_on.between(first, last))
    ):
        label = QCoreApplication.translate(
            "Certificates", "Short course: {title} ({first} - {last}), {count} completed"
        )
        runs.append(
            (
                ends,
                run_id,
                run_key(SHORT_COURSE_RUN, run_id),
                _label(label, title, starts, ends, done),
            )
        )
    for run_id, title, starts, ends, done in session.execute(
        select(
            TrainingRun.id,
            TrainingCourse.title,
            TrainingRun.starts_on,
            TrainingRun.ends_on,
            teacher_done,
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .where(TrainingRun.deleted.is_(False), TrainingRun.ends_on.between(first, last))
    ):
        label = QCoreApplication.translate(
            "Certificates", "Teacher training: {title} ({first} - {last}), {count} completed"
        )
        runs.append(
            (ends, run_id, run_key(TRAINING_RUN, run_id), _label(label, title, starts, ends, done))
        )
    runs.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(key, label) for _, _, key, label in runs]


def _label(template: str, title: str, starts: date, ends: date, done: int | None) -> str:
    return template.format(
        title=title,
        first=format_thai_date(starts, "short"),
        last=format_thai_date(ends, "short"),
        count=int(done or 0),
    )


# -- the pages -----------------------------------------------------------------------------------
def _be_date(document: ReportDocument, day: date) -> str:
    """ "30 กันยายน พ.ศ. 2569": the official way of writing a date on a certificate."""
    head, _, year = document.date(day).rpartition(" ")
    return QCoreApplication.translate("Certificates", "{day_month} B.E. {year}").format(
        day_month=head, year=year
    )


@dataclass(frozen=True)
class _Styles:
    number: ParagraphStyle
    issuer: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    name: ParagraphStyle
    signature: ParagraphStyle


def _styles(document: ReportDocument) -> _Styles:
    styles = document.styles
    body = styles.certificate_body
    return _Styles(
        number=ParagraphStyle("certificate_number", parent=styles.note, alignment=TA_RIGHT),
        issuer=ParagraphStyle("certificate_issuer", parent=body, spaceAfter=0),
        title=styles.certificate_title,
        body=body,
        name=ParagraphStyle("certificate_person", parent=styles.certificate_name, spaceAfter=6),
        signature=ParagraphStyle("certificate_signature", parent=body, spaceAfter=0),
    )


def _frame_size(document: ReportDocument) -> tuple[float, float]:
    height = landscape(PAGE_SIZE)[1] - TOP_MARGIN - BOTTOM_MARGIN
    return document.width - 2 * FRAME_PADDING - 1, height - 2 * FRAME_PADDING - 1


def _certificate(
    document: ReportDocument,
    styles: _Styles,
    who: Issuer,
    director: str | None,
    run: RunCertificates,
    name: str,
    number: str,
) -> Flowable:
    p = thai_paragraph
    hours = QCoreApplication.translate(
        "Certificates", "{hours} hours, from {first} to {last}"
    ).format(
        hours=document.number(run.hours),
        first=_be_date(document, run.starts_on),
        last=_be_date(document, run.ends_on),
    )
    content: list[Flowable] = [
        p(
            QCoreApplication.translate("Certificates", "Certificate no. {number}").format(
                number=document.digits(number)
            ),
            styles.number,
        ),
        *(p(line, styles.issuer) for line in who.lines()),
        Spacer(1, 6),
        p(QCoreApplication.translate("Certificates", "Certificate of Completion"), styles.title),
        p(
            QCoreApplication.translate("Certificates", "This certificate is given to certify that"),
            styles.body,
        ),
        p(name, styles.name),
        p(
            QCoreApplication.translate(
                "Certificates", "has completed the training course “{course}”"
            ).format(course=run.course),
            styles.body,
        ),
        p(hours, styles.body),
    ]
    if run.place:
        content.append(
            p(
                QCoreApplication.translate("Certificates", "at {place}").format(place=run.place),
                styles.body,
            )
        )
    content += [
        p(
            QCoreApplication.translate("Certificates", "Given on {date}").format(
                date=_be_date(document, run.ends_on)
            ),
            styles.body,
        ),
        Spacer(1, 28),
        p("." * 60, styles.signature),
        p(f"({director or '.' * 50})", styles.signature),
        p(
            QCoreApplication.translate(
                "Certificates", "Director of the Vocational Manpower Networking Management Center"
            ),
            styles.signature,
        ),
    ]
    if who.subject:
        content.append(p(who.subject, styles.signature))
    width, height = _frame_size(document)
    inner = Table(
        [[KeepInFrame(width - 40, height - 40, content, mode="shrink")]],
        colWidths=[width - 12],
        rowHeights=[height - 12],
    )
    inner.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, BORDER),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    outer = Table([[inner]], colWidths=[width], rowHeights=[height])
    outer.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2.5, BORDER),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return outer


def build(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    run = run_certificates(session, options.training_run)
    who = issuer(session)
    if not run.people:
        document.heading(QCoreApplication.translate("Certificates", "Certificates of completion"))
        document.paragraph(
            QCoreApplication.translate(
                "Certificates",
                "Nobody has been recorded as completing the course “{course}” ({first} - "
                "{last}), so there is no certificate to print. Record who completed the "
                "training, then print the certificates again.",
            ).format(
                course=run.course,
                first=document.date(run.starts_on),
                last=document.date(run.ends_on),
            )
        )
        return
    director = director_name(session, who.center_id)
    styles = _styles(document)
    for index, (name, number) in enumerate(run.people):
        if index:
            document.page_break()
        document.flowable(_certificate(document, styles, who, director, run, name, number))


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="certificates",
        title=lambda: QCoreApplication.translate("Certificates", "Certificates of completion"),
        build=build,
        needs=frozenset({Need.TRAINING_RUN}),
        description=lambda: QCoreApplication.translate(
            "Certificates",
            "One certificate page for each person who completed a short course or a teacher "
            "training run.",
        ),
        landscape_pages=True,
        numbered=False,
    ),
)
