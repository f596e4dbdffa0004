"""Names people read for what travels in packages: every synced table, site kind and profile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.models.enums import SiteKind
from app.services.sync import labels
from app.services.sync.package_file import PROFILES
from app.services.sync.tables import sync_tables


class _Marking(QTranslator):
    """Translates every text of the given contexts to "«context» source"."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{context}» {source}" if context in self.contexts else ""


@pytest.fixture
def marked(qapp: QCoreApplication) -> Iterator[None]:
    translator = _Marking({"SyncTables", "SyncLabels"})
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_synced_table_has_its_own_label() -> None:
    names = [table.name for table in sync_tables()]
    shown = {name: labels.table_label(name) for name in names}
    assert [name for name, label in shown.items() if label == name or not label.strip()] == []
    assert len(set(shown.values())) == len(names), "two tables share a label"


def test_an_unknown_table_keeps_its_name() -> None:
    assert labels.table_label("no_such_table") == "no_such_table"


def test_table_labels_are_translated_in_their_own_context(marked: None) -> None:
    for table in sync_tables():
        assert labels.table_label(table.name).startswith("«SyncTables» ")


def test_site_kinds_and_profiles_have_labels(marked: None) -> None:
    kinds = [labels.site_kind_label(kind) for kind in SiteKind]
    assert all(label.startswith("«SyncLabels» ") for label in kinds)
    assert len(set(kinds)) == len(SiteKind)
    assert labels.site_kind_label("center") == labels.site_kind_label(SiteKind.CENTER)
    assert labels.site_kind_label("moon base") == "moon base"

    profiles = [labels.profile_label(profile) for profile in PROFILES]
    assert all(label.startswith("«SyncLabels» ") for label in profiles)
    assert len(set(profiles)) == len(PROFILES)
    explanations = [labels.profile_explanation(profile) for profile in PROFILES]
    assert all(text.startswith("«SyncLabels» ") for text in explanations)
    assert len(set(explanations)) == len(PROFILES)
    assert labels.profile_label("other") == "other"
    assert labels.profile_explanation("other") == ""
