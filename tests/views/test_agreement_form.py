"""Adding an agreement (MOU/MOA) from its list, by keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import CollegeGroupCode, EnterpriseLocation, Ownership
from app.models.network import College, Enterprise
from app.services.store import Store
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.runner import TaskRunner

WAIT_MS = 20_000
COLLEGE = "วิทยาลัยเทคนิคชลบุรี"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_an_agreement_is_typed_and_a_bad_date_is_shown_under_it(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    with center_store.transaction() as session:
        session.add(Enterprise(name_th="บริษัท ก จำกัด", location=EnterpriseLocation.DOMESTIC))
        session.add(
            College(name_th=COLLEGE, ownership=Ownership.PUBLIC, group=CollegeGroupCode.CVM)
        )
    page = ListPage("agreements", "agreements", center_store, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.show()
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["kind"].hasFocus(), timeout=WAIT_MS)
    for _ in range(3):  # type, college, enterprise: the first choices stay
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    signed = form.fields["signed_on"]
    assert signed.hasFocus() and isinstance(signed, QLineEdit)
    qtbot.keyClicks(signed, "1/10/2568")
    qtbot.keyClick(signed, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "30/9/2567")  # expires before it was signed
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    error = form.errors["expires_on"]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.property("role") == "fieldError" and error.text()
    expires = form.fields["expires_on"]
    assert isinstance(expires, QLineEdit) and expires.text() == "30/9/2567"
    assert signed.text() == "1/10/2568" and form.isVisible() and expires.hasFocus()
    expires.selectAll()
    qtbot.keyClicks(expires, "30/9/2571")
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(expires, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert COLLEGE in [str(page.model.index(0, c).data()) for c in range(3)]
    assert page.undo_button.isEnabled()
