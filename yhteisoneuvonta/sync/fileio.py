"""Writing files so that a crash or a pulled USB stick never leaves a half-written one."""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems (FAT over FUSE) refuse
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_durable(path: Path, data: bytes, check: Callable[[bytes], None] | None = None,
                  mode: int = 0o644) -> Path:
    """Write to a temp name, fsync, read back, ``check`` what was read, then rename into place.

    ``check`` raises if the bytes read back are not right; the temp file is then removed
    and the final name is never created.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        back = temp.read_bytes()
        if back != data:
            raise OSError(f"{temp} reads back differently from what was written")
        if check is not None:
            check(back)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)
    return path
