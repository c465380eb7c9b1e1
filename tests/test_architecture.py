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
    assert "yhteisoneuvonta.services.records" in modules and "yhteisoneuvonta.cli" in modules
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_help_runs_without_qt() -> None:
    code = BLOCK_QT.replace('print("ok")', 'from yhteisoneuvonta.__main__ import main\nraise SystemExit(main(["--help"]))')
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "log" in result.stdout and "demo" in result.stdout
