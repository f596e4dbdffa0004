"""Alembic environment: always run with a connection handed over by the store."""

from __future__ import annotations

from alembic import context

from app.models import load_all
from app.models.base import Base
from app.services.migrations import include_name

load_all()  # every table on Base.metadata (autogenerate compares against it)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through app.services.store, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,  # the FTS5 search tables are not in the metadata
)
with context.begin_transaction():
    context.run_migrations()
