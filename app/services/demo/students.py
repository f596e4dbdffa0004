"""Students and everything about their time in enterprises, streamed college by college.

Each student gets about three placements over the window, one per school term
(semester 2 from November, a summer term from March, semester 1 from June), safety
training and orientation before the first one, supervision visits, now and then an
incident, and for final-year students sometimes an occupational certification.
Only ids needed later are kept, so a million placements fit in little memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.models.enums import (
    BriefingKind,
    CollegeGroupCode,
    IncidentKind,
    IncidentStatus,
    Level,
    PersonKind,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)
from app.models.students import Incident, Placement, SafetyBriefing, Student, SupervisionVisit
from app.services.demo import names, texts
from app.services.demo.context import (
    CollegeInfo,
    DemoContext,
    split_by_weight,
    synthetic_national_id,
)
from app.services.demo.teachers import add_certification
from app.services.thai.fiscal import academic_year_of

YEARS_OF_STUDY: dict[Level, int] = {Level.PVC: 3, Level.PVS: 2, Level.BTECH: 2}
LEVEL_WEIGHTS: dict[Level, float] = {Level.PVC: 50, Level.PVS: 42, Level.BTECH: 8}
# Entry academic year relative to the one the window starts in, with weights.
ENTRY_OFFSETS: dict[Level, tuple[tuple[int, ...], tuple[float, ...]]] = {
    Level.PVC: ((-1, 0, 1, 2), (2, 3, 3, 2)),
    Level.PVS: ((-1, 0, 1, 2), (1, 3, 3, 3)),
    Level.BTECH: ((-1, 0, 1, 2), (1, 3, 3, 3)),
}
PLACEMENT_COUNTS: tuple[tuple[int, ...], tuple[float, ...]] = (
    (0, 1, 2, 3, 4, 5),
    (2, 3, 8, 58, 22, 7),
)
INCIDENT_CHANCE = 0.0015
INCIDENT_KINDS: tuple[tuple[IncidentKind, ...], tuple[float, ...]] = (
    (
        IncidentKind.ACCIDENT,
        IncidentKind.COMPLAINT,
        IncidentKind.UNSAFE_WORK,
        IncidentKind.UNPAID_WORK,
        IncidentKind.HARASSMENT,
        IncidentKind.OTHER,
    ),
    (40, 20, 15, 10, 5, 10),
)
STUDENT_BATCH_REPORT = 2_000
COMMIT_EVERY_ROWS = 250_000


@dataclass(frozen=True)
class Term:
    """A school term in which students go to enterprises (dates as ordinals)."""

    first: int
    last: int
    academic_year: int


def school_terms(fiscal_years: tuple[int, ...]) -> list[Term]:
    terms = []
    for fy in fiscal_years:
        year = fy - 543
        terms.append(Term(date(year - 1, 11, 1).toordinal(), date(year, 2, 28).toordinal(), fy - 1))
        terms.append(Term(date(year, 3, 10).toordinal(), date(year, 5, 10).toordinal(), fy - 1))
        terms.append(Term(date(year, 6, 1).toordinal(), date(year, 9, 25).toordinal(), fy))
    return terms


class StudentStream:
    """Writes the students of one college at a time, with their placements and the rest."""

    def __init__(self, ctx: DemoContext, trainee_share: float) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.add = ctx.writer.add
        self.today = ctx.today.toordinal()
        self.terms = school_terms(ctx.window.fiscal_years)
        self.first_ay = ctx.window.fiscal_years[0] - 1
        self.ay_today = academic_year_of(ctx.today)
        self.first_day = ctx.window.first_day.toordinal()
        self.trainee_share = trainee_share
        self.abroad = ctx.abroad_enterprise_ids
        self.fallback_enterprises = ctx.domestic_enterprise_ids

    # -- one student ------------------------------------------------------------------

    def _level(self, college: CollegeInfo) -> Level:
        levels = [lv for lv in college.levels if lv is not Level.SHORT]
        return self.rng.choices(levels, [LEVEL_WEIGHTS[lv] for lv in levels])[0]

    def student(self, college: CollegeInfo, number: int) -> None:
        rng = self.rng
        level = self._level(college)
        years = YEARS_OF_STUDY[level]
        offsets, weights = ENTRY_OFFSETS[level]
        entry = min(self.first_ay + rng.choices(offsets, weights)[0], self.ay_today)
        male, first, last = names.person(rng, male_share=0.8)
        if college.offers_dual and rng.random() < 0.35:
            mode = StudyModeCode.DUAL
        elif rng.random() < 0.04:
            mode = StudyModeCode.NONFORMAL
        else:
            mode = StudyModeCode.FORMAL
        student_id = self.add(
            Student,
            {
                "college_id": college.id,
                "student_code": f"{entry % 100:02d}{college.index:04d}{number:05d}",
                "title_code": "mr" if male else "miss",
                "first_name": first,
                "last_name": last,
                "national_id": synthetic_national_id(1, self.ctx.serial("student_id")),
                "level": level.value,
                "year_of_study": max(1, min(years, self.ay_today - entry + 1)),
                "entry_academic_year": entry,
                "subject_id": self.ctx.subject_id,
                "study_mode": mode.value,
            },
        )
        if rng.random() < self.trainee_share:
            self.ctx.student_trainees.append((student_id, f"{first} {last}"))
        eligible = [t for t in self.terms if entry <= t.academic_year <= entry + years - 1]
        count = min(len(eligible), rng.choices(*PLACEMENT_COUNTS)[0])
        chosen = sorted(rng.sample(range(len(eligible)), count))
        home = rng.choice(college.partner_ids or self.fallback_enterprises)
        started: list[tuple[int, int]] = []
        for index in chosen:
            placed = self.placement(college, student_id, mode, eligible[index], home)
            if placed is not None:
                started.append(placed)
        if chosen:
            self.briefings(student_id, eligible[chosen[0]].first)
        graduation = date(entry - 543 + years, 3, 31).toordinal()
        if started and self.first_day <= graduation <= self.today + 30 and rng.random() < 0.3:
            self.certification(student_id, graduation)

    def placement(
        self, college: CollegeInfo, student_id: int, mode: StudyModeCode, term: Term, home: int
    ) -> tuple[int, int] | None:
        """Writes one placement and its visits; returns (id, start) if it has started."""
        rng = self.rng
        if mode is StudyModeCode.DUAL:
            kind = PlacementMode.DUAL if rng.random() < 0.85 else PlacementMode.WBL
        elif mode is StudyModeCode.NONFORMAL:
            kind = PlacementMode.WBL
        else:
            kind = PlacementMode.INTERNSHIP if rng.random() < 0.55 else PlacementMode.WBL
        if kind is PlacementMode.DUAL:
            enterprise = home
            starts = term.first + rng.randint(0, 7)
            ends = term.last - rng.randint(0, 7)
        else:
            strong = college.group in (CollegeGroupCode.CVM, CollegeGroupCode.EXCELLENT)
            if strong and self.abroad and rng.random() < 0.015:
                enterprise = rng.choice(self.abroad)
            else:
                enterprise = rng.choice(college.partner_ids or self.fallback_enterprises)
            if kind is PlacementMode.INTERNSHIP:
                starts = term.first + rng.randint(0, 14)
                ends = min(term.last, starts + rng.randint(80, 120))
            else:
                starts = term.first + rng.randint(0, 30)
                ends = min(term.last, starts + rng.randint(30, 75))
        today = self.today
        reason = None
        if starts > today:
            soon = starts - today <= 30 or rng.random() < 0.3
            status = PlacementStatus.CONFIRMED if soon else PlacementStatus.PLANNED
        elif today - starts >= 3 and rng.random() < 0.02:
            status = PlacementStatus.WITHDRAWN
            ends = starts + rng.randint(1, min(ends, today) - starts)
            reason = rng.choice(texts.WITHDRAWAL_REASONS)
        elif ends < today:
            status = PlacementStatus.COMPLETED
        else:
            status = PlacementStatus.IN_PROGRESS
        teachers = college.teacher_ids
        supervisor = rng.choice(teachers) if teachers else None
        first_name, last_name = rng.choice(names.MALE_FIRST_NAMES), names.surname(rng)
        placement_id = self.add(
            Placement,
            {
                "student_id": student_id,
                "college_id": college.id,
                "enterprise_id": enterprise,
                "mode": kind.value,
                "starts_on": date.fromordinal(starts),
                "ends_on": date.fromordinal(ends),
                "trainer_name": f"{first_name} {last_name}",
                "supervisor_teacher_id": supervisor,
                "tasks": rng.choice(texts.PLACEMENT_TASKS),
                "status": status.value,
                "withdrawal_reason": reason,
            },
        )
        if status is PlacementStatus.PLANNED or status is PlacementStatus.WITHDRAWN:
            return None if status is PlacementStatus.PLANNED else (placement_id, starts)
        self.visits(placement_id, supervisor, starts, ends, status)
        if status is PlacementStatus.CONFIRMED:
            return None
        if rng.random() < INCIDENT_CHANCE:
            self.incident(placement_id, starts, min(ends, today))
        return placement_id, starts

    def visits(
        self,
        placement_id: int,
        teacher: int | None,
        starts: int,
        ends: int,
        status: PlacementStatus,
    ) -> None:
        rng = self.rng
        roll = rng.random()
        count = (
            1
            if status is PlacementStatus.CONFIRMED
            else 0
            if roll < 0.05
            else (1 if roll < 0.75 else 2)
        )
        for number in range(count):
            low = starts + 10 + number * 30
            high = max(low, ends - 5)
            planned = min(rng.randint(low, high), ends)
            visited = None
            rating = None
            findings = None
            if planned <= self.today and rng.random() < 0.94:
                visited = min(self.today, ends, max(starts, planned + rng.randint(-2, 4)))
                rating = rng.choice((3, 4, 4, 4, 5, 5))
                findings = rng.choice(texts.VISIT_FINDINGS)
            self.add(
                SupervisionVisit,
                {
                    "placement_id": placement_id,
                    "visitor_teacher_id": teacher,
                    "planned_on": date.fromordinal(planned),
                    "visited_on": None if visited is None else date.fromordinal(visited),
                    "findings": findings,
                    "rating": rating,
                },
            )

    def incident(self, placement_id: int, first: int, last: int) -> None:
        rng = self.rng
        kind = rng.choices(*INCIDENT_KINDS)[0]
        occurred = rng.randint(first, max(first, last))
        severe = kind is IncidentKind.HARASSMENT or rng.random() < 0.2
        severity = (
            Severity.HIGH if severe else (Severity.MEDIUM if rng.random() < 0.4 else Severity.LOW)
        )
        age = self.today - occurred
        if age > 45:
            status = IncidentStatus.CLOSED if rng.random() < 0.9 else IncidentStatus.IN_PROGRESS
        else:
            status = IncidentStatus.OPEN if rng.random() < 0.5 else IncidentStatus.IN_PROGRESS
        escalated = None
        if severe or kind is IncidentKind.UNPAID_WORK:
            escalated = date.fromordinal(min(self.today, occurred + rng.randint(0, 5)))
        description, actions = texts.INCIDENT_TEXTS[kind.value]
        self.add(
            Incident,
            {
                "placement_id": placement_id,
                "internship_id": None,
                "kind": kind.value,
                "occurred_on": date.fromordinal(occurred),
                "severity": severity.value,
                "description": description,
                "actions": actions if status is not IncidentStatus.OPEN else None,
                "status": status.value,
                "escalated_on": escalated,
            },
        )

    def briefings(self, student_id: int, first_start: int) -> None:
        """Safety training and orientation a few days before the first placement."""
        rng = self.rng
        roll = rng.random()
        kinds = (
            (BriefingKind.SAFETY_TRAINING, BriefingKind.ORIENTATION)
            if roll < 0.93
            else (BriefingKind.SAFETY_TRAINING,)
            if roll < 0.97
            else ()
        )
        for kind in kinds:
            held = first_start - rng.randint(3, 14)
            if held > self.today:
                continue
            self.add(
                SafetyBriefing,
                {
                    "student_id": student_id,
                    "kind": kind.value,
                    "held_on": date.fromordinal(held),
                    "given_by": rng.choice(texts.BRIEFING_GIVERS),
                },
            )

    def certification(self, student_id: int, graduation: int) -> None:
        first = max(self.first_day, graduation - 75)
        last = min(self.today, graduation + 30)
        if last < first:
            return
        assessed = self.rng.randint(first, last)
        add_certification(
            self.ctx,
            person_kind=PersonKind.GRADUATE if assessed > graduation else PersonKind.STUDENT,
            person_id=student_id,
            assessed_on=date.fromordinal(assessed),
        )


def build_students(ctx: DemoContext, first_percent: int, last_percent: int) -> None:
    total = ctx.scaled(12_000, minimum=10 * len(ctx.colleges))
    shares = split_by_weight(total, [c.weight for c in ctx.colleges], minimum=5)
    seats = sum(round(22 * 0.35) for _ in ctx.short_course_runs)
    stream = StudentStream(ctx, trainee_share=min(1.0, seats / total))
    done = 0
    for college, count in zip(ctx.colleges, shares, strict=True):
        for number in range(1, count + 1):
            stream.student(college, number)
            done += 1
            if done % STUDENT_BATCH_REPORT == 0:
                percent = first_percent + (last_percent - first_percent) * done // total
                ctx.report(
                    percent,
                    QCoreApplication.translate(
                        "Demo", "Students and placements: {done} of {total}"
                    ).format(done=done, total=total),
                )
        if ctx.writer.rows_since_commit >= COMMIT_EVERY_ROWS:
            ctx.writer.commit()
