"""Reference data: sites, taxonomies, the form catalogue and the instruments.

The data ships as versioned, human-editable JSON files in ``resources/reference/``:
``manifest.json``, ``sites.json``, ``taxonomies.json``, ``forms.json`` and
``instruments.json``. :func:`load_directory` reads them into one plain dict (the shape
the store keeps and a coordinator's reference bundle carries), validates it and builds
an immutable :class:`ReferenceData`. ``ReferenceData.from_dict(d).to_dict() == d`` holds
for every valid ``d``: fields this module does not know are kept in ``extra``.

Optional visitor-profile fields may be answered with one of :data:`SPECIAL_ANSWERS`
instead of a term; those are constants, not terms, but their labels live in the
``special_answers`` list of ``taxonomies.json``.
"""
from __future__ import annotations

import copy
import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from yhteisoneuvonta.errors import NotFoundError, ValidationError
from yhteisoneuvonta.languages import LANGUAGES
from yhteisoneuvonta.paths import resources_dir

FORMAT = 1
LANGS = LANGUAGES
SPECIAL_ANSWERS = ("not_asked", "unknown", "declined")
SITE_KINDS = ("community_centre", "advice_desk", "meeting_place", "day_centre", "family_cafe")
TAXONOMIES = (
    "topics", "help_kinds", "channels", "languages", "professional_roles", "involvement",
    "referral_targets", "barrier_categories", "outcomes", "age_bands", "visit_kinds",
    "form_media", "form_statuses", "group_kinds", "observation_themes", "special_answers",
)
FORMS = "forms"
TOP_LEVEL_KEYS = ("manifest", "sites", "municipalities", "taxonomies", "forms", "instruments")

# Which file each top-level key comes from; validation messages name the file.
FILES = {
    "manifest": "manifest.json",
    "sites": "sites.json",
    "municipalities": "sites.json",
    "taxonomies": "taxonomies.json",
    "forms": "forms.json",
    "instruments": "instruments.json",
}

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


# --------------------------------------------------------------------------- types


def _label(labels: dict[str, str], lang: str, fallback: str) -> str:
    return labels.get(lang) or labels.get("fi") or fallback


@dataclass(frozen=True)
class Term:
    """One term of a taxonomy or the form catalogue. ``extra`` holds common/code/agency…"""

    id: str
    labels: dict[str, str] = field(hash=False)
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    def label(self, lang: str = "fi") -> str:
        return _label(self.labels, lang, self.id)

    @property
    def common(self) -> bool:
        return bool(self.extra.get("common", False))

    @property
    def code(self) -> str:
        return str(self.extra.get("code", ""))

    @property
    def agency(self) -> str:
        return str(self.extra.get("agency", ""))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "labels": dict(self.labels), **copy.deepcopy(self.extra)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Term":
        extra = {k: copy.deepcopy(v) for k, v in d.items() if k not in ("id", "labels")}
        return cls(d["id"], dict(d["labels"]), extra)


@dataclass(frozen=True)
class ScheduleSlot:
    weekday: int  # Monday = 0
    start: str  # "HH:MM"
    end: str

    def to_dict(self) -> dict[str, Any]:
        return {"weekday": self.weekday, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Municipality:
    id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}


_SITE_KEYS = ("id", "name", "municipality", "kind", "organisations", "schedule", "active")


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    municipality: str
    kind: str
    organisations: tuple[str, ...]
    schedule: tuple[ScheduleSlot, ...]
    active: bool
    extra: dict[str, Any] = field(default_factory=dict, hash=False)  # e.g. "note"

    def slots_on(self, weekday: int) -> tuple[ScheduleSlot, ...]:
        return tuple(s for s in self.schedule if s.weekday == weekday)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "municipality": self.municipality,
            "kind": self.kind,
            "organisations": list(self.organisations),
            "schedule": [s.to_dict() for s in self.schedule],
            "active": self.active,
            **copy.deepcopy(self.extra),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Site":
        return cls(
            id=d["id"],
            name=d["name"],
            municipality=d["municipality"],
            kind=d["kind"],
            organisations=tuple(d["organisations"]),
            schedule=tuple(ScheduleSlot(s["weekday"], s["start"], s["end"]) for s in d["schedule"]),
            active=d["active"],
            extra={k: copy.deepcopy(v) for k, v in d.items() if k not in _SITE_KEYS},
        )


@dataclass(frozen=True)
class ScaleOption:
    """One answer of an instrument item; ``value`` is None for "not applicable"."""

    id: str
    value: int | None
    labels: dict[str, str] = field(hash=False)
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    def label(self, lang: str = "fi") -> str:
        return _label(self.labels, lang, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "value": self.value, "labels": dict(self.labels),
                **copy.deepcopy(self.extra)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ScaleOption":
        extra = {k: copy.deepcopy(v) for k, v in d.items() if k not in ("id", "value", "labels")}
        return cls(d["id"], d["value"], dict(d["labels"]), extra)


@dataclass(frozen=True)
class InstrumentItem:
    id: str
    labels: dict[str, str] = field(hash=False)
    scale: tuple[ScaleOption, ...]
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    def label(self, lang: str = "fi") -> str:
        return _label(self.labels, lang, self.id)

    def option(self, option_id: str) -> ScaleOption:
        for opt in self.scale:
            if opt.id == option_id:
                return opt
        raise NotFoundError(f"Item {self.id!r} has no answer {option_id!r}.", id=option_id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "labels": dict(self.labels),
                "scale": [s.to_dict() for s in self.scale], **copy.deepcopy(self.extra)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "InstrumentItem":
        extra = {k: copy.deepcopy(v) for k, v in d.items() if k not in ("id", "labels", "scale")}
        return cls(d["id"], dict(d["labels"]),
                   tuple(ScaleOption.from_dict(s) for s in d["scale"]), extra)


@dataclass(frozen=True)
class Instrument:
    id: str
    labels: dict[str, str] = field(hash=False)
    items: tuple[InstrumentItem, ...]
    extra: dict[str, Any] = field(default_factory=dict, hash=False)  # e.g. "prompt" labels

    def label(self, lang: str = "fi") -> str:
        return _label(self.labels, lang, self.id)

    def prompt(self, lang: str = "fi") -> str:
        labels = self.extra.get("prompt") or {}
        return _label(labels, lang, "")

    def item(self, item_id: str) -> InstrumentItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise NotFoundError(f"Instrument {self.id!r} has no item {item_id!r}.", id=item_id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "labels": dict(self.labels),
                "items": [i.to_dict() for i in self.items], **copy.deepcopy(self.extra)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Instrument":
        extra = {k: copy.deepcopy(v) for k, v in d.items() if k not in ("id", "labels", "items")}
        return cls(d["id"], dict(d["labels"]),
                   tuple(InstrumentItem.from_dict(i) for i in d["items"]), extra)


@dataclass(frozen=True)
class ReferenceData:
    version: int
    name: str
    valid_from: str
    sites: tuple[Site, ...]
    municipalities: tuple[Municipality, ...]
    taxonomies: dict[str, tuple[Term, ...]] = field(hash=False)
    forms: tuple[Term, ...]
    instruments: tuple[Instrument, ...]
    manifest_extra: dict[str, Any] = field(default_factory=dict, hash=False)
    _index: dict[str, dict[str, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        index: dict[str, dict[str, Any]] = {
            "sites": {s.id: s for s in self.sites},
            "municipalities": {m.id: m for m in self.municipalities},
            "instruments": {i.id: i for i in self.instruments},
            FORMS: {t.id: t for t in self.forms},
        }
        for name, terms in self.taxonomies.items():
            index["taxonomy:" + name] = {t.id: t for t in terms}
        object.__setattr__(self, "_index", index)

    # ---- look-ups

    def site(self, site_id: str) -> Site:
        try:
            return self._index["sites"][site_id]
        except KeyError:
            raise NotFoundError(f"Unknown site {site_id!r}.", id=site_id) from None

    def municipality(self, municipality_id: str) -> Municipality:
        try:
            return self._index["municipalities"][municipality_id]
        except KeyError:
            raise NotFoundError(f"Unknown municipality {municipality_id!r}.", id=municipality_id) from None

    def sites_in(self, municipality_id: str, *, active_only: bool = True) -> tuple[Site, ...]:
        return tuple(s for s in self.sites if s.municipality == municipality_id
                     and (s.active or not active_only))

    def active_sites(self) -> tuple[Site, ...]:
        return tuple(s for s in self.sites if s.active)

    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self._index["instruments"][instrument_id]
        except KeyError:
            raise NotFoundError(f"Unknown instrument {instrument_id!r}.", id=instrument_id) from None

    def _terms_index(self, taxonomy: str) -> dict[str, Term]:
        key = FORMS if taxonomy == FORMS else "taxonomy:" + taxonomy
        try:
            return self._index[key]
        except KeyError:
            raise NotFoundError(f"Unknown taxonomy {taxonomy!r}.", id=taxonomy) from None

    def terms(self, taxonomy: str) -> tuple[Term, ...]:
        """The terms of a taxonomy in file order; ``"forms"`` gives the form catalogue."""
        if taxonomy == FORMS:
            return self.forms
        self._terms_index(taxonomy)
        return self.taxonomies[taxonomy]

    def term(self, taxonomy: str, term_id: str) -> Term:
        try:
            return self._terms_index(taxonomy)[term_id]
        except KeyError:
            raise NotFoundError(f"Unknown {taxonomy} term {term_id!r}.", id=term_id) from None

    def has_term(self, taxonomy: str, term_id: str) -> bool:
        try:
            return term_id in self._terms_index(taxonomy)
        except NotFoundError:
            return False

    def label(self, taxonomy: str, term_id: str, lang: str = "fi") -> str:
        """The term's label in ``lang`` (else Finnish); the id itself when unknown."""
        try:
            return self._terms_index(taxonomy)[term_id].label(lang)
        except (KeyError, NotFoundError):
            return term_id

    def special_label(self, answer: str, lang: str = "fi") -> str:
        return self.label("special_answers", answer, lang)

    # ---- (de)serialisation

    def manifest(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": self.version, "name": self.name,
                "valid_from": self.valid_from, **copy.deepcopy(self.manifest_extra)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "manifest": self.manifest(),
            "sites": [s.to_dict() for s in self.sites],
            "municipalities": [m.to_dict() for m in self.municipalities],
            "taxonomies": {k: [t.to_dict() for t in v] for k, v in self.taxonomies.items()},
            "forms": [t.to_dict() for t in self.forms],
            "instruments": [i.to_dict() for i in self.instruments],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ReferenceData":
        """Validate ``d`` (raises :class:`ValidationError`) and build the data."""
        validate(d)
        m = d["manifest"]
        return cls(
            version=m["version"],
            name=m["name"],
            valid_from=m["valid_from"],
            sites=tuple(Site.from_dict(s) for s in d["sites"]),
            municipalities=tuple(Municipality(x["id"], x["name"]) for x in d["municipalities"]),
            taxonomies={k: tuple(Term.from_dict(t) for t in v) for k, v in d["taxonomies"].items()},
            forms=tuple(Term.from_dict(t) for t in d["forms"]),
            instruments=tuple(Instrument.from_dict(i) for i in d["instruments"]),
            manifest_extra={k: copy.deepcopy(v) for k, v in m.items()
                            if k not in ("format", "version", "name", "valid_from")},
        )


# --------------------------------------------------------------------------- validation


class _Errors:
    """Collects field -> message; a field is ``file:path``, e.g. ``sites.json:sites[3].kind``."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, file: str, path: str, message: str) -> None:
        self.errors.setdefault(f"{file}:{path}", message)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _check_id(err: _Errors, file: str, path: str, value: Any) -> bool:
    if not isinstance(value, str) or not _ID_RE.match(value):
        err.add(file, path, f"id {value!r} must be lowercase letters a-z, digits, '_' or '-'")
        return False
    return True


def _check_labels(err: _Errors, file: str, path: str, labels: Any) -> None:
    if not isinstance(labels, dict):
        err.add(file, path, "labels must be an object of language -> text")
        return
    if not isinstance(labels.get("fi"), str) or not labels["fi"].strip():
        err.add(file, path + ".fi", "a Finnish (fi) label is required")
    for lang, text in labels.items():
        if not isinstance(text, str):
            err.add(file, f"{path}.{lang}", "a label must be text")


def _check_list(err: _Errors, file: str, path: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        err.add(file, path, "must be a list")
        return []
    return value


def _check_unique_ids(err: _Errors, file: str, path: str, entries: Iterable[Any]) -> set[str]:
    """Check each entry is an object with a valid, unique id; return the ids seen."""
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"{path}[{i}]"
        if not isinstance(entry, dict):
            err.add(file, where, "must be an object")
            continue
        ident = entry.get("id")
        if not _check_id(err, file, where + ".id", ident):
            continue
        if ident in seen:
            err.add(file, where + ".id", f"duplicate id {ident!r}")
        seen.add(ident)
    return seen


def _check_time(err: _Errors, file: str, path: str, value: Any) -> int | None:
    if not isinstance(value, str) or not _TIME_RE.match(value):
        err.add(file, path, f"time {value!r} must be HH:MM (00:00-23:59)")
        return None
    return int(value[:2]) * 60 + int(value[3:])


def _check_manifest(err: _Errors, m: Any) -> None:
    f = FILES["manifest"]
    if not isinstance(m, dict):
        err.add(f, "manifest", "must be an object")
        return
    if m.get("format") != FORMAT or not _is_int(m.get("format")):
        err.add(f, "format", f"format {m.get('format')!r} is not supported (expected {FORMAT})")
    if not _is_int(m.get("version")) or m["version"] <= 0:
        err.add(f, "version", "version must be a positive whole number")
    if not isinstance(m.get("name"), str) or not m["name"].strip():
        err.add(f, "name", "a name is required")
    try:
        _dt.date.fromisoformat(m.get("valid_from"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        err.add(f, "valid_from", f"valid_from {m.get('valid_from')!r} must be a date YYYY-MM-DD")


def _check_municipalities(err: _Errors, value: Any) -> set[str]:
    f = FILES["municipalities"]
    entries = _check_list(err, f, "municipalities", value)
    ids = _check_unique_ids(err, f, "municipalities", entries)
    for i, m in enumerate(entries):
        if isinstance(m, dict):
            if not isinstance(m.get("name"), str) or not m["name"].strip():
                err.add(f, f"municipalities[{i}].name", "a name is required")
            for key in set(m) - {"id", "name"}:
                err.add(f, f"municipalities[{i}].{key}", f"unknown field {key!r}")
    return ids


def _check_sites(err: _Errors, value: Any, municipalities: set[str]) -> None:
    f = FILES["sites"]
    entries = _check_list(err, f, "sites", value)
    _check_unique_ids(err, f, "sites", entries)
    for i, s in enumerate(entries):
        if not isinstance(s, dict):
            continue
        where = f"sites[{i}]"
        sid = s.get("id")
        if not isinstance(s.get("name"), str) or not s["name"].strip():
            err.add(f, where + ".name", f"site {sid!r}: a name is required")
        if s.get("municipality") not in municipalities:
            err.add(f, where + ".municipality",
                    f"site {sid!r}: unknown municipality {s.get('municipality')!r}")
        if s.get("kind") not in SITE_KINDS:
            err.add(f, where + ".kind", f"site {sid!r}: unknown kind {s.get('kind')!r} "
                    f"(one of {', '.join(SITE_KINDS)})")
        orgs = s.get("organisations")
        if not isinstance(orgs, list) or not all(isinstance(o, str) and o.strip() for o in orgs):
            err.add(f, where + ".organisations", f"site {sid!r}: must be a list of names")
        if not isinstance(s.get("active"), bool):
            err.add(f, where + ".active", f"site {sid!r}: active must be true or false")
        for j, slot in enumerate(_check_list(err, f, where + ".schedule", s.get("schedule"))):
            sw = f"{where}.schedule[{j}]"
            if not isinstance(slot, dict):
                err.add(f, sw, "must be an object with weekday, start and end")
                continue
            for key in set(slot) - {"weekday", "start", "end"}:
                err.add(f, f"{sw}.{key}", f"unknown field {key!r}")
            wd = slot.get("weekday")
            if not _is_int(wd) or not 0 <= wd <= 6:
                err.add(f, sw + ".weekday", f"site {sid!r}: weekday {wd!r} must be 0 (Mon) to 6 (Sun)")
            start = _check_time(err, f, sw + ".start", slot.get("start"))
            end = _check_time(err, f, sw + ".end", slot.get("end"))
            if start is not None and end is not None and end <= start:
                err.add(f, sw + ".end", f"site {sid!r}: end {slot['end']} must be after start "
                        f"{slot['start']}")


def _check_terms(err: _Errors, file: str, path: str, value: Any) -> set[str]:
    entries = _check_list(err, file, path, value)
    ids = _check_unique_ids(err, file, path, entries)
    for i, t in enumerate(entries):
        if not isinstance(t, dict):
            continue
        _check_labels(err, file, f"{path}[{i}].labels", t.get("labels"))
        if "common" in t and not isinstance(t["common"], bool):
            err.add(file, f"{path}[{i}].common", "common must be true or false")
        for key in ("code", "agency"):
            if key in t and not isinstance(t[key], str):
                err.add(file, f"{path}[{i}].{key}", f"{key} must be text")
    return ids


def _check_taxonomies(err: _Errors, value: Any) -> None:
    f = FILES["taxonomies"]
    if not isinstance(value, dict):
        err.add(f, "taxonomies", "must be an object of taxonomy name -> list of terms")
        return
    for name in TAXONOMIES:
        if name not in value:
            err.add(f, name, f"taxonomy {name!r} is missing")
    for name, terms in value.items():
        if not isinstance(name, str) or not _ID_RE.match(name) or name == FORMS:
            err.add(f, str(name), f"taxonomy name {name!r} is not allowed")
            continue
        ids = _check_terms(err, f, name, terms)
        if name == "special_answers":
            if ids != set(SPECIAL_ANSWERS):
                err.add(f, name, f"special_answers must be exactly {', '.join(SPECIAL_ANSWERS)}")
        else:
            for clash in sorted(ids & set(SPECIAL_ANSWERS)):
                err.add(f, name, f"term id {clash!r} is reserved for a special answer")


def _check_instruments(err: _Errors, value: Any) -> None:
    f = FILES["instruments"]
    entries = _check_list(err, f, "instruments", value)
    _check_unique_ids(err, f, "instruments", entries)
    for i, inst in enumerate(entries):
        if not isinstance(inst, dict):
            continue
        where = f"instruments[{i}]"
        _check_labels(err, f, where + ".labels", inst.get("labels"))
        if "prompt" in inst:
            _check_labels(err, f, where + ".prompt", inst["prompt"])
        items = _check_list(err, f, where + ".items", inst.get("items"))
        if not items:
            err.add(f, where + ".items", f"instrument {inst.get('id')!r} needs at least one item")
        _check_unique_ids(err, f, where + ".items", items)
        for j, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            iw = f"{where}.items[{j}]"
            _check_labels(err, f, iw + ".labels", item.get("labels"))
            scale = _check_list(err, f, iw + ".scale", item.get("scale"))
            if not scale:
                err.add(f, iw + ".scale", "an item needs at least one answer")
            _check_unique_ids(err, f, iw + ".scale", scale)
            for k, opt in enumerate(scale):
                if not isinstance(opt, dict):
                    continue
                ow = f"{iw}.scale[{k}]"
                if "value" not in opt or not (opt["value"] is None or _is_int(opt["value"])):
                    err.add(f, ow + ".value", "value must be a whole number or null")
                _check_labels(err, f, ow + ".labels", opt.get("labels"))


def validate(d: dict[str, Any]) -> None:
    """Raise :class:`ValidationError` listing every problem of a reference-data dict.

    Each field is named ``file:path`` so a coordinator editing the JSON by hand can find it.
    """
    err = _Errors()
    if not isinstance(d, dict):
        raise ValidationError("reference", "reference data must be an object")
    for key in TOP_LEVEL_KEYS:
        if key not in d:
            err.add(FILES[key], key, f"{key} is missing")
    for key in set(d) - set(TOP_LEVEL_KEYS):
        err.add("reference", str(key), f"unknown section {key!r}")
    if err.errors:
        raise ValidationError.from_errors(err.errors)
    _check_manifest(err, d["manifest"])
    municipalities = _check_municipalities(err, d["municipalities"])
    _check_sites(err, d["sites"], municipalities)
    _check_taxonomies(err, d["taxonomies"])
    _check_terms(err, FILES["forms"], "forms", d["forms"])
    _check_instruments(err, d["instruments"])
    if err.errors:
        raise ValidationError.from_errors(err.errors)


# --------------------------------------------------------------------------- files


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(path.name, f"file {path.name} is missing from {path.parent}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(path.name, f"{path.name} is not valid UTF-8 JSON: {exc}") from None


def _section(file: str, doc: Any, key: str) -> Any:
    if not isinstance(doc, dict) or key not in doc:
        raise ValidationError(f"{file}:{key}", f"{file} must be an object with {key!r}")
    return doc[key]


def read_directory(path: Path) -> dict[str, Any]:
    """Read the JSON files of ``path`` into one reference-data dict (not validated)."""
    path = Path(path)
    sites = _read_json(path / "sites.json")
    return {
        "manifest": _read_json(path / "manifest.json"),
        "sites": _section("sites.json", sites, "sites"),
        "municipalities": _section("sites.json", sites, "municipalities"),
        "taxonomies": _read_json(path / "taxonomies.json"),
        "forms": _section("forms.json", _read_json(path / "forms.json"), "forms"),
        "instruments": _section("instruments.json", _read_json(path / "instruments.json"),
                                "instruments"),
    }


def load_directory(path: Path) -> ReferenceData:
    """Read, validate and build the reference data in ``path``."""
    return ReferenceData.from_dict(read_directory(path))


def load_default() -> ReferenceData:
    """The reference data shipped with the program (``resources/reference``)."""
    return load_directory(resources_dir() / "reference")


def write_directory(data: ReferenceData | dict[str, Any], path: Path) -> None:
    """Write reference data as the five JSON files (e.g. for a coordinator to edit)."""
    d = data.to_dict() if isinstance(data, ReferenceData) else data
    validate(d)
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    files = {
        "manifest.json": d["manifest"],
        "sites.json": {"municipalities": d["municipalities"], "sites": d["sites"]},
        "taxonomies.json": d["taxonomies"],
        "forms.json": {"forms": d["forms"]},
        "instruments.json": {"instruments": d["instruments"]},
    }
    for name, doc in files.items():
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        (path / name).write_text(text, encoding="utf-8")
