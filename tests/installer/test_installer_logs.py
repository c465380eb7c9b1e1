"""The log file: where it goes, that it rotates, and that record contents never reach it."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine
from sqlalchemy.exc import IntegrityError

from yhteisoneuvonta import __version__, logs
from yhteisoneuvonta.__main__ import main

NOTE = "Asiakas kertoi vuokrarästeistä ja pelkää häätöä"  # a note's words: must never be logged
HETU = "131052-308T"


@pytest.fixture(autouse=True)
def _own_handler():
    """Each test starts and ends without our file handler on the root logger."""
    yield
    root = logging.getLogger()
    for h in [h for h in root.handlers if h.get_name() == logs._HANDLER_NAME]:
        root.removeHandler(h)
        h.close()


def _log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text("utf-8") for p in sorted(path.parent.glob(path.name + "*")))


def test_log_goes_beside_an_explicit_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "sites", "--json"]) in (0, 1)
    log_file = data / "logs" / logs.LOG_FILENAME
    assert logs.current_log_file() == log_file
    assert f"yhteisoneuvonta {__version__} started" in _log_text(log_file)


def test_log_goes_to_the_platform_log_dir_by_default(tmp_path: Path) -> None:
    path = logs.setup_logging(None)
    state_home = Path(__import__("os").environ["XDG_STATE_HOME"])
    assert path.is_relative_to(state_home)  # ~/.local/state/yhteisoneuvonta/log on Linux
    assert path.exists()


def test_setting_up_twice_keeps_one_handler(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path / "a")
    second = logs.setup_logging(tmp_path / "b")
    ours = [h for h in logging.getLogger().handlers if h.get_name() == logs._HANDLER_NAME]
    assert len(ours) == 1
    logging.getLogger("yhteisoneuvonta.test").warning("only in b")
    assert "only in b" in _log_text(second)
    assert "only in b" not in _log_text(tmp_path / "a" / "logs" / logs.LOG_FILENAME)


def test_the_log_rotates_and_keeps_five_old_files(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path)
    log = logging.getLogger("yhteisoneuvonta.test")
    line = "x" * 1000
    for i in range(logs.MAX_BYTES * (logs.BACKUP_COUNT + 2) // 1000):
        log.info("%d %s", i, line)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [logs.LOG_FILENAME] + [f"{logs.LOG_FILENAME}.{n}" for n in range(1, logs.BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= logs.MAX_BYTES + 2000 for p in path.parent.iterdir())


def test_sql_parameters_in_a_database_error_are_not_logged(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path)
    engine = create_engine("sqlite://")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("note", String))
    table.metadata.create_all(engine)
    with pytest.raises(IntegrityError) as caught:
        with engine.begin() as conn:
            conn.execute(table.insert(), [{"id": 1, "note": NOTE}, {"id": 1, "note": NOTE}])
    assert NOTE in str(caught.value)  # SQLAlchemy puts the values in its message...
    logging.getLogger("yhteisoneuvonta.store").error("write failed", exc_info=caught.value)
    text = _log_text(path)
    assert "IntegrityError" in text and "[parameters: hidden]" in text
    assert NOTE not in text  # ...the log does not


def test_identifiers_are_removed_from_any_message(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path)
    logging.getLogger("yhteisoneuvonta.test").warning("odd value %s", f"hetu {HETU} here")
    text = _log_text(path)
    assert HETU not in text and "removed]" in text


def test_a_refused_note_reaches_neither_stderr_nor_the_log(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "--role", "adviser", "--adviser-code", "N7",
                 "--site", "tre-annala-neuvonta"]) == 0
    code = main(["--data-dir", str(data), "log", "encounter", "--site", "tre-annala-neuvonta",
                 "--topic", "kela_benefits", "--minutes", "5", "--note", f"{NOTE} {HETU}"])
    assert code != 0
    text = _log_text(data / "logs" / logs.LOG_FILENAME)
    assert NOTE not in text and HETU not in text
    assert HETU not in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_error_is_logged_and_still_reported(tmp_path: Path, capsys, monkeypatch) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)  # restored after the test
    path = logs.setup_logging(tmp_path)
    try:
        raise RuntimeError("boom in a test")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "uncaught exception" in _log_text(path) and "boom in a test" in _log_text(path)
    assert "boom in a test" in capsys.readouterr().err  # the previous hook still printed it
