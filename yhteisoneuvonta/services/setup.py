"""First-run setup of an adviser or coordinator installation, and settings."""
from __future__ import annotations

from collections.abc import Callable

from ..core.roles import ROLE_ADVISER, ROLE_COORDINATOR
from ..core.workspace import Workspace, new_device_id
from ..errors import ValidationError, WrongRoleError
from ..languages import LANGUAGES
from ..records import pii
from ..records.reference import load_default
from ..records.validation import validate_adviser_code


def ensure_reference(ws: Workspace) -> None:
    ws.install_reference(load_default(), "shipped")


def is_set_up(ws: Workspace) -> bool:
    return ws.role is not None


def setup_adviser(ws: Workspace, adviser_code: str, sites: list[str], language: str = "fi") -> None:
    if ws.role == ROLE_COORDINATOR:
        raise WrongRoleError("This installation is already set up for the coordinator.",
                             role=ROLE_COORDINATOR, needed=ROLE_ADVISER)
    ensure_reference(ws)
    check_setup(ws, adviser_code, sites, language)
    ws.set_settings(role=ROLE_ADVISER, adviser_code=adviser_code, home_sites=list(sites), language=language)
    if not ws.setting("device_id"):
        ws.set_settings(device_id=new_device_id())


def setup_coordinator(ws: Workspace, language: str = "fi", name: str | None = None) -> None:
    if ws.role == ROLE_ADVISER:
        raise WrongRoleError("This installation is already set up for an adviser.",
                             role=ROLE_ADVISER, needed=ROLE_COORDINATOR)
    ensure_reference(ws)
    _check_language(language)
    if name:
        pii.check_text("name", name)
    ws.set_settings(role=ROLE_COORDINATOR, language=language, coordinator_name=name or "")
    if not ws.setting("device_id"):
        ws.set_settings(device_id=new_device_id())


def check_setup(ws: Workspace, adviser_code: str, sites: list[str], language: str) -> None:
    """Check an adviser's code, home sites and language without saving anything.

    Raises one ValidationError whose ``errors`` holds every field's problem at once
    (``adviser_code``, ``sites``, ``language``), so a form can show them all together.
    """
    _check_all({"adviser_code": lambda: validate_adviser_code(adviser_code),
                "sites": lambda: _check_sites(ws, sites),
                "language": lambda: _check_language(language)})


def update_settings(ws: Workspace, *, adviser_code: str | None = None, sites: list[str] | None = None,
                    language: str | None = None) -> None:
    """Change the given settings; nothing is saved unless every given value is valid."""
    checks: dict[str, Callable[[], None]] = {}
    values: dict[str, object] = {}
    if adviser_code is not None:
        checks["adviser_code"] = lambda: validate_adviser_code(adviser_code)
        values["adviser_code"] = adviser_code
    if sites is not None:
        checks["sites"] = lambda: _check_sites(ws, sites)
        values["home_sites"] = list(sites)
    if language is not None:
        checks["language"] = lambda: _check_language(language)
        values["language"] = language
    _check_all(checks)
    ws.set_settings(**values)


def _check_all(checks: dict[str, Callable[[], None]]) -> None:
    """Run every check; one ValidationError naming every refused field, or none."""
    errors: dict[str, str] = {}
    rules: dict[str, tuple[str, dict[str, object]]] = {}
    for key, check in checks.items():
        try:
            check()
        except ValidationError as exc:
            errors[key] = exc.errors.get(key, exc.message)
            rule = exc.rule(key) or exc.rule(exc.field)
            if rule:
                rules[key] = rule
    if errors:
        raise ValidationError.from_errors(errors, rules)


def _check_sites(ws: Workspace, sites: list[str]) -> None:
    if not sites:
        raise ValidationError("sites", "choose at least one home site", rule="choose_home_site")
    ref = ws.reference()
    for site in sites:
        try:
            ref.site(site)
        except Exception:
            raise ValidationError("sites", f"unknown site '{site}'", rule="unknown_site", site=site) from None


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError("language", f"choose one of {', '.join(LANGUAGES)}", rule="choose_language",
                              choices=", ".join(LANGUAGES))
