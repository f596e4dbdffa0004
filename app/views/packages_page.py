"""Packages: make a package for an enrolled site, open the packages received (each one is
checked and previewed before anything is written), and the packages sent and received.

The page is laid out when first shown; every read and write goes through the task runner.
Receiving handles one package after another, in the order they were made, so that each
preview shows what importing it would do after the ones before it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SiteKind
from app.services.store import Store
from app.services.sync import labels
from app.views import messages, texts
from app.views.package_dialogs import (
    SKIPPED,
    PackagePreviewDialog,
    PackageProgress,
    when_text,
)
from app.views.page import Page, named, scroll_page
from app.views.runner import (
    LatestRead,
    TaskContext,
    TaskRunner,
    error_text,
)
from app.views.tables import read_only_table
from app.views.thai_wrap import for_display

if TYPE_CHECKING:
    from app.services.sync.exporter import ExportResult
    from app.services.sync.importer import ImportSummary

PACKAGE_SUFFIX = ".cvmpkg"
PROFILES = ("full", "pseudonymised", "counts")
HISTORY_LIMIT = 500
"""Preview result: leave this package, go on with the next one."""


@dataclass(frozen=True)
class Recipient:
    uuid: str
    kind: SiteKind
    name: str


@dataclass(frozen=True)
class HistoryEntry:
    sent: bool
    peer_name: str
    at: datetime
    profile: str
    rows: int
    file_name: str


@dataclass(frozen=True)
class PackagesData:
    """What the page shows: whether this database is a site, whom it can send packages to,
    and the packages made and applied, newest first."""

    has_site: bool
    recipients: list[Recipient]
    history: list[HistoryEntry]
    more_history: bool


def _read_packages(context: TaskContext) -> PackagesData:
    from sqlalchemy import select

    from app.models.sync import SyncPackage
    from app.services.site_identity import local_site
    from app.services.sync.trust import peers

    with context.session() as session:
        has_site = local_site(session) is not None
        enrolled = peers(session)
        names = {peer.uuid: peer.name for peer in enrolled}
        recipients = [Recipient(p.uuid, p.kind, p.name) for p in enrolled if not p.revoked]
        packages = session.scalars(
            select(SyncPackage)
            .order_by(SyncPackage.at.desc(), SyncPackage.id.desc())
            .limit(HISTORY_LIMIT + 1)
        ).all()
        history = [
            HistoryEntry(
                sent=package.direction == "out",
                peer_name=names.get(package.peer_uuid, package.peer_uuid),
                at=package.at,
                profile=package.profile,
                rows=package.rows,
                file_name=package.file_name or "",
            )
            for package in packages[:HISTORY_LIMIT]
        ]
    return PackagesData(has_site, recipients, history, len(packages) > HISTORY_LIMIT)


def _suggested_name(context: TaskContext, recipient_uuid: str) -> str:
    from sqlalchemy import select

    from app.models.site import Site
    from app.services.site_identity import local_site
    from app.services.sync.exporter import package_file_name

    with context.session() as session:
        local = local_site(session)
        peer = session.scalars(select(Site).where(Site.uuid == recipient_uuid)).one_or_none()
        if local is None or peer is None:
            return f"cvm-package{PACKAGE_SUFFIX}"
        return package_file_name(local, peer)


def _in_order(paths: list[Path]) -> list[Path]:
    """The packages in the order they were made; files that are no package come first (the
    check says why they are refused)."""
    from app.services.sync.package_file import PackageReader

    def made(path: Path) -> tuple[int, str, str, str]:
        try:
            with PackageReader(path) as reader:
                manifest = reader.manifest
                return (1, manifest.created_at, manifest.created_hlc, path.name)
        except Exception:  # any unreadable file: checking it reports the reason
            return (0, "", "", path.name)

    return sorted(paths, key=made)


def _packages_in(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.iterdir()
        if path.suffix.lower() == PACKAGE_SUFFIX and path.is_file()
    ]


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class PackagesPage(Page):
    """Send a package, receive packages, and the packages sent and received."""

    loaded = Signal()
    """The recipients and the history were read and are on screen."""
    package_made = Signal(str)
    """A package was written to this path."""
    data_changed = Signal()
    """A package was imported: the records on the other pages may have changed."""
    receiving_finished = Signal()
    """The packages opened were all dealt with (imported, skipped or refused)."""

    HISTORY_COLUMNS = 6

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.store = store
        self.runner = runner
        self.built = False
        self.busy = False
        self.data: PackagesData | None = None
        self.preview: PackagePreviewDialog | None = None
        self.export_progress: PackageProgress | None = None
        self._reads = LatestRead()
        self._profile_for: str | None = None
        self._queue: list[Path] = []
        self._batch_size = 0
        self._position = 0
        self._skipped_already = 0
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
        self.no_site_label = named(QLabel(wordWrap=True), "fieldError")
        layout.addWidget(self.no_site_label)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self._build_send(), 3)
        columns.addLayout(self._build_receive(), 2)
        layout.addLayout(columns)
        self.history_heading = named(QLabel(), "sectionHeading")
        layout.addSpacing(10)
        layout.addWidget(self.history_heading)
        self.history = self._make_history_table()
        layout.addWidget(self.history, 1)
        self.history_note = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.history_note)

        self.recipient.currentIndexChanged.connect(lambda _index: self._recipient_changed())
        self.profile_group.idToggled.connect(lambda _id, _on: self._update_controls())
        self.make_button.clicked.connect(self.make_package)
        self.open_button.clicked.connect(self.open_packages)
        self.folder_button.clicked.connect(self.open_folder)
        self.retranslate_ui()
        self.reload()

    def _build_send(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.send_heading = named(QLabel(), "sectionHeading")
        column.addWidget(self.send_heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recipient_label = QLabel()
        self.recipient = named(QComboBox(), "recipient")
        self.recipient.setMinimumContentsLength(24)
        self.recipient.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.recipient_label.setBuddy(self.recipient)
        form.addRow(self.recipient_label, self.recipient)
        column.addLayout(form)
        self.no_recipient = named(QLabel(wordWrap=True), "hint")
        column.addWidget(self.no_recipient)
        self.everything = named(QCheckBox(), "sendEverything")
        column.addWidget(self.everything)
        self.profile_box = named(QGroupBox(), "profileBox")
        box = QVBoxLayout(self.profile_box)
        box.setSpacing(2)
        self.profile_group = QButtonGroup(self)
        self.profile_buttons: dict[str, QRadioButton] = {}
        self.profile_hints: dict[str, QLabel] = {}
        for index, profile in enumerate(PROFILES):
            button = named(QRadioButton(), f"profile_{profile}")
            hint = named(QLabel(wordWrap=True), "hint")
            hint.setContentsMargins(24, 0, 0, 2)
            self.profile_group.addButton(button, index)
            box.addWidget(button)
            box.addWidget(hint)
            self.profile_buttons[profile], self.profile_hints[profile] = button, hint
        self.profile_buttons["full"].setChecked(True)
        column.addWidget(self.profile_box)
        bar = QHBoxLayout()
        self.make_button = named(QPushButton(), "makePackage")
        bar.addWidget(self.make_button)
        bar.addStretch(1)
        column.addLayout(bar)
        column.addStretch(1)
        return column

    def _build_receive(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.receive_heading = named(QLabel(), "sectionHeading")
        column.addWidget(self.receive_heading)
        self.receive_hint = named(QLabel(wordWrap=True), "hint")
        column.addWidget(self.receive_hint)
        self.open_button = named(QPushButton(), "openPackages")
        self.folder_button = named(QPushButton(), "openPackageFolder")
        for button in (self.open_button, self.folder_button):
            bar = QHBoxLayout()
            bar.addWidget(button)
            bar.addStretch(1)
            column.addLayout(bar)
        column.addStretch(1)
        return column

    def _make_history_table(self) -> QTableWidget:
        table = read_only_table(QTableWidget(0, self.HISTORY_COLUMNS), "packageHistory")
        table.setMinimumHeight(160)
        header = table.horizontalHeader()
        for column in range(self.HISTORY_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    # -- texts ------------------------------------------------------------------------------
    def subpage_title(self) -> str | None:
        return self.tr("Packages")

    def retranslate_ui(self) -> None:
        if not self.built:
            return
        self.heading.setText(self.tr("Send and receive packages"))
        self.intro.setText(
            for_display(
                self.tr(
                    "A package file carries the records another site has not received yet. "
                    "Take it to that site on a USB drive or send it by e-mail; the site opens "
                    "it on this screen. Only sites that enrolled each other's keys can "
                    "exchange packages."
                )
            )
        )
        self.no_site_label.setText(
            for_display(
                self.tr(
                    "This installation is not set up as a site yet, so it can neither send "
                    "nor receive packages."
                )
            )
        )
        self.send_heading.setText(self.tr("Send"))
        self.recipient_label.setText(self.tr("Send &to:"))
        self.no_recipient.setText(
            for_display(
                self.tr(
                    "There is no site to send a package to yet. Enrol the key of the other "
                    "site first, under Sites and keys."
                )
            )
        )
        self.everything.setText(
            self.tr("Send &everything, not only what the recipient has not acknowledged yet")
        )
        self.profile_box.setTitle(
            self.tr("Personal data in the package (a choice for the central office only)")
        )
        captions = {
            "full": self.tr("&Full data"),
            "pseudonymised": self.tr("&Pseudonymised"),
            "counts": self.tr("&Counts only"),
        }
        for profile in PROFILES:
            self.profile_buttons[profile].setText(captions[profile])
            self.profile_hints[profile].setText(for_display(labels.profile_explanation(profile)))
        self.make_button.setText(self.tr("&Make package…"))
        self.receive_heading.setText(self.tr("Receive"))
        self.receive_hint.setText(
            for_display(
                self.tr(
                    "Each package is checked and shown to you before anything is written. "
                    "Packages may be opened in any order and more than once: one already "
                    "imported changes nothing."
                )
            )
        )
        self.open_button.setText(self.tr("&Open packages…"))
        self.folder_button.setText(self.tr("Open a fo&lder of packages…"))
        self.history_heading.setText(self.tr("Packages sent and received"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Sent or received"),
                self.tr("Site"),
                self.tr("When"),
                self.tr("Personal data"),
                self.tr("Records"),
                self.tr("File"),
            ]
        )
        self._fill()

    def _fill(self) -> None:
        data = self.data
        self._fill_recipients(data.recipients if data else [])
        self._fill_history(data.history if data else [])
        has_site = data is None or data.has_site
        self.no_site_label.setVisible(not has_site)
        self.no_recipient.setVisible(data is not None and has_site and not data.recipients)
        if data is not None and not data.history:
            self.history_note.setText(self.tr("No package was sent or received yet."))
        elif data is not None and data.more_history:
            self.history_note.setText(
                self.tr("The latest {count} packages are shown.").format(
                    count=texts.number(HISTORY_LIMIT)
                )
            )
        self.history_note.setVisible(data is not None and (not data.history or data.more_history))
        self._update_controls()

    def _fill_recipients(self, recipients: list[Recipient]) -> None:
        combo = self.recipient
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for recipient in recipients:
            combo.addItem(
                self.tr("{kind}: {name}").format(
                    name=recipient.name, kind=labels.site_kind_label(recipient.kind)
                ),
                recipient.uuid,
            )
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else (0 if recipients else -1))
        combo.blockSignals(False)
        self._recipient_changed()

    def _fill_history(self, history: list[HistoryEntry]) -> None:
        table = self.history
        table.setRowCount(len(history))
        for row, entry in enumerate(history):
            cells = (
                self.tr("Sent") if entry.sent else self.tr("Received"),
                entry.peer_name,
                when_text(entry.at),
                labels.profile_label(entry.profile),
                texts.number(entry.rows),
                entry.file_name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)

    def _recipient_changed(self) -> None:
        recipient = self.current_recipient()
        uuid = recipient.uuid if recipient else None
        if uuid != self._profile_for:
            # A new recipient starts from its default profile (as the exporter's).
            self._profile_for = uuid
            central = recipient is not None and recipient.kind is SiteKind.CENTRAL
            self.profile_buttons["pseudonymised" if central else "full"].setChecked(True)
        self._update_controls()

    def _update_controls(self) -> None:
        has_site = self.data is not None and self.data.has_site
        recipient = self.current_recipient()
        central = recipient is not None and recipient.kind is SiteKind.CENTRAL
        idle = has_site and not self.busy
        self.recipient.setEnabled(idle and recipient is not None)
        self.profile_box.setEnabled(idle and central)
        counts = self.chosen_profile() == "counts"
        self.everything.setEnabled(idle and recipient is not None and not counts)
        self.make_button.setEnabled(idle and recipient is not None)
        self.open_button.setEnabled(idle)
        self.folder_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_controls()

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the recipients and the history again."""
        self._reads.submit(
            self.runner, "packages", _read_packages, on_result=self._loaded, parent_widget=self
        )

    def refresh(self) -> None:
        """Read again if the page is built (sites enrolled or revoked elsewhere)."""
        if self.built:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self.built and not event.spontaneous():
            self.reload()
        super().showEvent(event)

    def _loaded(self, data: PackagesData) -> None:
        self.data = data
        self._fill()
        self.loaded.emit()

    def current_recipient(self) -> Recipient | None:
        if self.data is None or not self.built:
            return None
        uuid = self.recipient.currentData()
        return next((r for r in self.data.recipients if r.uuid == uuid), None)

    def chosen_profile(self) -> str:
        return PROFILES[max(0, self.profile_group.checkedId())]

    # -- sending ----------------------------------------------------------------------------
    def make_package(self) -> None:
        recipient = self.current_recipient()
        if recipient is None or self.busy:
            return
        self._set_busy(True)
        self.runner.submit(
            "package name",
            lambda context: _suggested_name(context, recipient.uuid),
            on_result=lambda name: self._ask_path(recipient, name),
            on_error=self._failed,
            parent_widget=self,
        )

    def _ask_path(self, recipient: Recipient, suggested: str) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the package for {name}").format(name=recipient.name),
            str(documents_dir() / suggested),
            self.tr("CVM packages (*.cvmpkg)"),
        )
        if not name:
            self._set_busy(False)
            return
        path = Path(name)
        if path.suffix.lower() != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        self._export(recipient, path)

    def _export(self, recipient: Recipient, path: Path) -> None:
        everything = self.everything.isChecked() and self.chosen_profile() != "counts"
        profile = self.chosen_profile()
        cancel = threading.Event()

        def export(context: TaskContext) -> ExportResult | None:
            from app.services.sync.errors import Cancelled
            from app.services.sync.exporter import export_package

            with context.session() as session:
                try:
                    return export_package(
                        session,
                        recipient.uuid,
                        path,
                        everything=everything,
                        profile=profile,
                        progress=lambda percent, _message: context.progress(percent),
                        cancelled=cancel.is_set,
                    )
                except Cancelled:
                    return None

        progress = PackageProgress(
            self, self.tr("Making the package for {name}…").format(name=recipient.name), cancel
        )
        self.export_progress = progress
        task = self.runner.submit(
            "package export",
            export,
            on_result=lambda result: self._exported(path, result),
            on_error=self._failed,
            parent_widget=self,
        )
        progress.follow(task)

    def _close_export_progress(self) -> None:
        if self.export_progress is not None:
            self.export_progress.finish()
            self.export_progress = None

    def _exported(self, path: Path, result: ExportResult | None) -> None:
        self._close_export_progress()
        self._set_busy(False)
        self.reload()
        if result is None:
            messages.show_info(
                self, self.tr("Making the package was cancelled; no file was written.")
            )
            return
        if result.rows:
            text = self.tr("The package {name} is saved with {count} records.").format(
                name=path.name, count=texts.number(result.rows)
            )
        elif result.profile == "counts":
            text = self.tr("The package {name} is saved with the counts of records.").format(
                name=path.name
            )
        else:
            text = self.tr(
                "The package {name} is saved. It holds no records: the recipient has "
                "acknowledged everything already."
            ).format(name=path.name)
        lines = [
            self.tr("{table}: {count}").format(
                table=labels.table_label(table), count=texts.number(count)
            )
            for table, count in result.tables.items()
        ]
        lines.append(self.tr("File: {path}").format(path=str(path)))
        messages.show_info(self, for_display(text), "\n".join(lines))
        self.package_made.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self._close_export_progress()
        self._set_busy(False)
        self.reload()
        messages.show_error(self, for_display(error_text(error)))

    # -- receiving --------------------------------------------------------------------------
    def open_packages(self) -> None:
        if self.busy:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open packages"),
            str(documents_dir()),
            self.tr("CVM packages (*.cvmpkg)"),
        )
        if names:
            self._receive(lambda: [Path(name) for name in names])

    def open_folder(self) -> None:
        if self.busy:
            return
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Open a folder of packages"), str(documents_dir())
        )
        if name:
            folder = Path(name)
            self._receive(lambda: _packages_in(folder))

    def _receive(self, listing: Callable[[], list[Path]]) -> None:
        self._set_busy(True)
        self.runner.submit(
            "package order",
            lambda _context: _in_order(listing()),
            on_result=self._start_batch,
            on_error=self._listing_failed,
            parent_widget=self,
        )

    def _listing_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.receiving_finished.emit()

    def _start_batch(self, paths: list[Path]) -> None:
        if not paths:
            self._set_busy(False)
            messages.show_info(self, self.tr("The folder holds no package files (.cvmpkg)."))
            self.receiving_finished.emit()
            return
        self._queue = list(paths)
        self._batch_size = len(paths)
        self._position = 0
        self._skipped_already = 0
        self._check_next()

    def _check_next(self) -> None:
        if not self._queue:
            self._finish_batch()
            return
        path = self._queue.pop(0)
        self._position += 1

        def check(context: TaskContext) -> ImportSummary:
            from app.services.sync.importer import check_package

            with context.session() as session:
                return check_package(
                    session, path, lambda percent, _message: context.progress(percent)
                )

        self._run(
            "package check",
            check,
            self.tr("Checking {name}…").format(name=path.name),
            lambda summary: self._checked(path, summary),
            lambda error: self._refused(path, error, stop=False),
        )

    def _run(
        self,
        name: str,
        function: Callable[[TaskContext], Any],
        title: str,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        progress = PackageProgress(self, title)

        def result(value: Any) -> None:
            progress.finish()
            on_result(value)

        def error(failure: BaseException) -> None:
            progress.finish()
            on_error(failure)

        task = self.runner.submit(
            name, function, on_result=result, on_error=error, parent_widget=self
        )
        progress.follow(task)

    def _checked(self, path: Path, summary: ImportSummary) -> None:
        if summary.already_imported_at is not None and self._batch_size > 1:
            self._skipped_already += 1
            self._check_next()
            return
        dialog = PackagePreviewDialog(path, summary, self._position, self._batch_size, self)
        self.preview = dialog
        dialog.finished.connect(lambda result: self._previewed(path, result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _previewed(self, path: Path, result: int) -> None:
        self.preview = None
        if result == QDialog.DialogCode.Accepted.value:
            self._import(path)
            return
        if result != SKIPPED:
            self._queue.clear()
        self._check_next()

    def _import(self, path: Path) -> None:
        store_path = self.store.path

        def apply(context: TaskContext) -> ImportSummary:
            from app.services.paths import backups_dir
            from app.services.store import backup_database
            from app.services.sync.importer import import_package

            with context.session() as session:
                return import_package(
                    session,
                    path,
                    lambda percent, _message: context.progress(percent),
                    backup=lambda: backup_database(store_path, backups_dir(), "before-package"),
                )

        self._run(
            "package import",
            apply,
            self.tr("Importing {name}…").format(name=path.name),
            lambda summary: self._imported(path, summary),
            lambda error: self._refused(path, error, stop=True),
        )

    def _imported(self, path: Path, summary: ImportSummary) -> None:
        self.reload()
        if summary.already_imported_at is not None:
            messages.show_info(
                self,
                for_display(
                    self.tr(
                        "The package {name} was already imported on {when}; nothing was changed."
                    ).format(name=path.name, when=when_text(summary.already_imported_at))
                ),
            )
            self._check_next()
            return
        sender = summary.sender_name
        if summary.profile == "counts":
            text = self.tr("The counts of records from {sender} are imported.").format(
                sender=sender
            )
        else:
            totals = summary.totals()
            text = self.tr(
                "The package from {sender} is imported: {new} new records, {updated} "
                "updated, {unchanged} unchanged, {conflicts} conflicts."
            ).format(
                sender=sender,
                new=texts.number(totals.new),
                updated=texts.number(totals.updated),
                unchanged=texts.number(totals.unchanged),
                conflicts=texts.number(totals.conflicts),
            )
        details = []
        if summary.totals().conflicts:
            details.append(self.tr("Review the conflicts under Conflicts."))
        if summary.backup is not None:
            details.append(
                self.tr("A backup of the database before the import: {path}").format(
                    path=str(summary.backup)
                )
            )
        messages.show_info(self, for_display(text), "\n".join(details))
        self.data_changed.emit()
        self._check_next()

    def _refused(self, path: Path, error: BaseException, *, stop: bool) -> None:
        details = [self.tr("File: {name}").format(name=path.name)]
        if stop and self._queue:
            self._queue.clear()
            details.append(self.tr("The packages after this one were not opened."))
        messages.show_error(self, for_display(error_text(error)), "\n".join(details))
        if stop:
            self.reload()
        self._check_next()

    def _finish_batch(self) -> None:
        skipped = self._skipped_already
        self._batch_size = self._position = self._skipped_already = 0
        self._set_busy(False)
        if skipped:
            messages.show_info(
                self,
                for_display(
                    self.tr(
                        "{count} of the packages were imported before; they were left as they are."
                    ).format(count=texts.number(skipped))
                ),
            )
        self.receiving_finished.emit()
