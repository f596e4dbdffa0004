"""covering indexes for fiscal-year counts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_starts_on"))
        batch_op.create_index(
            "ix_placement_starts_cover",
            ["starts_on", "deleted", "mode", "student_id"],
            unique=False,
        )

    with op.batch_alter_table("safety_briefing", schema=None) as batch_op:
        batch_op.create_index(
            "ix_safety_briefing_student_kind",
            ["student_id", "kind", "held_on", "deleted"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("safety_briefing", schema=None) as batch_op:
        batch_op.drop_index("ix_safety_briefing_student_kind")

    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_starts_cover")
        batch_op.create_index(batch_op.f("ix_placement_starts_on"), ["starts_on"], unique=False)
