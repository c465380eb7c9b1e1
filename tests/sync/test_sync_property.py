"""Property: any sequence of edits, deletes and exports, imported in any order with
repeats, leaves the coordinator with exactly the adviser's records."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import edit_minutes, link, log_encounter, new_coordinator, state

from yhteisoneuvonta.core.workspace import Workspace, new_device_id
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.services import logbook, setup
from yhteisoneuvonta.services import sync as svc

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("log"), st.integers(1, 120)),
        st.tuples(st.just("edit"), st.integers(0, 50), st.integers(1, 120)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("restore"), st.integers(0, 50)),
        st.tuples(st.just("export"), st.just(0)),
    ),
    min_size=1, max_size=25,
)

_BASE: dict[str, Path] = {}


def _adviser_template() -> Path:
    if "dir" not in _BASE:
        path = Path(tempfile.mkdtemp(prefix="yn-adv-tpl-"))
        ws = Workspace(path)
        setup.setup_adviser(ws, "N7", ["tre-annala-neuvonta"], "fi")
        ws.close()
        _BASE["dir"] = path
    return _BASE["dir"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, order=st.randoms(use_true_random=False), repeats=st.lists(st.integers(0, 30), max_size=4))
def test_any_order_converges(actions, order, repeats) -> None:
    root = Path(tempfile.mkdtemp(prefix="yn-prop-"))
    try:
        (root / "adviser").mkdir()
        shutil.copy2(_adviser_template() / DB_FILENAME, root / "adviser" / DB_FILENAME)
        adviser = Workspace(root / "adviser")
        adviser.set_settings(device_id=new_device_id())
        coord = new_coordinator(root / "coordinator")
        link(adviser, coord, root)
        ids: list[str] = []
        held: dict[str, dict] = {}  # content kept in memory for undo
        paths: list[Path] = []
        for action in actions:
            kind = action[0]
            if kind == "log":
                ids.append(log_encounter(adviser, minutes=action[1])["id"])
            elif kind == "export":
                paths.append(svc.export_bundle(adviser, root / f"b{len(paths)}").path)
            elif ids:
                rid = ids[action[1] % len(ids)]
                if kind == "edit":
                    if not logbook.get(adviser, "encounter", rid)["deleted"]:
                        edit_minutes(adviser, rid, action[2])
                elif kind == "delete":
                    held.setdefault(rid, logbook.delete(adviser, "encounter", rid)[1])
                elif rid in held:  # undo: the content comes back from memory, as in the GUI
                    logbook.restore(adviser, "encounter", rid, held.pop(rid))
        paths.append(svc.export_bundle(adviser, root / "last").path)
        batch = list(paths) + [paths[r % len(paths)] for r in repeats]
        order.shuffle(batch)
        # import in two batches to mix "already seen" with "new" bundles
        half = len(batch) // 2
        for part in (batch[:half], batch[half:]):
            if part:
                assert svc.import_bundles(coord, part).ok
        assert state(coord) == state(adviser)
        adviser.close()
        coord.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
