"""reference data: provinces, name titles, levels, modes, college groups, the 101 centers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.services import reference_data as ref
from app.services.hlc import ZERO_STAMP

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _table(name: str, *columns: str) -> sa.TableClause:
    return sa.table(name, *(sa.column(column) for column in columns))


def _stamped(values: dict[str, object]) -> dict[str, object]:
    return {
        **values,
        "version_vector": "{}",
        "hlc": ZERO_STAMP,
        "modified_by_site": ref.REFERENCE_SITE,
        "deleted": False,
        "pending_send": False,
    }


def upgrade() -> None:
    op.bulk_insert(
        _table("province", "code", "name_th", "name_en", "region"),
        [
            {key: row[key] for key in ("code", "name_th", "name_en", "region")}
            for row in ref.read_csv("provinces.csv")
        ],
    )
    op.bulk_insert(
        _table("name_title", "code", "th", "en", "kind"),
        [
            {key: row[key] for key in ("code", "th", "en", "kind")}
            for row in ref.read_csv("name_titles.csv")
        ],
    )
    for name, rows in (
        ("study_level", ref.LEVELS),
        ("study_mode", ref.STUDY_MODES),
        ("college_group", ref.COLLEGE_GROUPS),
    ):
        op.bulk_insert(
            _table(name, "code", "th", "en", "sort_order"),
            [dict(zip(("code", "th", "en", "sort_order"), row, strict=True)) for row in rows],
        )
    sync_columns = ("uuid", "version_vector", "hlc", "modified_by_site", "deleted", "pending_send")
    subject_table = _table("subject", "id", "name_th", *sync_columns)
    center_table = _table(
        "center", "seq", "established_fy", "subject_id", "host_college_name", *sync_columns
    )
    centers = ref.cvm_centers()
    op.bulk_insert(
        subject_table,
        [
            _stamped({"id": entry.line, "name_th": entry.subject_th, "uuid": entry.subject_uuid})
            for entry in centers
        ],
    )
    op.bulk_insert(
        center_table,
        [
            _stamped(
                {
                    "seq": entry.line,
                    "established_fy": entry.announced_fy,
                    "subject_id": entry.line,
                    "host_college_name": entry.host_college_th,
                    "uuid": entry.uuid,
                }
            )
            for entry in centers
        ],
    )


def downgrade() -> None:
    for name in ("center", "subject", "college_group", "study_mode", "study_level"):
        op.execute(sa.text(f"DELETE FROM {name}"))
    op.execute(sa.text("DELETE FROM name_title"))
    op.execute(sa.text("DELETE FROM province"))
