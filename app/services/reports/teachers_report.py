"""The teacher development report (manual activities 5.1-5.5).

For one fiscal year: the skill-gap survey and the development plan (5.1), the teacher-training
curricula and the runs held (5.2), the teachers trained by college group, curriculum and
college (5.3), the teachers' internships in enterprises with the final reports that came late
or are overdue (due within 15 days after the internship ends) and the incidents (5.4), the
teachers certified (5.5), and the targets of area 5 with their status.

Counts follow the program's overview: a teacher is trained in the year when a completed
enrolment belongs to a run starting in the year; an internship belongs to the year it ends in.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from app.models.certification import Certification, CertificationCenter
from app.models.enums import CertificationResult, PersonKind
from app.models.network import College, Enterprise
from app.models.reference import NameTitle
from app.models.students import Incident
from app.models.teachers import (
    Enrollment,
    SkillGap,
    Teacher,
    TeacherInternship,
    TrainingCourse,
    TrainingRun,
)
from app.services.development_plan import development_plan
from app.services.internships import late_reports, report_due_on, report_state
from app.services.listing import labels
from app.services.listing.query import ReportState
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.charts import grouped_bar_chart
from app.services.reports.common import standard_cover
from app.services.reports.document import ReportDocument
from app.services.reports.targets import targets_section
from app.services.thai.collation import thai_sort_key
from app.services.thai.fiscal import fiscal_year_range
from app.services.training import teachers_trained


def _title() -> str:
    return QCoreApplication.translate("TeachersReport", "Teacher development report")


def _description() -> str:
    return QCoreApplication.translate(
        "TeachersReport",
        "Activities 5.1-5.5: skill gaps and the development plan, training curricula, teachers "
        "trained, internships in enterprises with late reports, and teachers certified.",
    )


def _live(*models: Any) -> ColumnElement[bool]:
    return and_(*(model.deleted.is_(False) for model in models))


def _name(title: str | None, first: str, last: str) -> str:
    """A person's name the Thai way: the title joined to the first name."""
    return f"{title or ''}{first} {last}".strip()


def _no() -> str:
    return QCoreApplication.translate("TeachersReport", "No.")


def _total() -> str:
    return QCoreApplication.translate("TeachersReport", "Total")


def _teacher_and_college() -> str:
    return QCoreApplication.translate("TeachersReport", "Teacher and college")


def _share(document: ReportDocument, part: int, whole: int) -> str:
    return document.percent(100.0 * part / whole) if whole else "-"


# -- 5.1 skill gaps and the plan ----------------------------------------------------------------
def _skill_gaps(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate(
            "TeachersReport", "5.1 Skill-gap survey and the teacher development plan"
        ),
    )
    plan = development_plan(session, fiscal_year)
    if plan.network_teachers == 0:
        document.no_data(
            QCoreApplication.translate("TeachersReport", "No network teacher has been recorded."),
        )
        return
    if plan.with_gap == 0:
        document.paragraph(
            QCoreApplication.translate(
                "TeachersReport", "The network has {teachers} teachers of the subject."
            ).format(teachers=document.number(plan.network_teachers)),
        )
        document.no_data(
            QCoreApplication.translate(
                "TeachersReport", "No skill gap has been recorded for this year."
            ),
        )
        return
    document.paragraph(
        QCoreApplication.translate(
            "TeachersReport",
            "{with_gap} of the network's {teachers} teachers ({percent}) have their skill gaps "
            "recorded for the year; they need {competencies} competencies.",
        ).format(
            with_gap=document.number(plan.with_gap),
            teachers=document.number(plan.network_teachers),
            percent=_share(document, plan.with_gap, plan.network_teachers),
            competencies=document.number(len(plan.competencies)),
        ),
    )
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.1.1 Competencies to develop"),
        2,
    )
    none = QCoreApplication.translate("TeachersReport", "No curriculum yet")
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "Competency"),
            QCoreApplication.translate("TeachersReport", "Teachers (people)"),
            QCoreApplication.translate("TeachersReport", "Training curricula that cover it"),
            QCoreApplication.translate("TeachersReport", "Enrolled this year (people)"),
        ],
        [
            [
                number,
                need.competency,
                need.teachers,
                "\n".join(course.title for course in need.courses) or none,
                need.enrolled,
            ]
            for number, need in enumerate(plan.competencies, start=1)
        ],
        widths=[0.06, 0.3, 0.12, 0.38, 0.14],
        numeric=[0, 2, 4],
    )
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.1.2 Teachers with a skill gap by college"),
        2,
    )
    teachers: Counter[str] = Counter()
    with_gap: Counter[str] = Counter()
    for teacher in plan.teachers:
        teachers[teacher.college_name] += 1
        if teacher.has_gap:
            with_gap[teacher.college_name] += 1
    colleges = sorted(teachers, key=thai_sort_key)
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "College"),
            QCoreApplication.translate("TeachersReport", "Teachers (people)"),
            QCoreApplication.translate("TeachersReport", "With a skill gap (people)"),
            QCoreApplication.translate("TeachersReport", "Percent"),
        ],
        [
            [
                number,
                college,
                teachers[college],
                with_gap[college],
                _share(document, with_gap[college], teachers[college]),
            ]
            for number, college in enumerate(colleges, start=1)
        ],
        widths=[0.06, 0.46, 0.16, 0.18, 0.14],
        numeric=[0, 2, 3, 4],
        total=[
            "",
            _total(),
            plan.network_teachers,
            plan.with_gap,
            _share(document, plan.with_gap, plan.network_teachers),
        ],
    )


# -- 5.2 curricula ------------------------------------------------------------------------------
def _curricula(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.2 Teacher-training curricula"),
    )
    courses = session.execute(
        select(
            TrainingCourse.title,
            TrainingCourse.competencies,
            TrainingCourse.hours,
            Enterprise.name_th,
            TrainingCourse.is_wbl,
        )
        .outerjoin(Enterprise, Enterprise.id == TrainingCourse.partner_enterprise_id)
        .where(_live(TrainingCourse))
    ).all()
    if not courses:
        document.no_data(
            QCoreApplication.translate(
                "TeachersReport", "No teacher-training curriculum has been recorded."
            ),
        )
    else:
        wbl = sum(1 for row in courses if row[4])
        document.paragraph(
            QCoreApplication.translate(
                "TeachersReport",
                "The center has {count} teacher-training curricula, {wbl} of them on "
                "work-based learning.",
            ).format(count=document.number(len(courses)), wbl=document.number(wbl)),
        )
        yes = QCoreApplication.translate("TeachersReport", "Yes")
        document.table(
            [
                _no(),
                QCoreApplication.translate("TeachersReport", "Curriculum"),
                QCoreApplication.translate("TeachersReport", "Competencies"),
                QCoreApplication.translate("TeachersReport", "Hours"),
                QCoreApplication.translate("TeachersReport", "Partner enterprise"),
                QCoreApplication.translate("TeachersReport", "WBL"),
            ],
            [
                [number, title, competencies or "-", hours, partner or "-", yes if is_wbl else "-"]
                for number, (title, competencies, hours, partner, is_wbl) in enumerate(
                    sorted(courses, key=lambda row: thai_sort_key(row[0])), start=1
                )
            ],
            widths=[0.06, 0.3, 0.24, 0.09, 0.23, 0.08],
            numeric=[0, 3],
        )
    _runs(session, document, fiscal_year)


def _runs(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.2.1 Training runs held in the year"),
        2,
    )
    first, last = fiscal_year_range(fiscal_year)
    enrolled = (
        select(Enrollment.run_id, func.count().label("enrolled"))
        .where(_live(Enrollment))
        .group_by(Enrollment.run_id)
        .subquery()
    )
    rows = session.execute(
        select(
            TrainingCourse.title,
            TrainingRun.starts_on,
            TrainingRun.ends_on,
            TrainingRun.venue,
            TrainingRun.capacity,
            func.coalesce(enrolled.c.enrolled, 0),
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .outerjoin(enrolled, enrolled.c.run_id == TrainingRun.id)
        .where(TrainingRun.starts_on.between(first, last), _live(TrainingRun))
        .order_by(TrainingRun.starts_on, TrainingRun.id)
    ).all()
    if not rows:
        document.no_data(
            QCoreApplication.translate(
                "TeachersReport", "No teacher-training run started in this year."
            ),
        )
        return
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "Curriculum"),
            QCoreApplication.translate("TeachersReport", "Dates"),
            QCoreApplication.translate("TeachersReport", "Venue"),
            QCoreApplication.translate("TeachersReport", "Places"),
            QCoreApplication.translate("TeachersReport", "Enrolled"),
        ],
        [
            [
                number,
                title,
                _period(document, starts, ends),
                venue or "-",
                capacity,
                count,
            ]
            for number, (title, starts, ends, venue, capacity, count) in enumerate(rows, start=1)
        ],
        widths=[0.06, 0.26, 0.24, 0.2, 0.12, 0.12],
        numeric=[0, 4, 5],
        total=["", _total(), "", "", sum(r[4] for r in rows), sum(int(r[5]) for r in rows)],
    )


def _period(document: ReportDocument, starts: date, ends: date) -> str:
    return QCoreApplication.translate("TeachersReport", "{first} - {last}").format(
        first=document.date(starts, "short"), last=document.date(ends, "short")
    )


# -- 5.3 teachers trained -----------------------------------------------------------------------
def _trained(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.3 Teachers trained in the year"),
    )
    counts = teachers_trained(session, fiscal_year)
    if counts.total == 0:
        document.no_data(
            QCoreApplication.translate(
                "TeachersReport",
                "No teacher completed a training run that started in this year.",
            ),
        )
        return
    document.paragraph(
        QCoreApplication.translate(
            "TeachersReport",
            "{count} teachers completed a training run that started in the year (a teacher "
            "who completed several runs counts once).",
        ).format(count=document.number(counts.total)),
    )
    groups = labels.college_group()
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.3.1 By college group"),
        2,
    )
    document.table(
        [
            QCoreApplication.translate("TeachersReport", "College group"),
            QCoreApplication.translate("TeachersReport", "Teachers trained (people)"),
        ],
        [[groups.get(group, group), count] for group, count in counts.by_group],
        widths=[0.7, 0.3],
        numeric=[1],
        total=[_total(), counts.total],
    )
    staff_of_group = {
        group: int(count)
        for group, count in session.execute(
            select(College.group, func.count(Teacher.id))
            .join(College, College.id == Teacher.college_id)
            .where(_live(Teacher, College))
            .group_by(College.group)
        )
    }
    png = grouped_bar_chart(
        [groups.get(group, group) for group, _count in counts.by_group],
        [
            (
                QCoreApplication.translate("TeachersReport", "Teachers"),
                [float(staff_of_group.get(group, 0)) for group, _count in counts.by_group],
            ),
            (
                QCoreApplication.translate("TeachersReport", "Trained in the year"),
                [float(count) for _group, count in counts.by_group],
            ),
        ],
        thai_digits=document.thai_digits,
    )
    document.chart(
        png,
        width_share=0.85,
        caption=QCoreApplication.translate(
            "TeachersReport",
            "Figure 1 Teachers and teachers trained in the year, by college group",
        ),
    )
    first, last = fiscal_year_range(fiscal_year)
    completed = and_(
        TrainingRun.starts_on.between(first, last),
        Enrollment.completed.is_(True),
        _live(Enrollment, TrainingRun),
    )
    by_course = session.execute(
        select(
            TrainingCourse.title,
            func.count(distinct(TrainingRun.id)),
            func.count(distinct(Enrollment.teacher_id)),
        )
        .select_from(Enrollment)
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .where(completed)
        .group_by(TrainingCourse.id, TrainingCourse.title)
    ).all()
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.3.2 By curriculum"),
        2,
    )
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "Curriculum"),
            QCoreApplication.translate("TeachersReport", "Runs"),
            QCoreApplication.translate("TeachersReport", "Teachers trained (people)"),
        ],
        [
            [number, title, runs, people]
            for number, (title, runs, people) in enumerate(
                sorted(by_course, key=lambda row: thai_sort_key(row[0])), start=1
            )
        ],
        widths=[0.06, 0.6, 0.14, 0.2],
        numeric=[0, 2, 3],
    )
    trained = (
        select(Teacher.college_id, func.count(distinct(Enrollment.teacher_id)).label("trained"))
        .select_from(Enrollment)
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .where(completed)
        .group_by(Teacher.college_id)
        .subquery()
    )
    staff = (
        select(Teacher.college_id, func.count().label("teachers"))
        .where(_live(Teacher))
        .group_by(Teacher.college_id)
        .subquery()
    )
    by_college = session.execute(
        select(
            College.name_th,
            College.group,
            func.coalesce(staff.c.teachers, 0),
            func.coalesce(trained.c.trained, 0),
        )
        .outerjoin(staff, staff.c.college_id == College.id)
        .outerjoin(trained, trained.c.college_id == College.id)
        .where(_live(College))
        .order_by(College.name_sort, College.id)
    ).all()
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.3.3 By college"),
        2,
    )
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "College"),
            QCoreApplication.translate("TeachersReport", "College group"),
            QCoreApplication.translate("TeachersReport", "Teachers (people)"),
            QCoreApplication.translate("TeachersReport", "Trained (people)"),
            QCoreApplication.translate("TeachersReport", "Percent"),
        ],
        [
            [
                number,
                name,
                groups.get(group, group),
                int(teachers),
                int(people),
                _share(document, int(people), int(teachers)),
            ]
            for number, (name, group, teachers, people) in enumerate(by_college, start=1)
        ],
        widths=[0.06, 0.34, 0.22, 0.13, 0.13, 0.12],
        numeric=[0, 3, 4, 5],
        total=[
            "",
            _total(),
            "",
            sum(int(row[2]) for row in by_college),
            sum(int(row[3]) for row in by_college),
            _share(
                document,
                sum(int(row[3]) for row in by_college),
                sum(int(row[2]) for row in by_college),
            ),
        ],
    )


# -- 5.4 internships ----------------------------------------------------------------------------
def _internships(session: Session, document: ReportDocument, fiscal_year: int, today: date) -> None:
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.4 Teacher internships in enterprises"),
    )
    first, last = fiscal_year_range(fiscal_year)
    with_incident = (
        select(Incident.internship_id)
        .where(Incident.internship_id.is_not(None), _live(Incident))
        .distinct()
        .subquery()
    )
    rows = session.execute(
        select(
            TeacherInternship.id,
            NameTitle.th,
            Teacher.first_name,
            Teacher.last_name,
            College.name_th,
            Enterprise.name_th,
            TeacherInternship.starts_on,
            TeacherInternship.ends_on,
            TeacherInternship.report_received_on,
            case((with_incident.c.internship_id.is_not(None), 1), else_=0),
        )
        .join(Teacher, Teacher.id == TeacherInternship.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .join(Enterprise, Enterprise.id == TeacherInternship.enterprise_id)
        .outerjoin(NameTitle, NameTitle.code == Teacher.title_code)
        .outerjoin(with_incident, with_incident.c.internship_id == TeacherInternship.id)
        .where(TeacherInternship.ends_on.between(first, last), _live(TeacherInternship))
        .order_by(TeacherInternship.ends_on, College.name_sort, Teacher.name_sort)
    ).all()
    if not rows:
        document.no_data(
            QCoreApplication.translate(
                "TeachersReport", "No teacher internship ended in this year."
            ),
        )
    else:
        states = Counter(report_state(row[7], row[8], today) for row in rows)
        unsafe = sum(int(row[9]) for row in rows)
        document.figures(
            [
                (
                    QCoreApplication.translate(
                        "TeachersReport", "Internships that ended in the year"
                    ),
                    document.number(len(rows)),
                ),
                (
                    QCoreApplication.translate(
                        "TeachersReport", "Final reports received within 15 days"
                    ),
                    document.number(states[ReportState.ON_TIME]),
                ),
                (
                    QCoreApplication.translate("TeachersReport", "Final reports received late"),
                    document.number(states[ReportState.LATE]),
                ),
                (
                    QCoreApplication.translate(
                        "TeachersReport", "Final reports overdue (not received)"
                    ),
                    document.number(states[ReportState.OVERDUE]),
                ),
                (
                    QCoreApplication.translate("TeachersReport", "Final reports not yet due"),
                    document.number(states[ReportState.DUE]),
                ),
                (
                    QCoreApplication.translate("TeachersReport", "Internships without an incident"),
                    QCoreApplication.translate(
                        "TeachersReport", "{count} of {total} ({percent})"
                    ).format(
                        count=document.number(len(rows) - unsafe),
                        total=document.number(len(rows)),
                        percent=_share(document, len(rows) - unsafe, len(rows)),
                    ),
                ),
            ],
        )
        document.heading(
            QCoreApplication.translate(
                "TeachersReport", "5.4.1 Internships that ended in the year"
            ),
            2,
        )
        state_names = labels.report_state()
        document.table(
            [
                _no(),
                _teacher_and_college(),
                QCoreApplication.translate("TeachersReport", "Enterprise"),
                QCoreApplication.translate("TeachersReport", "Period"),
                QCoreApplication.translate("TeachersReport", "Final report"),
            ],
            [
                [
                    number,
                    f"{_name(title, first_name, last_name)}\n{college}",
                    enterprise,
                    _period(document, starts, ends),
                    state_names[report_state(ends, received, today)],
                ]
                for number, (
                    _id,
                    title,
                    first_name,
                    last_name,
                    college,
                    enterprise,
                    starts,
                    ends,
                    received,
                    _incident,
                ) in enumerate(rows, start=1)
            ],
            widths=[0.06, 0.29, 0.23, 0.24, 0.18],
            numeric=[0],
        )
    names = {row[0]: _name(row[1], row[2], row[3]) for row in rows}
    _late(session, document, fiscal_year, today, names)
    _incidents(session, document, fiscal_year)


def _late(
    session: Session,
    document: ReportDocument,
    fiscal_year: int,
    today: date,
    names: dict[int, str],
) -> None:
    document.heading(
        QCoreApplication.translate(
            "TeachersReport", "5.4.2 Final reports received late or overdue"
        ),
        2,
    )
    document.note(
        QCoreApplication.translate(
            "TeachersReport",
            "The final report is due within 15 days after the internship ends. Overdue "
            "reports are counted as of {day}.",
        ).format(day=document.date(today)),
    )
    late = late_reports(session, fiscal_year, today)
    if not late and not names:
        document.paragraph(
            QCoreApplication.translate(
                "TeachersReport", "No final report was due, as no internship ended in this year."
            ),
        )
        return
    if not late:
        document.paragraph(
            QCoreApplication.translate(
                "TeachersReport",
                "Every final report due so far came within 15 days after the internship ended.",
            ),
        )
        return
    not_received = QCoreApplication.translate("TeachersReport", "Not received")
    document.table(
        [
            _no(),
            _teacher_and_college(),
            QCoreApplication.translate("TeachersReport", "Enterprise"),
            QCoreApplication.translate("TeachersReport", "Due on"),
            QCoreApplication.translate("TeachersReport", "Received on"),
            QCoreApplication.translate("TeachersReport", "Days late"),
        ],
        [
            [
                number,
                f"{names.get(report.internship_id, report.teacher)}\n{report.college}",
                report.enterprise,
                document.date(report_due_on(report.ends_on), "short"),
                document.date(report.received_on, "short") if report.received_on else not_received,
                report.days_late,
            ]
            for number, report in enumerate(late, start=1)
        ],
        widths=[0.06, 0.3, 0.24, 0.13, 0.14, 0.13],
        numeric=[0, 5],
    )


def _incidents(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.4.3 Incidents during the internships"),
        2,
    )
    first, last = fiscal_year_range(fiscal_year)
    rows = session.execute(
        select(
            Incident.occurred_on,
            NameTitle.th,
            Teacher.first_name,
            Teacher.last_name,
            Enterprise.name_th,
            Incident.kind,
            Incident.severity,
            Incident.status,
        )
        .join(TeacherInternship, TeacherInternship.id == Incident.internship_id)
        .join(Teacher, Teacher.id == TeacherInternship.teacher_id)
        .join(Enterprise, Enterprise.id == TeacherInternship.enterprise_id)
        .outerjoin(NameTitle, NameTitle.code == Teacher.title_code)
        .where(Incident.occurred_on.between(first, last), _live(Incident))
        .order_by(Incident.occurred_on, Incident.id)
    ).all()
    if not rows:
        document.paragraph(
            QCoreApplication.translate(
                "TeachersReport", "No incident during a teacher internship was recorded."
            ),
        )
        return
    kinds = labels.incident_kind()
    severities = labels.severity()
    statuses = labels.incident_status()
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "Date"),
            QCoreApplication.translate("TeachersReport", "Teacher"),
            QCoreApplication.translate("TeachersReport", "Enterprise"),
            QCoreApplication.translate("TeachersReport", "Kind"),
            QCoreApplication.translate("TeachersReport", "Severity"),
            QCoreApplication.translate("TeachersReport", "Status"),
        ],
        [
            [
                number,
                document.date(day, "short"),
                _name(title, first_name, last_name),
                enterprise,
                kinds.get(kind, kind),
                severities.get(severity, severity),
                statuses.get(status, status),
            ]
            for number, (
                day,
                title,
                first_name,
                last_name,
                enterprise,
                kind,
                severity,
                status,
            ) in enumerate(rows, start=1)
        ],
        widths=[0.06, 0.12, 0.2, 0.2, 0.16, 0.12, 0.14],
        numeric=[0],
    )


# -- 5.5 certification --------------------------------------------------------------------------
def _certified(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(
        QCoreApplication.translate(
            "TeachersReport", "5.5 Occupational-standard certification of teachers"
        ),
    )
    first, last = fiscal_year_range(fiscal_year)
    of_year = and_(
        Certification.person_kind == PersonKind.TEACHER,
        Certification.assessed_on.between(first, last),
        _live(Certification),
    )
    passed = Certification.result == CertificationResult.PASSED
    assessed, certified = session.execute(
        select(
            func.count(distinct(Certification.teacher_id)),
            func.count(distinct(case((passed, Certification.teacher_id)))),
        ).where(of_year)
    ).one()
    if not assessed:
        document.no_data(
            QCoreApplication.translate(
                "TeachersReport", "No teacher was assessed against an occupational standard."
            ),
        )
        return
    document.paragraph(
        QCoreApplication.translate(
            "TeachersReport",
            "{assessed} teachers were assessed against an occupational standard in the year; "
            "{certified} of them were certified.",
        ).format(assessed=document.number(assessed), certified=document.number(certified)),
    )
    kinds = labels.certification_center_kind()
    by_standard = session.execute(
        select(
            Certification.standard,
            Certification.level,
            CertificationCenter.kind,
            func.count(distinct(Certification.teacher_id)),
        )
        .outerjoin(
            CertificationCenter,
            CertificationCenter.id == Certification.certification_center_id,
        )
        .where(of_year, passed)
        .group_by(Certification.standard, Certification.level, CertificationCenter.kind)
    ).all()
    if not by_standard:
        return
    unknown = QCoreApplication.translate("TeachersReport", "Not stated")
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.5.1 Teachers certified by standard"),
        2,
    )
    document.table(
        [
            _no(),
            QCoreApplication.translate("TeachersReport", "Occupational standard"),
            QCoreApplication.translate("TeachersReport", "Level"),
            QCoreApplication.translate("TeachersReport", "Certified by"),
            QCoreApplication.translate("TeachersReport", "Teachers (people)"),
        ],
        [
            [
                number,
                standard,
                "-" if level is None else str(level),
                kinds.get(kind, kind) if kind else unknown,
                people,
            ]
            for number, (standard, level, kind, people) in enumerate(
                sorted(by_standard, key=lambda row: (thai_sort_key(row[0]), row[1] or 0)),
                start=1,
            )
        ],
        widths=[0.06, 0.4, 0.08, 0.3, 0.16],
        numeric=[0, 4],
    )
    people = session.execute(
        select(
            NameTitle.th,
            Teacher.first_name,
            Teacher.last_name,
            College.name_th,
            Certification.standard,
            Certification.level,
            Certification.assessed_on,
        )
        .join(Teacher, Teacher.id == Certification.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .outerjoin(NameTitle, NameTitle.code == Teacher.title_code)
        .where(of_year, passed)
        .order_by(College.name_sort, Teacher.name_sort, Certification.assessed_on)
    ).all()
    document.heading(
        QCoreApplication.translate("TeachersReport", "5.5.2 Teachers certified in the year"),
        2,
    )
    document.table(
        [
            _no(),
            _teacher_and_college(),
            QCoreApplication.translate("TeachersReport", "Occupational standard"),
            QCoreApplication.translate("TeachersReport", "Level"),
            QCoreApplication.translate("TeachersReport", "Assessed on"),
        ],
        [
            [
                number,
                f"{_name(title, first_name, last_name)}\n{college}",
                standard,
                "-" if level is None else str(level),
                document.date(day, "short"),
            ]
            for number, (title, first_name, last_name, college, standard, level, day) in (
                enumerate(people, start=1)
            )
        ],
        widths=[0.06, 0.34, 0.36, 0.08, 0.16],
        numeric=[0],
    )


# -- the report ---------------------------------------------------------------------------------
def _summary(session: Session, document: ReportDocument, fiscal_year: int) -> None:
    document.heading(QCoreApplication.translate("TeachersReport", "Summary"))
    first, last = fiscal_year_range(fiscal_year)
    teachers = int(
        session.scalar(select(func.count()).select_from(Teacher).where(_live(Teacher))) or 0
    )
    with_gap = int(
        session.scalar(
            select(func.count(distinct(SkillGap.teacher_id))).where(
                SkillGap.fiscal_year == fiscal_year, _live(SkillGap)
            )
        )
        or 0
    )
    courses = int(
        session.scalar(
            select(func.count()).select_from(TrainingCourse).where(_live(TrainingCourse))
        )
        or 0
    )
    runs = int(
        session.scalar(
            select(func.count())
            .select_from(TrainingRun)
            .where(TrainingRun.starts_on.between(first, last), _live(TrainingRun))
        )
        or 0
    )
    internships = int(
        session.scalar(
            select(func.count())
            .select_from(TeacherInternship)
            .where(TeacherInternship.ends_on.between(first, last), _live(TeacherInternship))
        )
        or 0
    )
    certified = int(
        session.scalar(
            select(func.count(distinct(Certification.teacher_id))).where(
                Certification.person_kind == PersonKind.TEACHER,
                Certification.result == CertificationResult.PASSED,
                Certification.assessed_on.between(first, last),
                _live(Certification),
            )
        )
        or 0
    )
    document.figures(
        [
            (
                QCoreApplication.translate("TeachersReport", "Teachers of the network (people)"),
                document.number(teachers),
            ),
            (
                QCoreApplication.translate(
                    "TeachersReport", "Teachers with a skill gap recorded for the year (people)"
                ),
                document.number(with_gap),
            ),
            (
                QCoreApplication.translate(
                    "TeachersReport", "Teacher-training curricula (curricula)"
                ),
                document.number(courses),
            ),
            (
                QCoreApplication.translate(
                    "TeachersReport", "Training runs that started in the year (runs)"
                ),
                document.number(runs),
            ),
            (
                QCoreApplication.translate(
                    "TeachersReport", "Teachers trained in the year (people)"
                ),
                document.number(teachers_trained(session, fiscal_year).total),
            ),
            (
                QCoreApplication.translate(
                    "TeachersReport", "Teacher internships that ended in the year"
                ),
                document.number(internships),
            ),
            (
                QCoreApplication.translate(
                    "TeachersReport", "Teachers certified in the year (people)"
                ),
                document.number(certified),
            ),
        ],
    )


def build_teachers_report(
    session: Session, options: ReportOptions, document: ReportDocument
) -> None:
    """Fill ``document`` with the teacher development report of ``options.fiscal_year``."""
    year = options.fiscal_year
    today = date.today()
    standard_cover(session, document, year)
    _summary(session, document, year)
    _skill_gaps(session, document, year)
    _curricula(session, document, year)
    _trained(session, document, year)
    _internships(session, document, year, today)
    _certified(session, document, year)
    document.heading(
        QCoreApplication.translate("TeachersReport", "Targets of activities 5.1 to 5.5"),
    )
    targets_section(session, document, year, ("5.1", "5.2", "5.3", "5.4", "5.5"), day=today)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="teachers",
        title=_title,
        build=build_teachers_report,
        needs=frozenset({Need.FISCAL_YEAR}),
        description=_description,
    ),
)
