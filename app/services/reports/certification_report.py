"""The certification report (manual 4.1-4.3, 6.4): the network's certification and test
centers, the results of a fiscal year per center and kind, the people certified in the year
and the targets of area 4 and 6.4.

Results count the live certifications assessed in the fiscal year; the lists of certified
people name each person with the standard, level, center and day (never a national id).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models.certification import Certification, CertificationCenter
from app.models.enums import CertificationCenterStatus, CertificationResult, PersonKind
from app.models.network import College
from app.models.reference import NameTitle
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.certification import year_results
from app.services.kpi.scorecard import TargetResult
from app.services.listing import labels
from app.services.reports.catalogue import ReportOptions, ReportSpec
from app.services.reports.common import standard_cover
from app.services.reports.document import ReportDocument
from app.services.reports.targets import targets_section
from app.services.thai.fiscal import fiscal_year_range


def person_name(title: str | None, first: str, last: str) -> str:
    """ "นายสมชาย ใจดี": a Thai title is written against the first name."""
    return f"{title or ''}{first} {last}".strip()


def rate(passed: int, tested: int) -> float | None:
    """Percent passed (None: nobody tested)."""
    return None if tested <= 0 else 100.0 * passed / tested


# -- centers -------------------------------------------------------------------------------------
def _centers(session: Session, document: ReportDocument) -> None:
    document.heading(
        QCoreApplication.translate(
            "CertificationReport", "1. Certification and test centers of the network"
        ),
    )
    rows = session.execute(
        select(
            CertificationCenter.name,
            CertificationCenter.kind,
            College.name_th,
            CertificationCenter.status,
            CertificationCenter.valid_until,
        )
        .join(College, College.id == CertificationCenter.college_id)
        .where(CertificationCenter.deleted.is_(False))
        .order_by(CertificationCenter.kind, College.name_sort, CertificationCenter.name)
    ).all()
    if not rows:
        document.no_data(
            QCoreApplication.translate(
                "CertificationReport", "No certification or test center has been recorded."
            )
        )
        return
    kinds, statuses = labels.certification_center_kind(), labels.certification_center_status()
    accredited = sum(1 for row in rows if row[3] == CertificationCenterStatus.ACCREDITED)
    document.paragraph(
        QCoreApplication.translate(
            "CertificationReport",
            "The network has {count} certification and test centers recorded, {accredited} of "
            "them accredited or licensed.",
        ).format(count=document.number(len(rows)), accredited=document.number(accredited))
    )
    document.table(
        [
            QCoreApplication.translate("CertificationReport", "No."),
            QCoreApplication.translate("CertificationReport", "Center"),
            QCoreApplication.translate("CertificationReport", "Kind"),
            QCoreApplication.translate("CertificationReport", "College"),
            QCoreApplication.translate("CertificationReport", "Status"),
            QCoreApplication.translate("CertificationReport", "Valid until"),
        ],
        [
            [
                index,
                name,
                kinds.get(kind, str(kind)),
                college,
                statuses.get(status, str(status)),
                document.date(until, "short"),
            ]
            for index, (name, kind, college, status, until) in enumerate(rows, start=1)
        ],
        widths=[0.06, 0.25, 0.2, 0.22, 0.14, 0.13],
        numeric=[0],
    )


# -- results -------------------------------------------------------------------------------------
def _passed() -> Any:
    return func.sum(case((Certification.result == CertificationResult.PASSED, 1), else_=0))


def _results(session: Session, document: ReportDocument, fiscal_year: int) -> bool:
    """Results per center and per kind; False when nothing was assessed in the year."""
    first, last = fiscal_year_range(fiscal_year)
    document.heading(
        QCoreApplication.translate("CertificationReport", "2. Results of the fiscal year")
    )
    per_center = session.execute(
        select(CertificationCenter.name, CertificationCenter.kind, func.count(), _passed())
        .select_from(Certification)
        .outerjoin(
            CertificationCenter, CertificationCenter.id == Certification.certification_center_id
        )
        .where(Certification.deleted.is_(False), Certification.assessed_on.between(first, last))
        .group_by(Certification.certification_center_id)
        .order_by(CertificationCenter.kind, CertificationCenter.name)
    ).all()
    if not per_center:
        document.no_data(
            QCoreApplication.translate(
                "CertificationReport", "No assessment or test was recorded in this fiscal year."
            )
        )
        return False
    kinds = labels.certification_center_kind()
    tested = sum(int(row[2]) for row in per_center)
    passed = sum(int(row[3] or 0) for row in per_center)
    document.paragraph(
        QCoreApplication.translate(
            "CertificationReport",
            "In the fiscal year {tested} assessments and tests were recorded; {passed} of them "
            "passed ({rate}).",
        ).format(
            tested=document.number(tested),
            passed=document.number(passed),
            rate=document.percent(rate(passed, tested)),
        )
    )
    document.heading(QCoreApplication.translate("CertificationReport", "2.1 Results per center"), 2)
    headers = [
        QCoreApplication.translate("CertificationReport", "Center"),
        QCoreApplication.translate("CertificationReport", "Kind"),
        QCoreApplication.translate("CertificationReport", "Tested"),
        QCoreApplication.translate("CertificationReport", "Passed"),
        QCoreApplication.translate("CertificationReport", "Pass rate"),
    ]
    document.table(
        headers,
        [
            [
                name or QCoreApplication.translate("CertificationReport", "Center not recorded"),
                kinds.get(kind, "-") if kind else "-",
                int(count),
                int(passes or 0),
                document.percent(rate(int(passes or 0), int(count))),
            ]
            for name, kind, count, passes in per_center
        ],
        widths=[0.34, 0.26, 0.13, 0.13, 0.14],
        numeric=[2, 3, 4],
        total=[
            QCoreApplication.translate("CertificationReport", "Total"),
            "",
            tested,
            passed,
            document.percent(rate(passed, tested)),
        ],
    )
    document.heading(
        QCoreApplication.translate(
            "CertificationReport", "2.2 Results per kind of center and of person"
        ),
        2,
    )
    people = labels.person_kind()
    results = year_results(session, fiscal_year)
    document.table(
        [
            headers[1],
            QCoreApplication.translate("CertificationReport", "Person"),
            headers[2],
            headers[3],
            headers[4],
        ],
        [
            [
                kinds.get(count.center_kind, "-")
                if count.center_kind
                else QCoreApplication.translate("CertificationReport", "Not recorded"),
                people.get(count.person_kind, str(count.person_kind)),
                count.assessed,
                count.passed,
                document.percent(rate(count.passed, count.assessed)),
            ]
            for count in results.counts
        ],
        widths=[0.34, 0.26, 0.13, 0.13, 0.14],
        numeric=[2, 3, 4],
        total=[
            QCoreApplication.translate("CertificationReport", "Total"),
            "",
            results.assessed,
            results.passed,
            document.percent(rate(results.passed, results.assessed)),
        ],
    )
    share = results.final_year
    document.figures(
        [
            (
                QCoreApplication.translate("CertificationReport", "Teachers certified in the year"),
                document.number(results.teachers_certified),
            ),
            (
                QCoreApplication.translate("CertificationReport", "Final-year students"),
                document.number(share.final_year),
            ),
            (
                QCoreApplication.translate(
                    "CertificationReport", "Final-year students certified in the year"
                ),
                QCoreApplication.translate("CertificationReport", "{count} ({share})").format(
                    count=document.number(share.certified), share=document.percent(share.percent)
                ),
            ),
        ]
    )
    return True


# -- certified people ----------------------------------------------------------------------------
def _people() -> tuple[tuple[PersonKind, str], ...]:
    return (
        (
            PersonKind.TEACHER,
            QCoreApplication.translate("CertificationReport", "3.1 Teachers certified"),
        ),
        (
            PersonKind.STUDENT,
            QCoreApplication.translate("CertificationReport", "3.2 Students certified"),
        ),
        (
            PersonKind.GRADUATE,
            QCoreApplication.translate("CertificationReport", "3.3 Graduates certified"),
        ),
    )


def _certified_query(kind: PersonKind, first: date, last: date) -> Any:
    person: Any = Teacher if kind is PersonKind.TEACHER else Student
    key = Certification.teacher_id if kind is PersonKind.TEACHER else Certification.student_id
    return (
        select(
            NameTitle.th,
            person.first_name,
            person.last_name,
            Certification.standard,
            Certification.level,
            CertificationCenter.name,
            Certification.assessed_on,
        )
        .join(person, person.id == key)
        .outerjoin(NameTitle, NameTitle.code == person.title_code)
        .outerjoin(
            CertificationCenter, CertificationCenter.id == Certification.certification_center_id
        )
        .where(
            Certification.deleted.is_(False),
            Certification.person_kind == kind,
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(first, last),
        )
        .order_by(person.name_sort, person.last_name, Certification.assessed_on, Certification.id)
    )


def _certified(session: Session, document: ReportDocument, first: date, last: date) -> None:
    document.heading(
        QCoreApplication.translate("CertificationReport", "3. People certified in the fiscal year"),
    )
    for kind, heading in _people():
        document.heading(heading, 2)
        rows = session.execute(_certified_query(kind, first, last)).all()
        if not rows:
            document.no_data(
                QCoreApplication.translate(
                    "CertificationReport", "Nobody of this group was certified in this fiscal year."
                )
            )
            continue
        document.table(
            [
                QCoreApplication.translate("CertificationReport", "No."),
                QCoreApplication.translate("CertificationReport", "Name"),
                QCoreApplication.translate(
                    "CertificationReport", "Occupational standard / qualification"
                ),
                QCoreApplication.translate("CertificationReport", "Level"),
                QCoreApplication.translate("CertificationReport", "Center"),
                QCoreApplication.translate("CertificationReport", "Date"),
            ],
            [
                [
                    index,
                    person_name(title, first_name, last_name),
                    standard,
                    level,
                    center or "-",
                    document.date(day, "short"),
                ]
                for index, (title, first_name, last_name, standard, level, center, day) in (
                    enumerate(rows, start=1)
                )
            ],
            widths=[0.06, 0.22, 0.27, 0.06, 0.27, 0.12],
            numeric=[0, 3],
        )


# -- the report ----------------------------------------------------------------------------------
def _is_certification_target(result: TargetResult) -> bool:
    return result.area == "4" or result.target_id.startswith("6.4.")


def build(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    fiscal_year = options.fiscal_year
    first, last = fiscal_year_range(fiscal_year)
    standard_cover(session, document, fiscal_year)
    _centers(session, document)
    if _results(session, document, fiscal_year):
        _certified(session, document, first, last)
    else:
        document.heading(
            QCoreApplication.translate(
                "CertificationReport", "3. People certified in the fiscal year"
            ),
        )
        document.no_data(
            QCoreApplication.translate(
                "CertificationReport", "Nobody was certified in this fiscal year."
            )
        )
    document.heading(
        QCoreApplication.translate("CertificationReport", "4. Targets of area 4 and activity 6.4"),
    )
    targets_section(session, document, fiscal_year, _is_certification_target)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="certification",
        title=lambda: QCoreApplication.translate(
            "CertificationReport", "Occupational certification report"
        ),
        build=build,
        description=lambda: QCoreApplication.translate(
            "CertificationReport",
            "Certification and test centers, results of the year per center and kind, the "
            "people certified and the targets of area 4 and 6.4.",
        ),
    ),
)
