"""The reports core must run where Qt cannot be imported (the CLI, a server, a test)."""
from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is not allowed here: ' + name)
sys.meta_path.insert(0, Block())
import yhteisoneuvonta.services.reports, yhteisoneuvonta.services.municipalities
import yhteisoneuvonta.commands.reports
from yhteisoneuvonta.reports import (document, export, frequency, i18n, municipality, pdf, periods, query,
                                     session, social, statistics, suppression, tables, take_home, weekly)
print('ok')
"""


def test_reports_import_without_qt() -> None:
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
