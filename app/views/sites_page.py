"""Sites and keys: this site's identity and key fingerprint, its public key file, and the
peers whose keys a person enrolled (enrol after comparing fingerprints by phone; revoke).

The page is laid out when first shown; every read and write goes through the task runner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.site_identity import SiteInfo
from app.services.store import Store
from app.views import messages, texts
from app.views.page import Page, named, scroll_page
from app.views.runner import TaskContext, TaskRunner, error_text
from app.views.tables import read_only_table
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.sync.trust import PeerInfo, PeerKey

KEY_SUFFIX = ".cvmkey"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def key_file_name(site_name: str) -> str:
    """A file name for this site's public key, made from its name."""
    stem = _UNSAFE_IN_FILE_NAMES.sub("-", site_name).strip(" .-")
    return f"{stem or 'site'}{KEY_SUFFIX}"


def fingerprint_font(scale: float = 1.35) -> QFont:
    """A monospace font, larger than the text around it, for reading a key out."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    base = QGuiApplication.font().pointSizeF()
    font.setPointSizeF(max(base, 9.0) * scale)
    font.setBold(True)
    return font


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


@dataclass(frozen=True)
class SitesData:
    """What the page shows: this site's key (None before set-up) and the enrolled peers."""

    own: PeerKey | None
    peers: list[PeerInfo]


def _own_info(key: PeerKey) -> SiteInfo:
    return SiteInfo(
        uuid=key.site_uuid,
        kind=key.kind,
        name=key.name,
        key_id=key.key_id,
        public_key_hex=key.public_key,
        center_uuid=key.center_uuid,
        college_uuid=key.college_uuid,
    )


class TrustKeyDialog(QDialog):
    """Shows a peer's name, kind and fingerprint; enrolling needs the person to confirm that
    the fingerprint matches what the peer read out on the phone."""

    def __init__(self, key: PeerKey, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setModal(True)
        layout = QVBoxLayout(self)
        # Never smaller than its contents: the wrapped Thai text and the fingerprint show whole.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro = QLabel(wordWrap=True)
        self.intro.setMinimumWidth(600)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.name_label, self.kind_label, self.uuid_label = QLabel(), QLabel(), QLabel()
        self.name_edit = named(QLineEdit(name), "trustName")
        self.name_edit.setMaxLength(200)
        self.kind_value = named(QLabel(), "fieldValue")
        self.uuid_value = _selectable(named(QLabel(key.site_uuid), "fieldValue"))
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.kind_label, self.kind_value)
        form.addRow(self.uuid_label, self.uuid_value)
        layout.addLayout(form)
        self.fingerprint_label = named(QLabel(), "sectionHeading")
        self.fingerprint_value = _selectable(named(QLabel(key.fingerprint), "fingerprint"))
        self.fingerprint_value.setFont(fingerprint_font(1.5))
        self.fingerprint_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setBuddy(self.fingerprint_value)
        layout.addSpacing(6)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.fingerprint_value)
        layout.addSpacing(6)
        self.matches = named(QCheckBox(), "trustMatches")
        layout.addWidget(self.matches)
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.enrol_button.setEnabled(False)
        self.enrol_button.setDefault(True)
        self.matches.toggled.connect(self.enrol_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.name_edit.setFocus()

    def name(self) -> str:
        return self.name_edit.text()

    def accept(self) -> None:
        if self.matches.isChecked():
            super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Enrol the key of another site"))
        self.intro.setText(
            for_display(
                self.tr(
                    "Call the person at this site and ask them to read out the key fingerprint "
                    "on their Sites and keys screen. Compare all eight groups: enrol the key "
                    "only if every group matches. If any group differs, do not enrol it: the "
                    "file may have been changed on its way."
                )
            )
        )
        self.name_label.setText(self.tr("&Name of the site:"))
        self.kind_label.setText(self.tr("Kind of site:"))
        self.uuid_label.setText(self.tr("Site identifier:"))
        self.fingerprint_label.setText(self.tr("Key fingerprint:"))
        self.kind_value.setText(texts.site_kind_name(self.key.kind))
        self.matches.setText(
            self.tr("&Every group matches the fingerprint the site read out to me")
        )
        self.enrol_button.setText(self.tr("Enrol the key"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SitesPage(Page):
    """This site's identity and key, and the peers it trusts."""

    loaded = Signal()
    """The site and the list of peers were read and are on screen."""
    peers_changed = Signal()
    """A key was enrolled or revoked (and the list read again)."""
    key_exported = Signal(str)
    """This site's public key file was written to this path."""

    COLUMNS = 5

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.data: SitesData | None = None
        self.trust_dialog: TrustKeyDialog | None = None
        super().__init__(parent)

    # -- layout -----------------------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        _body, layout = scroll_page(self)
        self.heading = named(QLabel(wordWrap=True), "pageTitle")
        self.intro = named(QLabel(wordWrap=True), "pageSubtitle")
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        # Each section's buttons share the row of its heading: the page fits 1366x768.
        own_bar = QHBoxLayout()
        self.own_heading = named(QLabel(), "sectionHeading")
        own_bar.addWidget(self.own_heading)
        own_bar.addStretch(1)
        layout.addLayout(own_bar)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(16)
        self.field_labels: dict[str, QLabel] = {}
        self.field_values: dict[str, QLabel] = {}
        for field in ("name", "kind", "uuid", "fingerprint"):
            label = QLabel()
            value = _selectable(named(QLabel(wordWrap=field == "name"), "fieldValue"))
            label.setBuddy(value)
            form.addRow(label, value)
            self.field_labels[field], self.field_values[field] = label, value
        self.fingerprint = self.field_values["fingerprint"]
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(fingerprint_font())
        layout.addLayout(form)
        self.copy_button = named(QPushButton(), "copyFingerprint")
        self.export_button = named(QPushButton(), "exportKey")
        own_bar.addWidget(self.copy_button)
        own_bar.addWidget(self.export_button)

        peer_bar = QHBoxLayout()
        self.peers_heading = named(QLabel(), "sectionHeading")
        self.enrol_button = named(QPushButton(), "enrolKey")
        self.revoke_button = named(QPushButton(), "revokeKey")
        peer_bar.addWidget(self.peers_heading)
        peer_bar.addStretch(1)
        peer_bar.addWidget(self.enrol_button)
        peer_bar.addWidget(self.revoke_button)
        layout.addSpacing(6)
        layout.addLayout(peer_bar)
        self.peers_hint = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.peers_hint)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        self.empty_label = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.empty_label)

        self.copy_button.clicked.connect(self.copy_fingerprint)
        self.export_button.clicked.connect(self.export_key)
        self.enrol_button.clicked.connect(self.enrol_key)
        self.revoke_button.clicked.connect(self.revoke_current)
        self.delete_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.revoke_current)
        self.table.currentCellChanged.connect(lambda *_cells: self._update_buttons())
        self.retranslate_ui()
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = read_only_table(QTableWidget(0, self.COLUMNS), "peerTable")
        # Taller when there is room, never asking for more than its minimum (the page
        # scrolls only below that).
        table.setMinimumHeight(140)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- texts ------------------------------------------------------------------------------
    def subpage_title(self) -> str | None:
        return self.tr("Sites and keys")

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Sites and keys"))
        self.intro.setText(
            for_display(
                self.tr(
                    "Packages travel only between sites that trust each other's keys. Send "
                    "your public key file to the other site, then read your key fingerprint "
                    "out to them over the phone; enrol their key the same way."
                )
            )
        )
        self.own_heading.setText(self.tr("This site"))
        captions = {
            "name": self.tr("Site name:"),
            "kind": self.tr("Kind of site:"),
            "uuid": self.tr("Site identifier:"),
            "fingerprint": self.tr("Key fingerprint:"),
        }
        for field, caption in captions.items():
            self.field_labels[field].setText(caption)
        self.copy_button.setText(self.tr("Copy the fingerprint"))
        self.export_button.setText(self.tr("Export my public key…"))
        self.peers_heading.setText(self.tr("Enrolled sites"))
        self.peers_hint.setText(
            for_display(
                self.tr(
                    "A revoked key stays revoked: packages signed with it are refused. "
                    "Choose a site and press Delete to revoke its key."
                )
            )
        )
        self.enrol_button.setText(self.tr("Enrol a key…"))
        self.revoke_button.setText(self.tr("Revoke (Del)…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Site name"),
                self.tr("Kind"),
                self.tr("Key fingerprint"),
                self.tr("Enrolled on"),
                self.tr("Revoked on"),
            ]
        )
        self.empty_label.setText(
            for_display(self.tr("No other site is enrolled yet. To add one, choose Enrol a key."))
        )
        self._fill()

    def _fill(self) -> None:
        data = self.data
        own = data.own if data else None
        values = self.field_values
        if own is None:
            waiting = "…" if data is None else "—"
            for value in values.values():
                value.setText(waiting)
        else:
            values["name"].setText(texts.site_name(_own_info(own)))
            values["kind"].setText(texts.site_kind_name(own.kind))
            values["uuid"].setText(own.site_uuid)
            values["fingerprint"].setText(own.fingerprint)
        self._fill_peers(data.peers if data else [])
        self._update_buttons()

    def _fill_peers(self, peers: list[PeerInfo]) -> None:
        current = self.current_peer()
        table = self.table
        table.setRowCount(len(peers))
        mono = fingerprint_font(1.0)
        for row, peer in enumerate(peers):
            revoked = texts.date_text(peer.revoked_at.date()) if peer.revoked_at else "—"
            cells = (
                peer.name,
                texts.site_kind_name(peer.kind),
                peer.fingerprint,
                texts.date_text(peer.enrolled_at.date()),
                revoked,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, peer.uuid)
                if column == 2:
                    item.setFont(mono)
                table.setItem(row, column, item)
            if current is not None and peer.uuid == current.uuid:
                table.setCurrentCell(row, 0)
        self.empty_label.setVisible(self.data is not None and not peers)

    def _update_buttons(self) -> None:
        has_site = self.data is not None and self.data.own is not None
        peer = self.current_peer()
        self.copy_button.setEnabled(has_site)
        self.export_button.setEnabled(has_site)
        self.enrol_button.setEnabled(has_site)
        self.revoke_button.setEnabled(peer is not None and not peer.revoked)

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read this site and its peers again."""

        def read(context: TaskContext) -> SitesData:
            from app.services.site_identity import local_site
            from app.services.sync.trust import own_key, peers

            with context.session() as session:
                own = own_key(session) if local_site(session) is not None else None
                return SitesData(own, peers(session))

        self.runner.submit("sites", read, on_result=self._loaded, parent_widget=self)

    def _loaded(self, data: SitesData) -> None:
        self.data = data
        self._fill()
        self.loaded.emit()

    def current_peer(self) -> PeerInfo | None:
        if self.data is None or not self.built:
            return None
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        uuid = item.data(Qt.ItemDataRole.UserRole)
        return next((peer for peer in self.data.peers if peer.uuid == uuid), None)

    def _failed(self, error: BaseException) -> None:
        messages.show_error(self, error_text(error))

    # -- this site's key ----------------------------------------------------------------------
    def copy_fingerprint(self) -> None:
        own = self.data.own if self.data else None
        if own is not None:
            QGuiApplication.clipboard().setText(own.fingerprint)

    def export_key(self) -> None:
        own = self.data.own if self.data else None
        if own is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export this site's public key"),
            key_file_name(texts.site_name(_own_info(own))),
            self.tr("CVM site keys (*.cvmkey)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != KEY_SUFFIX:
            path = path.with_name(path.name + KEY_SUFFIX)

        def write(context: TaskContext) -> Path:
            from app.services.sync.trust import write_key_file

            with context.session() as session:
                write_key_file(session, path)
            return path

        self.runner.submit(
            "export key", write, on_result=self._exported, on_error=self._failed, parent_widget=self
        )

    def _exported(self, path: Path) -> None:
        fingerprint = self.data.own.fingerprint if self.data and self.data.own else ""
        messages.show_info(
            self,
            for_display(
                self.tr(
                    "Saved {name}. Send the file to the other site, then read this fingerprint "
                    "out to them over the phone: {fingerprint}"
                ).format(name=path.name, fingerprint=fingerprint)
            ),
            str(path),
        )
        self.key_exported.emit(str(path))

    # -- enrolling and revoking -----------------------------------------------------------------
    def enrol_key(self) -> None:
        if self.data is None or self.data.own is None:
            return
        if self.trust_dialog is not None and self.trust_dialog.isVisible():
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Enrol the key of another site"),
            "",
            self.tr("CVM site keys (*.cvmkey)"),
        )
        if not name:
            return
        path = Path(name)

        def check(context: TaskContext) -> tuple[PeerKey, str]:
            from app.services.sync.trust import check_trust, read_key_file

            key = read_key_file(path)
            with context.session() as session:
                return key, check_trust(session, key)

        self.runner.submit(
            "key check",
            check,
            on_result=lambda checked: self._confirm(*checked),
            on_error=self._failed,
            parent_widget=self,
        )

    def _confirm(self, key: PeerKey, name: str) -> None:
        dialog = TrustKeyDialog(key, name, self)
        self.trust_dialog = dialog
        dialog.accepted.connect(lambda: self._trust(key, dialog.name()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _trust(self, key: PeerKey, name: str) -> None:
        def trust(context: TaskContext) -> str:
            from app.services.sync.trust import trust_key

            with context.session() as session, session.begin():
                return trust_key(session, key, name).name

        self.runner.submit(
            "trust key", trust, on_result=self._trusted, on_error=self._failed, parent_widget=self
        )

    def _trusted(self, name: str) -> None:
        self.reload()
        messages.show_info(
            self, for_display(self.tr("The key of {name} is enrolled.").format(name=name))
        )
        self.peers_changed.emit()

    def revoke_current(self) -> None:
        peer = self.current_peer()
        if peer is None or peer.revoked:
            return
        question = self.tr(
            "Revoke the key of {name}? Packages from this site will be refused from now on, "
            "and a revoked site stays revoked: to exchange packages again, it must set up a "
            "new installation and you must enrol its new key."
        ).format(name=peer.name)
        if not messages.confirm(self, for_display(question), self.tr("Revoke the key")):
            return
        uuid = peer.uuid

        def revoke_peer(context: TaskContext) -> None:
            from app.services.sync.trust import revoke

            with context.session() as session, session.begin():
                revoke(session, uuid)

        self.runner.submit(
            "revoke key",
            revoke_peer,
            on_result=lambda _none: self._revoked(),
            on_error=self._failed,
            parent_widget=self,
        )

    def _revoked(self) -> None:
        self.reload()
        self.peers_changed.emit()
