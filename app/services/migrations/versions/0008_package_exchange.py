"""Package exchange between sites: change numbers, packages, conflicts, central counts

* every synced table: ``sync_seq``, this site's change number of the row's last change
  (0 for rows stored before: they travel in a site's first package to a peer);
* ``site``: ``acked_seq`` and ``received_seq`` of each peer;
* ``sync_package``: the packages made and applied; ``sync_conflict``: the versions that
  lost a conflict, kept for review; ``central_count``: counts-only packages of centers;
* the local site's ``counter`` is the last change number given.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "agreement",
    "assessment_round",
    "center",
    "certification",
    "certification_center",
    "college",
    "committee",
    "committee_member",
    "competency_unit",
    "curriculum",
    "curriculum_unit",
    "daily_log",
    "enrollment",
    "enterprise",
    "incident",
    "indicator",
    "indicator_score",
    "internship_visit",
    "knowledge_bank_component",
    "media_contest_entry",
    "meeting",
    "placement",
    "placement_capacity",
    "plan",
    "plan_activity",
    "policy_recommendation",
    "project",
    "safety_briefing",
    "self_assessment",
    "short_course",
    "short_course_run",
    "short_course_trainee",
    "skill_gap",
    "student",
    "subject",
    "supervision_visit",
    "supply_plan",
    "teacher",
    "teacher_internship",
    "training_course",
    "training_run",
    "workforce_demand",
)


def upgrade() -> None:
    for table in SYNCED_TABLES:
        # A plain ADD COLUMN: a constant default needs no copy of the table.
        op.add_column(
            table, sa.Column("sync_seq", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        op.create_index(f"ix_{table}_sync_seq", table, ["sync_seq"])
    op.add_column(
        "site", sa.Column("acked_seq", sa.Integer(), server_default=sa.text("-1"), nullable=False)
    )
    op.add_column(
        "site",
        sa.Column("received_seq", sa.Integer(), server_default=sa.text("-1"), nullable=False),
    )
    op.create_table(
        "sync_package",
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("peer_uuid", sa.String(length=36), nullable=False),
        sa.Column("profile", sa.String(length=16), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=False),
        sa.Column("through_seq", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_package")),
        sa.UniqueConstraint("package_uuid", name=op.f("uq_sync_package_package_uuid")),
    )
    op.create_index("ix_sync_package_peer_uuid", "sync_package", ["peer_uuid"])
    op.create_table(
        "sync_conflict",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("kept", sa.JSON(), nullable=False, comment="the version applied (wire form)"),
        sa.Column("lost", sa.JSON(), nullable=False, comment="the version kept for review"),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_row_uuid", "sync_conflict", ["row_uuid"])
    op.create_table(
        "central_count",
        sa.Column("center_uuid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("college_uuid", sa.String(length=36), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_count")),
        sa.UniqueConstraint(
            "center_uuid",
            "table_name",
            "college_uuid",
            name=op.f("uq_central_count_center_uuid"),
        ),
    )
    op.create_index("ix_central_count_center_uuid", "central_count", ["center_uuid"])


def downgrade() -> None:
    op.drop_table("central_count")
    op.drop_table("sync_conflict")
    op.drop_table("sync_package")
    # SQLite drops a column in place (3.35+): no copy of the table, no foreign key broken.
    op.drop_column("site", "received_seq")
    op.drop_column("site", "acked_seq")
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_sync_seq", table)
        op.drop_column(table, "sync_seq")
