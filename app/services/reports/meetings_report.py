"""The meetings report (manual activity 1.1) for one fiscal year.

The meetings held in the year by kind (executive committee, network college directors,
enterprises, advisory committee) with their date, title and attendance, the targets of
activity 1.1 with goal, value and status, and the center's committees with their members
(names, organisations and roles as recorded; never an id or a phone number).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import cm
from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.models import Committee, CommitteeMember, Meeting
from app.models.enums import MeetingKind, MemberRole
from app.models.reference import NameTitle
from app.services.listing import labels
from app.services.reports.catalogue import Need, ReportOptions, ReportSpec
from app.services.reports.common import standard_cover
from app.services.reports.document import Cell, ReportDocument
from app.services.reports.targets import targets_section
from app.services.thai.fiscal import fiscal_year_range

ACTIVITY = "1.1"
COMMITTEE_ROOM = 7 * cm
"""Room a committee needs to start on a page: its facts and the head of its member list."""


def _kind_headings() -> dict[MeetingKind, str]:
    return {
        MeetingKind.EXECUTIVE: QCoreApplication.translate(
            "MeetingsReport", "Meetings of the center's executive committee"
        ),
        MeetingKind.DIRECTORS: QCoreApplication.translate(
            "MeetingsReport", "Meetings of the network college directors"
        ),
        MeetingKind.ENTERPRISES: QCoreApplication.translate(
            "MeetingsReport", "Meetings with enterprises"
        ),
        MeetingKind.ADVISORY: QCoreApplication.translate(
            "MeetingsReport", "Meetings of the advisory committee"
        ),
    }


def build(session: Session, options: ReportOptions, document: ReportDocument) -> None:
    fy = options.fiscal_year
    first, last = fiscal_year_range(fy)
    standard_cover(session, document, fy)
    meetings = session.execute(
        select(
            Meeting.kind, Meeting.held_on, Meeting.title, Meeting.attendees, Meeting.minutes_path
        )
        .where(Meeting.held_on.between(first, last), Meeting.deleted.is_(False))
        .order_by(Meeting.held_on, Meeting.id)
    ).all()
    by_kind: dict[str, list[list[Cell]]] = {}
    for kind, held_on, title, attendees, minutes in meetings:
        rows = by_kind.setdefault(str(kind), [])
        rows.append(
            [
                len(rows) + 1,
                document.date(held_on),
                title,
                attendees,
                QCoreApplication.translate("MeetingsReport", "Filed") if minutes else "-",
            ]
        )
    headings = _kind_headings()

    summary = QCoreApplication.translate("MeetingsReport", "Summary of the meetings")
    document.heading(f"1. {summary}")
    if meetings:
        document.paragraph(
            QCoreApplication.translate(
                "MeetingsReport", "In fiscal year B.E. {year} the center held {count} meetings."
            ).format(year=document.digits(str(fy)), count=document.number(len(meetings)))
        )
        document.figures(
            [
                (
                    headings[kind],
                    QCoreApplication.translate("MeetingsReport", "{count} times").format(
                        count=document.number(len(by_kind.get(kind, [])))
                    ),
                )
                for kind in MeetingKind
            ]
        )
    else:
        document.no_data(
            QCoreApplication.translate(
                "MeetingsReport", "No meeting was recorded in fiscal year B.E. {year}."
            ).format(year=document.digits(str(fy)))
        )

    targets = QCoreApplication.translate(
        "MeetingsReport", "Results against the targets of activity 1.1"
    )
    document.heading(f"2. {targets}")
    targets_section(session, document, fy, (ACTIVITY,))

    held = QCoreApplication.translate("MeetingsReport", "Meetings held in the fiscal year")
    document.heading(f"3. {held}")
    for number, kind in enumerate(MeetingKind, start=1):
        document.heading(f"3.{number} {headings[kind]}", 2)
        kind_rows = by_kind.get(kind, [])
        if not kind_rows:
            document.no_data(
                QCoreApplication.translate(
                    "MeetingsReport", "No meeting of this kind was recorded in the fiscal year."
                )
            )
            continue
        document.table(
            [
                QCoreApplication.translate("MeetingsReport", "No."),
                QCoreApplication.translate("MeetingsReport", "Date"),
                QCoreApplication.translate("MeetingsReport", "Meeting"),
                QCoreApplication.translate("MeetingsReport", "Attendees"),
                QCoreApplication.translate("MeetingsReport", "Minutes"),
            ],
            kind_rows,
            widths=[0.07, 0.2, 0.44, 0.14, 0.15],
            numeric=[0, 3],
        )

    committees = QCoreApplication.translate("MeetingsReport", "Committees of the center")
    document.heading(f"4. {committees}")
    _committees(session, document)


def _committees(session: Session, document: ReportDocument) -> None:
    committees = session.execute(
        select(Committee.id, Committee.kind, Committee.name, Committee.appointed_on)
        .where(Committee.deleted.is_(False))
        .order_by(Committee.kind, Committee.name_sort, Committee.id)
    ).all()
    if not committees:
        document.no_data(
            QCoreApplication.translate(
                "MeetingsReport", "No committee of the center has been recorded."
            )
        )
        return
    role_order = case(
        *((CommitteeMember.role == role, index) for index, role in enumerate(MemberRole)),
        else_=len(MemberRole),
    )
    members: dict[int, list[tuple[str, str | None, str]]] = {}
    for committee_id, title, full_name, organisation, role in session.execute(
        select(
            CommitteeMember.committee_id,
            NameTitle.th,
            CommitteeMember.full_name,
            CommitteeMember.organisation,
            CommitteeMember.role,
        )
        .outerjoin(NameTitle, NameTitle.code == CommitteeMember.title_code)
        .where(
            CommitteeMember.deleted.is_(False),
            CommitteeMember.committee_id.in_([row[0] for row in committees]),
        )
        .order_by(CommitteeMember.committee_id, role_order, CommitteeMember.full_name_sort)
    ):
        members.setdefault(int(committee_id), []).append(
            (f"{title or ''}{full_name}", organisation, str(role))
        )
    kinds = labels.committee_kind()
    roles = labels.member_role()
    for committee_id, kind, name, appointed_on in committees:
        document.heading(name, 2, room=COMMITTEE_ROOM)
        facts = [(QCoreApplication.translate("MeetingsReport", "Committee"), kinds.get(kind, kind))]
        if appointed_on is not None:
            facts.append(
                (
                    QCoreApplication.translate("MeetingsReport", "Appointed on"),
                    document.date(appointed_on),
                )
            )
        listed = members.get(committee_id, [])
        facts.append(
            (QCoreApplication.translate("MeetingsReport", "Members"), document.number(len(listed)))
        )
        document.figures(facts)
        if listed:
            document.table(
                [
                    QCoreApplication.translate("MeetingsReport", "No."),
                    QCoreApplication.translate("MeetingsReport", "Name"),
                    QCoreApplication.translate("MeetingsReport", "Organisation"),
                    QCoreApplication.translate("MeetingsReport", "Role in the committee"),
                ],
                [
                    [index, person, organisation or "-", roles.get(role, role)]
                    for index, (person, organisation, role) in enumerate(listed, start=1)
                ],
                widths=[0.07, 0.33, 0.38, 0.22],
                numeric=[0],
            )


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        name="meetings",
        title=lambda: QCoreApplication.translate(
            "MeetingsReport", "Report on the meetings of the center"
        ),
        build=build,
        needs=frozenset({Need.FISCAL_YEAR}),
        description=lambda: QCoreApplication.translate(
            "MeetingsReport",
            "Activity 1.1: the meetings of the fiscal year by kind, the targets of the "
            "activity and the center's committees.",
        ),
    ),
)
