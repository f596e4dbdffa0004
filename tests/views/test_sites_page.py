"""The sites and keys page, driven from the keyboard: identity, export, enrol, revoke."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollArea
from pytestqt.qtbot import QtBot

from app.models.base import new_uuid
from app.models.enums import SiteKind
from app.services.site_identity import key_id_of
from app.services.site_setup import init_college_site
from app.services.store import Store, open_store
from app.services.sync.trust import (
    PeerKey,
    fingerprint,
    own_key,
    peers,
    read_key_file,
    trust_key,
    trusted_key,
    write_key_file,
)
from app.views import messages, texts
from app.views.i18n import LanguageManager
from app.views.runner import TaskRunner
from app.views.sites_page import SitesPage, TrustKeyDialog, key_file_name
from tests.views.conftest import Shown

WAIT_MS = 20_000
COLLEGE = "วิทยาลัยการอาชีพทดสอบ"


@pytest.fixture
def college_key(tmp_path: Path) -> Path:
    """The public key file of a college station of the same network (a second database)."""
    store = open_store(tmp_path / "college.db", create=True)
    try:
        init_college_site(store, 11, COLLEGE)
        path = tmp_path / "college.cvmkey"
        with store.session() as session:
            write_key_file(session, path)
    finally:
        store.close()
    return path


def _open(qtbot: QtBot, store: Store, runner: TaskRunner) -> SitesPage:
    page = SitesPage(store, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    page.activateWindow()
    return page


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> SitesPage:
    return _open(qtbot, center_store, runner)


def _choose_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path | None) -> list[Any]:
    calls: list[Any] = []

    def fake(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        calls.append(args)
        return ("" if path is None else str(path)), ""

    monkeypatch.setattr(QFileDialog, method, staticmethod(fake))
    return calls


def _press(qtbot: QtBot, widget: Any) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _column(page: SitesPage, column: int) -> list[str]:
    return [page.table.item(row, column).text() for row in range(page.table.rowCount())]


def _enrol_in_store(store: Store, key_path: Path) -> None:
    with store.transaction() as session:
        trust_key(session, read_key_file(key_path))


def test_the_page_shows_this_site_and_its_fingerprint(page: SitesPage, center_store: Store) -> None:
    with center_store.session() as session:
        own = own_key(session)
    shown = page.fingerprint
    assert shown.text() == fingerprint(own.public_key)
    assert page.field_values["uuid"].text() == own.site_uuid
    assert page.field_values["kind"].text() == texts.site_kind_name(SiteKind.CENTER)
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert shown.font().styleHint() == QFont.StyleHint.Monospace
    assert shown.font().pointSizeF() > page.field_values["uuid"].font().pointSizeF()
    assert page.table.rowCount() == 0
    assert page.empty_label.isVisible()
    assert not page.revoke_button.isEnabled()


def test_copy_puts_the_fingerprint_on_the_clipboard(qtbot: QtBot, page: SitesPage) -> None:
    QGuiApplication.clipboard().clear()
    _press(qtbot, page.copy_button)
    assert QGuiApplication.clipboard().text() == page.fingerprint.text()


def test_export_writes_the_public_key_file(
    qtbot: QtBot,
    page: SitesPage,
    center_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    calls = _choose_file(monkeypatch, "getSaveFileName", tmp_path / "for-the-college")
    with qtbot.waitSignal(page.key_exported, timeout=WAIT_MS) as exported:
        _press(qtbot, page.export_button)
    suggested = calls[0][2]
    assert suggested.endswith(".cvmkey") and "/" not in suggested
    path = tmp_path / "for-the-college.cvmkey"
    assert exported.args == [str(path)]
    with center_store.session() as session:
        assert read_key_file(path) == own_key(session)
    assert shown.boxes[-1][0] == "info"
    assert page.fingerprint.text() in shown.boxes[-1][1]


def test_export_cancelled_writes_nothing(
    qtbot: QtBot, page: SitesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    _choose_file(monkeypatch, "getSaveFileName", None)
    _press(qtbot, page.export_button)
    assert list(tmp_path.glob("*.cvmkey")) == []
    assert shown.boxes == []


def test_key_file_names_are_safe() -> None:
    assert key_file_name("ศูนย์ CVM: เมคคาทรอนิกส์/หุ่นยนต์") == "ศูนย์ CVM- เมคคาทรอนิกส์-หุ่นยนต์.cvmkey"
    assert key_file_name("..") == "site.cvmkey"


def _start_enrol(qtbot: QtBot, page: SitesPage) -> TrustKeyDialog:
    _press(qtbot, page.enrol_button)
    qtbot.waitUntil(
        lambda: page.trust_dialog is not None and page.trust_dialog.isVisible(), timeout=WAIT_MS
    )
    assert page.trust_dialog is not None
    return page.trust_dialog


def test_enrol_asks_to_compare_the_fingerprint_then_trusts(
    qtbot: QtBot,
    page: SitesPage,
    center_store: Store,
    college_key: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    key = read_key_file(college_key)
    _choose_file(monkeypatch, "getOpenFileName", college_key)
    dialog = _start_enrol(qtbot, page)
    assert dialog.name_edit.text() == COLLEGE
    assert dialog.kind_value.text() == texts.site_kind_name(SiteKind.COLLEGE)
    assert dialog.fingerprint_value.text() == key.fingerprint
    assert dialog.fingerprint_value.font().styleHint() == QFont.StyleHint.Monospace

    # Enter does nothing until the person confirms that every group matches
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.enrol_button.isEnabled()
    dialog.name_edit.setText("วิทยาลัยการอาชีพทดสอบ (สถานีงาน)")  # QTest cannot type Thai
    _press(qtbot, dialog.matches)
    assert dialog.matches.isChecked() and dialog.enrol_button.isEnabled()
    with qtbot.waitSignal(page.peers_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)

    assert _column(page, 0) == ["วิทยาลัยการอาชีพทดสอบ (สถานีงาน)"]
    assert _column(page, 1) == [texts.site_kind_name(SiteKind.COLLEGE)]
    assert _column(page, 2) == [key.fingerprint]
    assert _column(page, 4) == ["—"]
    assert not page.empty_label.isVisible()
    assert shown.boxes[-1][0] == "info"
    with center_store.session() as session:
        assert trusted_key(session, key.site_uuid) == key.public_key


def test_escape_in_the_confirmation_enrols_nothing(
    qtbot: QtBot,
    page: SitesPage,
    center_store: Store,
    runner: TaskRunner,
    college_key: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose_file(monkeypatch, "getOpenFileName", college_key)
    dialog = _start_enrol(qtbot, page)
    _press(qtbot, dialog.matches)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    with center_store.session() as session:
        assert peers(session) == []


def test_a_refused_key_shows_why_and_asks_nothing(
    qtbot: QtBot,
    page: SitesPage,
    center_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    own = tmp_path / "own.cvmkey"
    with center_store.session() as session:
        write_key_file(session, own)
    _choose_file(monkeypatch, "getOpenFileName", own)
    _press(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: bool(shown.boxes), timeout=WAIT_MS)
    kind, text, _detail = shown.boxes[0]
    assert kind == "error"
    assert text.strip()
    assert page.trust_dialog is None
    with center_store.session() as session:
        assert peers(session) == []

    broken = tmp_path / "broken.cvmkey"
    broken.write_bytes(b"\x00\x01 not a key")
    _choose_file(monkeypatch, "getOpenFileName", broken)
    _press(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: len(shown.boxes) == 2, timeout=WAIT_MS)
    assert shown.boxes[1][0] == "error" and shown.boxes[1][1] != text


def test_delete_revokes_the_chosen_key_after_confirmation(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    college_key: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _enrol_in_store(center_store, college_key)
    page = _open(qtbot, center_store, runner)
    key = read_key_file(college_key)
    questions: list[str] = []
    answers = [False, True]

    def confirm(_parent: object, text: str, _action: str) -> bool:
        questions.append(text)
        return answers[len(questions) - 1]

    monkeypatch.setattr(messages, "confirm", confirm)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_peer() is not None and page.revoke_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the first question is answered "no"
    assert len(questions) == 1 and not runner.busy
    with center_store.session() as session:
        assert trusted_key(session, key.site_uuid) == key.public_key

    with qtbot.waitSignal(page.peers_changed, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _column(page, 4) != ["—"], timeout=WAIT_MS)
    with center_store.session() as session:
        assert trusted_key(session, key.site_uuid) is None
        (peer,) = peers(session)
    assert peer.revoked_at is not None
    assert _column(page, 4) == [texts.date_text(peer.revoked_at.date())]
    assert not page.revoke_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # a revoked key is not asked about again
    assert len(questions) == 2


def test_peers_are_listed_by_kind_then_name(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    college_key: Path,
) -> None:
    _enrol_in_store(center_store, college_key)
    center_uuid = read_key_file(college_key).center_uuid
    public = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )
    other = PeerKey(
        new_uuid(), SiteKind.COLLEGE, "กาญจนาภิเษก", center_uuid, new_uuid(), public,
        key_id_of(public),
    )  # fmt: skip
    with center_store.transaction() as session:
        trust_key(session, other)
    page = _open(qtbot, center_store, runner)
    assert _column(page, 0) == ["กาญจนาภิเษก", COLLEGE]


def test_the_page_retranslates_and_fits_the_screen(
    qtbot: QtBot, page: SitesPage, languages: LanguageManager
) -> None:
    thai_kind = page.field_values["kind"].text()
    languages.apply("en", remember=False)
    qtbot.waitUntil(lambda: page.field_values["kind"].text() == "CVM center", timeout=5_000)
    assert page.heading.text() == "Sites and keys"
    assert page.field_values["kind"].text() != thai_kind
    assert page.export_button.text() == "Export my public key…"
    languages.apply("th", remember=False)
    qtbot.waitUntil(lambda: page.field_values["kind"].text() == thai_kind, timeout=5_000)
    # what is left of 1366x768 beside the navigation, below the menus and above the taskbar
    width, height = 1366 - 320, 768 - 170
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    for size, fits in (((width, height), True), ((width, 300), False)):
        page.resize(*size)
        QApplication.processEvents()  # lay out at the new size (no waiting)
        assert scroll.verticalScrollBar().isVisible() is not fits, size
        assert not scroll.horizontalScrollBar().isVisible()
