"""Named points where the fault-injection tests stop or kill this process.

Production code calls :func:`point` between the steps whose order keeps data safe (an export,
a migration). Nothing happens unless a test set one of the variables below for a subprocess:

- ``YHTEISONEUVONTA_FAULT_KILL=NAME``: the process kills itself (SIGKILL, as a power cut would)
  on reaching ``NAME``.
- ``YHTEISONEUVONTA_FAULT_PAUSE=NAME`` with ``YHTEISONEUVONTA_FAULT_FILE=F``: on reaching
  ``NAME`` the process creates ``F.reached`` and waits until the test removes ``F``.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

KILL_ENV = "YHTEISONEUVONTA_FAULT_KILL"
PAUSE_ENV = "YHTEISONEUVONTA_FAULT_PAUSE"
FILE_ENV = "YHTEISONEUVONTA_FAULT_FILE"


def point(name: str) -> None:
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        time.sleep(10)  # the signal lands asynchronously; nothing after this point may run
    if os.environ.get(PAUSE_ENV) == name and os.environ.get(FILE_ENV):
        gate = Path(os.environ[FILE_ENV])
        gate.with_name(gate.name + ".reached").touch()
        deadline = time.monotonic() + 30
        while gate.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
