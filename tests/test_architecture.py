"""The core never imports Qt: the CLI, services, sync and reports run where Qt cannot load."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import yhteisoneuvonta

BLOCK_QT = r"""
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("Qt is not allowed in the core: " + name)
sys.meta_path.insert(0, NoQt())
import yhteisoneuvonta
for mod in sys.argv[1:]:
    importlib.import_module(mod)
from yhteisoneuvonta.cli import build_parser
build_parser()
print("ok")
"""


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(yhteisoneuvonta.__path__, "yhteisoneuvonta."):
        if ".gui" in info.name or ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_core_imports_without_qt() -> None:
    modules = core_modules()
    assert "yhteisoneuvonta.services.logbook" in modules and "yhteisoneuvonta.cli" in modules
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_help_runs_without_qt() -> None:
    code = BLOCK_QT.replace('print("ok")', 'from yhteisoneuvonta.__main__ import main\nraise SystemExit(main(["--help"]))')
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "log" in result.stdout and "demo" in result.stdout


def _lint_imports(config: str | None = None) -> subprocess.CompletedProcess[str]:
    from pathlib import Path

    exe = Path(sys.executable).with_name("lint-imports")
    args = [str(exe)] + (["--config", config] if config else [])
    root = Path(__file__).resolve().parent.parent
    return subprocess.run(args, capture_output=True, text=True, cwd=root)


def test_imports_run_downwards_with_no_cycles() -> None:
    """The layer contracts in pyproject.toml hold: gui/cli > services > sync|reports > core > …"""
    result = _lint_imports()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    assert "0 broken" in result.stdout


def test_the_layer_check_catches_an_upward_import(tmp_path) -> None:
    """The contract really bites: the same check with the layers turned upside down fails."""
    from pathlib import Path
    import tomllib

    root = Path(__file__).resolve().parent.parent
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in conf["contracts"] if c["type"] == "layers")["layers"]
    lines = ["[importlinter]", f"root_package = {conf['root_package']}", "include_external_packages = True",
             "[importlinter:contract:upside-down]", "name = upside down", "type = layers", "layers ="]
    lines += [f"    {layer}" for layer in reversed(layers)]
    ini = tmp_path / "upside-down.ini"
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _lint_imports(str(ini))
    assert result.returncode != 0
    assert "yhteisoneuvonta.services" in result.stdout
