"""This installation's identity: a site uuid, its kind and name, and an Ed25519 key pair.

The private key is written once, with owner-only permissions, to the keys folder of the
app data directory; the database holds only the public key.

:class:`SiteInfo` is read at start-up, before the window shows, so this module imports
cryptography, SQLAlchemy and the ``Site`` model only in the functions that use them.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.enums import SiteKind
from app.services import paths

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy.orm import Session

    from app.models.site import Site


class SiteAlreadyInitialisedError(RuntimeError):
    """The database already has a local site; a second identity is never made."""


@dataclass(frozen=True)
class SiteInfo:
    uuid: str
    kind: SiteKind
    name: str
    key_id: str
    public_key_hex: str
    center_uuid: str | None
    college_uuid: str | None


def key_id_of(public_key_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16]


def private_key_path(site_uuid: str, keys_dir: Path | None = None) -> Path:
    return (keys_dir or paths.keys_dir()) / f"{site_uuid}.pem"


def _write_private_key(key: Ed25519PrivateKey, path: Path) -> None:
    from cryptography.hazmat.primitives import serialization

    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)


def local_site(session: Session) -> Site | None:
    from sqlalchemy import select

    from app.models.site import Site

    return session.scalars(select(Site).where(Site.is_local.is_(True))).one_or_none()


def create_local_site(
    session: Session,
    *,
    kind: SiteKind,
    name: str,
    center_uuid: str | None = None,
    college_uuid: str | None = None,
    keys_dir: Path | None = None,
) -> Site:
    """Make this installation's identity and key pair (first run only)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.models.base import new_uuid
    from app.models.site import Site

    if local_site(session) is not None:
        raise SiteAlreadyInitialisedError("this database already belongs to a site")
    key = Ed25519PrivateKey.generate()
    public_hex = (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )
    site = Site(
        uuid=new_uuid(),
        kind=kind,
        name=name,
        is_local=True,
        center_uuid=center_uuid,
        college_uuid=college_uuid,
        public_key=public_hex,
        key_id=key_id_of(public_hex),
        enrolled_at=datetime.now(),
    )
    _write_private_key(key, private_key_path(site.uuid, keys_dir))
    session.add(site)
    session.flush()
    return site


def load_private_key(site_uuid: str, keys_dir: Path | None = None) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = private_key_path(site_uuid, keys_dir).read_bytes()
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the site key is not an Ed25519 key")
    return key


def site_info(site: Site) -> SiteInfo:
    return SiteInfo(
        uuid=site.uuid,
        kind=site.kind,
        name=site.name,
        key_id=site.key_id,
        public_key_hex=site.public_key,
        center_uuid=site.center_uuid,
        college_uuid=site.college_uuid,
    )
