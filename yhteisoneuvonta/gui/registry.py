"""Pages and menu actions of the main window: one static table, no screen imported to list it.

Each page names the module and class that builds it as text (``"encounter_form:EncounterForm"``);
the module is imported the first time the page is shown, so a start imports only the first
page's module. Menu actions name their handler the same way and import it when chosen. To add a
screen: write its module and add one line to ``PAGES`` (and ``ACTIONS``); the main window never
needs editing. Titles are callables so they are translated when shown (and after a language
switch).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext

ADVISER = "adviser"
COORDINATOR = "coordinator"
BOTH = (ADVISER, COORDINATOR)
MENUS = ("file", "records", "tools", "help")


def resolve(target: str) -> Any:
    """``"module:attr"`` (a module of this package) -> the object, importing the module now."""
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(f".{module}", package=__package__), attr)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: str  # "module:Class", called with the AppContext
    roles: tuple[str, ...] = (ADVISER,)
    order: int = 100
    edits: tuple[str, ...] = ()  # record kinds this page can open for editing
    needs_site: bool = True  # show the site chooser and session bar with this page

    def build(self, ctx: "AppContext") -> "QWidget":
        return resolve(self.factory)(ctx)


@dataclass(frozen=True)
class ActionSpec:
    key: str
    menu: str  # one of MENUS
    text: Callable[[], str]
    handler: str  # "module:function", called with the MainWindow
    roles: tuple[str, ...] = BOTH
    shortcut: str | None = None
    order: int = 100

    def run(self, window: Any) -> Any:
        return resolve(self.handler)(window)


# Each title is spelled out in its own translate() call so that lupdate finds the literal.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("quick_log", lambda: QCoreApplication.translate("Pages", "Quick log"),
             "quick_log:QuickLogPage", order=10),
    PageSpec("encounter", lambda: QCoreApplication.translate("Pages", "Encounter"),
             "encounter_form:EncounterForm", order=20, edits=("encounter",)),
    PageSpec("form_help", lambda: QCoreApplication.translate("Pages", "Form-filling help"),
             "form_help_form:FormHelpForm", order=30, edits=("form_help",)),
    PageSpec("group_session", lambda: QCoreApplication.translate("Pages", "Group session"),
             "group_form:GroupForm", order=40, edits=("group_session",)),
    PageSpec("observation", lambda: QCoreApplication.translate("Pages", "Observation"),
             "observation_form:ObservationForm", order=50, edits=("observation",)),
    PageSpec("instrument_answer", lambda: QCoreApplication.translate("Pages", "Questionnaire (PEI)"),
             "instrument_form:InstrumentForm", order=60, edits=("instrument_answer",)),
    PageSpec("send_week", lambda: QCoreApplication.translate("Pages", "Send the week"),
             "send_week:SendWeekPage", roles=(ADVISER,), order=70, needs_site=False),
    PageSpec("summaries", lambda: QCoreApplication.translate("Pages", "Session summaries"),
             "summaries_page:SummariesPage", roles=BOTH, order=75, needs_site=False),
    PageSpec("history", lambda: QCoreApplication.translate("Pages", "History"),
             "history_page:HistoryPage", roles=BOTH, order=80, needs_site=False),
    PageSpec("settings", lambda: QCoreApplication.translate("Pages", "Settings"),
             "settings_page:SettingsPage", roles=BOTH, order=90, needs_site=False),
    # the coordinator's
    PageSpec("import", lambda: QCoreApplication.translate("Pages", "Import bundles"),
             "import_page:ImportPage", roles=(COORDINATOR,), order=10, needs_site=False),
    PageSpec("status", lambda: QCoreApplication.translate("Pages", "Status board"),
             "status_board:StatusBoard", roles=(COORDINATOR,), order=20, needs_site=False),
    PageSpec("statistics", lambda: QCoreApplication.translate("Pages", "Statistics"),
             "statistics_page:StatisticsPage", roles=(COORDINATOR,), order=30, needs_site=False),
    PageSpec("reports", lambda: QCoreApplication.translate("Pages", "Reports"),
             "reports_page:ReportsPage", roles=(COORDINATOR,), order=40, needs_site=False),
    PageSpec("reference", lambda: QCoreApplication.translate("Pages", "Reference file"),
             "reference_page:ReferencePage", roles=(COORDINATOR,), order=50, needs_site=False),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("print_summary", "file", lambda: QCoreApplication.translate("Printing", "Print a session summary…"),
               "summaries_page:show_summaries", shortcut="Ctrl+P", order=50),
    ActionSpec("help.data_folder", "help", lambda: QCoreApplication.translate("HelpMenu", "Open &data folder"),
               "help_menu:open_data_folder", order=10),
    ActionSpec("help.log_folder", "help", lambda: QCoreApplication.translate("HelpMenu", "Open &log folder"),
               "help_menu:open_log_folder", order=20),
    ActionSpec("help.about", "help", lambda: QCoreApplication.translate("HelpMenu", "&About"),
               "help_menu:about", order=90),
)


def pages_for(role: str) -> list[PageSpec]:
    return sorted((p for p in PAGES if role in p.roles), key=lambda p: (p.order, p.key))


def actions_for(role: str, menu: str) -> list[ActionSpec]:
    return sorted((a for a in ACTIONS if role in a.roles and a.menu == menu), key=lambda a: (a.order, a.key))


def action(key: str) -> ActionSpec:
    return next(a for a in ACTIONS if a.key == key)
