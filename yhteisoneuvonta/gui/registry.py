"""Pages and menu actions of the main window, registered by the modules that own them.

A new screen is a module that calls :func:`register_page` (and perhaps
:func:`register_action`) at import time and is listed in ``extensions.MODULES``; the main
window never needs editing. Titles are callables so they are translated at the time they
are shown (and again after a language switch).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext

ADVISER = "adviser"
COORDINATOR = "coordinator"
BOTH = (ADVISER, COORDINATOR)
MENUS = ("file", "records", "tools", "help")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[["AppContext"], "QWidget"]
    roles: tuple[str, ...] = (ADVISER,)
    order: int = 100
    edits: tuple[str, ...] = ()  # record kinds this page can open for editing
    needs_site: bool = True  # show the site chooser and session bar with this page


@dataclass(frozen=True)
class ActionSpec:
    key: str
    menu: str  # one of MENUS
    text: Callable[[], str]
    handler: Callable[[Any], None]  # called with the MainWindow
    roles: tuple[str, ...] = BOTH
    shortcut: str | None = None
    order: int = 100


_pages: dict[str, PageSpec] = {}
_actions: dict[str, ActionSpec] = {}


def register_page(spec: PageSpec) -> PageSpec:
    _pages[spec.key] = spec
    return spec


def register_action(spec: ActionSpec) -> ActionSpec:
    if spec.menu not in MENUS:
        raise ValueError(f"unknown menu {spec.menu!r}; use one of {MENUS}")
    _actions[spec.key] = spec
    return spec


def pages_for(role: str) -> list[PageSpec]:
    return sorted((p for p in _pages.values() if role in p.roles), key=lambda p: (p.order, p.key))


def actions_for(role: str, menu: str) -> list[ActionSpec]:
    return sorted((a for a in _actions.values() if role in a.roles and a.menu == menu),
                  key=lambda a: (a.order, a.key))


@dataclass
class _Loaded:
    done: bool = False
    modules: list[str] = field(default_factory=list)


_loaded = _Loaded()


def load_extensions() -> None:
    """Import every screen module once; each registers itself."""
    if _loaded.done:
        return
    import importlib

    from .extensions import MODULES

    for name in MODULES:
        importlib.import_module(name, package=__package__)
        _loaded.modules.append(name)
    _loaded.done = True
