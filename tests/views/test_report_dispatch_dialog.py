"""The dialog of the reports sent to the central office: typed by keyboard, saved in one go,
a day that cannot be read keeps the dialog open with a message and writes nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import SentReportKind
from app.services.report_dispatch import dispatches, record_dispatch
from app.services.store import Store
from app.views.i18n import LanguageManager
from app.views.report_dispatch_dialog import ReportDispatchDialog
from app.views.runner import TaskRunner

WAIT_MS = 20_000
FY = 2569


def _dialog(qtbot: QtBot, store: Store, runner: TaskRunner) -> ReportDispatchDialog:
    dialog = ReportDispatchDialog(store, runner, FY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.show()
    return dialog


def test_a_report_is_ticked_dated_and_saved(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    record_dispatch(center_store, SentReportKind.ENTERPRISE_SUMMARY, FY, date(2026, 3, 2), "1/69")
    dialog = _dialog(qtbot, center_store, runner)
    summary = SentReportKind.ENTERPRISE_SUMMARY
    matching = SentReportKind.MATCHING
    assert dialog.sent[summary].isChecked()
    assert dialog.days[summary].text() == "02/03/2569"
    assert dialog.letters[summary].text() == "1/69"
    assert not dialog.days[matching].isEnabled()
    dialog.sent[matching].setFocus()
    qtbot.keyClick(dialog.sent[matching], Qt.Key.Key_Space)
    assert dialog.days[matching].isEnabled()
    qtbot.keyClicks(dialog.days[matching], "15/6/2569")
    dialog.letters[matching].insert("ศธ 0601/77")  # QTest types Latin keys only
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_button.click()
    with center_store.session() as session:
        sent = dispatches(session, FY)
    assert sent[matching].sent_on == date(2026, 6, 15)
    assert sent[matching].reference == "ศธ 0601/77"
    assert sent[summary].reference == "1/69"


def test_an_unreadable_day_writes_nothing(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    dialog = _dialog(qtbot, center_store, runner)
    matching = SentReportKind.MATCHING
    dialog.sent[matching].setChecked(True)
    dialog.days[matching].setText("31/2/2569")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() != ""
    assert any("\u0e00" <= c <= "\u0e7f" for c in dialog.message.text())
    with center_store.session() as session:
        assert dispatches(session, FY) == {}
    # unticking a report that was sent takes it back
    record_dispatch(center_store, matching, FY, date(2026, 6, 15))
    dialog = _dialog(qtbot, center_store, runner)
    dialog.sent[matching].setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_button.click()
    with center_store.session() as session:
        assert dispatches(session, FY) == {}
