"""What a screen reader and a keyboard-only user need from every screen, in one place.

- ``keyboard_fixes(root)``: Tab leaves tables and text boxes (arrows move inside a table),
  containers that only scroll take no focus; run on every page and dialog when it is built.
- ``name_from_labels(root)``: a control's accessible name is its visible label (the buddy
  label's text), also for a combo box, which Qt would otherwise name by its current value.
- ``describe(widget, text, key)``: longer explanations and shortcuts go in the accessible
  description, so the name stays what the user sees.
- ``announce(widget, text)``: a save, an undo or a refusal is spoken, not only shown.
- ``set_field_error(widget, text)``: a field's error is part of its description while it stands.
- ``install()``: on Linux Qt names a combo box by its current value whatever its accessible
  name; this gives combo boxes an interface whose name is their label and value their choice.
"""
from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

HELP_PROPERTY = "a11yHelp"  # a field's own description, to come back to when its error goes


def plain(text: str) -> str:
    """A visible label as a listener should hear it: no mnemonic marks, no trailing colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


class _TabLeaves(QObject):
    """Tab in a date edit goes to the next control, not to its next section (day, month,
    year…): a section-by-section Tab is a trap when a section never hands Tab on (a date
    edit showing its minimum date). Arrow keys still move between sections."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab) \
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            edit = obj if isinstance(obj, QDateTimeEdit) else obj.parent()
            forward = event.key() == Qt.Key_Tab and not event.modifiers() & Qt.ShiftModifier
            return QWidget.focusNextPrevChild(edit, forward)
        return False


_tab_leaves = _TabLeaves()


def keyboard_fixes(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.NoFocus)
    for text in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        text.setTabChangesFocus(True)
    for edit in root.findChildren(QDateTimeEdit):
        if not edit.property("a11yTabLeaves"):
            edit.setProperty("a11yTabLeaves", True)
            edit.installEventFilter(_tab_leaves)
            if edit.lineEdit() is not None:  # the key goes to the inner line edit first
                edit.lineEdit().installEventFilter(_tab_leaves)
    if isinstance(root, QAbstractItemView):
        root.setTabKeyNavigation(False)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` x ``height``, or less where the screen (at 200 % text) has less room."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height() - 40)  # the title bar
    window.resize(width, height)


def name_from_labels(root: QWidget) -> None:
    """Every control with a buddy label is named by that label's visible text (a name that
    adds context in brackets to it, "Municipality (Facts)", is kept)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            name = plain(label.text())
            if not buddy.accessibleName().startswith(f"{name} ("):
                buddy.setAccessibleName(name)


def native_key(key: str | QKeySequence) -> str:
    return QKeySequence(key).toString(QKeySequence.NativeText)


def describe(widget: QWidget, text: str = "", key: str | QKeySequence | None = None) -> None:
    """The accessible description: an explanation and/or the control's shortcut."""
    parts = [p for p in (text, f"({native_key(key)})" if key else "") if p]
    description = " ".join(parts)
    widget.setProperty(HELP_PROPERTY, description)
    widget.setAccessibleDescription(description)


def set_field_error(widget: QWidget, error: str) -> None:
    """While an error stands, a screen reader reads it with the field; then the help again."""
    help_text = widget.property(HELP_PROPERTY) or ""
    widget.setAccessibleDescription(f"{error} {help_text}".strip() if error else help_text)


announced: deque[tuple[str, bool]] = deque(maxlen=20)  # the latest, for a look in tests


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Speak ``text`` through the screen reader (Qt 6.8+ announcement), if one listens;
    a refusal (``assertive``) interrupts what is being read."""
    if not text:
        return
    announced.append((text, assertive))
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


# -- contrast ----------------------------------------------------------------------------------
# Black on white with a dark blue for the chosen row and links: each pair at least 7:1
# (WCAG AAA); disabled text #4d4d4d is 8.5:1 on white, still clearly dimmer than black.
_HIGH_CONTRAST = {
    QPalette.Window: "#ffffff", QPalette.WindowText: "#000000", QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#f2f2f2", QPalette.Text: "#000000", QPalette.Button: "#ffffff",
    QPalette.ButtonText: "#000000", QPalette.Highlight: "#00007a", QPalette.HighlightedText: "#ffffff",
    QPalette.ToolTipBase: "#ffffff", QPalette.ToolTipText: "#000000", QPalette.Link: "#00007a",
    QPalette.LinkVisited: "#4b0082", QPalette.PlaceholderText: "#4d4d4d", QPalette.BrightText: "#ffffff",
    QPalette.Light: "#ffffff", QPalette.Midlight: "#cccccc", QPalette.Mid: "#000000",
    QPalette.Dark: "#000000", QPalette.Shadow: "#000000",
}


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _HIGH_CONTRAST.items():
        palette.setColor(QPalette.All, role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor("#4d4d4d"))
    return palette


def system_wants_high_contrast() -> bool:
    """The desktop's own high-contrast setting (Qt 6.10+ reads it on Windows, macOS, GNOME)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    try:
        return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:
        return False


# Fusion draws a check box's frame in a light grey (2:1 on white): black frames, and a
# filled square for "checked", so the state does not hang on a thin tick.
HIGH_CONTRAST_STYLE = (
    "QCheckBox::indicator, QTreeView::indicator { width: 14px; height: 14px; border: 2px solid #000000;"
    " background: #ffffff; }"
    " QCheckBox::indicator:checked, QTreeView::indicator:checked { background: #00007a; }"
    " QCheckBox::indicator:indeterminate, QTreeView::indicator:indeterminate { background: #808080; }"
    " QCheckBox::indicator:disabled { border-color: #4d4d4d; }"
)
_default_palette: QPalette | None = None


def apply_contrast(high: bool) -> None:
    """Switch the whole program to the high-contrast palette (Fusion draws it fully), or back."""
    global _default_palette
    app = QApplication.instance()
    if _default_palette is None:
        _default_palette = QPalette(app.palette())
    if high:
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_STYLE)
    else:
        app.setPalette(_default_palette)
        app.setStyleSheet("")


# -- combo boxes -------------------------------------------------------------------------------
class ComboBoxAccessible(QAccessibleWidget):
    """A (non-editable) combo box as Qt presents it, but named by its label on every platform:
    Qt's own interface answers the name with the current value on Linux, so Orca said
    "suomi" where the form says "Asiointikieli". The value is the current choice; the list
    of choices is its child, as in Qt's interface, so a screen reader still reads the items."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self.combo = combo

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.combo.accessibleName() or self.combo.currentText()
        if t == QAccessible.Text.Value:
            return self.combo.currentText()
        return super().text(t)

    def childCount(self) -> int:  # noqa: N802
        return 1

    def child(self, index: int) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.combo.view()) if index == 0 else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        return 0 if child is not None and child.object() is self.combo.view() else -1


_interfaces: dict[int, ComboBoxAccessible] = {}  # Qt deletes each with its combo box


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name == "QComboBox" and isinstance(obj, QComboBox) and not obj.isEditable():
        iface = _interfaces[id(obj)] = ComboBoxAccessible(obj)
        obj.destroyed.connect(lambda *_, key=id(obj): _interfaces.pop(key, None))
        return iface
    return None


_installed = False


def install() -> None:
    """Once, after the QApplication exists (a factory installed before it is never asked)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
