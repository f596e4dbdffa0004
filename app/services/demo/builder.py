"""build_demo: a whole, deterministic demo network for center line 11 (mechatronics)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.network import Center, College, Subject
from app.models.reference import Province
from app.services.demo import curriculum, governance, network, quality, students, teachers, wbl
from app.services.demo.context import DemoContext, Progress, Window
from app.services.demo.writer import BatchWriter
from app.services.site_setup import init_center_site
from app.services.store import Store

DEMO_CENTER_LINE = 11
HOST_DETAILS = {
    "name_en": "Sattahip Technical College",
    "code": "2021000001",
    "address": "ถนนสุขุมวิท ตำบลสัตหีบ อำเภอสัตหีบ จังหวัดชลบุรี",
    "phone": "+6638000111",
}


class DemoError(RuntimeError):
    """The demo network cannot be built into this database."""


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]  # table name -> rows written


def _no_progress(_percent: int, _message: str) -> None:
    return None


def _complete_host(session: Session, host_id: int) -> College:
    """The host college made by the site set-up gets its province and contact details.

    This is an ordinary edit through the unit of work, so the sync hook stamps it.
    """
    host = session.get_one(College, host_id)
    host.province_code = network.HOST_PROVINCE
    host.teaches_btech = True
    host.offers_nonformal = True
    for name, value in HOST_DETAILS.items():
        setattr(host, name, value)
    session.flush()
    return host


def _context(
    session: Session,
    store: Store,
    rng: random.Random,
    window: Window,
    scale: float,
    report: Progress,
) -> DemoContext:
    assert store.site_clock is not None
    center = session.scalars(select(Center).where(Center.seq == DEMO_CENTER_LINE)).one()
    subject = session.get_one(Subject, center.subject_id)
    host_id = session.scalars(
        select(College.id).where(College.center_id == center.id).order_by(College.id)
    ).first()
    if host_id is None:
        raise DemoError("the site set-up did not create the host college")
    host = _complete_host(session, host_id)
    ctx = DemoContext(
        rng=rng,
        writer=BatchWriter(session, store.site_clock, rng),
        window=window,
        scale=scale,
        center_id=center.id,
        subject_id=subject.id,
        subject_th=subject.name_th,
        host_college_id=host_id,
        report=report,
    )
    ctx.province_names = {p.code: p.name_th for p in session.scalars(select(Province))}
    ctx.colleges.append(network.host_college_info(ctx, host.name_th))
    return ctx


def build_demo(
    store: Store,
    *,
    seed: int = 2569,
    scale: float = 1.0,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Make ``store`` (empty, no site yet) the office of center 11 and fill its network.

    The same seed, scale and today give the same content. ``scale`` multiplies the
    people and events; about 28 gives a million placements. Rows are streamed in
    batches through one stamping path, and committed every few hundred thousand rows.
    """
    if store.has_site:
        raise DemoError(
            QCoreApplication.translate(
                "Demo",
                "This database already belongs to a site. "
                "A demo network can only be built into a new, empty database.",
            )
        )
    if not scale > 0:
        raise ValueError("scale must be positive")
    report = progress or _no_progress
    window = Window.ending(today or date.today())
    rng = random.Random(seed)
    report(0, QCoreApplication.translate("Demo", "Setting up the center site"))
    init_center_site(store, DEMO_CENTER_LINE)
    with store.session() as session:
        ctx = _context(session, store, rng, window, scale, report)
        _fill(ctx)
        ctx.writer.commit()
        counts = dict(sorted(ctx.writer.counts.items()))
    report(100, QCoreApplication.translate("Demo", "The demo network is ready"))
    return DemoSummary(counts)


def _fill(ctx: DemoContext) -> None:
    report = ctx.report
    report(2, QCoreApplication.translate("Demo", "Colleges and enterprises"))
    network.build_colleges(ctx)
    network.build_enterprises(ctx)
    network.build_demand(ctx)
    network.build_supply(ctx)
    network.build_agreements(ctx)
    report(6, QCoreApplication.translate("Demo", "Committees, meetings and plans"))
    governance.build_committees(ctx)
    governance.build_meetings(ctx)
    governance.build_plans(ctx)
    report(8, QCoreApplication.translate("Demo", "Curricula, short courses and test centers"))
    curriculum.build_curricula(ctx)
    curriculum.build_certification_centers(ctx)
    curriculum.build_short_courses(ctx)
    quality.build_knowledge_bank(ctx)
    quality.build_self_assessments(ctx)
    quality.build_recommendations(ctx)
    report(10, QCoreApplication.translate("Demo", "Teachers, training and internships"))
    teachers.build_teachers(ctx)
    teachers.build_skill_gaps(ctx)
    teachers.build_training(ctx)
    teachers.build_internships(ctx)
    teachers.build_teacher_certifications(ctx)
    ctx.writer.commit()
    report(15, QCoreApplication.translate("Demo", "Students and placements"))
    students.build_students(ctx, 15, 97)
    curriculum.build_short_course_trainees(ctx)
    # Last: their rows draw from the random stream after every other step, so the rest
    # stays as it was.
    wbl.build_media_contests(ctx)
    governance.build_report_dispatches(ctx)
