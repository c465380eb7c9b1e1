"""Probable personal details: names of people and street addresses in free text.

Unlike the identifiers of :mod:`.pii` (checked by a check character or an "@"), a name or an
address is never certain: "Kari" is a name and a word (a reef), "Hervanta" is a place,
"Virtanen-säätiö" an organisation. So these give a *warning* the adviser answers: replace the
words with a neutral one ("[nimi]", "[osoite]") or confirm they name no one. The CLI refuses
them unless ``--confirm-not-personal`` is given.

A word is taken for a name when (see :func:`find_names`):

- it can only be a person's name ("Liisa", "liisa", "Korhosta"), unless an organisation word
  follows ("Teemu ry") or it is a known place or organisation (``resources/names/places.txt``);
- it can be a name and an ordinary word or a place ("Kari", "Toivo", "Laine", "Nieminen") and
  the context says name: capitalised inside a sentence (a place reading in a locative case,
  "Lahdessa", wins), after a title ("rouva", "herra", "fru"), beside another name ("Kari
  Laine"), or opening a sentence followed by a verb ("Toivo kävi", "Matti tuli").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import names, pii

__all__ = ["ProbableFinding", "check_fields", "find_probable", "find_names", "find_addresses",
           "replace_findings"]

LABELS: dict[str, str] = {"name": "a name", "address": "a street address"}
NEUTRAL: dict[str, str] = {"name": "[nimi]", "address": "[osoite]"}


@dataclass(frozen=True)
class ProbableFinding:
    """Words that probably name a person (``name``) or a home (``address``)."""

    kind: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


# --- names ---------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’:][^\W\d_]+)*")
_SENTENCE_END = set(".!?;\n•*–—")
_TITLES = {
    "rouva", "rouvan", "rouvaa", "rva", "herra", "herran", "herraa", "hra", "neiti", "neidin",
    "tri", "nimeltään", "nimeltä", "nimi", "nimeltäni", "fru", "herr", "fröken", "heter",
    "mrs", "mr", "ms", "miss", "named", "kutsutaan", "nimellä", "mamma", "pappa", "äiti", "isä",
    "tytär", "poika", "puoliso", "vaimo", "mies", "veli", "sisko", "sisar", "asiakas", "kävijä",
    "kävijän", "asiakkaan", "besökaren", "klienten", "dottern", "sonen", "maken", "frun",
}
# Words after which a "name" is an organisation's: "Teemu ry", "Virtanen säätiö", "Nokia Oyj".
_ORG_AFTER = {
    "ry", "r.y", "rf", "oy", "oyj", "ab", "ky", "tmi", "säätiö", "säätiön", "säätiöltä", "säätiölle",
    "säätiöstä", "yhdistys", "yhdistyksen", "yhdistykseen", "yhdistyksestä", "stiftelse",
    "förening", "föreningen", "seura", "seuran", "seurakunta", "seurakunnan", "kerho", "kerhon",
    "koulu", "koulun", "kouluun", "koulussa", "talo", "talon", "taloon", "talolla", "keskus",
    "keskuksen", "keskukseen", "keskuksessa", "kirjasto", "kirjaston", "kirjastoon",
}
# Swedish verbs that follow a name opening a sentence ("Maria kom", "Erik behövde").
_SV_VERBS = {"kom", "var", "har", "hade", "behövde", "behöver", "ville", "vill", "frågade", "frågar",
             "fick", "bor", "ringde", "sa", "sade", "gick", "kommer", "är", "tog", "sökte", "skickade",
             "berättade", "hjälpte", "kunde", "kan", "ska", "skulle", "besökte", "flyttade", "saknar"}
# Words after a name in the genitive that make it a person's: "Sannan kanssa", "Kirsin puoliso".
_PERSONAL_AFTER = {
    "kanssa", "luona", "luokse", "luota", "puolesta", "mukana", "puoliso", "puolison", "tytär",
    "tyttären", "poika", "pojan", "äiti", "äidin", "isä", "isän", "mies", "vaimo", "lapset", "lapsi",
    "lasten", "perhe", "perheen", "perheelle", "vuokranantaja", "hakemus", "asumistuki",
}
_AND = {"ja", "sekä", "tai", "och", "eller", "&"}
# "Pirkko-mummo", "Kalle-setä": a name with a kinship word is a person.
_KIN = {"mummo", "mummi", "vaari", "ukki", "täti", "setä", "eno", "äiti", "isä", "poika", "tyttö",
        "pappa", "mamma", "farmor", "mormor", "farfar", "morfar"}
# Neutral words the guard itself puts in a text, and markers of removed details.
_OWN_WORDS = {"nimi", "nimeä", "osoite", "osoitetta", "poistettu", "namn", "adress", "borttaget",
              "name", "address", "removed"}


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“”«»([":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == ":" or (text[i] == "-" and (i == 0 or text[i - 1] in "\n "))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def find_names(text: str) -> list[ProbableFinding]:
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    infos = [names.word_info(w) for _, _, w in tokens]
    # Two-letter words ("ei", "Bo") inform the context but are never flagged themselves.
    infos = [i if len(w) >= 3 and w.lower() not in _OWN_WORDS else names.WordInfo(finite_verb=i.finite_verb)
             for i, (_, _, w) in zip(infos, tokens)]
    flagged = [False] * len(tokens)

    def adjacent(i: int, j: int) -> bool:
        """Tokens i < j follow each other with only a space between them."""
        return 0 <= i and j < len(tokens) and text[tokens[i][1]:tokens[j][0]] in (" ", "\u00a0")

    def org_follows(i: int) -> bool:
        return i + 1 < len(tokens) and adjacent(i, i + 1) and tokens[i + 1][2].lower().split(":")[0].rstrip(".") in _ORG_AFTER

    def next_word(i: int) -> str:
        return tokens[i + 1][2].lower() if i + 1 < len(tokens) and adjacent(i, i + 1) else ""

    for i, ((start, _, word), info) in enumerate(zip(tokens, infos)):
        if "-" in word and word.split("-")[-1].lower() in _KIN:
            head = word.rsplit("-", 1)[0]
            if names.word_info(head).person:
                flagged[i] = True
                tokens[i] = (start, start + len(head), head)
            continue
        if not info.person or org_follows(i) or word.isupper():
            continue
        if info.name_only:
            flagged[i] = True
            continue
        if info.listed_place:
            continue  # a known place or organisation: only beside a sure name (below)
        after = next_word(i)
        after_title = i > 0 and adjacent(i - 1, i) and tokens[i - 1][2].lower().rstrip(".") in _TITLES
        if after_title and (_capitalised(word) or not names.is_name_word(word)):
            flagged[i] = True
        elif not _capitalised(word):
            continue
        elif not _sentence_initial(text, start):
            flagged[i] = not (info.place and info.place_case)
        elif after in _PERSONAL_AFTER and not info.nominative:
            flagged[i] = True  # "Sannan kanssa", "Kirsin puoliso"; not "Venäläinen perhe"
        elif info.nominative and info.first_name and after and (
                (infos[i + 1].finite_verb and not infos[i + 1].person) or after in _SV_VERBS):
            flagged[i] = True  # "Toivo kävi", "Matti tuli", "Maria kom"; not "Posti ei"
    # A name beside a name: "Kari Laine", "Liisa Annala", "Onni ja Toivo".
    def partner(i: int, j: int) -> bool:
        """Token j is a flagged name right beside token i, or joined to it by "ja"/"och"."""
        if not 0 <= j < len(tokens) or not flagged[j]:
            return False
        lo, hi = min(i, j), max(i, j)
        if hi - lo == 1:
            return adjacent(lo, hi)
        return (hi - lo == 2 and adjacent(lo, lo + 1) and adjacent(lo + 1, hi)
                and tokens[lo + 1][2].lower() in _AND)

    changed = True
    while changed:
        changed = False
        for i, info in enumerate(infos):
            if flagged[i] or not info.person or org_follows(i) or tokens[i][2].isupper():
                continue
            if any(partner(i, j) for j in (i - 1, i + 1, i - 2, i + 2)) and (
                    _capitalised(tokens[i][2]) or info.name_only):
                if i + 1 < len(tokens) and flagged[i + 1] and org_follows(i + 1):
                    continue
                flagged[i] = changed = True
    out: list[ProbableFinding] = []
    for i, (start, end, word) in enumerate(tokens):
        if not flagged[i]:
            continue
        if out and out[-1].kind == "name" and text[out[-1].end:start] in (" ", "\u00a0"):
            prev = out.pop()  # "Anneli Korhosta" is one finding
            start = prev.start
        out.append(ProbableFinding("name", start, end, text[start:end]))
    return out


# --- street addresses --------------------------------------------------------------------------

# Street-name endings in any case ("katu", "kadulla", "tiellä"...), Finnish and Swedish. A
# street needs a name before its ending ("Insinöörinkatu", not "katu") and a house number.
_STRONG = (
    r"kat(?:u|ua|uun)|kadu(?:n|lla|lle|lta|ssa|sta|ksi)|tie(?:n|tä|llä|lle|ltä|hen|ssä|stä|ksi)?|"
    r"kuja(?:n|a|lla|lle|lta|an|ssa|sta|ksi)?|polk(?:u|ua|uun)|polu(?:n|lla|lle|lta|ssa|sta)|"
    r"väylä(?:n|ä|llä|lle|ltä|än)?|rait(?:ti|tia|tiin)|raiti(?:n|lla|lle|lta)|"
    r"puistikko(?:a|on)?|puistiko(?:n|lla|lle|lta)|kaari|kaar(?:en|ella|elle|elta|ta)|"
    r"rinne|rintee(?:n|llä|lle|ltä)|rinnettä|aukio(?:n|lla|lle|lta|ta)?|kujanne|kujantee(?:n|lla|lle)|"
    r"ahde|ahtee(?:n|lla|lle)|kaarre|kaartee(?:n|lla|lle)|bulevardi(?:n|lla|lle)?|esplanadi(?:n|lla|lle)?|"
    r"gata|gatan|väg|vägen|gränd|gränden|stig|stigen|backe|backen|allé|allén|kajen|slingan|gången"
)
# Endings that are place words too ("Rantala", "Mäki 3"): an address only with staircase or flat.
_WEAK = (
    r"tori(?:n|lla|lle)?|piha(?:n|lla|lle)?|ranta|rannan|rannalla|mäki|mäen|mäellä|portti|portin|"
    r"linja|linjan|kulma|kulman|niitty|niityn|vainio|vainion|pelto|pellon|lehto|lehdon|kallio|"
    r"kallion|harju|harjun|plan|planen|strand|stranden|torg|torget|parken"
)
_STRONG_RE = re.compile(rf"[^\W\d_]{{3,}}(?:{_STRONG})", re.I)
_WEAK_RE = re.compile(rf"[^\W\d_]{{3,}}(?:{_WEAK})", re.I)
_CANDIDATE_RE = re.compile(
    r"(?<![\w-])(?P<street>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<number>\d{1,4}(?:\s?[-–]\s?\d{1,4})?[a-zA-Z]?)(?![\w.,:]\d)")
_UNIT_AFTER = re.compile(
    r"\s?(?:€|e\b|eur|euroa|%|min|minuuttia|km|kpl|h\b|tuntia|vuotta|v\b|krt|kertaa|päivää|pv|"
    r"viikkoa|kk|kuukautta|henkeä|hlöä|kronor|kr\b|st\b|procent|°|\.\d|:\d)", re.I)
_STAIR_FLAT = re.compile(
    r"(?P<stair>\s?,?\s?(?:(?:rappu|porras|trappa|talo)\s?)?[A-Ha-h](?![\w-]))?"
    r"(?P<flat>\s?,?\s?(?:as\.?|asunto|lgh\.?|bst\.?|bostad)?\s?\d{1,3}(?![\d.,:]\d))?")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
_NOT_STREET = {"valtatie", "kantatie", "seututie", "moottoritie", "maantie", "yhdystie", "metsätie",
               "kehätie", "ohitustie", "pyörätie", "kävelytie", "polkupyörätie", "oikotie", "elämäntie"}


def find_addresses(text: str) -> list[ProbableFinding]:
    out: list[ProbableFinding] = []
    for m in _CANDIDATE_RE.finditer(text):
        street = m.group("street")
        last = street.split("-")[-1]
        start = m.start("street")
        before = _WORD_BEFORE.search(text[max(0, start - 40):start])  # a short tail: this runs often
        strong = _STRONG_RE.fullmatch(last) is not None
        weak = _WEAK_RE.fullmatch(last) is not None
        if not strong and not weak and before and before.group(1)[:1].isupper():
            before_start = start - len(before.group(0))
            # "Hämeen katu 5", "Hatanpään puistikko 2 B 8": a capitalised word and a bare ending
            strong = re.fullmatch(rf"(?:{_STRONG}|puistotie|puistokatu)", last, re.I) is not None
            weak = re.fullmatch(rf"(?:{_WEAK})", last, re.I) is not None
            if strong or weak:
                start = before_start
        if not strong and not weak:
            continue
        if last.lower() in _NOT_STREET or re.fullmatch(r"(?:valta|kanta|seutu)tie\w*", last, re.I):
            continue
        end = m.end("number")
        tail = _STAIR_FLAT.match(text, end)
        extra = tail.group("stair") or tail.group("flat")
        if tail.group("flat") and _UNIT_AFTER.match(text, tail.end("flat")):
            extra = tail.group("stair")
            if extra:
                end = tail.end("stair")
        elif extra:
            end = tail.end()
        if not extra and _UNIT_AFTER.match(text, end):
            continue
        if not strong and not extra:
            continue
        out.append(ProbableFinding("address", start, end, text[start:end]))
    return out


# --- together -------------------------------------------------------------------------------


def find_probable(text: str | None, *, skip: list[tuple[int, int]] | None = None) -> list[ProbableFinding]:
    """Names and addresses in ``text``, sorted, without overlaps; spans in ``skip`` (certain
    identifiers already found) are left out."""
    if not text:
        return []
    taken = list(skip or [])
    out: list[ProbableFinding] = []
    for f in find_addresses(text) + find_names(text):
        if all(f.end <= a or f.start >= b for a, b in taken):
            out.append(f)
            taken.append((f.start, f.end))
    return sorted(out, key=lambda f: f.start)


def replace_findings(text: str, findings: list[ProbableFinding], neutral: dict[str, str] | None = None) -> str:
    """``text`` with each finding replaced by its neutral word ("[nimi]", "[osoite]")."""
    words = neutral or NEUTRAL
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: f.start] + words.get(f.kind, "[…]") + text[f.end:]
    return text


def check_fields(fields: dict[str, str | None]) -> dict[str, list[ProbableFinding]]:
    """Probable names and addresses per field (fields without any are left out); words that
    are part of a certain identifier (an e-mail address) are the certain guard's business."""
    out: dict[str, list[ProbableFinding]] = {}
    for field, text in fields.items():
        if not text:
            continue
        skip = [(f.start, f.end) for f in pii.find_pii(text)]
        found = find_probable(text, skip=skip)
        if found:
            out[field] = found
    return out
