"""The open data directory: its store, settings and current reference data."""
from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..errors import NoReferenceError, NotSetUpError, WrongRoleError
from ..paths import data_dir as resolve_data_dir
from ..records.reference import ReferenceData
from ..store import Store, open_store
from ..store.models import Counter, ReferenceSet, Setting
from .clock import utcnow


class Workspace:
    """Everything a use case needs; pass it explicitly, never reach for a global."""

    def __init__(self, data_dir: Path | str | None = None) -> None:
        self.data_dir = resolve_data_dir(data_dir)
        self.store: Store = open_store(self.data_dir)
        self._ref: ReferenceData | None = None
        self._ref_version: int | None = None
        self._ref_checked = float("-inf")  # time.monotonic() of the last version query
        self._ref_lock = threading.Lock()  # workers on the thread pool call reference() too

    def close(self) -> None:
        self.store.close()

    # -- settings ------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        with self.store.session() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set_settings(self, **values: Any) -> None:
        with self.store.session() as s:
            for key, value in values.items():
                s.merge(Setting(key=key, value=value))

    @property
    def role(self) -> str | None:
        return self.setting("role")

    @property
    def device_id(self) -> str:
        device = self.setting("device_id")
        if not device:
            raise NotSetUpError("This installation is not set up yet: run 'init' or start the program.")
        return device

    def require_role(self, role: str) -> None:
        if self.role is None:
            raise NotSetUpError("This installation is not set up yet: run 'init' or start the program.")
        if self.role != role:
            raise WrongRoleError(f"This is an installation of the {self.role}; that needs the {role}'s.",
                                 role=self.role, needed=role)

    # -- reference data --------------------------------------------------------------------
    # Reference data is read on every label a list or form shows, so it is kept for the process
    # and not queried per call. An install through this workspace (``install_reference``, or a
    # reference file applied by ``sync.reference_bundle``) drops the copy at once. Another
    # process (the CLI, a second window) may install a newer version too: for that, the newest
    # version number is asked again at most once per REFERENCE_RECHECK_S. A time-based check is
    # chosen over ``PRAGMA data_version`` on a kept connection because reference() is called from
    # worker threads as well, and one indexed query a second costs nothing; reference data
    # changes a few times a year, so a second's delay in another process's change is harmless.
    REFERENCE_RECHECK_S = 1.0

    def reference(self) -> ReferenceData:
        with self._ref_lock:
            now = time.monotonic()
            if self._ref is not None and now - self._ref_checked < self.REFERENCE_RECHECK_S:
                return self._ref
            with self.store.session() as s:
                version = s.scalar(select(ReferenceSet.version).order_by(ReferenceSet.version.desc()).limit(1))
                if version is None:
                    raise NoReferenceError("No reference data is loaded: run 'init' first.")
                if version != self._ref_version:
                    payload = s.get(ReferenceSet, version).payload
                    self._ref = ReferenceData.from_dict(payload)
                    self._ref_version = version
            self._ref_checked = now
            assert self._ref is not None
            return self._ref

    def forget_reference(self) -> None:
        """A newer reference version was stored: the next reference() reads it."""
        with self._ref_lock:
            self._ref_checked = float("-inf")

    def install_reference(self, ref: ReferenceData, source: str) -> bool:
        """Store a reference-data version if newer than the current one; True if installed."""
        with self.store.session() as s:
            current = s.scalar(select(ReferenceSet.version).order_by(ReferenceSet.version.desc()).limit(1))
            if current is not None and ref.version <= current:
                return False
            s.add(ReferenceSet(version=ref.version, loaded_at=utcnow(), source=source[:200], payload=ref.to_dict()))
        self.forget_reference()
        return True


def new_device_id() -> str:
    return uuid.uuid4().hex


def next_change_seq(session) -> int:
    """A local, monotonic change number (in the caller's transaction)."""
    row = session.get(Counter, "change_seq")
    if row is None:
        row = Counter(name="change_seq", value=0)
        session.add(row)
    row.value += 1
    session.flush()
    return row.value
