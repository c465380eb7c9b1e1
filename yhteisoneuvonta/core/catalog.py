"""The core's translation catalogue: report texts and error messages in every language.

The texts live in gettext catalogues managed with Babel,
``resources/locale/<lang>/LC_MESSAGES/yhteisoneuvonta.po`` (template: ``resources/locale/
yhteisoneuvonta.pot``). Each entry is looked up by a stable key kept in ``msgctxt``; ``msgid``
is the English text, so a translator sees the source beside the key. The ``.po`` files are
read with Babel on first use of a language (no build step; a few hundred entries read in
milliseconds), so a fresh checkout and a frozen build work alike.

``t(key, lang, **values)`` fills ``{name}`` placeholders with ``str.format``. A key missing
from a language falls back to English, then to a text registered in the source with ``add()``
(a module not yet converted by ``python -m yhteisoneuvonta.core.i18n_tool extract``), then to
the key itself, so a missing translation never hides a report line.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from pathlib import Path

from ..languages import DEFAULT_LANGUAGE, LANGUAGES, SOURCE_LANGUAGE
from ..paths import resources_dir

log = logging.getLogger(__name__)

DOMAIN = "yhteisoneuvonta"

_lock = threading.Lock()
_loaded: dict[str, dict[str, str]] = {}
# Catalogues installed at run time (a pseudo-locale in tests): they count as available languages.
_extra: dict[str, dict[str, str]] = {}
# Texts still registered in the source as (fi, sv, en) tuples: the last fallback.
_source: dict[str, tuple[str, ...]] = {}
_SOURCE_ORDER = ("fi", "sv", "en")


def locale_dir() -> Path:
    return resources_dir() / "locale"


def po_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or locale_dir()) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def pot_path(folder: Path | None = None) -> Path:
    return (folder or locale_dir()) / f"{DOMAIN}.pot"


def read_po(path: Path) -> dict[str, str]:
    """``key -> text`` of one ``.po`` file; an untranslated entry is left out."""
    from babel.messages.pofile import read_po as babel_read_po

    with open(path, "rb") as fh:
        catalog = babel_read_po(fh, domain=DOMAIN)
    out: dict[str, str] = {}
    for message in catalog:
        if not message.id or not message.context or message.fuzzy:
            continue
        text = message.string if isinstance(message.string, str) else ""
        if text:
            out[message.context] = text
    return out


def catalogue(lang: str) -> dict[str, str]:
    """Every translated text of ``lang`` (empty for a language without a catalogue)."""
    if lang in _extra:
        return _extra[lang]
    with _lock:
        if lang not in _loaded:
            path = po_path(lang)
            try:
                _loaded[lang] = read_po(path) if path.exists() else {}
            except Exception:  # noqa: BLE001 - a broken catalogue must not stop a report or an error
                log.exception("cannot read the catalogue %s", path)
                _loaded[lang] = {}
        return _loaded[lang]


def available(lang: str) -> bool:
    """A language a report or a message may be asked for (pseudo-locales included)."""
    return lang in LANGUAGES or lang in _extra


def lookup(key: str, lang: str) -> str | None:
    """The text of ``key`` in ``lang``, else English, else a source tuple; None if unknown."""
    if not available(lang):
        lang = DEFAULT_LANGUAGE
    text = catalogue(lang).get(key)
    if text is None and lang not in _extra:
        text = catalogue(SOURCE_LANGUAGE).get(key)
    if text is None and key in _source:
        texts = _source[key]
        text = texts[_SOURCE_ORDER.index(lang)] if lang in _SOURCE_ORDER else texts[_SOURCE_ORDER.index("en")]
    return text


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text of ``key`` in ``lang`` with ``{name}`` placeholders filled from ``values``."""
    text = lookup(key, lang)
    if text is None:
        return key
    return text.format(**values) if values else text


def add(texts: Mapping[str, tuple[str, ...]]) -> None:
    """Register (fi, sv, en) texts kept in the source; the catalogue wins where it has the key.

    Kept so modules written before the catalogue keep working; ``i18n_tool extract`` moves
    these tuples into the ``.po`` files."""
    _source.update(texts)


def install(lang: str, texts: Mapping[str, str]) -> None:
    """Make ``lang`` available with ``texts`` (a pseudo-locale); nothing falls back for it."""
    _extra[lang] = dict(texts)


def uninstall(lang: str) -> None:
    _extra.pop(lang, None)


def reload() -> None:
    """Forget the loaded catalogues (after the tool rewrote them)."""
    with _lock:
        _loaded.clear()
