"""The CLI contract, checked with the real ``minisign`` and ``age`` tools."""
from __future__ import annotations

import io
import json
import subprocess
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from sync_helpers import PASSPHRASE, SITE, coordinator_template

from yhteisoneuvonta.cli import run


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


def ok(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, err
    return out


def test_cli_contract_with_real_tools(tmp_path: Path) -> None:
    import shutil

    coord, adv = str(tmp_path / "C"), str(tmp_path / "A")
    shutil.copytree(coordinator_template(), coord)
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n")
    ok("--data-dir", adv, "init", "--role", "adviser", "--adviser-code", "N7", "--site", SITE)
    topic = json.loads(ok("--data-dir", adv, "topics", "--json"))[0]["id"]

    # export refuses until a coordinator is pinned
    code, _, err = cli("--data-dir", adv, "export", "--out", str(tmp_path / "x"))
    assert code == 1 and "trust-coordinator" in err

    ok("--data-dir", coord, "coordinator-card", "--out", str(tmp_path / "card.json"))
    ok("--data-dir", adv, "trust-coordinator", str(tmp_path / "card.json"))
    ok("--data-dir", adv, "enrolment", "--out", str(tmp_path / "enrol.json"))
    ok("--data-dir", coord, "enrol", str(tmp_path / "enrol.json"))
    for minutes in ("10", "20"):
        ok("--data-dir", adv, "log", "encounter", "--site", SITE, "--topic", topic, "--minutes", minutes)
    bundle = Path(ok("--data-dir", adv, "export", "--out", str(tmp_path / "stick")).strip())
    assert bundle.exists() and bundle.parent == tmp_path / "stick"

    keys = json.loads(ok("--data-dir", adv, "keys", "--json"))
    assert {"fingerprint", "public_key", "device_id"} <= keys.keys()
    (tmp_path / "device.pub").write_text(keys["public_key"])
    ckeys = json.loads(ok("--data-dir", coord, "keys", "--json"))
    assert ckeys["age_recipient"].startswith("age1")

    members = tmp_path / "members"
    members.mkdir()
    with zipfile.ZipFile(bundle) as z:
        names = z.namelist()
        z.extractall(members)
    sigs = [n for n in names if n.endswith(".minisig")]
    assert len(sigs) == 2
    for sig in sigs:
        target = sig[: -len(".minisig")]
        subprocess.run(["minisign", "-V", "-m", str(members / target), "-x", str(members / sig),
                        "-p", str(tmp_path / "device.pub")], check=True, capture_output=True)
    ok("--data-dir", coord, "age-identity", "--passphrase-file", str(passfile), "--out", str(tmp_path / "id"))
    encrypted = [n for n in names if n.endswith(".age")]
    assert len(encrypted) == 1
    plain = subprocess.run(["age", "-d", "-i", str(tmp_path / "id"), str(members / encrypted[0])],
                           check=True, capture_output=True).stdout
    assert len(json.loads(plain)["records"]["encounter"]) == 2

    ok("--data-dir", coord, "verify", str(bundle))
    dry = json.loads(ok("--data-dir", coord, "import", "--dry-run", "--json", str(bundle)))
    assert dry["dry_run"] and json.loads(ok("--data-dir", coord, "list", "encounters", "--json")) == []
    out = ok("--data-dir", coord, "import", str(tmp_path / "stick"))
    assert "imported" in out
    listed = json.loads(ok("--data-dir", coord, "list", "encounters", "--json"))
    assert len(listed) == 2 and {r["device_id"] for r in listed} == {keys["device_id"]}

    # a refused bundle beside a good one: exit 1, reasons on stderr, the other imported
    ok("--data-dir", adv, "log", "encounter", "--site", SITE, "--topic", topic, "--minutes", "5")
    second = ok("--data-dir", adv, "export", "--out", str(tmp_path / "stick")).strip()
    (tmp_path / "stick" / "zz-junk.yn.zip").write_bytes(b"junk")
    code, out, err = cli("--data-dir", coord, "import", "--json", str(tmp_path / "stick"))
    assert code == 1 and "[bundle:not_a_bundle]" in err and "zz-junk.yn.zip" in err
    report = json.loads(out)
    assert [b["status"] for b in report["bundles"]] == ["duplicate", "imported", "refused"]
    assert len(json.loads(ok("--data-dir", coord, "list", "encounters", "--json"))) == 3
    code, _, err = cli("--data-dir", coord, "verify", str(tmp_path / "stick" / "zz-junk.yn.zip"))
    assert code == 1 and err

    # the way back
    ok("--data-dir", coord, "reference", "export", "--out", str(tmp_path / "ref.yn.zip"),
       "--retention-days", "30")
    ok("--data-dir", adv, "reference", "import", str(tmp_path / "ref.yn.zip"))
    bundles = json.loads(ok("--data-dir", adv, "bundles", "--json"))
    assert [b["confirmed"] for b in bundles] == [True, True]
    assert json.loads(ok("--data-dir", adv, "purge", "--dry-run", "--json"))["deleted"]["encounter"] == 0
    again = ok("--data-dir", adv, "export", "--again", "--from-seq", "2", "--out", str(tmp_path / "again"))
    assert Path(again.strip()).read_bytes() == Path(second).read_bytes()

    devices = json.loads(ok("--data-dir", coord, "devices", "--json"))
    assert devices[0]["last_seq"] == 2
    ok("--data-dir", coord, "revoke", keys["fingerprint"])
    assert json.loads(ok("--data-dir", coord, "devices", "--json"))[0]["revoked_at"]
