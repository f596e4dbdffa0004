"""Teachers, their skill gaps, training, internships with daily logs, and certifications."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from app.models.certification import AssessmentRound, Certification
from app.models.enums import (
    CertificationResult,
    IncidentKind,
    IncidentStatus,
    Ownership,
    PersonKind,
    Severity,
)
from app.models.students import Incident
from app.models.teachers import (
    DailyLog,
    Enrollment,
    InternshipVisit,
    SkillGap,
    Teacher,
    TeacherInternship,
    TrainingCourse,
    TrainingRun,
)
from app.services.demo import names, texts
from app.services.demo.context import DemoContext, split_by_weight, synthetic_national_id

MALE_TITLES: tuple[tuple[str, float], ...] = (("mr", 75), ("acting_sub_lt", 15), ("dr", 10))
FEMALE_TITLES: tuple[tuple[str, float], ...] = (
    ("mrs", 40),
    ("miss", 40),
    ("acting_sub_lt_f", 10),
    ("dr", 10),
)
# (kind, standard, level) of a certificate a teacher or student can earn.
STANDARDS: dict[str, tuple[tuple[str, int | None], ...]] = {
    "tpqi": (
        ("มาตรฐานอาชีพช่างเทคนิคเมคคาทรอนิกส์", 4),
        ("มาตรฐานอาชีพผู้ปฏิบัติงานหุ่นยนต์อุตสาหกรรม", 3),
        ("มาตรฐานอาชีพช่างซ่อมบำรุงเครื่องจักรอัตโนมัติ", 3),
    ),
    "dsd": (
        ("มาตรฐานฝีมือแรงงานแห่งชาติ สาขาช่างเครื่องมือวัดและควบคุม", 1),
        ("มาตรฐานฝีมือแรงงานแห่งชาติ สาขาช่างไฟฟ้าอุตสาหกรรม", 1),
        ("มาตรฐานฝีมือแรงงานแห่งชาติ สาขาช่างเครื่องมือวัดและควบคุม", 2),
    ),
    "international": (
        ("Certified Industrial Automation Technician", None),
        ("Certified Robot Programmer (Level 1)", None),
    ),
}
CERT_KINDS: tuple[tuple[str, float], ...] = (("tpqi", 50), ("dsd", 30), ("international", 20))


def _title(ctx: DemoContext, male: bool) -> str:
    options = MALE_TITLES if male else FEMALE_TITLES
    return ctx.rng.choices([t for t, _ in options], [w for _, w in options])[0]


def build_teachers(ctx: DemoContext) -> None:
    total = ctx.scaled(800, minimum=3 * len(ctx.colleges))
    shares = split_by_weight(total, [c.weight for c in ctx.colleges], minimum=2)
    for college, count in zip(ctx.colleges, shares, strict=True):
        for _ in range(count):
            male, first, last = names.person(ctx.rng, male_share=0.7)
            position = (
                ctx.pick(texts.TEACHER_POSITIONS) if college.ownership is Ownership.PUBLIC else "ครู"
            )
            teacher_id = ctx.writer.add(
                Teacher,
                {
                    "college_id": college.id,
                    "title_code": _title(ctx, male),
                    "first_name": first,
                    "last_name": last,
                    "national_id": synthetic_national_id(3, ctx.serial("teacher_id")),
                    "subject_id": ctx.subject_id if ctx.chance(0.85) else None,
                    "position": position,
                    "qualification": ctx.pick(texts.QUALIFICATIONS),
                    "phone": None,
                },
            )
            college.teacher_ids.append(teacher_id)
            ctx.teacher_ids.append(teacher_id)


def build_skill_gaps(ctx: DemoContext) -> None:
    for fy in ctx.window.fiscal_years:
        if ctx.window.past_part(fy) is None:
            continue
        for teacher_id in ctx.teacher_ids:
            if not ctx.chance(0.95):
                continue
            for competency in ctx.rng.sample(texts.COMPETENCIES, ctx.rng.randint(1, 2)):
                current = ctx.rng.randint(1, 3)
                ctx.writer.add(
                    SkillGap,
                    {
                        "teacher_id": teacher_id,
                        "fiscal_year": fy,
                        "competency": competency,
                        "current_level": current,
                        "target_level": min(5, current + ctx.rng.randint(1, 2)),
                        "priority": ctx.rng.randint(1, 3),
                    },
                )


def build_training(ctx: DemoContext) -> None:
    """Teacher-training courses (some WBL), runs every year, enrollments of teachers."""
    courses: list[tuple[int, int, bool]] = []
    for title, hours, wbl in texts.TRAINING_COURSES:
        course_id = ctx.writer.add(
            TrainingCourse,
            {
                "center_id": ctx.center_id,
                "title": title,
                "competencies": ctx.pick(texts.COMPETENCIES),
                "hours": hours,
                "partner_enterprise_id": ctx.pick(ctx.domestic_enterprise_ids),
                "is_wbl": wbl,
            },
        )
        courses.append((course_id, hours, wbl))
    for fy in ctx.window.fiscal_years:
        first, last = ctx.window.fy_range(fy)
        for number in range(ctx.scaled(8, minimum=3)):
            # The first run of each year is a WBL course held early in the year.
            course_id, hours, _ = courses[0] if number == 0 else ctx.pick(courses)
            if number == 0:
                starts = first + timedelta(days=ctx.rng.randint(14, 40))
            else:
                starts = ctx.day_between(first, last - timedelta(days=14))
            ends = starts + timedelta(days=max(1, hours // 6) + ctx.rng.randint(0, 3))
            capacity = ctx.rng.randint(20, 40)
            run_id = ctx.writer.add(
                TrainingRun,
                {
                    "course_id": course_id,
                    "starts_on": starts,
                    "ends_on": ends,
                    "venue": ctx.pick(texts.TRAINING_VENUES),
                    "capacity": capacity,
                },
            )
            seats = min(len(ctx.teacher_ids), ctx.rng.randint(15, capacity))
            finished = ends < ctx.today
            for teacher_id in ctx.rng.sample(ctx.teacher_ids, seats):
                completed = finished and ctx.chance(0.9)
                attended = hours if completed else ctx.rng.randint(0, hours) if finished else None
                ctx.writer.add(
                    Enrollment,
                    {
                        "run_id": run_id,
                        "teacher_id": teacher_id,
                        "attended_hours": None if attended is None else Decimal(attended),
                        "completed": completed,
                        "certificate_no": (
                            f"TR{fy}-{ctx.serial('training_certificate'):06d}"
                            if completed
                            else None
                        ),
                    },
                )


def _internship_period(ctx: DemoContext, fy: int) -> tuple[date, date]:
    """School breaks: October, or March to May."""
    first, last = ctx.window.fy_range(fy)
    if ctx.chance(0.3):
        starts = first + timedelta(days=ctx.rng.randint(0, 14))
    else:
        starts = date(last.year, 3, 1) + timedelta(days=ctx.rng.randint(0, 50))
    return starts, starts + timedelta(days=ctx.rng.randint(13, 41))


def _report_received(ctx: DemoContext, ends: date) -> date | None:
    """Most reports arrive within 15 days of the end; some late, a few never."""
    if ends >= ctx.today:
        return None
    roll = ctx.rng.random()
    if roll < 0.78:
        received = ends + timedelta(days=ctx.rng.randint(1, 15))
    elif roll < 0.92:
        received = ends + timedelta(days=ctx.rng.randint(16, 40))
    else:
        return None
    return received if received <= ctx.today else None


def build_internships(ctx: DemoContext) -> None:
    colleges = {c.id: c for c in ctx.colleges}
    teacher_college = {t: c.id for c in ctx.colleges for t in c.teacher_ids}
    incidents_left = 2
    for fy in ctx.window.fiscal_years:
        for _ in range(ctx.scaled(80, minimum=3)):
            teacher_id = ctx.pick(ctx.teacher_ids)
            partners = colleges[teacher_college[teacher_id]].partner_ids
            starts, ends = _internship_period(ctx, fy)
            internship_id = ctx.writer.add(
                TeacherInternship,
                {
                    "teacher_id": teacher_id,
                    "enterprise_id": ctx.pick(partners or ctx.domestic_enterprise_ids),
                    "mentor_name": names.full_name(ctx.rng),
                    "plan": ctx.pick(texts.INTERNSHIP_PLANS),
                    "starts_on": starts,
                    "ends_on": ends,
                    "report_received_on": _report_received(ctx, ends),
                },
            )
            day = starts
            while day <= min(ends, ctx.today):
                if day.weekday() < 5:
                    ctx.writer.add(
                        DailyLog,
                        {
                            "internship_id": internship_id,
                            "log_date": day,
                            "work_done": ctx.pick(texts.DAILY_WORK),
                            "hours": Decimal(ctx.rng.choice((6, 7, 7, 8, 8, 8))),
                        },
                    )
                day += timedelta(days=1)
            _add_visit(ctx, internship_id, starts, ends)
            if incidents_left and starts + timedelta(days=5) < ctx.today and ctx.chance(0.02):
                incidents_left -= 1
                ctx.writer.add(
                    Incident,
                    {
                        "placement_id": None,
                        "internship_id": internship_id,
                        "kind": IncidentKind.ACCIDENT.value,
                        "occurred_on": starts + timedelta(days=3),
                        "severity": Severity.LOW.value,
                        "description": "ครูฝึกประสบการณ์ลื่นล้มในพื้นที่ผลิต บาดเจ็บเล็กน้อย",
                        "actions": "ปฐมพยาบาลและทบทวนการสวมรองเท้านิรภัย",
                        "status": IncidentStatus.CLOSED.value,
                        "escalated_on": None,
                    },
                )


def _add_visit(ctx: DemoContext, internship_id: int, starts: date, ends: date) -> None:
    """A supervision visit a week in (done, or planned when that day is still to come).

    Its own random generator, seeded by the internship, leaves the rest of the demo as it was.
    """
    rng = random.Random(internship_id)
    day = min(starts + timedelta(days=7), ends)
    done = day <= ctx.today
    ctx.writer.add(
        InternshipVisit,
        {
            "internship_id": internship_id,
            "planned_on": day,
            "visited_on": day if done else None,
            "visitor_name": names.full_name(rng),
            "findings": rng.choice(texts.VISIT_FINDINGS) if done else None,
            "rating": rng.choice((3, 4, 4, 5)) if done else None,
        },
    )


def _assessment_round(
    ctx: DemoContext, kind: str, standard: str, level: int | None, day: date
) -> int | None:
    """The round of a center kind, standard and month a result belongs to (made on first use)."""
    center_id = ctx.certification_center_ids.get(kind)
    if center_id is None:
        return None
    key = (kind, standard, day.year, day.month)
    if key not in ctx.assessment_round_ids:
        ctx.assessment_round_ids[key] = ctx.writer.add(
            AssessmentRound,
            {
                "certification_center_id": center_id,
                "held_on": day.replace(day=1),
                "standard": standard,
                "level": level,
                "seats": None,
                "note": None,
            },
        )
    return ctx.assessment_round_ids[key]


def add_certification(
    ctx: DemoContext,
    *,
    person_kind: PersonKind,
    person_id: int,
    assessed_on: date,
) -> None:
    """One assessment against an occupational standard at a network certification center."""
    kind = ctx.rng.choices([k for k, _ in CERT_KINDS], [w for _, w in CERT_KINDS])[0]
    standard, level = ctx.pick(STANDARDS[kind])
    passed = ctx.chance(0.85)
    fy_year = assessed_on.year + 543 + (1 if assessed_on.month >= 10 else 0)
    ctx.writer.add(
        Certification,
        {
            "certification_center_id": ctx.certification_center_ids.get(kind),
            "round_id": _assessment_round(ctx, kind, standard, level, assessed_on),
            "person_kind": person_kind.value,
            "teacher_id": person_id if person_kind is PersonKind.TEACHER else None,
            "student_id": None if person_kind is PersonKind.TEACHER else person_id,
            "standard": standard,
            "level": level,
            "result": (CertificationResult.PASSED if passed else CertificationResult.FAILED).value,
            "certificate_no": (
                f"{kind.upper()}-{fy_year}-{ctx.serial('certificate'):07d}" if passed else None
            ),
            "assessed_on": assessed_on,
        },
    )


def build_teacher_certifications(ctx: DemoContext) -> None:
    for fy in ctx.window.fiscal_years:
        days = ctx.window.past_part(fy)
        if days is None:
            continue
        count = max(1, round(ctx.scaled(60, minimum=3) * ctx.window.elapsed_share(fy)))
        for _ in range(count):
            add_certification(
                ctx,
                person_kind=PersonKind.TEACHER,
                person_id=ctx.pick(ctx.teacher_ids),
                assessed_on=ctx.day_between(*days),
            )
