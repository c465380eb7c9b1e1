"""What an import did, per bundle and per device, in words a coordinator understands."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Statuses of one bundle in a batch.
IMPORTED = "imported"      # applied
RESENT = "resent"          # a re-made copy of a sequence number (send again), applied
FORK = "fork"              # same sequence, different content as one imported earlier, applied
DUPLICATE = "duplicate"    # the very same bundle again: nothing changed
REFUSED = "refused"

CHANGE_KEYS = ("added", "replaced", "deleted", "unchanged")


@dataclass
class BundleOutcome:
    file: str
    status: str
    device_id: str | None = None
    adviser_code: str | None = None
    seq: int | None = None
    hash: str | None = None
    reason: str | None = None
    message: str | None = None
    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    quarantined: str | None = None

    @property
    def who(self) -> str:
        return self.adviser_code or (self.device_id or "?")[:8]

    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(CHANGE_KEYS, 0)
        for per_kind in self.changes.values():
            for key, n in per_kind.items():
                out[key] += n
        return out

    def line(self) -> str:
        name = f"bundle {self.seq} of {self.who}" if self.seq is not None else self.file
        if self.status == REFUSED:
            return f"{self.file}: refused ({self.reason}): {self.message}"
        if self.status == DUPLICATE:
            return f"{name}: already imported, nothing changed ({self.file})"
        t = self.totals()
        what = {IMPORTED: "imported", RESENT: "imported (sent again)",
                FORK: "imported, but it differs from the bundle with the same number imported earlier"}
        return (f"{name}: {what.get(self.status, self.status)}: {t['added']} new, {t['replaced']} changed, "
                f"{t['deleted']} deleted, {t['unchanged']} unchanged")


@dataclass
class DeviceSummary:
    device_id: str
    adviser_code: str | None
    received: list[int] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    forks: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        who = self.adviser_code or self.device_id[:8]
        out = [f"{who}: bundles received {_ranges(self.received) or 'none'}"]
        out += [f"  bundle {n} of {who} missing" for n in self.missing]
        out += [f"  bundle {n} of {who}: two different bundles with this number (fork)" for n in self.forks]
        out += [f"  bundle {n} of {who}: received again (duplicate), nothing changed" for n in self.duplicates]
        out += [f"  refused: {r}" for r in self.refused]
        return out


@dataclass
class ImportReport:
    dry_run: bool
    bundles: list[BundleOutcome] = field(default_factory=list)
    devices: dict[str, DeviceSummary] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # other files in a folder: not bundles

    @property
    def refused(self) -> list[BundleOutcome]:
        return [b for b in self.bundles if b.status == REFUSED]

    @property
    def ok(self) -> bool:
        return not self.refused

    def lines(self) -> list[str]:
        head = ["Dry run: nothing was written."] if self.dry_run else []
        return head + [b.line() for b in self.bundles] + [
            line for d in self.devices.values() for line in d.lines()] + [
            f"skipped (not a bundle): {name}" for name in self.skipped]

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "ok": self.ok,
                "bundles": [{**asdict(b), "totals": b.totals()} for b in self.bundles],
                "devices": [asdict(d) for d in self.devices.values()], "skipped": list(self.skipped)}


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    nums = sorted(set(numbers))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}–{nums[j]}")
        i = j + 1
    return ", ".join(parts)
