"""The chain of one device's bundles, in words: what broke, what it usually means, what to do.

Each bundle names the hash of the one before it. Three things can go wrong:
- the previous hash is not the bundle received with that number (a chain break);
- a bundle arrives with a number already received, other content, while it is the newest
  number (a fork: two computers send as one, typically a cloned laptop);
- the same, for a number behind the newest received (a rollback: the laptop's data came back
  from an older backup and it is numbering its bundles again).
Records still merge by version; these notes tell the coordinator whom to call and why.
"""
from __future__ import annotations

CHAIN_BROKEN = "chain_broken"
FORKED = "fork"
ROLLED_BACK = "rollback"


def broken(who: str, seq: int) -> tuple[str, str]:
    return (CHAIN_BROKEN, f"Bundle {seq} of {who} does not follow bundle {seq - 1} received earlier: the "
            f"chain of {who}'s bundles is broken. Ask the adviser whether the program was reinstalled or "
            "restored from a backup; the records were imported.")


def other_version(kind: str, who: str, seq: int, newest: int) -> tuple[str, str]:
    if kind == ROLLED_BACK:
        return (ROLLED_BACK, f"Bundle {seq} of {who} arrived again with other content after bundle {newest} "
                f"had arrived: {who}'s computer went back to an earlier state (restored from a backup?). "
                f"Ask the adviser to check the records made after bundle {seq - 1 if seq > 1 else seq} and "
                "to send them again; newer versions already imported are kept.")
    return (FORKED, f"Two different bundles {seq} arrived from {who}: two computers may be sending as the "
            f"same device (a copied laptop?). Find out which computer is {who}'s, revoke this device and "
            "enrol each computer on its own.")


def conflicts(who: str, seq: int, n: int) -> tuple[str, str]:
    return ("version_conflict", f"Bundle {seq} of {who} holds {n} record(s) with the same version number "
            "as a record already imported but other content. The same version wins whatever arrives "
            "first; the other version is kept for review (the status board and 'conflicts' list them).")
