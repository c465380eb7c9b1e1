"""A draft keeps no identifying detail, and says what it took out instead of blanking it."""
from __future__ import annotations

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.services import drafts


def test_draft_markers_say_what_was_removed(adviser_ws: Workspace) -> None:
    payload = {"record_id": None, "values": {
        "site_id": "tre-annala-neuvonta", "topics": ["housing"],
        "note": "Liisa, hetu 131052 -308T, asuu Insinöörinkatu 23 B 14, liisa.m(at)gmail.com"}}
    drafts.save_draft(adviser_ws, "encounter", payload)
    saved = drafts.drafts(adviser_ws)["encounter"]["values"]
    assert saved["note"] == ("[poistettu: mahdollinen nimi], hetu [poistettu: henkilötunnus], asuu "
                             "[poistettu: mahdollinen osoite], [poistettu: sähköpostiosoite]")
    assert "\u2588" not in str(saved)
    assert saved["site_id"] == "tre-annala-neuvonta"  # ids are no free text: never touched
    assert drafts.removed_in(saved) == ["mahdollinen nimi", "henkilötunnus", "mahdollinen osoite",
                                        "sähköpostiosoite"]
    # a marker holds nothing personal: saving it again changes nothing
    drafts.save_draft(adviser_ws, "encounter", {"values": saved})
    assert drafts.drafts(adviser_ws)["encounter"]["values"]["note"] == saved["note"]
