"""One Alt key, one target, in every window (as KDE's accelerator manager does).

Translators choose the Alt key of each label (``&Kesto``), but a page's labels and the menu
bar's titles are translated one by one and clash: Alt+K opened the Records menu instead of
the Duration field. :func:`assign` keeps the menu bar's keys, then gives every visible label,
button and tab the translator's key when it is still free, else the first free letter of a
word, else any free letter, else none. Run when a page is shown and after a language switch."""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

RESERVED = set("0123456789")  # Alt+1…6 log the quick-log topics


def key_of(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).casefold() if m else None


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")


def with_key(text: str, taken: set[str]) -> str:
    """``text`` with its Alt key moved to a free letter (or removed); the key is taken."""
    wanted = key_of(text)
    if wanted and wanted not in taken:
        taken.add(wanted)
        return text
    plain = _plain(text)
    starts = [m.start() for m in re.finditer(r"\b\w", plain)]
    others = [i for i in range(len(plain)) if i not in starts]
    for i in starts + others:
        ch = plain[i].casefold()
        if plain[i].isalpha() and ch not in taken and ch not in RESERVED and (i == 0 or plain[i - 1] != "&"):
            taken.add(ch)
            return plain[:i] + "&" + plain[i:]
    return plain


def _targets(root: QWidget) -> list[tuple[Callable[[], str], Callable[[str], None]]]:
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            out.append((w.text, w.setText))
        elif isinstance(w, QAbstractButton):
            out.append((w.text, w.setText))
        elif isinstance(w, QGroupBox) and w.isCheckable():
            out.append((w.title, w.setTitle))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out.append((lambda b=w, i=i: b.tabText(i), lambda t, b=w, i=i: b.setTabText(i, t)))
    return out


def assign(root: QWidget) -> None:
    taken: set[str] = set()
    if isinstance(root, QMainWindow):
        for act in root.menuBar().actions():
            key = key_of(act.text()) if act.isVisible() else None
            if key:
                taken.add(key)
    targets = [(get, put) for get, put in _targets(root) if key_of(get())]
    # the translator's own choices first, so a later widget never steals an intended key
    chosen = [key_of(get()) for get, _ in targets]
    keep = {i for i, k in enumerate(chosen) if k not in taken and chosen.index(k) == i}
    taken |= {chosen[i] for i in keep}
    for i, (get, put) in enumerate(targets):
        if i in keep:
            continue
        text = get()
        new = with_key(text, taken)
        if new != text:
            put(new)
