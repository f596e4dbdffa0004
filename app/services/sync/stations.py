"""A college station and the center's record of the same college.

A station makes its own record of its college when it is set up; the center may have
recorded that college long before. When the center enrols the station's key, the center's
record takes the station's identity (uuid), so the station's first package updates the
college the center knows instead of adding a second one with the same name. Differences
between the two versions then show up as one conflict to review.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models.enums import SiteKind
from app.models.network import Center, College
from app.models.site import Site
from app.services.thai.collation import thai_sort_text
from app.services.validation import FieldError


def link_station(session: Session, peer: Site, college_name: str | None = None) -> bool:
    """Give the network college named ``college_name`` (by default the peer's name: a
    station is named after its college) the station's uuid.

    Returns whether a record was linked. Nothing happens when the station's college is
    already known here, when no college of this center's network has that name, or when the
    peer is not a college station.
    """
    if peer.kind is not SiteKind.COLLEGE or not peer.college_uuid or not peer.center_uuid:
        return False
    known = session.scalars(select(College.id).where(College.uuid == peer.college_uuid)).first()
    if known is not None:
        return False
    wanted = thai_sort_text(" ".join((college_name or peer.name).split()))
    candidates = session.execute(
        select(College.id, College.name_th)
        .join(Center, Center.id == College.center_id)
        .where(Center.uuid == peer.center_uuid, College.deleted.is_(False))
    ).all()
    matches = [
        row_id for row_id, name in candidates if thai_sort_text(" ".join(name.split())) == wanted
    ]
    if len(matches) != 1:
        return False
    # A plain UPDATE: the record itself does not change, only the name it travels under.
    session.execute(update(College).where(College.id == matches[0]).values(uuid=peer.college_uuid))
    return True


def check_station_scope(session: Session, row: Any) -> None:
    """On a college station, refuse a change to a record that is not this college's own
    or shared (the center would refuse the whole package that carried it)."""
    from app.services.site_identity import local_site
    from app.services.sync.owners import Owners
    from app.services.sync.tables import COLLEGE, sync_table
    from app.services.sync.wire import read_by_uuid

    local = local_site(session)
    if local is None or local.kind is not SiteKind.COLLEGE:
        return
    session.flush()
    connection = session.connection()
    table = sync_table(row.__tablename__)
    found = [wire for _id, _seq, wire in read_by_uuid(connection, table, [row.uuid])]
    if not found:
        return
    owners = Owners(connection)
    owners.prefetch(table.name, found)
    owner = owners.remember(table.name, found[0])
    if owner is None or owner == (COLLEGE, local.college_uuid):
        return
    raise FieldError(
        "college",
        QCoreApplication.translate(
            "Stations",
            "This installation is the station of one college: it records that college's own "
            "data only. Records of the center or of other colleges are kept at the center.",
        ),
    )
