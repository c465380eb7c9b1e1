"""One adviser action for whatever the coordinator handed over: the coordinator card or the
reference file. The file says which it is; its fingerprint is shown before anything new is
trusted, and the answer defaults to "no"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..core.workspace import Workspace
from .coordinator.dialogs import dialogs

FILE_FILTER_TEXT = "Yhteisöneuvonta (*.yn.zip *.zip *.json);;* (*)"




def ask_trust(parent: QWidget | None, ws: Workspace, info: dict) -> tuple[bool, bool] | None:
    """(pin, replace) the user agreed to, or None when they declined.

    Nothing is asked when the file's key is the one pinned already."""
    current = ws.setting("coordinator_pin")
    if current and current.get("fingerprint") == info["fingerprint"]:
        return False, False
    if current and info["kind"] == "card":
        question = QCoreApplication.translate("CoordinatorFile", "Another coordinator key is trusted on this computer:\n\n%1\n\nReplace it with the key "
                       "in this card only if the coordinator told you the key changed and gave you this "
                       "fingerprint:\n\n%2").replace("%1", current["fingerprint"]).replace("%2", info["fingerprint"])
        if not dialogs().confirm(parent, QCoreApplication.translate("CoordinatorFile", "Replace the coordinator's key?"), question):
            return None
        return True, True
    if current:
        return False, False  # a reference file never replaces a pinned key: the import checks it
    if info["kind"] == "card":
        question = QCoreApplication.translate("CoordinatorFile", "This computer does not know the coordinator's key yet. Trust the key in "
                       "this coordinator card only if its fingerprint is the one the coordinator gave you:\n\n%1")
    else:
        question = QCoreApplication.translate("CoordinatorFile", "This computer does not know the coordinator's key yet. Trust the key in "
                       "this file only if its fingerprint is the one the coordinator gave you:\n\n%1")
    question = question.replace("%1", info["fingerprint"])
    if not dialogs().confirm(parent, QCoreApplication.translate("CoordinatorFile", "Trust the coordinator's key?"), question):
        return None
    return True, False


def card_result_text(result: dict) -> str:
    if result.get("already"):
        return QCoreApplication.translate("CoordinatorFile", "This coordinator card is trusted already (%1).").replace("%1", result["fingerprint"])
    return QCoreApplication.translate("CoordinatorFile", "The coordinator's key is now trusted: %1. Bundles you send can be read by the coordinator "
               "only.").replace("%1", result["fingerprint"])
