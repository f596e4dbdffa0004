"""In the running main window, by keyboard only: add an enterprise, then its workforce demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import EnterpriseLocation, Level
from app.models.network import Enterprise, WorkforceDemand
from app.services.store import Store
from app.views.list_page import ListPage
from app.views.main_window import MainWindow

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier
DECOY = "Alpha Parts Co Ltd"  # sorts first, so the demand form does not start on the new one
NEW = "Robot Works Co Ltd"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where a person's key would go: an open pop-up list, else the focus."""
    target = QApplication.activePopupWidget() or _focused()
    qtbot.keyClick(target, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)  # QTest types Latin keys only


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the background reads; then give the window back its activation, as a window
    manager does when a progress box closes (the offscreen platform does not)."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)


def _to_navigation(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+F to the list's search box, then Shift+Tab back to the navigation list.

    (Inside the table Tab and Shift+Tab only move between cells, even with Ctrl.)
    """
    if window.nav.hasFocus():
        return
    _key(qtbot, Qt.Key.Key_F, CTRL)
    visited = []
    for _ in range(20):
        if window.nav.hasFocus():
            return
        visited.append(_focused().objectName())
        _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    raise AssertionError(f"Shift+Tab never reaches the navigation: {visited}")


def _open_list(qtbot: QtBot, window: MainWindow, steps_down: int) -> ListPage:
    """Ctrl+1 opens area 1, the arrow keys walk the navigation down to one of its lists and
    Shift+Tab goes from the navigation into that list's table."""
    _to_navigation(qtbot, window)
    _key(qtbot, Qt.Key.Key_1, CTRL)
    assert window.current_page() is window.area_pages[0]
    for _ in range(steps_down):
        _key(qtbot, Qt.Key.Key_Down)
    page = window.current_page()
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.total is not None, timeout=WAIT_MS)
    _settle(qtbot, window)
    assert window.nav.hasFocus()
    _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.table.hasFocus()
    return page


def _new_form(qtbot: QtBot, page: ListPage, first_field: str) -> None:
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)


def test_an_enterprise_and_its_demand_are_added_with_the_keyboard_only(
    qtbot: QtBot, center_store: Store, window: MainWindow
) -> None:
    with center_store.transaction() as session:
        session.add(Enterprise(name_th=DECOY, location=EnterpriseLocation.DOMESTIC))
    window.activateWindow()
    qtbot.waitUntil(window.nav.hasFocus, timeout=WAIT_MS)  # where the window starts

    enterprises = _open_list(qtbot, window, steps_down=2)
    assert enterprises.kind == "enterprises"
    _new_form(qtbot, enterprises, "name_th")
    _type(qtbot, NEW)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Robot Works")  # English name
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # past the location, which stays "in Thailand"
    _type(qtbot, "Chonburi")  # province
    with qtbot.waitSignal(enterprises.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)

    _settle(qtbot, window)
    demand = _open_list(qtbot, window, steps_down=3)
    assert demand.kind == "workforce_demand"
    _new_form(qtbot, demand, "enterprise_id")
    form = demand.form
    assert form is not None
    chooser = form.fields["enterprise_id"]
    assert isinstance(chooser, QComboBox)
    assert chooser.currentText() == DECOY
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "works")  # any part of the name offers the matches in a pop-up list
    completer = chooser.completer()
    assert completer is not None
    qtbot.waitUntil(completer.popup().isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not completer.popup().isVisible(), timeout=WAIT_MS)
    assert chooser.currentText() == NEW
    assert form.isVisible()  # Enter chose the entry; it did not save the form
    for _ in range(4):  # on past subject, level and fiscal year: their defaults stay
        _key(qtbot, Qt.Key.Key_Tab)
    assert form.fields["positions"].hasFocus()
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "12")
    with qtbot.waitSignal(demand.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)

    with center_store.session() as session:
        added = session.scalars(select(Enterprise).where(Enterprise.name_th == NEW)).one()
        assert (added.name_en, added.province_code) == ("Robot Works", "20")
        rows = session.scalars(select(WorkforceDemand)).all()
        assert [(row.enterprise_id, row.positions) for row in rows] == [(added.id, 12)]
        assert rows[0].level in set(Level)
