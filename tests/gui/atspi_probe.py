"""Run by the SYSTEM python3 (pyatspi is a Debian package, not in the venv) inside the test's
X display and session bus: read the running program the way Orca does, through AT-SPI.

Prints one JSON object: the application's name, the quick-log page's buttons (role, name,
description), its combo box (name, label, chosen item), focusable objects without a name,
which control had focus before and after a Tab key press, and what a save announced.
"""
from __future__ import annotations

import json
import sys
import time

import pyatspi

APP = sys.argv[1] if len(sys.argv) > 1 else "Yhteisöneuvonta"
TAB_KEYCODE = 23  # X keycode of Tab on the default (evdev/xfree86) keymap


def find_app(deadline: float):
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == APP and app.childCount:
                return app
        time.sleep(0.3)
    return None


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:  # noqa: BLE001 - a widget can go away while we read
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def showing(node) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def chosen(combo):
    """What a screen reader reads as the combo box's value: the selected item of its list."""
    try:
        lst = combo.getChildAtIndex(0)
        sel = lst.querySelection()
        return [sel.getSelectedChild(i).name for i in range(sel.nSelectedChildren)]
    except Exception as exc:  # noqa: BLE001
        return [f"error: {exc}"]


def focused(app):
    """The focused control (not a list's current item, which keeps its state when the list
    itself has no focus)."""
    found = None
    for node in walk(app):
        if node.getState().contains(pyatspi.STATE_FOCUSED) and node.getRole() != pyatspi.ROLE_LIST_ITEM:
            found = {"role": node.getRoleName(), "name": node.name}
    return found


def save_and_listen(buttons) -> list[str]:
    """Press Save (a topic is chosen) and collect what the program announces."""
    from gi.repository import GLib

    heard: list[str] = []

    def on_event(event) -> None:
        heard.append(str(event.any_data))

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    save = next((b for b in buttons if "Ctrl+Enter" in b.name), None)
    if save is None:
        return heard
    action = save.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)
    loop = GLib.MainLoop()
    GLib.timeout_add(3000, loop.quit)
    loop.run()
    pyatspi.Registry.deregisterEventListener(on_event, "object:announcement")
    return heard


def main() -> int:
    app = find_app(time.time() + 40)
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        print(json.dumps({"error": f"application {APP!r} not on the desktop", "apps": names}))
        return 1
    # wait until the first page (built after the first frame) is in the tree
    deadline = time.time() + 30
    buttons = []
    while time.time() < deadline:
        buttons = [n for n in walk(app) if n.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON,
                                                            pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON)
                   and showing(n)]
        if any("Ctrl+Enter" in b.name for b in buttons):
            break
        time.sleep(0.3)
    combos = [n for n in walk(app) if n.getRole() == pyatspi.ROLE_COMBO_BOX and showing(n)]
    out = {"app": app.name,
           "combos": [{"name": c.name, "labelled_by": [t.name for r in c.getRelationSet()
                                                         if r.getRelationType() == pyatspi.RELATION_LABELLED_BY
                                                         for t in (r.getTarget(i) for i in range(r.getNTargets()))]}
                      for c in combos],
           "combo_choices": [chosen(c) for c in combos],
           "unnamed": [n.getRoleName() for n in walk(app) if showing(n) and not n.name
                       and n.getState().contains(pyatspi.STATE_FOCUSABLE)],
           "buttons": [{"role": b.getRoleName(), "name": b.name, "description": b.description} for b in buttons]}
    # No window manager activates the window: a click on the first topic button does (and
    # gives that button the focus), as a user's click would; then Tab.
    start = next((b for b in buttons if b.getRole() == pyatspi.ROLE_CHECK_BOX and b.name), None)
    if start is not None:
        x, y, w, h = start.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, pyatspi.MOUSE_B1C)
        time.sleep(1.0)
    out["focus_before"] = focused(app)
    pyatspi.Registry.generateKeyboardEvent(TAB_KEYCODE, None, pyatspi.KEY_PRESSRELEASE)
    time.sleep(1.0)
    out["focus_after"] = focused(app)
    out["announced"] = save_and_listen(buttons)
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
