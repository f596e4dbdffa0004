"""Reports sent to the central office (manual targets 1.2.report and 1.3.report)

* ``report_dispatch``: the center's report of a fiscal year, its kind, the day it was sent
  and the letter number; a synced table owned by the center.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_dispatch",
        sa.Column("center_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "enterprise_summary",
                "matching",
                name="sentreportkind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=True, comment="letter number"),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version_vector", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("modified_by_site", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("pending_send", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("sync_seq", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_report_dispatch_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_dispatch")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_dispatch_uuid")),
    )
    with op.batch_alter_table("report_dispatch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_dispatch_center_id"), ["center_id"])
        batch_op.create_index(batch_op.f("ix_report_dispatch_fiscal_year"), ["fiscal_year"])
        batch_op.create_index(batch_op.f("ix_report_dispatch_pending_send"), ["pending_send"])
        batch_op.create_index(batch_op.f("ix_report_dispatch_sync_seq"), ["sync_seq"])


def downgrade() -> None:
    op.drop_table("report_dispatch")
