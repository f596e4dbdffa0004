"""What every report of the catalogue shares: who issues it and its cover."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.network import Center, Subject
from app.services.reports.document import ReportDocument
from app.services.site_identity import local_site
from app.services.thai.fiscal import fiscal_year_range


@dataclass(frozen=True)
class Issuer:
    """The center the reports are issued by (None fields: a database with no center yet)."""

    center_id: int | None
    subject: str | None
    host_college: str | None

    def lines(self) -> list[str]:
        """The cover's lines naming the center and its host college."""
        lines = [
            QCoreApplication.translate(
                "Reports", "Vocational Manpower Production and Development Network Center (CVM)"
            )
        ]
        if self.subject:
            lines.append(
                QCoreApplication.translate("Reports", "Excellent subject: {subject}").format(
                    subject=self.subject
                )
            )
        if self.host_college:
            lines.append(self.host_college)
        return lines


def issuer(session: Session) -> Issuer:
    """The local site's center, else the only center recorded, else an unnamed one."""
    site = local_site(session)
    query = select(Center.id, Subject.name_th, Center.host_college_name).join(
        Subject, Subject.id == Center.subject_id
    )
    row = None
    if site is not None and site.center_uuid:
        row = session.execute(query.where(Center.uuid == site.center_uuid)).first()
    if row is None:
        rows = session.execute(query.where(Center.deleted.is_(False)).limit(2)).all()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        return Issuer(None, None, None)
    return Issuer(row[0], row[1], row[2])


def fiscal_year_subject(document: ReportDocument, fiscal_year: int) -> str:
    """ "Fiscal year B.E. 2569 (1 October 2568 - 30 September 2569)" in the chosen digits."""
    first, last = fiscal_year_range(fiscal_year)
    return QCoreApplication.translate(
        "Reports", "Fiscal year B.E. {year} ({first} - {last})"
    ).format(
        year=document.digits(str(fiscal_year)),
        first=document.date(first),
        last=document.date(last),
    )


def standard_cover(session: Session, document: ReportDocument, fiscal_year: int) -> Issuer:
    """The cover of a fiscal-year report; returns the issuer for the report's own use."""
    who = issuer(session)
    document.cover(who.lines(), subject=fiscal_year_subject(document, fiscal_year))
    return who
