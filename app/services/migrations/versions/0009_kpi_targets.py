"""KPI targets: this center's per-fiscal-year target values and the record of changes

* ``kpi_target_override``: the value of a target of activities.json in one fiscal year
  (one row per target and year; none means the catalogue's value);
* ``kpi_target_change``: every change and every restore of a default, kept.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kpi_target_override",
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_site", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_target_override")),
        sa.UniqueConstraint(
            "target_id", "fiscal_year", name=op.f("uq_kpi_target_override_target_id")
        ),
    )
    op.create_table(
        "kpi_target_change",
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("restored", sa.Boolean(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_site", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_target_change")),
    )
    op.create_index("ix_kpi_target_change_target_id", "kpi_target_change", ["target_id"])


def downgrade() -> None:
    op.drop_table("kpi_target_change")
    op.drop_table("kpi_target_override")
