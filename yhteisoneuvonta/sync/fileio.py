"""Writing files so that a crash or a pulled USB stick never leaves a half-written one."""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from .. import faults
from ..errors import TargetFullError, TargetReadOnlyError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems (FAT over FUSE) refuse
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _kb(n: int) -> int:
    return -(-n // 1024)


def full_error(path: Path, needed: int) -> TargetFullError:
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = 0
    return TargetFullError(
        f"{path} could not be written: the disk is full. It needs {_kb(needed)} kB and {_kb(free)} kB "
        "are free. Free some space there or choose another place, then try again.",
        path=str(path), needed_kb=_kb(needed), free_kb=_kb(free))


def read_only_error(path: Path) -> TargetReadOnlyError:
    return TargetReadOnlyError(
        f"{path} could not be written: the disk, folder or file is read-only (a locked memory stick, "
        "or a folder you may not write to). Choose another place, or unlock the stick, then try again.",
        path=str(path))


def part_files(folder: Path, pattern: str = "*") -> list[Path]:
    """Temp files :func:`write_durable` left behind when the process was killed."""
    return list(folder.glob(f".{pattern}.*.part")) if folder.is_dir() else []


def write_durable(path: Path, data: bytes, check: Callable[[bytes], None] | None = None,
                  mode: int = 0o644, step: str | None = None) -> Path:
    """Write to a temp name, fsync, read back, ``check`` what was read, then rename into place.

    ``check`` raises if the bytes read back are not right; the temp file is then removed
    and the final name is never created. A full or read-only disk is refused with a typed
    error naming the path (and the space needed); ``step`` names the fault-injection points.
    """
    path = Path(path)
    try:
        return _write(path, data, check, mode, step)
    except OSError as exc:
        if exc.errno in _FULL:
            raise full_error(path, len(data)) from exc
        if exc.errno in _READ_ONLY:
            raise read_only_error(path) from exc
        raise


def _write(path: Path, data: bytes, check: Callable[[bytes], None] | None, mode: int, step: str | None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # refuse before writing, when the space is plainly missing
        if shutil.disk_usage(path.parent).free < len(data) + 4096:
            raise full_error(path, len(data))
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
        if step:
            faults.point(f"{step}:part")
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)
    if step:
        faults.point(f"{step}:renamed")
    return path
