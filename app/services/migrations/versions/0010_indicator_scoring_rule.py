"""Self-assessment indicators: the scoring rule of each (how a college earns each score)

* ``indicator.scoring_rule``: free text, empty for the indicators stored before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default): no copy of the table.
    op.add_column("indicator", sa.Column("scoring_rule", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("indicator", "scoring_rule")
