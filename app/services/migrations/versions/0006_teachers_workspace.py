"""Teachers workspace: assessment rounds, internship visits, curriculum approval steps,
short-course approver, teacher and student sort keys and search indexes

* ``assessment_round``: a test round of a certification center; ``certification.round_id``
  links a result to its round (optional: results recorded before rounds existed keep none).
* ``internship_visit``: supervision visits to a teacher in an enterprise (5.4).
* ``curriculum``: the dates of each approval step of a revision (approved_on was there).
* ``short_course.approved_by``: the college director who approved the course.
* ``teacher`` and ``student``: a Thai sort key of the first name (``name_sort``) and an FTS5
  trigram index over the names, as for colleges and enterprises (see 0004 and
  ``app.services.migrations.search_index``).
* indexes for the training and certification lists in their usual order.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from app.services.migrations.search_index import (
    add_sort_key,
    create_search_index,
    drop_search_index,
    drop_sort_key,
)

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# table -> (sort key column, text column it is made from, length of the key column)
SORT_KEYS: dict[str, tuple[str, str, int]] = {
    "teacher": ("name_sort", "first_name", 401),
    "student": ("name_sort", "first_name", 401),
}
CURRICULUM_STEPS = (
    "revision_started_on",
    "enterprise_review_on",
    "board_approved_on",
    "submitted_on",
)
# table -> the columns its "<table>_fts" search index holds
SEARCHED: dict[str, tuple[str, ...]] = {
    "teacher": ("first_name", "last_name"),
    "student": ("first_name", "last_name", "student_code"),
}


def _sync_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version_vector", sa.JSON(), server_default=sa.text("'{}'"), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("modified_by_site", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("pending_send", sa.Boolean(), server_default=sa.text("1"), nullable=False),
    ]


def _index(table: str, *columns: str, name: str | None = None) -> None:
    op.create_index(name or f"ix_{table}_{columns[0]}", table, list(columns), unique=False)


def upgrade() -> None:
    op.create_table(
        "assessment_round",
        sa.Column("certification_center_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("standard", sa.String(length=250), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("seats", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["certification_center_id"],
            ["certification_center.id"],
            name=op.f("fk_assessment_round_certification_center_id_certification_center"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_round")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_round_uuid")),
    )
    for column in ("certification_center_id", "held_on", "pending_send"):
        _index("assessment_round", column)

    op.create_table(
        "internship_visit",
        sa.Column("internship_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("visited_on", sa.Date(), nullable=True),
        sa.Column("visitor_name", sa.String(length=200), nullable=True),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        *_sync_columns(),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5",
            name=op.f("ck_internship_visit_rating_range"),
        ),
        sa.ForeignKeyConstraint(
            ["internship_id"],
            ["teacher_internship.id"],
            name=op.f("fk_internship_visit_internship_id_teacher_internship"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_internship_visit")),
        sa.UniqueConstraint("uuid", name=op.f("uq_internship_visit_uuid")),
    )
    for column in ("internship_id", "pending_send"):
        _index("internship_visit", column)

    # A foreign key on an existing SQLite table needs the batch copy; no table refers to
    # ``certification``, so the copy drops nothing.
    with op.batch_alter_table("certification") as batch_op:
        batch_op.add_column(sa.Column("round_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_certification_round_id_assessment_round"),
            "assessment_round",
            ["round_id"],
            ["id"],
        )
    _index("certification", "round_id")
    _index("certification", "deleted", "assessed_on", name="ix_certification_deleted_assessed_on")

    for column in CURRICULUM_STEPS:
        op.add_column("curriculum", sa.Column(column, sa.Date(), nullable=True))
    op.add_column(
        "short_course",
        sa.Column(
            "approved_by", sa.String(length=200), nullable=True, comment="the college director"
        ),
    )
    _index("enrollment", "deleted", "run_id", name="ix_enrollment_deleted_run")
    _index("enrollment", "run_id", "teacher_id", name="ix_enrollment_run_teacher")

    for table, (column, source, length) in SORT_KEYS.items():
        add_sort_key(table, column, source, length)
    for table, columns in SEARCHED.items():
        create_search_index(table, columns)


def downgrade() -> None:
    for table in SEARCHED:
        drop_search_index(table)
    for table, (column, _source, _length) in SORT_KEYS.items():
        drop_sort_key(table, column)
    op.drop_index("ix_enrollment_run_teacher", table_name="enrollment")
    op.drop_index("ix_enrollment_deleted_run", table_name="enrollment")
    op.drop_column("short_course", "approved_by")
    for column in reversed(CURRICULUM_STEPS):
        op.drop_column("curriculum", column)
    op.drop_index("ix_certification_deleted_assessed_on", table_name="certification")
    op.drop_index("ix_certification_round_id", table_name="certification")
    with op.batch_alter_table("certification") as batch_op:
        batch_op.drop_constraint("fk_certification_round_id_assessment_round", type_="foreignkey")
        batch_op.drop_column("round_id")
    op.drop_table("internship_visit")
    op.drop_table("assessment_round")
