"""Placement capacity: the seats an enterprise plans for a college's students (activity 1.3)

One row per enterprise, college, subject, level, fiscal year and placement mode, optionally
linked to the workforce demand it answers. Only a new table: no stored row changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    op.create_table(
        "placement_capacity",
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("college_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("level", _enum("pvc", "pvs", "btech", "short", name="level"), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False, comment="B.E."),
        sa.Column("mode", _enum("internship", "dual", "wbl", name="placementmode"), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("demand_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version_vector", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("modified_by_site", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("pending_send", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint("seats >= 1", name=op.f("ck_placement_capacity_seats_positive")),
        sa.ForeignKeyConstraint(
            ["college_id"], ["college.id"], name=op.f("fk_placement_capacity_college_id_college")
        ),
        sa.ForeignKeyConstraint(
            ["demand_id"],
            ["workforce_demand.id"],
            name=op.f("fk_placement_capacity_demand_id_workforce_demand"),
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_placement_capacity_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["subject.id"], name=op.f("fk_placement_capacity_subject_id_subject")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_capacity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_placement_capacity_uuid")),
    )
    with op.batch_alter_table("placement_capacity", schema=None) as batch_op:
        for column in ("college_id", "demand_id", "enterprise_id", "pending_send", "subject_id"):
            batch_op.create_index(
                batch_op.f(f"ix_placement_capacity_{column}"), [column], unique=False
            )
        batch_op.create_index(
            "ix_placement_capacity_supply",
            ["college_id", "subject_id", "level", "fiscal_year"],
            unique=False,
        )
        batch_op.create_index(
            "ix_placement_capacity_enterprise_year", ["enterprise_id", "fiscal_year"], unique=False
        )


def downgrade() -> None:
    op.drop_table("placement_capacity")
