"""The languages the program speaks: the one list every layer reads.

A new language is this list, plus one core catalogue
(``resources/locale/<lang>/LC_MESSAGES/yhteisoneuvonta.po``), one Qt catalogue
(``resources/i18n/yhteisoneuvonta_<lang>.ts``) and the reference data's labels. It sits at the
bottom of the layers (beside ``errors``) so records, core, reports and the GUI may all import it.
"""
from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
# The language the messages are written in in the source (msgid); the fallback for a missing text.
SOURCE_LANGUAGE = "en"
# What each language is called in itself, for menus and choices.
NATIVE_NAMES: dict[str, str] = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
