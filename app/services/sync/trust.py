"""Which peers this site trusts: public key files, fingerprints, enrolment and revocation.

A peer's key is enrolled once, by a person who compared its fingerprint with the one the
peer read out over the phone. A key is never replaced: a site uuid keeps the key it was
enrolled with, and a revoked site stays revoked (the site makes a new installation, with a
new uuid and key, instead). Only sensible pairings are accepted: a college station trusts
its own center; a center trusts the college stations of its network and the central
office; the central office trusts centers.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import SiteKind
from app.models.network import Center
from app.models.site import Site
from app.services.site_identity import key_id_of, local_site
from app.services.sync.stations import link_station
from app.services.thai.collation import thai_sort_key
from app.services.validation import FieldError

KEY_FILE_FORMAT = "cvm-site-key"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".cvmkey"
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_NAME_LENGTH = 200
_KEY_FIELDS = frozenset(
    {
        "format",
        "version",
        "site_uuid",
        "kind",
        "name",
        "center_uuid",
        "college_uuid",
        "public_key",
        "key_id",
    }
)
_KIND_ORDER = {SiteKind.CENTRAL: 0, SiteKind.CENTER: 1, SiteKind.COLLEGE: 2}


class TrustError(FieldError):
    """A refusal whose message can be rendered again in another language (the CLI prints
    it in Thai and in English)."""

    def __init__(self, field: str, render: Callable[[], str]) -> None:
        super().__init__(field, render())
        self.render = render

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        return (FieldError, (self.field, self.message))


def fingerprint(public_key_hex: str) -> str:
    """What two people read to each other to check a key: "3FA2 91BC …" (8 groups of 4)."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:32].upper()
    return " ".join(digest[start : start + 4] for start in range(0, 32, 4))


@dataclass(frozen=True)
class PeerKey:
    """The contents of a checked public key file."""

    site_uuid: str
    kind: SiteKind
    name: str
    center_uuid: str | None
    college_uuid: str | None
    public_key: str
    key_id: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class PeerInfo:
    """An enrolled peer as the screens and the CLI list it."""

    uuid: str
    kind: SiteKind
    name: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    center_uuid: str | None
    college_uuid: str | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


# -- key files --------------------------------------------------------------------------------
def _not_a_key_file() -> TrustError:
    return TrustError(
        "key_file",
        lambda: QCoreApplication.translate(
            "SiteTrust",
            "This file is not a site key file of CVM Director (.cvmkey). Ask the other site "
            "to export its public key and send you that file.",
        ),
    )


def _damaged() -> TrustError:
    return TrustError(
        "key_file",
        lambda: QCoreApplication.translate(
            "SiteTrust",
            "The key file is damaged or was changed after it was exported. Ask the other site "
            "to export its public key again and send you the new file.",
        ),
    )


def _newer_version() -> TrustError:
    return TrustError(
        "key_file",
        lambda: QCoreApplication.translate(
            "SiteTrust",
            "The key file was made by a newer version of CVM Director. Update the program on "
            "this computer, then enrol the key again.",
        ),
    )


def _no_site() -> TrustError:
    return TrustError(
        "site",
        lambda: QCoreApplication.translate(
            "SiteTrust",
            "This database is not set up as a site yet, so it has no key to exchange. "
            "Set up this installation first.",
        ),
    )


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid_module.UUID(value)) == value
    except ValueError:
        return False


def _is_public_key(value: object) -> bool:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(value, str) or len(value) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(value))
    except ValueError:
        return False
    return value == value.lower()


def _kind_matches_network(kind: SiteKind, center: object, college: object) -> bool:
    """A center names its center; a college station its center and college; central none."""
    if kind is SiteKind.CENTRAL:
        return center is None and college is None
    if kind is SiteKind.CENTER:
        return _is_uuid(center) and college is None
    return _is_uuid(center) and _is_uuid(college)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except OSError:
        raise TrustError(
            "key_file",
            lambda: QCoreApplication.translate(
                "SiteTrust",
                "The key file could not be read. Check that the file is there and that you "
                "may open it.",
            ),
        ) from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise _not_a_key_file()
    return data


def _parse(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _not_a_key_file() from None
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise _not_a_key_file()
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise _damaged()
    if version > KEY_FILE_VERSION:
        raise _newer_version()
    if set(document) != _KEY_FIELDS:
        raise _damaged()
    return document


def read_key_file(path: Path) -> PeerKey:
    """Read and check a peer's public key file; every refusal is a ``TrustError``."""
    document = _parse(_read_bytes(Path(path)))
    kind_value, name = document["kind"], document["name"]
    if kind_value not in {kind.value for kind in SiteKind}:
        raise _damaged()
    kind = SiteKind(kind_value)
    center, college = document["center_uuid"], document["college_uuid"]
    public_key, key_id = document["public_key"], document["key_id"]
    if (
        not _is_uuid(document["site_uuid"])
        or not isinstance(name, str)
        or not name.strip()
        or len(name) > MAX_NAME_LENGTH
        or not _kind_matches_network(kind, center, college)
        or not _is_public_key(public_key)
        or key_id != key_id_of(public_key)
    ):
        raise _damaged()
    return PeerKey(
        site_uuid=document["site_uuid"],
        kind=kind,
        name=name.strip(),
        center_uuid=center,
        college_uuid=college,
        public_key=public_key,
        key_id=key_id,
    )


def own_key(session: Session) -> PeerKey:
    """This site's public key, as a key file carries it."""
    site = local_site(session)
    if site is None:
        raise _no_site()
    return PeerKey(
        site_uuid=site.uuid,
        kind=site.kind,
        name=site.name,
        center_uuid=site.center_uuid,
        college_uuid=site.college_uuid,
        public_key=site.public_key,
        key_id=site.key_id,
    )


def write_key_file(session: Session, path: Path) -> PeerKey:
    """Write this site's public key file to ``path`` (replacing a file of that name)."""
    key = own_key(session)
    document = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "site_uuid": key.site_uuid,
        "kind": key.kind.value,
        "name": key.name,
        "center_uuid": key.center_uuid,
        "college_uuid": key.college_uuid,
        "public_key": key.public_key,
        "key_id": key.key_id,
    }
    path = Path(path)
    partial = path.with_name(f"{path.name}.part")
    try:
        partial.write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise TrustError(
            "key_file",
            lambda: QCoreApplication.translate(
                "SiteTrust",
                "The key file could not be written. Choose a folder where you may save files "
                "and try again.",
            ),
        ) from None
    return key


# -- enrolment ---------------------------------------------------------------------------------
def _refuse(render: Callable[[], str]) -> TrustError:
    return TrustError("key_file", render)


def _check_pairing(session: Session, local: Site, key: PeerKey) -> None:
    if local.kind is SiteKind.COLLEGE:
        if key.kind is not SiteKind.CENTER:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "A college station exchanges packages with its own CVM center only. "
                    "Enrol the key of the center of this network.",
                )
            )
        if key.center_uuid != local.center_uuid:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "This key belongs to the office of another CVM center. A college station "
                    "enrols the key of its own center only.",
                )
            )
    elif local.kind is SiteKind.CENTER:
        if key.kind is SiteKind.CENTER:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "Centers do not exchange packages with each other. Enrol the key of a "
                    "college station of this network or of the central office.",
                )
            )
        if key.kind is SiteKind.COLLEGE and key.center_uuid != local.center_uuid:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "This college station belongs to the network of another CVM center. "
                    "Enrol only the college stations of this center's network.",
                )
            )
    else:
        if key.kind is not SiteKind.CENTER:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "The central office enrols the keys of CVM centers only; college "
                    "stations send their data through their center.",
                )
            )
        known = session.scalar(select(Center.id).where(Center.uuid == key.center_uuid))
        if known is None:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "This key names a center that is not in the list of CVM centers. Ask the "
                    "center to export its public key again.",
                )
            )


def _check_known(session: Session, local: Site, key: PeerKey) -> None:
    if key.site_uuid == local.uuid or key.public_key == local.public_key:
        raise _refuse(
            lambda: QCoreApplication.translate(
                "SiteTrust",
                "This is the key of this site itself. Enrol the key of the other site: ask it "
                "to export its public key and send you the file.",
            )
        )
    enrolled = session.scalars(select(Site).where(Site.uuid == key.site_uuid)).one_or_none()
    if enrolled is not None:
        if enrolled.revoked_at is not None:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust",
                    "The key of this site was revoked, and a revoked site stays revoked. "
                    "Ask the site to set up a new installation, which makes a new identity "
                    "and key, and enrol that key.",
                )
            )
        if enrolled.public_key == key.public_key:
            raise _refuse(
                lambda: QCoreApplication.translate(
                    "SiteTrust", "This key is already trusted; nothing was changed."
                )
            )
        raise _refuse(
            lambda: QCoreApplication.translate(
                "SiteTrust",
                "A different key is already enrolled for this site, and a key is never "
                "replaced. Call the site to find out why its key changed. If its key was lost "
                "or stolen, revoke it here and ask the site to set up a new installation, "
                "then enrol the new key.",
            )
        )
    other = session.scalar(select(Site.id).where(Site.public_key == key.public_key))
    if other is not None:
        raise _refuse(
            lambda: QCoreApplication.translate(
                "SiteTrust",
                "This key is already enrolled for another site. The file may have been copied "
                "or changed: ask the other site to export its public key again.",
            )
        )


def _chosen_name(key: PeerKey, name: str | None) -> str:
    chosen = key.name if name is None else " ".join(name.split())
    if not chosen:
        raise TrustError(
            "name",
            lambda: QCoreApplication.translate("SiteTrust", "Enter a name for the site."),
        )
    if len(chosen) > MAX_NAME_LENGTH:
        raise TrustError(
            "name",
            lambda: QCoreApplication.translate(
                "SiteTrust", "The site name is too long: at most {count} characters."
            ).format(count=MAX_NAME_LENGTH),
        )
    return chosen


def check_trust(session: Session, key: PeerKey, name: str | None = None) -> str:
    """Refuse what :func:`trust_key` would refuse, writing nothing; return the name to use."""
    local = local_site(session)
    if local is None:
        raise _no_site()
    _check_known(session, local, key)
    _check_pairing(session, local, key)
    return _chosen_name(key, name)


def trust_key(session: Session, key: PeerKey, name: str | None = None) -> Site:
    """Enrol a peer's key (``name`` defaults to the one in the key file)."""
    chosen = check_trust(session, key, name)
    site = Site(
        uuid=key.site_uuid,
        kind=key.kind,
        name=chosen,
        is_local=False,
        center_uuid=key.center_uuid,
        college_uuid=key.college_uuid,
        public_key=key.public_key,
        key_id=key.key_id,
        enrolled_at=datetime.now(),
    )
    session.add(site)
    session.flush()
    link_station(session, site, key.name)
    return site


def revoke(session: Session, site_uuid: str) -> Site:
    """Revoke a peer's key: packages it signed are refused from now on."""
    site = session.scalars(select(Site).where(Site.uuid == site_uuid)).one_or_none()
    if site is None:
        raise TrustError(
            "site",
            lambda: QCoreApplication.translate(
                "SiteTrust",
                "No enrolled site has this identifier. Check it against the list of enrolled "
                "sites.",
            ),
        )
    if site.is_local:
        raise TrustError(
            "site",
            lambda: QCoreApplication.translate(
                "SiteTrust", "The key of this site itself cannot be revoked."
            ),
        )
    if site.revoked_at is not None:
        raise TrustError(
            "site",
            lambda: QCoreApplication.translate(
                "SiteTrust", "The key of this site is already revoked; nothing was changed."
            ),
        )
    site.revoked_at = datetime.now()
    session.flush()
    return site


# -- reading ------------------------------------------------------------------------------------
def peer_info(site: Site) -> PeerInfo:
    return PeerInfo(
        uuid=site.uuid,
        kind=site.kind,
        name=site.name,
        fingerprint=fingerprint(site.public_key),
        enrolled_at=site.enrolled_at,
        revoked_at=site.revoked_at,
        center_uuid=site.center_uuid,
        college_uuid=site.college_uuid,
    )


def peers(session: Session) -> list[PeerInfo]:
    """Every enrolled peer (revoked ones too), by kind, then by name in Thai order."""
    rows = session.scalars(select(Site).where(Site.is_local.is_(False))).all()
    found = [peer_info(site) for site in rows]
    return sorted(found, key=lambda peer: (_KIND_ORDER[peer.kind], thai_sort_key(peer.name)))


def trusted_key(session: Session, site_uuid: str) -> str | None:
    """The public key (hex) of an enrolled, not revoked peer; None for anyone else."""
    return session.scalar(
        select(Site.public_key).where(
            Site.uuid == site_uuid, Site.is_local.is_(False), Site.revoked_at.is_(None)
        )
    )
