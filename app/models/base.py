"""Declarative bases: synced rows carry the change-tracking columns of the sync design.

Every synced row has a ``uuid`` made where it is created, a version vector
``{site_uuid: counter}``, a hybrid-logical-clock stamp (sortable text), the site that
modified it last, a tombstone flag and a local "not yet sent" flag. The columns are
filled in one place only: the ``before_flush`` hook in ``app.services.sync_stamp``.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Enum, ForeignKey, Integer, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36
HLC_LENGTH = 32


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, int]: JSON}


class LocalBase(Base):
    """Rows that never leave this machine (reference lists, site keys)."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncedBase(Base):
    """Rows that travel between sites in packages, identified by uuid only."""

    __abstract__ = True
    # Synced tables in the order a package must write them (parents first).
    sync_order: ClassVar[int] = 100

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(
        String(UUID_LENGTH), unique=True, nullable=False, default=new_uuid
    )
    version_vector: Mapped[dict[str, int]] = mapped_column(
        JSON, nullable=False, default=dict, server_default=text("'{}'")
    )
    hlc: Mapped[str] = mapped_column(String(HLC_LENGTH), nullable=False)
    modified_by_site: Mapped[str] = mapped_column(String(UUID_LENGTH), nullable=False)
    deleted: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=text("0")
    )
    pending_send: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=text("1"), index=True
    )
    # This site's change number of the row's last change here (local or applied from a
    # package): a package carries the rows changed since what its recipient acknowledged.
    sync_seq: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default=text("0"), index=True
    )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.id} uuid={self.uuid}>"


def ref(target: str, *, nullable: bool = False, ondelete: str | None = None) -> Mapped[Any]:
    """An indexed foreign key to ``target`` ("table.column")."""
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


def choice(enum_class: type[Any], *, nullable: bool = False, **kwargs: Any) -> Mapped[Any]:
    """A short text column limited to the values of a StrEnum (CHECK constraint, portable)."""
    return mapped_column(
        Enum(
            enum_class,
            native_enum=False,
            create_constraint=True,
            length=24,
            values_callable=lambda e: [m.value for m in e],
            name=enum_class.__name__.lower(),
            validate_strings=True,
        ),
        nullable=nullable,
        **kwargs,
    )
