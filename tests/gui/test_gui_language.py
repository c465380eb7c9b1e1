"""Switching the interface language at run time: fi -> en -> sv, labels from data included."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_language_switch_changes_visible_texts(qtbot, window):
    ws = window.ctx.ws
    quick = window.page("quick_log")
    settings = window.show_page("settings")
    topic = quick.topic_ids[0]
    ref = window.ctx.ref
    assert window.nav.item(0).text() == "Pikakirjaus"
    assert quick.topic_buttons[0].main.full_text() == ref.label("topics", topic, "fi")
    combo = settings.language
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Quick log")
    assert quick.save_button.text() == "Save (Ctrl+Enter)"
    assert quick.topic_buttons[0].main.full_text() == ref.label("topics", topic, "en")
    assert window.page("encounter").rows["note"].label.text().startswith("&Note")
    assert window.page("encounter").channel.itemText(0) == ref.label("channels", "walk_in", "en")
    assert settings.heading.text() == "Settings"
    assert ws.setting("language") == "en"
    combo.setCurrentIndex(combo.findData("sv"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Snabbregistrering")
    assert quick.topic_buttons[0].main.full_text() == ref.label("topics", topic, "sv")
    assert window.menus["help"].title() == "&Hjälp"
    assert quick.model.headerData(1, Qt.Horizontal) == "Ämnen"
    assert ws.setting("language") == "sv"


def test_pseudo_locale_lengthens_strings(qtbot, adviser_ws, qapp):
    from yhteisoneuvonta.gui.app import build_main_window
    from yhteisoneuvonta.gui.i18n import I18n

    tr = I18n(pseudo=True)
    tr.set_language("fi")
    try:
        win = build_main_window(adviser_ws, tr)
        qtbot.addWidget(win)
        assert win.nav.item(0).text().startswith("[Pikakirjaus ~")
    finally:
        I18n().set_language("fi")
