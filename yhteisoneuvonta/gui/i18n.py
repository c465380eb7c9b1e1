"""Interface languages: Qt Linguist translators, switched at run time.

The ``.ts`` sources live in ``resources/i18n``; the ``.qm`` files are build products. At
start-up a missing or outdated ``.qm`` is compiled with lrelease, into ``resources/i18n`` when
it is writable, else into the user cache directory. Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget; ours answer by calling ``retranslate()``.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from ..languages import DEFAULT_LANGUAGE, LANGUAGES
from ..paths import APP_AUTHOR, APP_NAME, resources_dir

log = logging.getLogger(__name__)

BASENAME = "yhteisoneuvonta"


def ts_dir() -> Path:
    return resources_dir() / "i18n"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "i18n"


def _lrelease() -> str | None:
    try:
        import PySide6

        exe = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if exe.exists():
            return str(exe)
    except ImportError:  # pragma: no cover
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_path(lang: str) -> Path | None:
    """The newest usable compiled catalogue of ``lang``, if any."""
    ts = ts_dir() / f"{BASENAME}_{lang}.ts"
    for folder in (ts_dir(), cache_dir()):
        qm = folder / f"{BASENAME}_{lang}.qm"
        if _fresh(qm, ts):
            return qm
    for folder in (ts_dir(), cache_dir()):  # an outdated catalogue beats none
        qm = folder / f"{BASENAME}_{lang}.qm"
        if qm.exists():
            return qm
    return None


def compile_translations() -> list[Path]:
    """Compile every missing or outdated ``.qm``; returns the files written."""
    written: list[Path] = []
    tool = _lrelease()
    for lang in LANGUAGES:
        ts = ts_dir() / f"{BASENAME}_{lang}.ts"
        if not ts.exists() or qm_path(lang) is not None and _fresh(qm_path(lang), ts):  # type: ignore[arg-type]
            continue
        if tool is None:
            log.warning("lrelease not found; %s stays uncompiled", ts)
            continue
        for folder in (ts_dir(), cache_dir()):
            qm = folder / f"{BASENAME}_{lang}.qm"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if not os.access(folder, os.W_OK):
                    continue
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
                written.append(qm)
                break
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("cannot compile %s into %s: %s", ts, folder, exc)
    return written


class PseudoTranslator(QTranslator):
    """Lengthens every string by about 40 % so long Finnish words show where layouts break."""

    def __init__(self, inner: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inner = inner

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = self._inner.translate(context, source, disambiguation, n) if self._inner else ""
        text = text or source
        if not text:
            return text
        return "[" + text + " " + "~" * max(2, len(text) * 2 // 5) + "]"


# The application has one interface language: whichever I18n switches it replaces the
# translators any other instance installed.
_installed: list[QTranslator] = []
_current: list[str] = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The language the interface speaks now (core messages are rendered in it)."""
    return _current[0]


class I18n(QObject):
    """Switches the installed translators; ``language_changed`` fires after a switch."""

    language_changed = Signal(str)

    def __init__(self, pseudo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pseudo = pseudo
        self.language = DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        for tr in _installed:
            app.removeTranslator(tr)
            tr.deleteLater()
        _installed.clear()
        self.language = lang
        _current[0] = lang
        QLocale.setDefault(QLocale(f"{lang}_FI"))
        qt_tr = QTranslator(app)
        if lang != "en" and qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            _installed.append(qt_tr)
        ours: QTranslator | None = QTranslator(app)
        qm = qm_path(lang)
        if qm is None or not ours.load(str(qm)):
            log.warning("no compiled translations for %s", lang)
            ours = None
        if self.pseudo:
            _installed.append(PseudoTranslator(ours, app))
        elif ours is not None:
            _installed.append(ours)
        for tr in _installed:
            app.installTranslator(tr)
        self.language_changed.emit(lang)
