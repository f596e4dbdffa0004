"""The packages page, driven from the keyboard: a college station and its center exchange
packages both ways; refused, cancelled and already-imported packages change nothing."""

from __future__ import annotations

import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models.network import College
from app.models.sync import SyncPackage
from app.models.teachers import Teacher
from app.services import paths
from app.services.site_setup import init_central_site, init_college_site
from app.services.store import Store, open_store
from app.services.sync import exporter, labels
from app.services.sync.errors import PackageError
from app.services.sync.importer import check_package, import_package
from app.services.sync.package_file import PackageReader
from app.services.sync.trust import read_key_file, trust_key, write_key_file
from app.views.i18n import LanguageManager
from app.views.packages_page import PackagePreviewDialog, PackagesPage
from app.views.runner import TaskRunner
from app.views.thai_wrap import ZWSP
from tests.views.conftest import Shown

WAIT_MS = 20_000
COLLEGE = "วิทยาลัยการอาชีพทดสอบ"


# -- two sites that trust each other ----------------------------------------------------------
@pytest.fixture
def center(center_store: Store, center_db_template: Path, private_home: Path) -> Store:
    """The center of the fixture, with its private key where this test's program looks."""
    assert center_store.site is not None
    name = f"{center_store.site.uuid}.pem"
    shutil.copyfile(center_db_template.parent / name, paths.keys_dir() / name)
    return center_store


@pytest.fixture
def college(tmp_path: Path, private_home: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "college.db", create=True)
    init_college_site(store, 11, COLLEGE)
    yield store
    store.close()


@pytest.fixture
def college_runner(college: Store) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(college)
    yield task_runner
    assert task_runner.wait()


def _enrol(store: Store, peer: Store, folder: Path) -> None:
    """``store`` trusts the key of ``peer``."""
    assert peer.site is not None
    key_file = folder / f"{peer.site.uuid}.cvmkey"
    with peer.session() as session:
        write_key_file(session, key_file)
    with store.transaction() as session:
        trust_key(session, read_key_file(key_file))


@pytest.fixture
def paired(center: Store, college: Store, tmp_path: Path) -> None:
    _enrol(center, college, tmp_path)
    _enrol(college, center, tmp_path)


def _add_teacher(store: Store, first_name: str, college_name: str = COLLEGE) -> None:
    with store.transaction() as session:
        college_id = session.scalars(
            select(College.id).where(College.name_th == college_name)
        ).one()
        session.add(Teacher(college_id=college_id, first_name=first_name, last_name="ใจดี"))


def _teachers(store: Store) -> dict[str, str]:
    with store.session() as session:
        return dict(session.execute(select(Teacher.first_name, Teacher.last_name)).tuples().all())


def _packages(store: Store, direction: str) -> int:
    with store.session() as session:
        return session.scalar(
            select(func.count()).select_from(SyncPackage).where(SyncPackage.direction == direction)
        )


def _export(store: Store, peer: Store, out: Path) -> Path:
    assert peer.site is not None
    with store.session() as session:
        exporter.export_package(session, peer.site.uuid, out)
    return out


# -- the pages -------------------------------------------------------------------------------
def _open(qtbot: QtBot, store: Store, runner: TaskRunner) -> PackagesPage:
    page = PackagesPage(store, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    page.activateWindow()
    return page


@pytest.fixture
def center_page(
    qtbot: QtBot, center: Store, runner: TaskRunner, paired: None, languages: LanguageManager
) -> PackagesPage:
    return _open(qtbot, center, runner)


@pytest.fixture
def college_page(
    qtbot: QtBot, college: Store, college_runner: TaskRunner, paired: None, languages: Any
) -> PackagesPage:
    return _open(qtbot, college, college_runner)


def _choose(monkeypatch: pytest.MonkeyPatch, method: str, answer: Any) -> list[Any]:
    calls: list[Any] = []

    def fake(*args: Any, **_kwargs: Any) -> Any:
        calls.append(args)
        return answer

    monkeypatch.setattr(QFileDialog, method, staticmethod(fake))
    return calls


def _press(qtbot: QtBot, widget: Any) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _make(
    qtbot: QtBot, page: PackagesPage, monkeypatch: pytest.MonkeyPatch, out: Path
) -> list[Any]:
    calls = _choose(monkeypatch, "getSaveFileName", (str(out), ""))
    with qtbot.waitSignal(page.package_made, timeout=WAIT_MS):
        _press(qtbot, page.make_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    return calls


def _wait_preview(qtbot: QtBot, page: PackagesPage) -> PackagePreviewDialog:
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=WAIT_MS)
    assert page.preview is not None
    return page.preview


def _open_files(
    qtbot: QtBot, page: PackagesPage, monkeypatch: pytest.MonkeyPatch, files: list[Path]
) -> None:
    _choose(monkeypatch, "getOpenFileNames", ([str(path) for path in files], ""))
    _press(qtbot, page.open_button)


def _import(qtbot: QtBot, page: PackagesPage, preview: PackagePreviewDialog) -> None:
    assert preview.import_button.isEnabled()
    with qtbot.waitSignal(page.data_changed, timeout=WAIT_MS):
        qtbot.keyClick(preview, Qt.Key.Key_Return)


def _history(page: PackagesPage, column: int) -> list[str]:
    table = page.history
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _recipient_kind(page: PackagesPage) -> str:
    recipient = page.current_recipient()
    assert recipient is not None
    return recipient.kind.value


def _plain(text: str) -> str:
    return text.replace(ZWSP, "")


def _tr(source: str) -> str:
    return QCoreApplication.translate("PackagesPage", source)


# -- the tests -------------------------------------------------------------------------------
def test_college_and_center_exchange_packages_both_ways(
    qtbot: QtBot,
    center: Store,
    college: Store,
    center_page: PackagesPage,
    college_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    _add_teacher(college, "สมชาย")

    # The college station sends to its center: the only recipient, always the full data.
    assert college_page.recipient.count() == 1
    assert not college_page.profile_box.isEnabled()
    assert college_page.chosen_profile() == "full"
    to_center = tmp_path / "to-center.cvmpkg"
    calls = _make(qtbot, college_page, monkeypatch, to_center)
    suggested = Path(calls[0][2]).name
    assert suggested.startswith("cvm-college-to-center-") and suggested.endswith(".cvmpkg")
    assert to_center.exists() and not list(tmp_path.glob("*.part"))
    kind, _text, detail = shown.boxes[-1]
    assert kind == "info"
    assert labels.table_label("teacher") in detail
    assert labels.table_label("college") in detail
    qtbot.waitUntil(lambda: college_page.history.rowCount() == 1, timeout=WAIT_MS)
    assert _history(college_page, 0) == [_tr("Sent")]
    assert _history(college_page, 5) == ["to-center.cvmpkg"]

    # The center opens it: the preview counts what is new, then it is imported.
    _open_files(qtbot, center_page, monkeypatch, [to_center])
    preview = _wait_preview(qtbot, center_page)
    assert COLLEGE in preview.values["sender"].text()
    assert preview.values["profile"].text() == labels.profile_label("full")
    assert preview.counts_of("teacher") == [1, 0, 0, 0, 0]
    assert preview.counts_of("college") == [1, 0, 0, 0, 0]
    assert not preview.problems.isVisible() and not preview.already.isVisible()
    assert _teachers(center) == {}  # the preview wrote nothing
    with qtbot.waitSignal(center_page.receiving_finished, timeout=WAIT_MS):
        _import(qtbot, center_page, preview)
    assert _teachers(center) == {"สมชาย": "ใจดี"}
    kind, _text, detail = shown.boxes[-1]
    assert kind == "info"
    backups = list((paths.data_dir() / "backups").glob("*before-package*"))
    assert len(backups) == 1 and str(backups[0]) in detail
    qtbot.waitUntil(lambda: center_page.history.rowCount() == 1, timeout=WAIT_MS)
    assert _history(center_page, 0) == [_tr("Received")]
    assert _history(center_page, 5) == ["to-center.cvmpkg"]
    assert not center_page.busy and center_page.make_button.isEnabled()

    # The center corrects the teacher and adds one; its package goes back to the college.
    with center.transaction() as session:
        teacher = session.scalars(select(Teacher)).one()
        teacher.last_name = "ใจงาม"
    _add_teacher(center, "สมหญิง")
    to_college = tmp_path / "to-college.cvmpkg"
    _make(qtbot, center_page, monkeypatch, to_college)
    qtbot.waitUntil(lambda: center_page.history.rowCount() == 2, timeout=WAIT_MS)
    assert _history(center_page, 0) == [_tr("Sent"), _tr("Received")]

    _open_files(qtbot, college_page, monkeypatch, [to_college])
    preview = _wait_preview(qtbot, college_page)
    assert preview.counts_of("teacher") == [1, 1, 0, 0, 0]
    assert preview.counts_of("college") == [0, 0, 1, 0, 0]
    _import(qtbot, college_page, preview)
    assert _teachers(college) == {"สมชาย": "ใจงาม", "สมหญิง": "ใจดี"}
    qtbot.waitUntil(lambda: college_page.history.rowCount() == 2, timeout=WAIT_MS)
    assert _history(college_page, 0) == [_tr("Received"), _tr("Sent")]
    assert _history(college_page, 5) == ["to-college.cvmpkg", "to-center.cvmpkg"]


def test_a_damaged_package_is_refused_with_its_reason(
    qtbot: QtBot,
    center: Store,
    college: Store,
    center_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    _add_teacher(college, "สมชาย")
    good = _export(college, center, tmp_path / "good.cvmpkg")
    damaged = tmp_path / "damaged.cvmpkg"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "data/teacher.jsonl":
                data = data.replace("ใจดี".encode(), "ใจร้าย".encode())
            target.writestr(info, data)
    with center.session() as session, pytest.raises(PackageError) as refusal:
        check_package(session, damaged)

    with qtbot.waitSignal(center_page.receiving_finished, timeout=WAIT_MS):
        _open_files(qtbot, center_page, monkeypatch, [damaged])
    assert center_page.preview is None
    kind, text, detail = shown.boxes[-1]
    assert kind == "error"
    assert _plain(text) == refusal.value.message
    assert "damaged.cvmpkg" in detail
    assert _teachers(center) == {}
    assert _packages(center, "in") == 0
    assert center_page.open_button.isEnabled()


def test_rows_of_another_college_show_the_problem_and_cannot_be_imported(
    qtbot: QtBot,
    center: Store,
    college: Store,
    center_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with college.transaction() as session:
        other = session.scalars(select(College).where(College.name_th == COLLEGE)).one()
        session.add(
            College(
                name_th="วิทยาลัยเทคนิคอื่น",
                ownership=other.ownership,
                group=other.group,
                center_id=other.center_id,
            )
        )
    _add_teacher(college, "สมศักดิ์", "วิทยาลัยเทคนิคอื่น")
    package = _export(college, center, tmp_path / "too-much.cvmpkg")

    _open_files(qtbot, center_page, monkeypatch, [package])
    preview = _wait_preview(qtbot, center_page)
    assert preview.problems.isVisible()
    assert not preview.import_button.isEnabled()
    assert preview.counts_of("teacher")[4] == 1
    assert preview.counts_of("college")[4] == 1
    with qtbot.waitSignal(center_page.receiving_finished, timeout=WAIT_MS):
        qtbot.keyClick(preview, Qt.Key.Key_Return)  # the default button is Close
    assert _teachers(center) == {}
    assert _packages(center, "in") == 0


def test_cancel_leaves_no_file(
    qtbot: QtBot,
    center: Store,
    college: Store,
    college_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    _add_teacher(college, "สมชาย")
    gate = threading.Event()
    real = exporter._changed_rows

    def held(*args: Any) -> Any:
        gate.wait(WAIT_MS / 1000)  # until the person has pressed Cancel
        return real(*args)

    monkeypatch.setattr(exporter, "_changed_rows", held)
    out = tmp_path / "out"
    out.mkdir()
    _choose(monkeypatch, "getSaveFileName", (str(out / "to-center"), ""))
    _press(qtbot, college_page.make_button)
    qtbot.waitUntil(
        lambda: (
            college_page.export_progress is not None and college_page.export_progress.isVisible()
        ),
        timeout=WAIT_MS,
    )
    progress = college_page.export_progress
    assert progress is not None and progress.cancel_button is not None
    assert not college_page.make_button.isEnabled()
    _press(qtbot, progress.cancel_button)
    gate.set()
    qtbot.waitUntil(lambda: not college_page.busy, timeout=WAIT_MS)

    assert list(out.iterdir()) == []
    assert _packages(college, "out") == 0
    assert shown.boxes[-1][0] == "info"
    assert college_page.make_button.isEnabled()


def test_an_already_imported_package_says_so(
    qtbot: QtBot,
    center: Store,
    college: Store,
    center_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_teacher(college, "สมชาย")
    package = _export(college, center, tmp_path / "twice.cvmpkg")
    with center.session() as session:
        import_package(session, package)

    _open_files(qtbot, center_page, monkeypatch, [package])
    preview = _wait_preview(qtbot, center_page)
    assert preview.already.isVisible()
    assert not preview.import_button.isEnabled()
    with qtbot.waitSignal(center_page.receiving_finished, timeout=WAIT_MS):
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert _packages(center, "in") == 1


def test_a_folder_is_imported_in_the_order_the_packages_were_made(
    qtbot: QtBot,
    center: Store,
    college: Store,
    center_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _add_teacher(college, "สมชาย")
    first = _export(college, center, folder / "c-first.cvmpkg")
    _add_teacher(college, "สมหญิง")
    second = _export(college, center, folder / "b-second.cvmpkg")
    _add_teacher(college, "สมศรี")
    third = _export(college, center, folder / "a-third.cvmpkg")
    (folder / "notes.txt").write_text("not a package", encoding="utf-8")
    with center.session() as session:
        import_package(session, first)
    boxes = len(shown.boxes)

    _choose(monkeypatch, "getExistingDirectory", str(folder))
    with qtbot.waitSignal(center_page.receiving_finished, timeout=WAIT_MS):
        _press(qtbot, center_page.folder_button)
        preview = _wait_preview(qtbot, center_page)
        assert preview.path == second  # the one imported before is passed over
        assert (preview.position, preview.count) == (2, 3)
        assert preview.counts_of("teacher") == [1, 0, 1, 0, 0]
        _import(qtbot, center_page, preview)
        preview = _wait_preview(qtbot, center_page)
        assert preview.path == third
        assert preview.counts_of("teacher") == [1, 0, 2, 0, 0]
        _import(qtbot, center_page, preview)
    assert set(_teachers(center)) == {"สมชาย", "สมหญิง", "สมศรี"}
    assert [kind for kind, _text, _detail in shown.boxes[boxes:]] == ["info"] * 3
    qtbot.waitUntil(lambda: center_page.history.rowCount() == 3, timeout=WAIT_MS)
    assert _history(center_page, 5)[:2] == ["a-third.cvmpkg", "b-second.cvmpkg"]


def test_personal_data_profiles_are_for_the_central_office_only(
    qtbot: QtBot,
    center: Store,
    center_page: PackagesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central = open_store(tmp_path / "central.db", create=True)
    try:
        init_central_site(central)
        _enrol(center, central, tmp_path)
    finally:
        central.close()
    with qtbot.waitSignal(center_page.loaded, timeout=WAIT_MS):
        center_page.refresh()
    combo = center_page.recipient
    assert combo.count() == 2
    combo.setFocus()
    combo.setCurrentIndex(1)
    assert _recipient_kind(center_page) == "college"
    assert not center_page.profile_box.isEnabled()
    assert center_page.chosen_profile() == "full"
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # the central office comes first
    assert _recipient_kind(center_page) == "central"
    assert center_page.profile_box.isEnabled()
    assert center_page.chosen_profile() == "pseudonymised"

    _press(qtbot, center_page.profile_buttons["counts"])
    assert center_page.chosen_profile() == "counts"
    assert not center_page.everything.isEnabled()
    _press(qtbot, center_page.profile_buttons["pseudonymised"])
    assert center_page.everything.isEnabled()

    out = tmp_path / "to-central.cvmpkg"
    _make(qtbot, center_page, monkeypatch, out)
    with PackageReader(out) as reader:
        assert reader.manifest.profile == "pseudonymised"
    # the choice stays after the page read its lists again
    qtbot.waitUntil(lambda: center_page.history.rowCount() == 1, timeout=WAIT_MS)
    assert center_page.chosen_profile() == "pseudonymised"


def test_without_a_peer_the_page_says_to_enrol_a_key_first(
    qtbot: QtBot, center: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    page = _open(qtbot, center, runner)
    assert page.recipient.count() == 0
    assert page.no_recipient.isVisible()
    assert not page.make_button.isEnabled()
    assert page.open_button.isEnabled()
    assert page.history_note.isVisible()
    page.resize(1366 - 240, 768 - 120)
    assert page.minimumSizeHint().width() <= 1366 - 240


def test_tab_walks_the_page_in_reading_order(qtbot: QtBot, college_page: PackagesPage) -> None:
    page = college_page
    page.recipient.setFocus()
    qtbot.waitUntil(page.recipient.hasFocus, timeout=WAIT_MS)
    visited = []
    for _ in range(5):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        page.everything,
        page.make_button,
        page.open_button,
        page.folder_button,
        page.history,
    ]
