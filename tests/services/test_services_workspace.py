"""The workspace keeps reference data for the process and notices a newer version."""
from __future__ import annotations

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.reference import ReferenceData


def _newer(ws: Workspace, name: str) -> ReferenceData:
    data = ws.reference().to_dict()
    data["manifest"]["version"] += 1
    data["sites"][0]["name"] = name
    return ReferenceData.from_dict(data)


def test_reference_is_kept_and_replaced_at_once_by_an_install_here(adviser_ws: Workspace) -> None:
    first = adviser_ws.reference()
    assert adviser_ws.reference() is first  # kept, not read again per call
    assert adviser_ws.install_reference(_newer(adviser_ws, "Uusi nimi"), "test")
    assert adviser_ws.reference().sites[0].name == "Uusi nimi"
    same = ReferenceData.from_dict(adviser_ws.reference().to_dict())
    assert not adviser_ws.install_reference(same, "test")  # not newer: nothing changes


def test_a_newer_reference_from_another_process_is_seen_at_the_next_check(adviser_ws: Workspace) -> None:
    adviser_ws.reference()
    other = Workspace(adviser_ws.data_dir)  # stands in for the CLI run beside the window
    try:
        assert other.install_reference(_newer(other, "Toisesta prosessista"), "test")
    finally:
        other.close()
    adviser_ws.REFERENCE_RECHECK_S = 0.0  # the next call is due for its version check
    assert adviser_ws.reference().sites[0].name == "Toisesta prosessista"
