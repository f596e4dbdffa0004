"""The first-run choice: what this installation is (center, college station, central office).

Each choice creates the site identity and key pair; a center also gets its host college
as the first college of its network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import CollegeGroupCode, Ownership, SiteKind
from app.models.network import Center, College
from app.models.site import Site
from app.services.reference_data import center_by_line, cvm_centers
from app.services.site_identity import create_local_site
from app.services.store import Store
from app.services.validation import FieldError

# Site names are data that travel in packages, so they are stored in Thai whatever the
# language of the screen; the views show them translated where needed.
CENTER_SITE_NAME = "ศูนย์ CVM {subject}"
CENTRAL_SITE_NAME = "สำนักงานคณะกรรมการการอาชีวศึกษา (ส่วนกลาง)"


@dataclass(frozen=True)
class CenterChoice:
    line: int
    subject_th: str
    host_college_th: str
    announced_fy: int


def center_choices() -> list[CenterChoice]:
    return [
        CenterChoice(e.line, e.subject_th, e.host_college_th, e.announced_fy) for e in cvm_centers()
    ]


def _center(session: Session, line: int) -> Center:
    try:
        entry = center_by_line(line)
    except LookupError as error:
        raise FieldError(
            "center",
            QCoreApplication.translate(
                "SiteSetup", "Center number {line} is not in the list of 1 to {count} centers."
            ).format(line=line, count=len(cvm_centers())),
        ) from error
    return session.scalars(select(Center).where(Center.uuid == entry.uuid)).one()


def _finish(store: Store) -> None:
    store.reload_site()


def init_center_site(store: Store, line: int, *, keys_dir: Path | None = None) -> Site:
    """Make this installation the office of CVM center ``line`` (1-101)."""
    with store.session() as session, session.begin():
        center = _center(session, line)
        entry = center_by_line(line)
        name = CENTER_SITE_NAME.format(subject=entry.subject_th)
        site = create_local_site(
            session, kind=SiteKind.CENTER, name=name, center_uuid=center.uuid, keys_dir=keys_dir
        )
        site_uuid = site.uuid
    _finish(store)
    with store.session() as session, session.begin():
        center = _center(session, line)
        host = College(
            name_th=entry.host_college_th,
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.CVM,
            center_id=center.id,
        )
        session.add(host)
    with store.session() as session:
        return session.scalars(select(Site).where(Site.uuid == site_uuid)).one()


def init_college_site(
    store: Store, line: int, college_name: str, *, keys_dir: Path | None = None
) -> Site:
    """Make this installation the station of one network college of center ``line``."""
    college_name = college_name.strip()
    if not college_name:
        raise FieldError(
            "college",
            QCoreApplication.translate("SiteSetup", "Enter the name of the college."),
        )
    with store.session() as session, session.begin():
        center = _center(session, line)
        center_uuid, center_id = center.uuid, center.id
        existing = session.scalars(
            select(College).where(College.name_th == college_name, College.deleted.is_(False))
        ).first()
    # The site must exist before a synced row can be written.
    with store.session() as session, session.begin():
        site = create_local_site(
            session,
            kind=SiteKind.COLLEGE,
            name=college_name,
            center_uuid=center_uuid,
            keys_dir=keys_dir,
        )
        site_uuid = site.uuid
    _finish(store)
    with store.session() as session, session.begin():
        college = existing or College(
            name_th=college_name,
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=center_id,
        )
        session.add(college)
        session.flush()
        local = session.scalars(select(Site).where(Site.uuid == site_uuid)).one()
        local.college_uuid = college.uuid
    with store.session() as session:
        return session.scalars(select(Site).where(Site.uuid == site_uuid)).one()


def init_central_site(store: Store, *, keys_dir: Path | None = None) -> Site:
    """Make this installation the central office (OVEC), which consolidates all centers."""
    with store.session() as session, session.begin():
        site = create_local_site(
            session, kind=SiteKind.CENTRAL, name=CENTRAL_SITE_NAME, keys_dir=keys_dir
        )
        site_uuid = site.uuid
    _finish(store)
    with store.session() as session:
        return session.scalars(select(Site).where(Site.uuid == site_uuid)).one()
