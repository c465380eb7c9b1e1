"""Reading a ZIP archive from memory, defensively: nothing is ever extracted to disk.

Every member name is checked against an allow-list before a byte is decompressed;
duplicates, paths (``..``, absolute, backslashes), links and directories are refused;
declared sizes are checked against limits and the actual decompressed size is bounded
while reading, so a member larger than declared or a decompression bomb stops early.
"""
from __future__ import annotations

import io
import stat
import zipfile
import zlib
from dataclasses import dataclass

from ..core.plaintext import is_plain, visible
from ..errors import BundleError

__all__ = ["ZipLimits", "read_members", "write_zip"]

_LOCAL_HEADER_MAGIC = b"PK\x03\x04"
_READ_CHUNK = 64 * 1024


@dataclass(frozen=True)
class ZipLimits:
    max_archive_bytes: int
    max_member_bytes: dict[str, int]
    max_ratio: int = 50
    # Tiny members compress well legitimately; only ratios above this size count.
    ratio_floor_bytes: int = 64 * 1024


def _check_name(name: str) -> None:
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or "/" in name
        or ".." in name.split("/")
        or name in (".", "..")
        or (len(name) > 1 and name[1] == ":")
        or "\x00" in name
        or not is_plain(name)
    ):
        raise BundleError("bad_member_name", f"The bundle holds a member with a forbidden name: "
                          f"'{visible(name, 80)}'.")


def _is_link_or_dir(info: zipfile.ZipInfo) -> bool:
    mode = (info.external_attr >> 16) & 0xFFFF
    if info.is_dir():
        return True
    if mode and (stat.S_ISLNK(mode) or stat.S_ISDIR(mode)):
        return True
    # MS-DOS directory attribute
    return bool(info.external_attr & 0x10)


def read_members(data: bytes, limits: ZipLimits, required: set[str]) -> dict[str, bytes]:
    """The members of ``data`` (a ZIP archive) as bytes, after every check.

    ``limits.max_member_bytes`` is also the allow-list of names. Raises ``BundleError``
    with reasons ``too_large``, ``not_a_bundle``, ``truncated``, ``bad_member_name``,
    ``duplicate_member``, ``link_member``, ``unexpected_member``, ``missing_member``,
    ``member_too_large`` or ``zip_bomb``.
    """
    if len(data) > limits.max_archive_bytes:
        raise BundleError(
            "too_large", f"The file is {len(data)} bytes, more than the {limits.max_archive_bytes} allowed."
        )
    if not data:
        raise BundleError("empty_file", "The file is empty: it was not copied completely, or it is not a bundle.")
    if not data.startswith(_LOCAL_HEADER_MAGIC):
        raise BundleError("not_a_bundle", "The file is not a bundle (not a ZIP archive).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except UnicodeDecodeError:
        raise BundleError("bad_member_name", "The bundle holds a member whose name is not valid UTF-8.") from None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError, zlib.error) as exc:
        raise BundleError("truncated", f"The bundle is truncated or damaged ({visible(exc, 120)}).") from None
    seen: set[str] = set()
    for info in infos:
        name = info.orig_filename if hasattr(info, "orig_filename") else info.filename
        _check_name(name)
        if name in seen:
            raise BundleError("duplicate_member", f"The bundle holds the member '{name}' twice.")
        seen.add(name)
        if _is_link_or_dir(info):
            raise BundleError("link_member", f"The bundle member '{name}' is a link or a folder.")
        if name not in limits.max_member_bytes:
            raise BundleError("unexpected_member", f"The bundle holds an unexpected member '{visible(name, 80)}'.")
        if info.flag_bits & 0x1:
            raise BundleError("encrypted_member", f"The bundle member '{name}' is protected with a ZIP "
                              "password; bundles are never made that way.")
    missing = sorted(required - seen)
    if missing:
        reason = "unsigned" if all(m.endswith(".minisig") for m in missing) else "missing_member"
        what = "signature" if reason == "unsigned" else "member"
        raise BundleError(reason, f"The bundle has no {what} {', '.join(missing)}.")
    out: dict[str, bytes] = {}
    for info in infos:
        out[info.filename] = _read_one(archive, info, limits)
    return out


def _read_one(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits) -> bytes:
    name = info.filename
    cap = limits.max_member_bytes[name]
    if info.file_size > cap:
        raise BundleError(
            "member_too_large", f"The bundle member {name!r} declares {info.file_size} bytes, over {cap}."
        )
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise BundleError("zip_bomb", f"The bundle member {name!r} is compressed suspiciously well.")
    buf = bytearray()
    declared = info.file_size
    # Let the reader run past the declared size so that "larger than declared" is seen as
    # such (zipfile would otherwise cut the data and report only a CRC error).
    info.file_size = cap + 1
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(_READ_CHUNK)
                if not chunk:
                    break
                buf += chunk
                if len(buf) > declared:
                    raise BundleError(
                        "zip_bomb", f"The bundle member {name!r} is larger than it declares "
                        f"({declared} bytes): a damaged or malicious archive."
                    )
    except BundleError:
        raise
    except EOFError:
        raise BundleError("truncated", f"The bundle member '{name}' is cut short.") from None
    except NotImplementedError:
        raise BundleError("unsupported_compression", f"The bundle member '{name}' is compressed with a "
                          "method this program does not read.") from None
    except (zlib.error, zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BundleError("damaged_data", f"The compressed data of the bundle member '{name}' is damaged "
                          f"({visible(exc, 120)}): the file was corrupted while stored or copied.") from None
    finally:
        info.file_size = declared
    if len(buf) != declared:
        raise BundleError("truncated", f"The bundle member {name!r} is shorter than it declares.")
    return bytes(buf)


def write_zip(members: list[tuple[str, bytes, bool]]) -> bytes:
    """A ZIP archive in memory from ``(name, data, compress)`` triples, in that order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return out.getvalue()
