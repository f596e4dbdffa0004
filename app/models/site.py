"""Installations ("sites") that exchange packages, and their public keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import UUID_LENGTH, LocalBase, choice
from app.models.enums import SiteKind


class Site(LocalBase):
    """This installation (``is_local``) and the peers whose keys a person enrolled."""

    __tablename__ = "site"

    uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    kind: Mapped[SiteKind] = choice(SiteKind)
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    center_uuid: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    college_uuid: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    public_key: Mapped[str] = mapped_column(Text, comment="Ed25519 public key, raw bytes as hex")
    key_id: Mapped[str] = mapped_column(String(32))
    hlc_last: Mapped[str | None] = mapped_column(String(32))
    counter: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Of a peer: the highest change number of ours it acknowledged (-1: none yet), and the
    # highest change number of its own that we hold all changes up to.
    acked_seq: Mapped[int] = mapped_column(default=-1, server_default=text("-1"))
    received_seq: Mapped[int] = mapped_column(default=-1, server_default=text("-1"))
