"""What an import did, per bundle and per device, in words a coordinator understands."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..core.plaintext import visible

# Statuses of one bundle in a batch.
IMPORTED = "imported"      # applied
RESENT = "resent"          # a re-made copy of a sequence number (send again), applied
FORK = "fork"              # same sequence, different content as one imported earlier, applied
ROLLBACK = "rollback"      # a fork behind the newest sequence received: an older state came back
DUPLICATE = "duplicate"    # the very same bundle again: nothing changed
REFUSED = "refused"

CHANGE_KEYS = ("added", "replaced", "deleted", "unchanged")
# Present in the counts only when it happened: records with the same version and other content.
CONFLICTS = "conflicts"


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
    warning_codes: list[str] = field(default_factory=list)
    quarantined: str | None = None
    # Records whose texts may name a person or a home (the name guard's warning level):
    # {"kind", "id", "fields", "words": count}. Never the words themselves.
    probable_personal: list[dict[str, Any]] = field(default_factory=list)
    # records written whose free text the adviser confirmed holds no personal data (schema 2)
    pii_confirmed: int = 0

    def note(self, code_message: tuple[str, str]) -> None:
        """A warning about an applied bundle (chain, clock): its code and its English words."""
        self.warning_codes.append(code_message[0])
        self.warnings.append(code_message[1])

    @property
    def who(self) -> str:
        return self.adviser_code or (self.device_id or "?")[:8]

    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(CHANGE_KEYS, 0)
        for per_kind in self.changes.values():
            for key, n in per_kind.items():
                out[key] = out.get(key, 0) + n
        return out

    def line(self) -> str:
        name = f"bundle {self.seq} of {self.who}" if self.seq is not None else self.file
        if self.status == REFUSED:
            return f"{self.file}: refused ({self.reason}): {self.message}"
        if self.status == DUPLICATE:
            return f"{name}: already imported, nothing changed ({self.file})"
        t = self.totals()
        what = {IMPORTED: "imported", RESENT: "imported (sent again)",
                FORK: "imported, but it differs from the bundle with the same number imported earlier",
                ROLLBACK: "imported, but it differs from the bundle with the same number imported earlier"}
        line = (f"{name}: {what.get(self.status, self.status)}: {t['added']} new, {t['replaced']} changed, "
                f"{t['deleted']} deleted, {t['unchanged']} unchanged"
                + (f", {t[CONFLICTS]} with two versions of the same number (the other version is kept "
                   "for review)" if t.get(CONFLICTS) else ""))
        if self.probable_personal:
            ids = ", ".join(f"{p['kind'].replace('_', ' ')} {p['id']}" for p in self.probable_personal)
            line += (f"; {len(self.probable_personal)} record(s) may name a person or an address "
                     f"(check them): {ids}")
        return line


@dataclass
class DeviceSummary:
    device_id: str
    adviser_code: str | None
    received: list[int] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    forks: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    rollbacks: list[int] = field(default_factory=list)
    chain_breaks: list[int] = field(default_factory=list)
    clock_ahead: bool = False

    def lines(self) -> list[str]:
        who = visible(self.adviser_code or self.device_id[:8], 20)
        out = [f"{who}: bundles received {_ranges(self.received) or 'none'}"]
        out += [f"  bundle {n} of {who} missing" for n in self.missing]
        out += [f"  bundle {n} of {who}: two different bundles with this number (fork): two computers may "
                f"be sending as {who}; find out which is {who}'s, revoke the device and enrol each computer "
                "on its own" for n in self.forks if n not in self.rollbacks]
        out += [f"  bundle {n} of {who}: arrived again with other content after later bundles (rollback): "
                f"{who}'s computer was restored from an older backup; ask the adviser to check and send "
                "again what was recorded since" for n in self.rollbacks]
        out += [f"  bundle {n} of {who} does not follow bundle {n - 1} (the chain is broken): ask the adviser "
                "whether the program was reinstalled or restored" for n in self.chain_breaks]
        if self.clock_ahead:
            out.append(f"  the clock of {who}'s computer is ahead: ask the adviser to correct its date and time")
        out += [f"  bundle {n} of {who}: received again (duplicate), nothing changed" for n in self.duplicates]
        out += [f"  refused: {r}" for r in self.refused]
        return out


@dataclass
class ImportReport:
    dry_run: bool
    bundles: list[BundleOutcome] = field(default_factory=list)
    devices: dict[str, DeviceSummary] = field(default_factory=dict)
    # quarantined bundle copies removed because they held the content of deleted records
    erased_quarantine: int = 0

    @property
    def pii_confirmed(self) -> int:
        """Imported records whose free text the adviser confirmed holds no name or address."""
        return sum(b.pii_confirmed for b in self.bundles)

    @property
    def refused(self) -> list[BundleOutcome]:
        return [b for b in self.bundles if b.status == REFUSED]

    @property
    def ok(self) -> bool:
        return not self.refused

    def lines(self) -> list[str]:
        head = ["Dry run: nothing was written."] if self.dry_run else []
        body = [line for b in self.bundles for line in [b.line(), *(f"  warning: {w}" for w in b.warnings)]]
        tail = [("Imported records with free text the adviser confirmed holds no name or address: "
                 f"{self.pii_confirmed}")]
        if self.erased_quarantine:
            tail.append(f"Quarantined copies removed because they held deleted records: {self.erased_quarantine}")
        return head + body + [line for d in self.devices.values() for line in d.lines()] + tail

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "ok": self.ok, "pii_confirmed": self.pii_confirmed,
                "erased_quarantine": self.erased_quarantine,
                "bundles": [{**asdict(b), "totals": b.totals()} for b in self.bundles],
                "devices": [asdict(d) for d in self.devices.values()]}


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
