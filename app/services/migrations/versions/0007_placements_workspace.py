"""Placements workspace: students' sensitive (equity) data and teaching-media contests (6.1)

* ``student``: ``special_needs``, ``equity_scholarship`` and ``sensitive_basis`` (the basis
  recorded for holding them), all optional; exports leave them out unless asked for.
* ``media_contest_entry``: entries of a college (and teacher) in a teaching-media contest of
  work-based learning, with the result.

Only new columns and a new table: no stored row changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_contest_entry",
        sa.Column("college_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.Integer(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=False, comment="B.E."),
        sa.Column("contest", sa.String(length=250), nullable=False),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("result", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version_vector", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("modified_by_site", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("pending_send", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["college_id"], ["college.id"], name=op.f("fk_media_contest_entry_college_id_college")
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teacher.id"], name=op.f("fk_media_contest_entry_teacher_id_teacher")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_contest_entry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_media_contest_entry_uuid")),
    )
    for column in ("college_id", "fiscal_year", "pending_send", "teacher_id"):
        op.create_index(
            f"ix_media_contest_entry_{column}", "media_contest_entry", [column], unique=False
        )
    op.add_column("student", sa.Column("special_needs", sa.Text(), nullable=True))
    op.add_column("student", sa.Column("equity_scholarship", sa.Boolean(), nullable=True))
    op.add_column("student", sa.Column("sensitive_basis", sa.String(length=300), nullable=True))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): no batch copy of a table others refer to.
    for column in ("sensitive_basis", "equity_scholarship", "special_needs"):
        op.drop_column("student", column)
    op.drop_table("media_contest_entry")
