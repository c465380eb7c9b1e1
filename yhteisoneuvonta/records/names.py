"""What a word is, as far as the name guard cares: a person's name, a place, an ordinary word.

Finnish inflects names ("Korhosta" is the surname Korhonen, "Liisalle" is Liisa), so a list
alone misses most of them. Voikko (libvoikko with the voikko-fi dictionary, the morphology
LibreOffice uses) gives each word's base form and class (etunimi, sukunimi, paikannimi, ...).
Where Voikko is missing, and for Swedish and other names Voikko does not know, the lists in
``resources/names/`` with simple Finnish case-ending handling stand in. A missing Voikko is
logged once and reported by :func:`engine_status` (Help → About shows it).

libvoikko handles are not thread-safe: each thread gets its own. Analyses are cached per word
(the cache holds only plain tuples, so it is shared safely between threads).
"""
from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import resources_dir

log = logging.getLogger(__name__)

__all__ = ["EngineStatus", "WordInfo", "engine_status", "word_info", "use_engine"]

NO_VOIKKO_ENV = "YHTEISONEUVONTA_NO_VOIKKO"  # "1": run on the lists (tests, troubleshooting)
VOIKKO_PATH_ENV = "YHTEISONEUVONTA_VOIKKO_PATH"  # a folder with libvoikko and its dictionary

_PERSON = {"etunimi", "sukunimi"}
_PLACE = {"paikannimi"}
# Cases in which a place reading beats a person reading: "Lahdessa", "Nokialle".
_LOCATIVE = {"sisaolento", "sisaeronto", "sisatulento", "ulkoolento", "ulkoeronto", "ulkotulento"}


@dataclass(frozen=True)
class WordInfo:
    """What one word form may be. ``person``: some reading is a person's name (singular);
    ``other``: some reading is an ordinary word; ``place``: some reading is a place name;
    ``place_case``: that place reading is in a locative case; ``finite_verb``: a reading is a
    third-person indicative verb ("kävi", "tuli"); ``known``: the analyser knows the word;
    ``listed_place``: a place or organisation from ``resources/names/places.txt``."""

    person: bool = False
    other: bool = False
    place: bool = False
    place_case: bool = False
    finite_verb: bool = False
    known: bool = False
    listed_place: bool = False
    nominative: bool = False
    first_name: bool = False  # a reading is a first name ("Toivo"), not only a surname ("Posti")

    @property
    def name_only(self) -> bool:
        return self.person and not self.other and not self.place and not self.listed_place


@dataclass(frozen=True)
class EngineStatus:
    engine: str  # "voikko" or "fallback"
    detail: str  # why the fallback runs, or Voikko's dictionary

    @property
    def fallback(self) -> bool:
        return self.engine != "voikko"


# --- the name lists ---------------------------------------------------------------------------


def _read_words(name: str) -> frozenset[str]:
    path = resources_dir() / "names" / name
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        words.update(w.lower() for w in line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    names = _read_words("first_names.txt") | _read_words("surnames.txt")
    return names, _read_words("name_words.txt"), _read_words("places.txt")


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return _read_words("first_names.txt")


# Finnish case endings, longest first, and Swedish genitive -s; foreign names take ":n" etc.
_ENDINGS = sorted({
    "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta", "ttä", "ineen",
    "ine", "na", "nä", "ta", "tä", "an", "en", "in", "on", "un", "yn", "än", "ön", "han", "hen",
    "hin", "hon", "hun", "hyn", "hän", "hön", "seen", "siin", "n", "a", "ä", "s", "t", "lt", "ll",
}, key=len, reverse=True)


def _stems(word: str, loose: bool) -> list[str]:
    """Candidate base forms of an inflected name, for the list lookup. ``loose`` also guesses
    a stem's lost vowel ("Taist-a" -> Taisto): only for capitalised words, since it turns many
    ordinary words into names ("päivä" -> Päivi)."""
    w = word.lower().replace("’", "'")
    if ":" in w or "'" in w:
        w = w.split(":")[0].split("'")[0]
    out = [w]
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 2:
            stem = w[: -len(end)]
            out.append(stem)
            if stem.endswith("se"):  # Korhose-n -> Korhonen
                out.append(stem[:-2] + "nen")
            if stem.endswith("s"):  # Korhos-ta -> Korhonen
                out.append(stem[:-1] + "nen")
            if stem.endswith("e"):  # Nieme-n -> Niemi
                out.append(stem[:-1] + "i")
            if len(stem) >= 3 and stem[-1] in "aeiouyäö" and stem[-2] in "kpt" and stem[-3] != stem[-2]:
                out.append(stem[:-1] + stem[-2] + stem[-1])  # Mati-n -> Matti, Peka-n -> Pekka
            if loose and stem[-1] not in "aeiouyäö":  # Taist-a -> Taisto
                out.extend(stem + v for v in "aeiou")
    return out


# Without Voikko, the verbs that most often follow a name opening a note ("Toivo kävi").
_FI_VERBS = frozenset(
    "kävi tuli oli on ei pyysi tarvitsi haki kysyi sai soitti halusi kertoi toi jätti palasi lähti "
    "asuu muutti kävivät tulivat olivat tarvitsee haluaa ymmärsi ohjattiin autettiin täytti "
    "valitti pelkäsi odotti maksoi unohti hukkasi menetti aloitti lopetti".split())


def _list_info(word: str) -> WordInfo:
    names, name_words, places = _lists()
    if word.lower() in _FI_VERBS:
        return WordInfo(other=True, finite_verb=True)
    stems = _stems(word, loose=word[:1].isupper())
    person = any(s in names for s in stems)
    other = person and any(s in name_words for s in stems)
    listed_place = word.lower() in places or any(s in places for s in stems)
    return WordInfo(person=person, other=other, listed_place=listed_place, nominative=word.lower() in names,
                    first_name=person and any(s in _first_names() for s in stems))


def is_name_word(word: str) -> bool:
    """A name that is also an ordinary word in Finnish or Swedish ("toivo", "ville")."""
    return word.lower() in _lists()[1]


# --- Voikko -------------------------------------------------------------------------------------

_local = threading.local()
_status: EngineStatus | None = None
_status_lock = threading.Lock()
_forced: str | None = None


def _bundled_voikko_dir() -> Path | None:
    """In a frozen build libvoikko and the dictionary sit in ``voikko/`` beside the program."""
    explicit = os.environ.get(VOIKKO_PATH_ENV)
    if explicit:
        return Path(explicit)
    root = getattr(sys, "_MEIPASS", None)
    if root and (Path(root) / "voikko").is_dir():
        return Path(root) / "voikko"
    return None


def _open_voikko():  # -> libvoikko.Voikko
    from libvoikko import Voikko  # imported here: a missing binding means the fallback

    folder = _bundled_voikko_dir()
    if folder is not None:
        Voikko.setLibrarySearchPath(str(folder))
        return Voikko("fi", path=str(folder))
    return Voikko("fi")


def _voikko():
    """This thread's Voikko handle, or None when the guard runs on the lists."""
    if engine_status().fallback:
        return None
    handle = getattr(_local, "voikko", None)
    if handle is None:
        handle = _local.voikko = _open_voikko()
    return handle


def engine_status() -> EngineStatus:
    """Which engine the name guard runs on; the first call tries Voikko and logs the outcome."""
    global _status
    with _status_lock:
        if _status is None:
            _status = _probe()
            if _status.fallback:
                log.warning("name guard: Voikko is not available (%s); names are checked against "
                            "the built-in name lists only", _status.detail)
            else:
                log.info("name guard: Voikko (%s)", _status.detail)
        return _status


def _probe() -> EngineStatus:
    if _forced == "fallback" or os.environ.get(NO_VOIKKO_ENV) == "1":
        return EngineStatus("fallback", "turned off")
    try:
        handle = _open_voikko()
    except ImportError:
        return EngineStatus("fallback", "the libvoikko Python package is not installed")
    except OSError as exc:
        return EngineStatus("fallback", f"libvoikko or its Finnish dictionary is missing ({exc})")
    except Exception as exc:  # noqa: BLE001 - libvoikko raises plain Exception for a missing dictionary
        return EngineStatus("fallback", f"libvoikko cannot start ({exc})")
    try:
        dicts = handle.listDicts("fi") if hasattr(handle, "listDicts") else []
        detail = ", ".join(d.description for d in dicts[:1]) or "voikko-fi"
    except Exception:  # noqa: BLE001 - only a description
        detail = "voikko-fi"
    _local.voikko = handle
    return EngineStatus("voikko", detail)


def use_engine(engine: str | None) -> None:
    """Force ``"fallback"`` or probe again (``None``); for tests and the benchmark."""
    global _status, _forced
    with _status_lock:
        _forced = engine
        _status = None
    _local.__dict__.pop("voikko", None)
    word_info.cache_clear()


def _ascii_word(handle, word: str) -> bool:  # noqa: ANN001 - a libvoikko handle
    """``word`` is an ordinary word typed on a keyboard without ä and ö."""
    if any(ch in word for ch in "äöå") or not any(ch in word for ch in "ao"):
        return False
    variants = {word.replace("a", "ä"), word.replace("o", "ö"), word.replace("a", "ä").replace("o", "ö")}
    return any(a.get("CLASS") not in _PERSON | _PLACE for v in variants for a in handle.analyze(v))


@lru_cache(maxsize=65536)
def word_info(word: str) -> WordInfo:
    """Readings of one word form (as typed; the case of its letters matters for nothing here)."""
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        # "Liisa-Maija", "Korhonen-Virtanen" are names; "Kela-ilta", "Virtanen-säätiö",
        # "Aleksiina-kohtaamispaikka" are not (Voikko reads some of them as names).
        infos = [word_info(p) for p in parts]
        if not all(i.person for i in infos):
            return WordInfo(other=True, known=True, listed_place=word.lower() in _lists()[2])
        return WordInfo(person=True, other=any(i.other for i in infos), place=any(i.place for i in infos),
                        known=True, nominative=infos[-1].nominative,
                        listed_place=any(i.listed_place for i in infos))
    handle = _voikko()
    listed = _list_info(word)
    if handle is None:
        return listed
    analyses = handle.analyze(word)
    if not analyses:  # Swedish and foreign names: the lists
        return listed
    # "Koskinen" the adjective (rare) is the surname (common); but "virolainen", "venäläinen"
    # (nationalities, -lainen/-läinen) are everyday words that are surnames too.
    surnames = {a["BASEFORM"].lower() for a in analyses if a.get("CLASS") == "sukunimi"
                and a["BASEFORM"].lower().endswith("nen")
                and not a["BASEFORM"].lower().endswith(("lainen", "läinen"))}
    person = other = place = place_case = finite = nominative = first_name = False
    for a in analyses:
        cls = a.get("CLASS")
        if cls in _PERSON:
            if a.get("NUMBER") in (None, "singular"):
                person = True
                nominative = nominative or a.get("SIJAMUOTO") == "nimento"
                first_name = first_name or cls == "etunimi"
        elif cls in _PLACE:
            place = True
            place_case = place_case or a.get("SIJAMUOTO") in _LOCATIVE
        elif surnames and (a.get("BASEFORM", "").lower() in surnames
                           or a.get("MOOD") in ("MINEN-infinitive", "potential")):
            continue  # "Koskinen" the adjective, "Tuominen" the verb: rare words, common surnames
        else:
            other = True
            if cls == "teonsana" and a.get("MOOD") == "indicative" and a.get("PERSON") in ("3", "4"):
                finite = True
        if cls == "kieltosana":
            finite = True  # "ei"
    if listed.person and not person:
        # The lists know it as a name: "Nieminen", "Kaija" (Voikko: only a village), "Into",
        # "Oksana" (Voikko: only a word).
        person, nominative, first_name = True, listed.nominative, listed.first_name
        if not other:
            place = place_case = False
    if word.lower() in _lists()[1]:
        other = True  # Swedish "ville", "per": words in the other language
    if person and not other and word.islower() and _ascii_word(handle, word):
        other = True  # "lisaa" is "lisää" typed without umlauts, not Lisa
    return WordInfo(person=person, other=other, place=place, place_case=place_case, finite_verb=finite,
                    known=True, listed_place=listed.listed_place, nominative=nominative,
                    first_name=first_name or listed.first_name)
