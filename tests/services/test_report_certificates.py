"""Certificates of completion (วุฒิบัตร): one landscape page per completer of a short course
run or a teacher training run, nobody else named, numbers per person, the director who signs,
a one-page report for a run without completers, refused keys, and the runs offered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.enums import (
    CommitteeKind,
    Level,
    MemberRole,
    SkillTrack,
    StudyModeCode,
    TraineeCategory,
)
from app.models.governance import Committee, CommitteeMember
from app.models.network import Center, College
from app.models.students import Student
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.reports.catalogue import Need, ReportOptions, make_report, report_named
from app.services.reports.certificates import REPORTS, training_runs
from app.services.reports.errors import ReportError
from app.services.store import Store
from app.services.training import certificate_number
from tests.services.report_pdf import (
    build_report,
    flat,
    open_demo_copy,
    page_size,
    pdf_pages,
    read_pages,
)

FY = 2569  # 1 Oct 2025 - 30 Sep 2026
SPEC = REPORTS[0]


def tr(text: str) -> str:
    return QCoreApplication.translate("Certificates", text)


@pytest.fixture
def thai(thai_messages: None) -> None:
    """The report comes out in Thai, as a user sees it."""


@dataclass
class Runs:
    store: Store
    short_run: int
    teacher_run: int
    empty_run: int
    old_run: int
    teacher_starts: date


@pytest.fixture
def runs(center_store: Store) -> Runs:
    """A short course run (2 of 3 completed, one of them a student with a title), a teacher
    training run (2 of 3 completed, one number recorded), a run nobody completed and a run
    that ended in the year before."""
    with center_store.transaction() as session:
        college = session.scalars(select(College).order_by(College.id)).first()
        center_id = session.scalar(select(Center.id).where(Center.seq == 11))
        assert college is not None and center_id is not None
        course = ShortCourse(
            center_id=center_id, title="การเขียนโปรแกรมหุ่นยนต์", track=SkillTrack.UP_SKILL, hours=18
        )
        session.add(course)
        session.flush()
        short = ShortCourseRun(
            short_course_id=course.id,
            college_id=college.id,
            starts_on=date(2026, 2, 2),
            ends_on=date(2026, 2, 4),
            capacity=30,
        )
        empty = ShortCourseRun(
            short_course_id=course.id,
            college_id=college.id,
            starts_on=date(2026, 6, 1),
            ends_on=date(2026, 6, 3),
            capacity=30,
        )
        old = ShortCourseRun(
            short_course_id=course.id,
            college_id=college.id,
            starts_on=date(2025, 9, 1),
            ends_on=date(2025, 9, 3),
            capacity=30,
        )
        student = Student(
            college_id=college.id,
            title_code="miss",
            first_name="กมลชนก",
            last_name="ศรีสุข",
            level=Level.PVS,
            year_of_study=2,
            entry_academic_year=2568,
            study_mode=StudyModeCode.FORMAL,
        )
        session.add_all([short, empty, old, student])
        session.flush()
        session.add_all(
            [
                ShortCourseTrainee(
                    run_id=short.id,
                    category=TraineeCategory.STUDENT,
                    student_id=student.id,
                    full_name="กมลชนก ศรีสุข",
                    completed=True,
                ),
                ShortCourseTrainee(
                    run_id=short.id,
                    category=TraineeCategory.PUBLIC,
                    full_name="ชาตรี มั่นคง",
                    completed=True,
                ),
                ShortCourseTrainee(
                    run_id=short.id,
                    category=TraineeCategory.PUBLIC,
                    full_name="ไม่จบ หลักสูตร",
                    completed=False,
                ),
                ShortCourseTrainee(
                    run_id=empty.id,
                    category=TraineeCategory.PUBLIC,
                    full_name="ยังไม่ผ่าน อบรม",
                    completed=False,
                ),
            ]
        )
        training = TrainingCourse(center_id=center_id, title="การสอนแบบ WBL", hours=30)
        session.add(training)
        session.flush()
        teacher_run = TrainingRun(
            course_id=training.id,
            starts_on=date(2026, 3, 9),
            ends_on=date(2026, 3, 13),
            venue="ห้องประชุมใหญ่",
            capacity=30,
        )
        teachers = [
            Teacher(college_id=college.id, title_code=title, first_name=first, last_name=last)
            for title, first, last in (
                ("mr", "ประยุทธ", "ใจกล้า"),
                ("mrs", "วันเพ็ญ", "แสงทอง"),
                ("mr", "ขาดเรียน", "บ่อยครั้ง"),
            )
        ]
        session.add_all([teacher_run, *teachers])
        session.flush()
        session.add_all(
            [
                Enrollment(
                    run_id=teacher_run.id,
                    teacher_id=teachers[0].id,
                    completed=True,
                    certificate_no="2569/77/005",
                ),
                Enrollment(run_id=teacher_run.id, teacher_id=teachers[1].id, completed=True),
                Enrollment(run_id=teacher_run.id, teacher_id=teachers[2].id, completed=False),
            ]
        )
        return Runs(center_store, short.id, teacher_run.id, empty.id, old.id, date(2026, 3, 9))


def _director(store: Store) -> None:
    with store.transaction() as session:
        center_id = session.scalar(select(Center.id).where(Center.seq == 11))
        assert center_id is not None
        committee = Committee(
            center_id=center_id, kind=CommitteeKind.EXECUTIVE, name="คณะกรรมการบริหาร"
        )
        session.add(committee)
        session.flush()
        session.add(
            CommitteeMember(
                committee_id=committee.id,
                title_code="mr",
                full_name="อำนวย ผู้บริหาร",
                role=MemberRole.SECRETARY,
            )
        )


def _options(key: str | None) -> ReportOptions:
    return ReportOptions(fiscal_year=FY, training_run=key)


def test_the_catalogue_asks_for_a_run_and_prints_landscape_pages_without_numbers() -> None:
    spec = report_named("certificates")
    assert spec.build is SPEC.build
    assert spec.needs == frozenset({Need.TRAINING_RUN})
    assert spec.landscape_pages and not spec.numbered


def test_a_short_course_run_gives_one_page_per_completer(
    thai: None, runs: Runs, tmp_path: Path
) -> None:
    _director(runs.store)
    out = tmp_path / "certificates.pdf"
    key = f"short_course_run:{runs.short_run}"
    pages = make_report(runs.store, "certificates", _options(key), out)
    texts = [flat(text) for text in read_pages(out, pages)]
    assert len(texts) == 2
    width, height = page_size(out)
    assert width > height  # landscape
    # In Thai order of name; the student's title comes from her record.
    assert "นางสาวกมลชนกศรีสุข" in texts[0] and "ชาตรีมั่นคง" in texts[1]
    for number, text in enumerate(texts, start=1):
        assert f"SC2569/{runs.short_run}/{number:03d}" in text
        assert flat(tr("Certificate of Completion")) in text
        assert flat("การเขียนโปรแกรมหุ่นยนต์") in text
        assert "(นายอำนวยผู้บริหาร)" in text
        assert "- 2 -" not in text and "-2-" not in text
    assert "ไม่จบ" not in "".join(texts)


def test_a_teacher_run_keeps_recorded_numbers_and_numbers_the_others(
    thai: None, runs: Runs, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    key = f"training_run:{runs.teacher_run}"
    pages = build_report(SPEC, runs.store, _options(key), out)
    texts = [flat(text) for text in read_pages(out, pages)]
    assert len(texts) == 2
    whole = "".join(texts)
    assert "นายประยุทธใจกล้า" in whole and "นางวันเพ็ญแสงทอง" in whole
    assert "ขาดเรียน" not in whole
    recorded = next(text for text in texts if "ประยุทธ" in text)
    numbered = next(text for text in texts if "วันเพ็ญ" in text)
    assert "2569/77/005" in recorded
    assert certificate_number(runs.teacher_starts, runs.teacher_run, 1) in numbered
    assert "ห้องประชุมใหญ่" in whole
    # Nobody recorded as director: a blank line to sign on, no name.
    assert "(" + "." * 50 + ")" in numbered


def test_thai_digits_on_a_certificate(runs: Runs, tmp_path: Path) -> None:
    out = tmp_path / "certificates.pdf"
    key = f"short_course_run:{runs.short_run}"
    build_report(SPEC, runs.store, ReportOptions(FY, thai_digits=True, training_run=key), out)
    text = flat(pdf_pages(out)[0])
    assert "๒๕๖๙" in text and "๑๘" in text
    assert "2569" not in text


def test_a_run_without_completers_is_one_page_saying_so(
    thai: None, runs: Runs, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    key = f"short_course_run:{runs.empty_run}"
    texts = read_pages(out, build_report(SPEC, runs.store, _options(key), out))
    assert len(texts) == 1
    expected = tr(
        "Nobody has been recorded as completing the course “{course}” ({first} - {last}), so "
        "there is no certificate to print. Record who completed the training, then print the "
        "certificates again."
    ).format(course="การเขียนโปรแกรมหุ่นยนต์", first="1 มิถุนายน 2569", last="3 มิถุนายน 2569")
    assert flat(expected) in flat(texts[0])
    assert "ยังไม่ผ่าน" not in flat(texts[0])


@pytest.mark.parametrize(
    "key",
    [None, "", "short_course_run", "short_course_run:", "training_run:x", "run:1", "1"],
)
def test_a_malformed_run_key_is_refused(runs: Runs, tmp_path: Path, key: str | None) -> None:
    out = tmp_path / "certificates.pdf"
    with pytest.raises(ReportError) as refused:
        build_report(SPEC, runs.store, _options(key), out)
    assert refused.value.message
    assert not out.exists()


@pytest.mark.parametrize("kind", ["short_course_run", "training_run"])
def test_an_unknown_run_is_refused(runs: Runs, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "certificates.pdf"
    with pytest.raises(ReportError) as refused:
        build_report(SPEC, runs.store, _options(f"{kind}:999999"), out)
    assert "999999" not in refused.value.message
    assert not out.exists()


def test_a_deleted_run_is_refused(runs: Runs, tmp_path: Path) -> None:
    with runs.store.transaction() as session:
        run = session.get(ShortCourseRun, runs.short_run)
        assert run is not None
        run.deleted = True
    with pytest.raises(ReportError):
        build_report(
            SPEC, runs.store, _options(f"short_course_run:{runs.short_run}"), tmp_path / "c.pdf"
        )


def test_the_runs_offered_are_those_ended_in_the_year_newest_first(runs: Runs) -> None:
    with runs.store.session() as session:
        offered = training_runs(session, FY)
    assert [key for key, _ in offered] == [
        f"short_course_run:{runs.empty_run}",
        f"training_run:{runs.teacher_run}",
        f"short_course_run:{runs.short_run}",
    ]
    labels = dict(offered)
    assert "การสอนแบบ WBL" in labels[f"training_run:{runs.teacher_run}"]
    assert "2" in labels[f"short_course_run:{runs.short_run}"]
    assert "0" in labels[f"short_course_run:{runs.empty_run}"]
    with runs.store.session() as session:
        assert training_runs(session, 2560) == []


def test_a_demo_run_gives_exactly_one_page_per_completer(
    thai: None, demo_db_template: Path, tmp_path: Path
) -> None:
    store = open_demo_copy(demo_db_template, tmp_path)
    try:
        with store.session() as session:
            offered = training_runs(session, FY)
            key = next(key for key, _ in offered if key.startswith("training_run:"))
            run_id = int(key.split(":")[1])
            completers = session.scalar(
                select(func.count()).where(
                    Enrollment.run_id == run_id,
                    Enrollment.completed.is_(True),
                    Enrollment.deleted.is_(False),
                )
            )
        out = tmp_path / "certificates.pdf"
        pages = make_report(store, "certificates", _options(key), out)
    finally:
        store.close()
    texts = read_pages(out, pages)
    assert completers and len(texts) == completers
    numbers = [text.strip().splitlines()[0] for text in texts]
    assert len(set(numbers)) == completers
