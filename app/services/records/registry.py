"""Where each kind of record describes its form (imported when first asked for)."""

from __future__ import annotations

from importlib import import_module

from app.services.records.spec import RecordKind, RecordSpec

_MODULES: dict[RecordKind, str] = {
    RecordKind.ENTERPRISE: "app.services.records.network",
    RecordKind.DEMAND: "app.services.records.network",
    RecordKind.AGREEMENT: "app.services.records.network",
    RecordKind.COLLEGE: "app.services.records.college",
    RecordKind.MEETING: "app.services.records.meeting",
    RecordKind.COMMITTEE: "app.services.records.committee",
    RecordKind.COMMITTEE_MEMBER: "app.services.records.committee",
    RecordKind.PLACEMENT_CAPACITY: "app.services.records.capacity",
}
"""Each module defines ``SPECS: dict[RecordKind, RecordSpec]`` for its kinds."""


def record_spec(kind: RecordKind) -> RecordSpec:
    """The description of ``kind``'s form and storage."""
    specs: dict[RecordKind, RecordSpec] = import_module(_MODULES[kind]).SPECS
    return specs[kind]
