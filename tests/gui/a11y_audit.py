"""Read a window the way a screen reader does: through Qt's accessibility interface.

``audit_names`` walks the accessible tree of a window and returns a problem per interactive
object without a name, with a name that differs from its visible label, or with the same name
as another control of the same role in the same window. ``tab_cycle`` presses Tab from the
first control until focus comes back, and says which focusable controls it never reached.
Used by tests/gui/test_gui_accessibility.py; ``python tests/gui/a11y_audit.py`` is not a test.
"""
from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QRadioButton,
    QScrollBar,
    QWidget,
)

R = QAccessible.Role
INTERACTIVE = {
    R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox, R.Slider,
    R.Dial, R.List, R.Table, R.Tree, R.PageTab, R.ButtonMenu, R.ButtonDropDown, R.Link,
}


def plain(text: str) -> str:
    """A label as a listener hears it: no mnemonic marks, no trailing colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    # "Save as…" may be named "Save as": the dots only say that a dialog follows
    return " ".join(text.split()).rstrip(":").removesuffix("…").removesuffix("...").strip()


def walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield iface
    if depth > 60:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def buddy_labels(root: QWidget) -> dict[int, QLabel]:
    labels: dict[int, QLabel] = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(root):
            labels[id(label.buddy())] = label
    return labels


def visible_label(widget: QWidget, buddies: dict[int, QLabel]) -> str | None:
    """What a sighted user reads as the control's name, if anything."""
    full_text = getattr(widget, "visible_text", None)  # composite buttons say what they show
    if callable(full_text):
        return plain(full_text())
    if id(widget) in buddies:
        return plain(buddies[id(widget)].text())
    if isinstance(widget, QAbstractButton) and widget.text():
        return plain(widget.text())
    return None


def _skip(widget: QWidget) -> bool:
    # Scroll bars, menus and the inside of composite widgets (a combo box's list, a spin
    # box's line edit) are Qt's own; their parent control is checked instead.
    if isinstance(widget, (QScrollBar, QMenu, QMenuBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QMenuBar)) or parent.focusProxy() is widget:
            return True
        parent = parent.parentWidget()
    return False


def audit_names(root: QWidget) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(root)
    assert iface is not None and iface.isValid()
    buddies = buddy_labels(root)
    problems: list[str] = []
    seen: dict[tuple[R, str, int], str] = {}
    for node in walk(iface):
        obj = node.object()
        if node.role() not in INTERACTIVE or not isinstance(obj, QWidget):
            continue
        if not obj.isVisibleTo(root) or _skip(obj):
            continue
        where = f"{type(obj).__name__} {obj.objectName() or '?'}"
        name = plain(node.text(QAccessible.Text.Name))
        if not name:
            problems.append(f"{where}: no accessible name")
            continue
        label = visible_label(obj, buddies)
        # the label, or the label with context: "Muu (Aiheet)" among several "Muu"
        if label is not None and name != label and not (name.startswith(f"{label} (") and name.endswith(")")):
            problems.append(f"{where}: named {name!r} but shows {label!r}")
        if isinstance(obj, QComboBox) and obj.currentText() and name == plain(obj.currentText()):
            problems.append(f"{where}: named by its value {name!r}, not by a label")
        group = obj.parentWidget()
        while group is not None and not isinstance(group, QGroupBox) and not group.isWindow():
            group = group.parentWidget()
        key = (node.role(), name, id(group))
        if key in seen:
            problems.append(f"{where}: same name {name!r} as {seen[key]}")
        else:
            seen[key] = where
    return problems


def focusable(root: QWidget) -> list[QWidget]:
    """Every control Tab should stop at: takes Tab focus, shown, enabled, not a part of
    another control; of a group of radio buttons, the checked one (arrows move inside)."""
    out = []
    for w in root.findChildren(QWidget):
        if w.focusPolicy() & Qt.TabFocus != Qt.TabFocus:
            continue
        if not w.isVisibleTo(root) or not w.isEnabled() or w.focusProxy() is not None or _skip(w):
            continue
        if isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked() and \
                any(isinstance(s, QRadioButton) and s.isChecked() for s in w.parentWidget().children()):
            continue
        out.append(w)
    return out


def focus_owner(w: QWidget | None) -> QWidget | None:
    """The control that holds focus: a spin box for its line edit, and so on."""
    while w is not None:
        parent = w.parentWidget()
        if parent is not None and parent.focusProxy() is w:
            w = parent
            continue
        if isinstance(parent, QAbstractItemView) and w is parent.viewport():
            return parent
        return w
    return None


def tab_cycle(root: QWidget, first: QWidget, limit: int = 400) -> tuple[list[QWidget], list[QWidget]]:
    """Press Tab from ``first`` until focus returns to it. Returns (the controls visited in
    order, the focusable controls never visited)."""
    app = QApplication.instance()
    first.setFocus(Qt.TabFocusReason)
    app.processEvents()
    visited: list[QWidget] = [focus_owner(app.focusWidget())]
    for _ in range(limit):
        current = app.focusWidget()
        if current is None:  # focus left the window: nothing to press Tab in
            visited.append(None)
            break
        QTest.keyClick(current, Qt.Key_Tab)
        app.processEvents()
        now = focus_owner(app.focusWidget())
        if now is visited[0]:
            break
        visited.append(now)
    else:
        visited.append(None)  # never came back: a trap
    ids = {id(w) for w in visited if w is not None}
    missed = [w for w in focusable(root) if id(w) not in ids]
    return visited, missed


def describe(w: QWidget | None) -> str:
    if w is None:
        return "<no cycle>"
    name = w.accessibleName() or (w.text() if hasattr(w, "text") and callable(w.text) else "")
    return f"{type(w).__name__}:{w.objectName() or '?'}:{name!s:.30}"


def scroll_areas_with_focus(root: QWidget) -> list[str]:
    return [describe(w) for w in root.findChildren(QAbstractScrollArea)
            if type(w).__name__ == "QScrollArea" and w.focusPolicy() != Qt.NoFocus and w.isVisibleTo(root)]
