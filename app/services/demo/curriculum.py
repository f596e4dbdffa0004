"""Curricula and their competency mapping, short courses with runs and trainees,
and the certification centers of the network."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.models.certification import CertificationCenter
from app.models.curriculum import (
    CompetencyUnit,
    Curriculum,
    CurriculumUnit,
    ShortCourse,
    ShortCourseRun,
    ShortCourseTrainee,
)
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CollegeGroupCode,
    Level,
    RevisionStatus,
    TraineeCategory,
)
from app.services.demo import names, texts
from app.services.demo.context import DemoContext, ShortRun
from app.services.demo.network import weighted

CURRICULA: tuple[tuple[Level, int, str, RevisionStatus], ...] = (
    (Level.PVC, 2562, "หลักสูตรประกาศนียบัตรวิชาชีพ", RevisionStatus.REVISING),
    (Level.PVS, 2563, "หลักสูตรประกาศนียบัตรวิชาชีพชั้นสูง", RevisionStatus.REVISING),
    (Level.PVC, 2567, "หลักสูตรประกาศนียบัตรวิชาชีพ", RevisionStatus.APPROVED),
    (Level.PVS, 2567, "หลักสูตรประกาศนียบัตรวิชาชีพชั้นสูง", RevisionStatus.SUBMITTED),
    (Level.BTECH, 2565, "หลักสูตรปริญญาตรีสายเทคโนโลยี", RevisionStatus.CURRENT),
)
COURSE_PREFIX: dict[Level, str] = {Level.PVC: "2", Level.PVS: "3", Level.BTECH: "4"}
TRAINEE_CATEGORIES: tuple[tuple[TraineeCategory, float], ...] = (
    (TraineeCategory.GRADUATE, 0.25),
    (TraineeCategory.UNEMPLOYED, 0.3),
    (TraineeCategory.PUBLIC, 0.45),
)


_STEP_DAYS_BEFORE = (
    ("revision_started_on", 300),
    ("enterprise_review_on", 240),
    ("board_approved_on", 120),
    ("submitted_on", 45),
)
"""The approval steps of a revision and how long before its end each one happened."""
_STEPS_REACHED = {RevisionStatus.CURRENT: 0, RevisionStatus.REVISING: 2}


def _revision_steps(
    ctx: DemoContext, status: RevisionStatus, approved: date | None
) -> dict[str, date | None]:
    """The dates of the revision's steps: all of them before an approval in the window, the
    first few of a revision still under way (none for a curriculum not being revised)."""
    end = approved if status is RevisionStatus.APPROVED and approved else ctx.today
    reached = _STEPS_REACHED.get(status, len(_STEP_DAYS_BEFORE))
    return {
        column: end - timedelta(days=days) if number < reached else None
        for number, (column, days) in enumerate(_STEP_DAYS_BEFORE)
    }


def build_curricula(ctx: DemoContext) -> None:
    unit_ids = [
        ctx.writer.add(
            CompetencyUnit,
            {
                "code": f"MCT-{level}-{number:03d}",
                "title": title,
                "tpqi_level": level,
                "occupation_standard": f"มาตรฐานอาชีพ{standard}",
            },
        )
        for number, (title, level, standard) in enumerate(texts.COMPETENCY_UNITS, start=1)
    ]
    for level, edition, kind_th, status in CURRICULA:
        approved: date | None = None
        if status is RevisionStatus.APPROVED:
            approved = ctx.day_between(ctx.window.first_day, ctx.today)
        elif status is not RevisionStatus.SUBMITTED:
            approved = date(edition - 543 - 1, 12, 15)
        steps = _revision_steps(ctx, status, approved)
        curriculum_id = ctx.writer.add(
            Curriculum,
            {
                "subject_id": ctx.subject_id,
                "level": level.value,
                "edition_year": edition,
                "title": f"{kind_th} พุทธศักราช {edition} {ctx.subject_th}",
                "revision_status": status.value,
                **steps,
                "approved_on": approved,
            },
        )
        mapped = ctx.rng.sample(unit_ids, ctx.rng.randint(8, 12))
        titles = ctx.rng.sample(texts.COURSE_TITLES, len(mapped))
        for number, (unit_id, title) in enumerate(zip(mapped, titles, strict=True), start=1):
            ctx.writer.add(
                CurriculumUnit,
                {
                    "curriculum_id": curriculum_id,
                    "competency_unit_id": unit_id,
                    "course_code": f"{COURSE_PREFIX[level]}{edition % 100:02d}27-{2000 + number}",
                    "course_title": title,
                },
            )


def build_certification_centers(ctx: DemoContext) -> None:
    """One TPQI, one DSD and one international center, plus a TPQI application under way."""
    strong = [
        c for c in ctx.colleges[1:] if c.group in (CollegeGroupCode.EXCELLENT, CollegeGroupCode.CVM)
    ] or ctx.colleges[1:]
    others = [c for c in ctx.colleges[1:] if c not in strong[:2]] or ctx.colleges
    centers = (
        (
            ctx.colleges[0],
            CertificationCenterKind.TPQI,
            "ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ",
            CertificationCenterStatus.ACCREDITED,
        ),
        (
            strong[0],
            CertificationCenterKind.DSD,
            "ศูนย์ทดสอบมาตรฐานฝีมือแรงงาน",
            CertificationCenterStatus.ACCREDITED,
        ),
        (
            strong[min(1, len(strong) - 1)],
            CertificationCenterKind.INTERNATIONAL,
            "ศูนย์สอบมาตรฐานสากลด้านระบบอัตโนมัติอุตสาหกรรม",
            CertificationCenterStatus.ACCREDITED,
        ),
        (
            ctx.pick(others),
            CertificationCenterKind.TPQI,
            "ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ",
            CertificationCenterStatus.APPLIED,
        ),
    )
    first = ctx.window.first_day
    for number, (college, kind, name, status) in enumerate(centers, start=1):
        accredited = status is CertificationCenterStatus.ACCREDITED
        valid_from = first - timedelta(days=ctx.rng.randint(30, 400)) if accredited else None
        center_id = ctx.writer.add(
            CertificationCenter,
            {
                "college_id": college.id,
                "kind": kind.value,
                "name": f"{name} {college.name_th}",
                "licence_no": f"{kind.value.upper()}-{number:04d}" if accredited else None,
                "scope": "ช่างเทคนิคเมคคาทรอนิกส์ / ผู้ปฏิบัติงานหุ่นยนต์อุตสาหกรรม",
                "valid_from": valid_from,
                "valid_until": valid_from + timedelta(days=5 * 365) if valid_from else None,
                "status": status.value,
            },
        )
        ctx.certification_center_ids.setdefault(kind.value, center_id)


def build_short_courses(ctx: DemoContext) -> None:
    course_ids: list[int] = []
    short_colleges = [c for c in ctx.colleges if Level.SHORT in c.levels] or ctx.colleges
    for title, track, hours in texts.SHORT_COURSES:
        course_ids.append(
            ctx.writer.add(
                ShortCourse,
                {
                    "center_id": ctx.center_id,
                    "college_id": ctx.pick(short_colleges).id,
                    "title": title,
                    "track": track,
                    "hours": hours,
                    "competencies": ctx.pick(texts.COMPETENCIES),
                    "approved_on": ctx.window.first_day - timedelta(days=ctx.rng.randint(10, 200)),
                    # A generator of its own: the rest of the demo stays as it was.
                    "approved_by": names.full_name(random.Random(len(course_ids))),
                },
            )
        )
    for fy in ctx.window.fiscal_years:
        first, last = ctx.window.fy_range(fy)
        for _ in range(ctx.scaled(10, minimum=3)):
            starts = ctx.day_between(first, last - timedelta(days=20))
            ends = starts + timedelta(days=ctx.rng.randint(2, 15))
            capacity = ctx.rng.randint(20, 35)
            run_id = ctx.writer.add(
                ShortCourseRun,
                {
                    "short_course_id": ctx.pick(course_ids),
                    "college_id": ctx.pick(short_colleges).id,
                    "starts_on": starts,
                    "ends_on": ends,
                    "capacity": capacity,
                },
            )
            ctx.short_course_runs.append(ShortRun(run_id, starts, ends, capacity))


def build_short_course_trainees(ctx: DemoContext) -> None:
    """Trainees of every run; students picked during the student step join first."""
    students = ctx.student_trainees
    next_student = 0
    for run in ctx.short_course_runs:
        size = ctx.rng.randint(20, run.capacity) if ctx.chance(0.65) else ctx.rng.randint(8, 19)
        finished = run.ends_on < ctx.today
        student_seats = min(len(students) - next_student, size * 35 // 100)
        for seat in range(size):
            student_id: int | None = None
            if seat < student_seats:
                student_id, full_name = students[next_student]
                next_student += 1
                category = TraineeCategory.STUDENT
            else:
                category = weighted(ctx, TRAINEE_CATEGORIES)
                full_name = names.full_name(ctx.rng)
            ctx.writer.add(
                ShortCourseTrainee,
                {
                    "run_id": run.id,
                    "category": category.value,
                    "student_id": student_id,
                    "full_name": full_name,
                    "completed": finished and ctx.chance(0.9),
                },
            )
