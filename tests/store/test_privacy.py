"""Review F14 (except exports): a private data folder, private logs and settings, old backups go."""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dialogue_desk.store import open_store
from dialogue_desk.store.backup import backup_store, list_backups, prune_backups

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX
def test_a_fresh_data_folder_and_everything_in_it_is_private(tmp_path: Path) -> None:
    """Run real commands with the usual umask 022, as the review did, and look at the modes."""
    home = tmp_path / "data"
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(home)}
    code = (
        "import os, sys\nos.umask(0o022)\n"
        "from dialogue_desk.cli import main\n"
        "main(['demo', '--participants', '5', '--responses', '1'])\n"
        "from dialogue_desk.settings import Settings\n"
        "s = Settings(); s.language = 'et'; s.sync()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _mode(home) == 0o700
    assert _mode(home / "logs") == 0o700
    assert _mode(home / "logs" / "dialogue-desk.log") == 0o600
    assert _mode(home / "settings.ini") == 0o600
    assert "et" in (home / "settings.ini").read_text()
    for name in ("dialogue-desk.sqlite", "dialogue-desk.sqlite.lock"):
        assert _mode(home / name) == 0o600


@POSIX
def test_an_existing_loose_data_folder_is_tightened(tmp_path: Path, monkeypatch) -> None:
    from dialogue_desk import paths

    home = tmp_path / "loose"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    assert paths.data_dir() == home
    assert _mode(home) == 0o700
    assert _mode(paths.backups_dir()) == 0o700
    assert _mode(paths.exports_dir()) == 0o700


@POSIX
def test_the_users_home_folder_is_never_tightened(monkeypatch, tmp_path: Path) -> None:
    from dialogue_desk import paths

    fake_home = tmp_path / "user"
    fake_home.mkdir()
    os.chmod(fake_home, 0o755)
    monkeypatch.setenv("HOME", str(fake_home))
    monkeypatch.setenv(paths.HOME_ENV, str(fake_home))
    paths.data_dir()
    assert _mode(fake_home) == 0o755


@POSIX
def test_an_old_log_file_is_made_private(tmp_path: Path) -> None:
    from dialogue_desk import logs

    path = logs.log_path()
    path.write_text("older run\n")
    os.chmod(path, 0o644)
    root = logging.getLogger()
    saved = list(root.handlers)
    try:
        for handler in [h for h in root.handlers if getattr(h, "_dialogue_desk", False)]:
            root.removeHandler(handler)
        logs.setup_logging()
        assert _mode(path) == 0o600
    finally:
        for handler in [h for h in root.handlers if h not in saved]:
            root.removeHandler(handler)
            handler.close()


def _backup_named(folder: Path, taken: dt.datetime, reason: str = "test") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"dialogue-desk-{taken:%Y%m%d-%H%M%S}-{reason}.sqlite"
    path.write_bytes(b"SQLite format 3\x00")
    return path


def test_backups_older_than_the_retention_are_removed(store, store_path: Path) -> None:
    now = dt.datetime(2026, 12, 1, 12, 0, 0)
    folder = store_path.parent / "backups"
    old = _backup_named(folder, now - dt.timedelta(days=91), "before-deleting-event-3")
    recent = _backup_named(folder, now - dt.timedelta(days=89))
    foreign = folder / "my-own-copy.sqlite"
    foreign.write_bytes(b"keep me")
    assert prune_backups(store_path, 90, now=now) == [old]
    assert not old.exists() and recent.exists() and foreign.exists()
    assert prune_backups(store_path, 0, now=now) == []  # 0 keeps them all
    assert [r.path for r in list_backups(store_path)] == [recent]


def test_a_writer_prunes_old_backups_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "dialogue-desk.sqlite"
    open_store(path).close()
    old = _backup_named(tmp_path / "backups", dt.datetime.now() - dt.timedelta(days=200))
    fresh = backup_store(path, reason="test")
    with open_store(path, read_only=True):
        assert old.exists()  # a reader never deletes anything
    with open_store(path, backup_retention_days=None):
        assert old.exists()
    with open_store(path):
        pass
    assert not old.exists() and fresh.exists()


def test_the_retention_is_a_setting_and_a_command(tmp_path: Path, data_home: Path) -> None:
    db = data_home / "dialogue-desk.sqlite"
    open_store(db).close()
    old = _backup_named(data_home / "backups", dt.datetime.now() - dt.timedelta(days=40))
    env = {**os.environ, "DIALOGUE_DESK_HOME": str(data_home)}

    def backups(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "dialogue_desk", "backups", *args],
                              env=env, capture_output=True, text=True, timeout=120)  # fmt: skip

    listed = backups()
    assert listed.returncode == 0, listed.stderr
    assert str(old) in listed.stdout and "kept 90 days" in listed.stderr
    pruned = backups("--keep-days", "30", "--prune")
    assert pruned.returncode == 0, pruned.stderr
    assert f"removed\t{old}" in pruned.stdout and not old.exists()
    assert "kept 30 days" in backups().stderr
    from dialogue_desk.settings import Settings

    assert Settings(data_home / "settings.ini").backup_retention_days == 30
    refused = backups("--keep-days", "-1")
    assert refused.returncode == 1 and "cannot be negative" in refused.stderr
