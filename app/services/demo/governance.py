"""The center's committees, meetings, and its five-year and annual plans."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.models.enums import (
    CommitteeKind,
    MeetingKind,
    MemberRole,
    PlanKind,
    SentReportKind,
    WorkStatus,
)
from app.models.governance import Committee, CommitteeMember, Meeting, ReportDispatch
from app.models.planning import Plan, PlanActivity, Project
from app.services.demo import names, texts
from app.services.demo.context import DemoContext
from app.services.reference_data import activities

FIVE_YEAR_FIRST = 2566
FIVE_YEAR_SPAN = 5
# Days after the start of a fiscal year on which each kind of meeting is usually held.
MEETING_DAYS: dict[MeetingKind, tuple[int, ...]] = {
    MeetingKind.EXECUTIVE: (45, 190, 320),
    MeetingKind.DIRECTORS: (35, 170, 300),
    MeetingKind.ENTERPRISES: (80, 250),
    MeetingKind.ADVISORY: (150,),
}
MEETING_TITLES: dict[MeetingKind, str] = {
    MeetingKind.EXECUTIVE: "การประชุมคณะกรรมการบริหารศูนย์ฯ ครั้งที่ {n}/{fy}",
    MeetingKind.DIRECTORS: "การประชุมผู้บริหารสถานศึกษาเครือข่าย ครั้งที่ {n}/{fy}",
    MeetingKind.ENTERPRISES: "การประชุมสถานประกอบการกลุ่มอาชีพ ครั้งที่ {n}/{fy}",
    MeetingKind.ADVISORY: "การประชุมคณะกรรมการที่ปรึกษาศูนย์ฯ ครั้งที่ {n}/{fy}",
}
MALE_TITLES = ("mr", "mr", "mr", "dr", "acting_sub_lt")
FEMALE_TITLES = ("mrs", "miss", "mrs", "dr")


def _person(ctx: DemoContext) -> tuple[str, str]:
    """A member's (title code, full name)."""
    male, first, last = names.person(ctx.rng, male_share=0.65)
    return ctx.pick(MALE_TITLES if male else FEMALE_TITLES), f"{first} {last}"


def _member(
    ctx: DemoContext,
    committee_id: int,
    role: MemberRole,
    organisation: str,
    person: tuple[str, str] | None = None,
) -> None:
    title_code, full_name = person or _person(ctx)
    ctx.writer.add(
        CommitteeMember,
        {
            "committee_id": committee_id,
            "title_code": title_code,
            "full_name": full_name,
            "organisation": organisation,
            "role": role.value,
        },
    )


def build_committees(ctx: DemoContext) -> None:
    host = ctx.colleges[0].name_th
    host_director = _person(ctx)
    appointed = ctx.window.first_day + timedelta(days=ctx.rng.randint(5, 25))
    for kind, name in (
        (CommitteeKind.ADVISORY, "คณะกรรมการที่ปรึกษาศูนย์บริหารเครือข่ายฯ"),
        (CommitteeKind.EXECUTIVE, "คณะกรรมการบริหารศูนย์บริหารเครือข่ายฯ"),
    ):
        committee_id = ctx.writer.add(
            Committee,
            {
                "center_id": ctx.center_id,
                "kind": kind.value,
                "name": f"{name} {ctx.subject_th}",
                "appointed_on": appointed,
            },
        )
        enterprises = ctx.enterprise_names
        # An enterprise chairs the executive committee; the host director is its secretary.
        _member(ctx, committee_id, MemberRole.CHAIR, ctx.pick(enterprises))
        _member(ctx, committee_id, MemberRole.VICE_CHAIR, "สำนักงานคณะกรรมการการอาชีวศึกษา")
        size = 11 if kind is CommitteeKind.EXECUTIVE else 7
        for number in range(size - 3):
            organisation = ctx.pick(ctx.colleges).name_th if number % 2 else ctx.pick(enterprises)
            _member(ctx, committee_id, MemberRole.MEMBER, organisation)
        _member(ctx, committee_id, MemberRole.SECRETARY, host, host_director)


def _meeting_day(ctx: DemoContext, fy: int, offset: int, first_of_kind: bool) -> date:
    start, end = ctx.window.fy_range(fy)
    day = start + timedelta(days=offset + ctx.rng.randint(-10, 10))
    elapsed = (ctx.today - start).days
    # Early in the current year, hold the first meeting of a kind before today anyway.
    if first_of_kind and day > ctx.today and elapsed > 14:
        day = start + timedelta(days=ctx.rng.randint(7, max(7, elapsed - 3)))
    return min(day, end)


def build_meetings(ctx: DemoContext) -> None:
    attendees = {
        MeetingKind.EXECUTIVE: (8, 13),
        MeetingKind.DIRECTORS: (max(3, len(ctx.colleges) // 2), len(ctx.colleges)),
        MeetingKind.ENTERPRISES: (15, max(16, len(ctx.enterprise_names) // 4)),
        MeetingKind.ADVISORY: (5, 7),
    }
    for fy in ctx.window.fiscal_years:
        for kind, offsets in MEETING_DAYS.items():
            for number, offset in enumerate(offsets, start=1):
                held = _meeting_day(ctx, fy, offset, number == 1)
                done = held <= ctx.today
                low, high = attendees[kind]
                ctx.writer.add(
                    Meeting,
                    {
                        "center_id": ctx.center_id,
                        "kind": kind.value,
                        "held_on": held,
                        "title": MEETING_TITLES[kind].format(n=number, fy=fy),
                        "attendees": ctx.rng.randint(low, high) if done else None,
                        "minutes_path": f"minutes/{fy}/{kind.value}-{number}.pdf" if done else None,
                    },
                )


SENT_DAYS: dict[SentReportKind, int] = {
    SentReportKind.ENTERPRISE_SUMMARY: 200,
    SentReportKind.MATCHING: 260,
}
"""Days after the start of a fiscal year on which each report usually goes to the central office."""


def build_report_dispatches(ctx: DemoContext) -> None:
    """The 1.2 and 1.3 reports of every past year; the last year's matching report is late."""
    ended = [fy for fy in ctx.window.fiscal_years if ctx.window.fy_range(fy)[1] < ctx.today]
    for fy in ended:
        start, _end = ctx.window.fy_range(fy)
        for kind, offset in SENT_DAYS.items():
            if fy == ended[-1] and kind is SentReportKind.MATCHING:
                continue
            ctx.writer.add(
                ReportDispatch,
                {
                    "center_id": ctx.center_id,
                    "kind": kind.value,
                    "fiscal_year": fy,
                    # no draw from the demo's random stream: the rest of the demo stays as it was
                    "sent_on": start + timedelta(days=offset),
                    "reference": f"ศธ 0601/{fy % 100}{offset}",
                },
            )


def _status(ctx: DemoContext, starts: date, ends: date) -> WorkStatus:
    if starts > ctx.today:
        return WorkStatus.PLANNED
    if ends >= ctx.today:
        return WorkStatus.IN_PROGRESS
    return WorkStatus.CANCELLED if ctx.chance(0.04) else WorkStatus.DONE


def _activity_titles() -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    for area in activities()["areas"]:
        for activity in area["activities"]:
            result.append((activity["code"], activity.get("th") or activity["en"]))
    return result


def _five_year_plans(ctx: DemoContext) -> list[tuple[int, int]]:
    """Five-year periods (2566-2570, 2571-2575 ...) that overlap the window."""
    first_fy, last_fy = ctx.window.fiscal_years[0], ctx.window.fiscal_years[-1]
    periods = []
    start = FIVE_YEAR_FIRST + ((first_fy - FIVE_YEAR_FIRST) // FIVE_YEAR_SPAN) * FIVE_YEAR_SPAN
    while start <= last_fy:
        periods.append((start, start + FIVE_YEAR_SPAN - 1))
        start += FIVE_YEAR_SPAN
    return periods


def build_plans(ctx: DemoContext) -> None:
    titles = _activity_titles()
    host = ctx.host_college_id
    long_projects: dict[int, dict[str, int]] = {}
    for first_fy, last_fy in _five_year_plans(ctx):
        start = ctx.window.fy_range(first_fy)[0]
        approved = start - timedelta(days=ctx.rng.randint(20, 60))
        plan_id = ctx.writer.add(
            Plan,
            {
                "center_id": ctx.center_id,
                "kind": PlanKind.FIVE_YEAR.value,
                "title": (
                    "แผนพัฒนาศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา "
                    f"{ctx.subject_th} ระยะ 5 ปี (พ.ศ. {first_fy} - {last_fy})"
                ),
                "first_fy": first_fy,
                "last_fy": last_fy,
                "approved_on": approved if approved <= ctx.today else None,
                "sent_on": approved + timedelta(days=10) if approved <= ctx.today else None,
            },
        )
        end = ctx.window.fy_range(last_fy)[1]
        projects: dict[str, int] = {}
        for code, title in titles:
            projects[code] = ctx.writer.add(
                Project,
                {
                    "plan_id": plan_id,
                    "five_year_project_id": None,
                    "activity_code": code,
                    "title": f"โครงการ{title}"[:250],
                    "target": "สถานศึกษาเครือข่ายทุกแห่งเข้าร่วม",
                    "output": ctx.pick(texts.PROJECT_OUTPUTS),
                    "budget": Decimal(ctx.rng.randint(5, 40) * 50_000),
                    "responsible_college_id": host,
                    "starts_on": start,
                    "ends_on": end,
                    "status": _status(ctx, start, end).value,
                },
            )
        for fy in range(first_fy, last_fy + 1):
            long_projects[fy] = projects
    for fy in ctx.window.fiscal_years:
        _annual_plan(ctx, fy, titles, long_projects.get(fy, {}))


def _annual_plan(
    ctx: DemoContext, fy: int, titles: list[tuple[str, str]], long_projects: dict[str, int]
) -> None:
    first, last = ctx.window.fy_range(fy)
    approved = first + timedelta(days=ctx.rng.randint(5, 25))
    plan_id = ctx.writer.add(
        Plan,
        {
            "center_id": ctx.center_id,
            "kind": PlanKind.ANNUAL.value,
            "title": f"แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fy} {ctx.subject_th}",
            "first_fy": fy,
            "last_fy": fy,
            "approved_on": approved if approved <= ctx.today else None,
            "sent_on": approved + timedelta(days=7)
            if approved + timedelta(7) <= ctx.today
            else None,
        },
    )
    for code, title in titles:
        starts = ctx.day_between(first, first + timedelta(days=200))
        ends = min(last, starts + timedelta(days=ctx.rng.randint(30, 150)))
        status = _status(ctx, starts, ends)
        project_id = ctx.writer.add(
            Project,
            {
                "plan_id": plan_id,
                "five_year_project_id": long_projects.get(code),
                "activity_code": code,
                "title": f"โครงการ{title} ประจำปี {fy}"[:250],
                "target": "ร้อยละ 80 ของสถานศึกษาเครือข่าย",
                "output": ctx.pick(texts.PROJECT_OUTPUTS),
                "budget": Decimal(ctx.rng.randint(2, 40) * 10_000),
                "responsible_college_id": ctx.pick(ctx.colleges).id,
                "starts_on": starts,
                "ends_on": ends,
                "status": status.value,
            },
        )
        steps = texts.ACTIVITY_STEPS[: ctx.rng.randint(2, 4)]
        span = max(1, (ends - starts).days)
        for number, step in enumerate(steps, start=1):
            due = starts + timedelta(days=span * number // len(steps))
            _plan_activity(ctx, project_id, step, due, status)


def _plan_activity(
    ctx: DemoContext, project_id: int, title: str, due: date, project_status: WorkStatus
) -> None:
    if project_status is WorkStatus.CANCELLED:
        status, done = WorkStatus.CANCELLED, None
    elif due <= ctx.today and ctx.chance(0.9):
        status = WorkStatus.DONE
        done = min(ctx.today, due + timedelta(days=ctx.rng.randint(-10, 7)))
    elif due <= ctx.today + timedelta(days=30) and project_status is not WorkStatus.PLANNED:
        status, done = WorkStatus.IN_PROGRESS, None
    else:
        status, done = WorkStatus.PLANNED, None
    ctx.writer.add(
        PlanActivity,
        {
            "project_id": project_id,
            "title": title,
            "due_on": due,
            "done_on": done,
            "status": status.value,
            "evidence": "รายงานผลและภาพกิจกรรม" if done else None,
        },
    )
